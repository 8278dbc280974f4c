/**
 * Physical CSS (left, right, margin-left, text-align: left...) and its logical equivalent
 * (inset-inline-start, margin-inline-start, text-align: start...), which follows the page's
 * direction: a right-to-left page (Urdu) is laid out as the mirror of a left-to-right one. In a
 * left-to-right page the two compute the same. Used by the build to rewrite nhsuk-frontend's
 * stylesheet (src/styles/nhsuk-logical-properties.ts) and by the test that keeps our own CSS
 * logical (tests/styles/logical-properties.test.ts).
 */
import { list } from 'postcss';

export interface Declaration {
  prop: string;
  value: string;
}

/** Longhands named after a physical side or corner, and the logical longhand that replaces each. */
const LOGICAL_PROPERTY: Record<string, string> = {
  left: 'inset-inline-start',
  right: 'inset-inline-end',
  'border-top-left-radius': 'border-start-start-radius',
  'border-top-right-radius': 'border-start-end-radius',
  'border-bottom-left-radius': 'border-end-start-radius',
  'border-bottom-right-radius': 'border-end-end-radius',
};
for (const box of ['margin', 'padding', 'scroll-margin', 'scroll-padding', 'border']) {
  for (const [side, logical] of [
    ['left', 'inline-start'],
    ['right', 'inline-end'],
  ]) {
    LOGICAL_PROPERTY[`${box}-${side}`] = `${box}-${logical}`;
    if (box === 'border') {
      for (const part of ['width', 'style', 'color']) LOGICAL_PROPERTY[`border-${side}-${part}`] = `border-${logical}-${part}`;
    }
  }
}

/** Properties whose physical keywords have logical ones. */
const LOGICAL_KEYWORD: Record<string, Record<string, string>> = {
  'text-align': { left: 'start', right: 'end' },
  'text-align-last': { left: 'start', right: 'end' },
  float: { left: 'inline-start', right: 'inline-end' },
  clear: { left: 'inline-start', right: 'inline-end' },
};

/** Shorthands of four sides (top, right, bottom, left), and their block and inline halves. */
const FOUR_SIDES: Record<string, [block: string, inline: string]> = {
  margin: ['margin-block', 'margin-inline'],
  padding: ['padding-block', 'padding-inline'],
  inset: ['inset-block', 'inset-inline'],
  'scroll-margin': ['scroll-margin-block', 'scroll-margin-inline'],
  'scroll-padding': ['scroll-padding-block', 'scroll-padding-inline'],
  'border-width': ['border-block-width', 'border-inline-width'],
  'border-style': ['border-block-style', 'border-inline-style'],
  'border-color': ['border-block-color', 'border-inline-color'],
};

/** "a b c d" as the four values it sets, in CSS's order (top, right, bottom, left, or corners from top left). */
function fourValues(value: string): string[] {
  const [a = '', b = a, c = a, d = b] = list.space(value);
  return [a, b, c, d];
}

const pair = (first: string, second: string) => (first === second ? first : `${first} ${second}`);

/**
 * The logical declarations that replace a physical one, or undefined when the declaration
 * already reads the same in both directions (logical, or a shorthand whose left and right agree).
 */
export function logicalDeclarations(prop: string, value: string): Declaration[] | undefined {
  const name = prop.toLowerCase();
  const logicalProp = LOGICAL_PROPERTY[name];
  if (logicalProp) return [{ prop: logicalProp, value }];
  const keywords = LOGICAL_KEYWORD[name];
  if (keywords) {
    const keyword = keywords[value.trim().toLowerCase()];
    return keyword ? [{ prop, value: keyword }] : undefined;
  }
  const halves = FOUR_SIDES[name];
  if (halves) {
    const [top, right, bottom, left] = fourValues(value);
    if (right === left) return undefined;
    return [
      { prop: halves[0], value: pair(top!, bottom!) },
      { prop: halves[1], value: `${left} ${right}` },
    ];
  }
  if (name === 'border-radius') {
    // Horizontal radii, then vertical ones after a slash; each set is mirrored when its left and right corners differ.
    const sets = list.split(value, ['/'], false).map(fourValues);
    const mirrored = sets.every(([topLeft, topRight, bottomRight, bottomLeft]) => topLeft === topRight && bottomLeft === bottomRight);
    if (mirrored) return undefined;
    const corner = (index: number) => sets.map((set) => set[index]).join(' ');
    return [
      { prop: 'border-start-start-radius', value: corner(0) },
      { prop: 'border-start-end-radius', value: corner(1) },
      { prop: 'border-end-end-radius', value: corner(2) },
      { prop: 'border-end-start-radius', value: corner(3) },
    ];
  }
  return undefined;
}

/** The logical declarations as CSS text, for a message: "padding-inline-start: 1rem". */
export const asCss = (declarations: Declaration[]): string => declarations.map(({ prop, value }) => `${prop}: ${value}`).join('; ');
