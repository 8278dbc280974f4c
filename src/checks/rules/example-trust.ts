/**
 * The small valid trust every rule's examples change (./*.ts, run by
 * tests/checks/rule-examples.test.ts): settings, a home page and its easy read twin with one
 * picture. It passes every rule, so an example's problems are the example's own.
 */
import type { Example, ExampleFile } from '../rule.ts';

const settings = `name: Acme NHS Trust
shortName: Acme
slug: acme
url: https://acme.example/strategy/
colours:
  brand: "#005eb8"
contact:
  email: strategy@acme.example
strategy:
  name: Better care
  period:
    start: 2025
    end: 2030
  status: launched
  launched: 2025-04-01
language: en-GB
accessibility:
  prepared: 2025-03-20
  reviewed: 2026-09-30
  tested: 2026-09-12
  testedBy: an independent auditor
  compliance: full
`;

const picture = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#005eb8"/></svg>\n';

/** The example trust's folder name: its files are content/acme/... */
export const exampleSlug = 'acme';

export const exampleTrust: Readonly<Record<string, string>> = {
  'trust.yaml': settings,
  'index.md': homePage('We will make care better.'),
  'easy-read/index.md': easyReadBody('We will make care better.'),
  'files/pictures/hospital.svg': picture,
};

function homePage(body: string, extra = '') {
  return `---\ntype: overview\ntitle: Our strategy\ndescription: What we will do.\n${extra}---\n\n${body}\n`;
}

function easyReadBody(body: string, extra = '') {
  return `---\ntitle: Our plan\ndescription: What we will do.\n${extra}---\n\n![A hospital](../files/pictures/hospital.svg)\n\n${body}\n`;
}

/** An example made of files written over the trust. */
export const files = (written: Record<string, ExampleFile>): Example => ({ files: written });

/** trust.yaml changed by `edit`. */
export const settingsWith = (edit: (yaml: string) => string): Example => files({ 'trust.yaml': edit(settings) });

/** trust.yaml with more settings at the end. */
export const settingsPlus = (more: string): Example => files({ 'trust.yaml': `${settings}${more.trim()}\n` });

/** The home page with this body (and more settings in its front matter). */
export const homeBody = (body: string | (() => string), extra = ''): Example =>
  files({ 'index.md': typeof body === 'string' ? homePage(body, extra) : () => homePage(body(), extra) });

/** The home page as MDX, with this body. */
export const mdxBody = (body: string): Example =>
  files({
    'index.md': null,
    'index.mdx': homePage(body),
  });

/** The easy read home page with this body after its first picture. */
export const easyReadText = (body: string, extra = ''): Example => files({ 'easy-read/index.md': easyReadBody(body, extra) });

/** A standard page (and its easy read twin, so only the page itself is judged). */
export const pageWithTwin = (name: string, frontMatter: string, body = 'Some text.'): Example =>
  files({
    [name]: `---\n${frontMatter.trim()}\n---\n\n${body}\n`,
    [`easy-read/${name.replace(/\.mdx$/, '.md')}`]: easyReadBody('Some text.'),
  });

/** Joins examples' files (later ones win). */
export const both = (...examples: Example[]): Example => files(Object.assign({}, ...examples.map((example) => example.files)));

/** A small picture that passes every file rule. */
export { picture };

/** Text saved in the old Latin-1 encoding instead of UTF-8 (é as one byte). */
export const latin1 = (text: string): Uint8Array => Uint8Array.from([...text].map((character) => character.charCodeAt(0) & 0xff));

/** The start of a PNG file of this size: enough for the picture rules, which read only the header. */
export function pngHeader(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(33);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const view = new DataView(bytes.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  bytes.set([8, 6, 0, 0, 0], 24);
  return bytes;
}

/** A second trust in the same content folder, valid on its own, published at `url`. */
export const otherTrust = (url: string): Example =>
  files(
    Object.fromEntries(
      Object.entries(exampleTrust).map(([name, text]) => [
        `../other/${name}`,
        name === 'trust.yaml' ? text.replace('slug: acme', 'slug: other').replace(/^url: .*$/m, `url: ${url}`) : text,
      ]),
    ),
  );
