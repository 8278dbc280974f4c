/**
 * Colour contrast as WCAG 2.2 defines it (success criteria 1.4.3 and 1.4.11),
 * computed by culori so we do not maintain colour maths ourselves.
 */
import { wcagContrast } from 'culori';

/** Text (and the focus style) needs 4.5:1 at AA. */
export const TEXT_CONTRAST = 4.5;
/** Borders, icons and other non-text parts need 3:1 at AA. */
export const NON_TEXT_CONTRAST = 3;

/** The contrast ratio between two hex colours, rounded down to two decimals so 4.499 never passes as 4.5. */
export function contrastRatio(foreground: string, background: string): number {
  return Math.floor(wcagContrast(foreground, background) * 100) / 100;
}
