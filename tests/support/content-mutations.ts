/**
 * Seeded mutations of a sample trust, written the way a comms officer might get things wrong
 * or unusual: scalar types, delimiters and indentation, duplicate and unknown keys at every
 * depth, extra files, every link and picture form, raw HTML. Used by the differential test of
 * the check against the loader (tests/build/one-reading-mutations.test.ts) and by its real-build sample.
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { repoRoot } from './built-sites.ts';

export const BASE_TRUST = 'northwold';
export const baseDir = path.join(repoRoot, 'content', BASE_TRUST);

/** The base trust's text files (what mutations edit), by path inside the trust folder. */
export const baseFiles = new Map(
  readdirSync(baseDir, { recursive: true, encoding: 'utf8' })
    .map((relative) => relative.split(path.sep).join('/'))
    .filter((relative) => /\.(md|mdx|yaml)$/.test(relative))
    .map((relative) => [relative, readFileSync(path.join(baseDir, relative), 'utf8')] as const),
);
const textFiles = [...baseFiles.keys()].sort();
const pageFiles = textFiles.filter((file) => file !== 'trust.yaml');

/** Files changed (text or bytes), added, or removed (null), by path inside the trust folder. */
export type Changes = Map<string, string | Buffer | null>;

export interface Mutation {
  name: string;
  changes: Changes;
}

/** Writes the base trust with the changes into trustDir (emptied first). */
export function writeTrust(trustDir: string, changes: Changes): void {
  rmSync(trustDir, { recursive: true, force: true });
  mkdirSync(path.dirname(trustDir), { recursive: true });
  cpSync(baseDir, trustDir, { recursive: true });
  for (const [relative, text] of changes) {
    const absolute = path.join(trustDir, relative);
    if (text === null) rmSync(absolute, { force: true });
    else {
      mkdirSync(path.dirname(absolute), { recursive: true });
      writeFileSync(absolute, text);
    }
  }
}

export const base = (file: string) => baseFiles.get(file)!;
export const appendToBody = (file: string, text: string) => `${base(file).trimEnd()}\n\n${text}\n`;

const scalars = [
  '2026-01-01',
  '42',
  '3.5',
  'true',
  'false',
  'null',
  '~',
  "''",
  '""',
  '"quoted text"',
  'yes',
  'no',
  '0x1F',
  '.inf',
  '[]',
  '{}',
  '2026-13-45',
  "'2026-01-01'",
  '12:30',
];

/** Lines of a file's settings (every line of trust.yaml; between the --- lines of a page) that hold "key: value". */
function settingLines(text: string, file: string): number[] {
  const lines = text.split('\n');
  const close = file === 'trust.yaml' ? lines.length : lines.findIndex((line, index) => index > 0 && line === '---');
  return lines.flatMap((line, index) =>
    (file === 'trust.yaml' || (index > 0 && index < close)) && /^\s*(- )?[A-Za-z]+:/.test(line) ? [index] : [],
  );
}

const onLine = (file: string, pick: number, edit: (line: string, lines: string[], index: number) => string[]): Changes => {
  const text = base(file);
  const candidates = settingLines(text, file);
  const lines = text.split('\n');
  const index = candidates[pick % candidates.length]!;
  return new Map([[file, [...lines.slice(0, index), ...edit(lines[index]!, lines, index), ...lines.slice(index + 1)].join('\n')]]);
};

const indentOf = (line: string) => /^(\s*(- )?)/.exec(line)![1]!.replace('- ', '  ');

const scalarMutation = fc
  .record({ file: fc.constantFrom(...textFiles), pick: fc.nat(), value: fc.constantFrom(...scalars) })
  .map(({ file, pick, value }) => ({
    name: `${file}: a value written as ${value}`,
    changes: onLine(file, pick, (line) => [line.replace(/:\s.*$|:$/, `: ${value}`)]),
  }));

const delimiters: Array<[string, (text: string) => string]> = [
  ['a blank line before the settings', (text) => `\n${text}`],
  ['spaces after the opening dashes', (text) => text.replace(/^---\n/, '---  \n')],
  ['spaces after the closing dashes', (text) => text.replace(/\n---\n/, '\n--- \n')],
  ['+++ delimiters', (text) => text.replace(/^---\n/, '+++\n').replace(/\n---\n/, '\n+++\n')],
  ['Windows line endings', (text) => text.replaceAll('\n', '\r\n')],
  ['no closing dashes', (text) => text.replace(/\n---\n/, '\n\n')],
  ['a byte order mark', (text) => `\uFEFF${text}`],
  ['a line starting with dashes inside the settings', (text) => text.replace(/^---\n/, '---\n---x: 1\n')],
  ['a tab to indent', (text) => text.replace(/\n {2}(\S)/, '\n\t$1')],
  ['an anchor and an alias', (text) => text.replace(/^(title: )(.*)$/m, '$1&t $2\nnavLabel: *t')],
  ['a YAML tag', (text) => text.replace(/^(title: )/m, '$1!!str ')],
  ['four dashes to close', (text) => text.replace(/\n---\n/, '\n----\n')],
];
const delimiterMutation = fc
  .record({ file: fc.constantFrom(...pageFiles), which: fc.nat({ max: delimiters.length - 1 }) })
  .map(({ file, which }) => ({
    name: `${file}: ${delimiters[which]![0]}`,
    changes: new Map([[file, delimiters[which]![1](base(file))]]) as Changes,
  }));

const duplicateMutation = fc.record({ file: fc.constantFrom(...textFiles), pick: fc.nat() }).map(({ file, pick }) => ({
  name: `${file}: a field written twice`,
  changes: onLine(file, pick, (line) => [line, line.replace(/^(\s*)- /, '$1  ')]),
}));

const unknownKeyMutation = fc
  .record({ file: fc.constantFrom(...textFiles), pick: fc.nat(), key: fc.constantFrom('extraField', 'titel', 'Title', 'type2') })
  .map(({ file, pick, key }) => ({
    name: `${file}: an unknown field "${key}" beside another`,
    changes: onLine(file, pick, (line) => [line, `${indentOf(line)}${key}: something`]),
  }));

const pictureName = readdirSync(path.join(baseDir, 'files', 'pictures'))[0]!;
const extraFiles: Array<[string, string | Buffer]> = [
  ['trust.yml', 'name: Another name\n'],
  ['notes.txt', 'Remember to ask about the dates.\n'],
  ['.hidden.md', '---\ntype: page\ntitle: Hidden\ndescription: Hidden page.\n---\n\nHidden words.\n'],
  ['plan.markdown', '# A plan\n'],
  ['files/run.exe', Buffer.from([0x4d, 0x5a, 0x90, 0x00])],
  ['files/notes.txt', 'Plain notes for readers.\n'],
  ['easy-read/nowhere.md', '---\ntitle: Nowhere\ndescription: A page with no pair.\n---\n\nThis page has no pair.\n'],
  ['next-steps.md', '---\ntype: page\ntitle: Next steps\ndescription: What happens next.\n---\n\nWe will share a plan each spring.\n'],
  ['contents.md', '---\ntype: page\ntitle: Contents\ndescription: A page named like a generated one.\n---\n\nWords.\n'],
  ['about/team.mdx', '---\ntype: page\ntitle: Our team\ndescription: Who we are.\n---\n\nWe are a small team.\n'],
  ['empty.md', ''],
  ['latin1.md', Buffer.from('---\ntype: page\ntitle: Caf\xe9\ndescription: Old text.\n---\n\nCaf\xe9.\n', 'latin1')],
];
const extraFileMutation = fc.nat({ max: extraFiles.length - 1 }).map((which) => ({
  name: `an extra file ${extraFiles[which]![0]}`,
  changes: new Map([extraFiles[which]!]) as Changes,
}));

const linkForms = [
  'a [link to a page](../case-for-change/)',
  'a [link to a missing page](../not-here/)',
  'a [link to the home page](../)',
  'a [link with a fragment](../case-for-change/#top)',
  'an [absolute link](/case-for-change/)',
  'a [link to the contents](../contents/)',
  'a [link to how we are doing](../how-we-are-doing/)',
  'a [link to the calendar](../events.ics)',
  'a [reference link][ref]\n\n[ref]: ../case-for-change/',
  'a [reference link to nowhere][ref]\n\n[ref]: ../gone/',
  'an unused definition\n\n[unused]: ../gone/',
  'an autolink <https://www.example.org/>',
  'a bare address www.example.org',
  `a picture ![People](files/pictures/${pictureName})`,
  `a picture with a wrong path ![People](../files/pictures/${pictureName})`,
  'a missing picture ![People](files/pictures/nothing.svg)',
  `a reference picture ![People][pic]\n\n[pic]: files/pictures/${pictureName}`,
  'a missing reference picture ![People][pic]\n\n[pic]: files/pictures/nothing.svg',
  'a picture with no description ![](files/pictures/nothing.svg)',
  'a [link to a file](../files/missing.pdf)',
  'a [link with broken escapes](../case-%E0%A4%A/)',
  'a [mail link](mailto:team@example.org)',
  'a [script link](javascript:alert(1))',
  '<a href="../case-for-change/">an HTML link</a>',
  '<a href="../nowhere/">an HTML link to nowhere</a>',
  '<a href="https://www.example.org/">an HTML link out</a>',
  `<img src="files/pictures/${pictureName}" alt="People">`,
  '<b>bold words</b> and <em>emphasis</em>',
  '<details><summary>More</summary>\n\nHidden words.\n\n</details>',
  '<script>alert(1)</script>',
  '<a href="../case-for-change/" onclick="steal()">a link that runs code</a>',
  '`code with a [link](../nowhere/)` stays code',
  '```\n[not a link](../nowhere/)\n```',
];
const linkMutation = fc
  .record({ file: fc.constantFrom(...pageFiles), which: fc.nat({ max: linkForms.length - 1 }) })
  .map(({ file, which }) => {
    // Easy read pages sit one folder down: their links and pictures start with ../ once more.
    const form = file.startsWith('easy-read/')
      ? linkForms[which]!.replaceAll('../', '../../').replaceAll('files/pictures/', '../files/pictures/')
      : linkForms[which]!;
    return {
      name: `${file}: ${linkForms[which]!.split('\n')[0]}`,
      changes: new Map([[file, appendToBody(file, `Here is ${form}.`)]]) as Changes,
    };
  });

const removal = fc.constantFrom(...textFiles).map((file) => ({ name: `${file} removed`, changes: new Map([[file, null]]) as Changes }));

const mutation = fc.oneof(
  { arbitrary: scalarMutation, weight: 3 },
  { arbitrary: delimiterMutation, weight: 2 },
  { arbitrary: duplicateMutation, weight: 1 },
  { arbitrary: unknownKeyMutation, weight: 2 },
  { arbitrary: extraFileMutation, weight: 1 },
  { arbitrary: linkMutation, weight: 3 },
  { arbitrary: removal, weight: 1 },
);
/** Two mutations at once, so rules are also tried together. */
export const mutations: fc.Arbitrary<Mutation> = fc.oneof(
  { arbitrary: mutation, weight: 3 },
  {
    arbitrary: fc
      .tuple(mutation, mutation)
      .map(([a, b]) => ({ name: `${a.name} + ${b.name}`, changes: new Map([...a.changes, ...b.changes]) })),
    weight: 1,
  },
);
