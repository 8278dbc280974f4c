/**
 * Each trust's colours as CSS custom properties, served from the trust's own site as
 * theme.css (a stylesheet rather than inline styles, so a strict CSP can stay strict).
 */
import type { TrustSite } from '../../site/site-model.ts';

export const themeCss = ({ settings }: TrustSite): Response => {
  const { colours } = settings;
  const css = `:root{--trust-brand:${colours.brand};--trust-accent:${colours.accent ?? colours.brand}}\n`;
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
