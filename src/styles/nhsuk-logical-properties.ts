/**
 * nhsuk-frontend's stylesheet (src/styles/nhsuk.scss) written with logical properties as it is
 * compiled: its margin-left, left, text-align: left... become margin-inline-start,
 * inset-inline-start, text-align: start, so a right-to-left page (Urdu) gets the design system's
 * layout mirrored. In a left-to-right page they compute the same as nhsuk-frontend's own. A
 * declaration sized by the screen's physical safe area (`env(safe-area-inset-left)`) stays
 * physical: that edge is the device's, whatever the language. What a rewrite cannot mirror (an
 * arrow drawn pointing right) is turned in global.css under :dir(rtl).
 */
import type { Plugin } from 'postcss';
import { logicalDeclarations } from './logical-properties.ts';

/** Properties whose logical values some browsers still in use lack: the physical one stays before it as a fallback. */
const FALLBACK_KEPT = new Set(['float', 'clear']);

/** The file this applies to. */
const NHSUK_ENTRY = /src[\\/]styles[\\/]nhsuk\.scss$/;

export function nhsukLogicalProperties(): Plugin {
  return {
    postcssPlugin: 'nhsuk-logical-properties',
    OnceExit(root) {
      if (!NHSUK_ENTRY.test(root.source?.input.file ?? '')) return;
      toLogical(root);
    },
  };
}

/** Rewrites every physical declaration under `root` as its logical equivalent. */
export function toLogical(root: Parameters<NonNullable<Plugin['OnceExit']>>[0]): void {
  root.walkDecls((decl) => {
    if (/safe-area-inset-(left|right)/.test(decl.value)) return;
    const logical = logicalDeclarations(decl.prop, decl.value);
    if (!logical) return;
    const replacements = logical.map(({ prop, value }) => decl.clone({ prop, value }));
    // float: inline-start is newer than the rest (Chrome 118): an older browser keeps the physical float before it.
    if (FALLBACK_KEPT.has(decl.prop)) decl.after(replacements);
    else decl.replaceWith(replacements);
  });
}
