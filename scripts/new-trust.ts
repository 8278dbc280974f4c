/**
 * npm run new-trust -- <slug> --name "<full name>" [--pages goals,values] [--descriptor "NHS Foundation Trust"] [--url <address>]
 *
 * Creates content/<slug>/ with the page types chosen (asked for at a terminal, else --pages,
 * else a small default set), each with its easy read twin, filled with guidance to replace.
 * Facts only the trust knows are left out or left as guidance the check refuses, so nothing
 * invented can be published. Refuses a slug that already exists.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { closest } from 'fastest-levenshtein';
import { checkContent } from '../src/checks/check-content.ts';
import { formatProblems } from '../src/problems/problem.ts';
import { typeName } from '../src/page-types/define.ts';
import { pageTypeDefinitions, pageTypes, type PageType } from '../src/page-types/registry.ts';
import { parseCommandLine } from './cli/arguments.ts';

const root = path.resolve(import.meta.dirname, '..');

/**
 * Each page type, with the file it is written as (the same name in easy-read/) and a few words
 * about it, from its folder: src/page-types/<type>/ holds template.md and easy-read.md.
 */
const PAGE_FILES = Object.fromEntries(
  pageTypeDefinitions.map((definition) => [typeName(definition), [definition.scaffoldFile, definition.labels.scaffold] as const]),
) as Record<PageType, readonly [file: string, about: string]>;
type TemplateType = PageType;
const TEMPLATE_TYPES = pageTypes;
/** A small start: most strategies have these; the rest are added when the trust has them. */
const DEFAULT_TYPES: TemplateType[] = ['overview', 'mission', 'goals', 'values'];
const { values, positionals } = parseCommandLine({
  command: 'npm run new-trust',
  usage: '<slug> --name "<full name>" [options]',
  summary:
    'Creates content/<slug>/ with the page types you choose, each with its easy read twin, filled with guidance to replace. Refuses a slug that already exists.',
  positionals: { name: 'slug', description: "the trust's short name: lower case letters, numbers and dashes, e.g. riverside" },
  options: {
    name: { type: 'string', value: 'full name', description: "the trust's full name (required)" },
    descriptor: {
      type: 'string',
      value: 'words',
      description:
        'the kind of organisation, shown under the name, e.g. "NHS Foundation Trust" (default: the end of the name when it is one, such as "… NHS Trust"; otherwise left out)',
    },
    url: {
      type: 'string',
      value: 'address',
      description: 'the full address the site will be published at, ending with "/" (default: left as guidance to replace)',
    },
    pages: {
      type: 'string',
      value: 'types',
      description: `the page types to create, separated by commas, or "all" (asked for at a terminal; default: ${DEFAULT_TYPES.join(',')})`,
    },
    content: { type: 'string', default: 'content', value: 'dir', description: 'the folder with one folder per trust' },
  },
  examples: [
    ['npm run new-trust -- riverside --name "Riverside Community NHS Trust"', 'start a new trust in content/riverside/'],
    ['npm run new-trust -- riverside --name "Riverside Community NHS Trust" --pages goals,values,engagement', 'with these page types'],
    ['npm run new-trust -- aneurin --name "Aneurin Bevan" --descriptor "University Health Board"', 'with the kind of organisation'],
  ],
});
values.content = path.resolve(root, values.content);

function fail(message: string): never {
  console.error(`\n${message}\n`);
  process.exit(1);
}

const slug = positionals[0];
const usage = 'Use it like this: npm run new-trust -- harbourside --name "Harbourside Hospitals NHS Foundation Trust"';
if (!slug) fail(`Give the new trust's short name (its slug) first. ${usage}`);
if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug))
  fail(`"${slug}" cannot be a slug: use lower case letters, numbers and single dashes only, for example "harbourside-hospitals". ${usage}`);
if (!values.name?.trim()) fail(`Give the trust's full name with --name. ${usage}`);

const target = path.join(values.content, slug);
if (existsSync(target))
  fail(`content/${slug}/ already exists, so nothing was changed. Choose another slug, or edit the files in that folder.`);

/** "goals, values" or "2,5" or "all" → page types; stops with one plain line on a name that is not a type. */
function readTypes(answer: string): TemplateType[] {
  const words = answer
    .split(/[\s,]+/)
    .map((word) => word.trim().toLowerCase())
    .filter(Boolean);
  if (words.length === 0) return DEFAULT_TYPES;
  if (words.length === 1 && words[0] === 'all') return TEMPLATE_TYPES;
  const chosen = words.map((word) => {
    const byNumber = /^\d+$/.test(word) ? TEMPLATE_TYPES[Number(word) - 1] : undefined;
    const type = byNumber ?? (TEMPLATE_TYPES.includes(word as TemplateType) ? (word as TemplateType) : undefined);
    if (!type)
      fail(
        `"${word}" is not a page type. Did you mean "${closest(word, TEMPLATE_TYPES)}"? The types are: ${TEMPLATE_TYPES.join(', ')} (or all).`,
      );
    return type;
  });
  return TEMPLATE_TYPES.filter((type) => chosen.includes(type));
}

/** Asks only at a terminal: in CI, a script or a pipe there is no one to answer, so the default is used. */
async function chooseTypes(): Promise<TemplateType[]> {
  if (values.pages !== undefined) return readTypes(values.pages);
  if (!process.stdin.isTTY || !process.stdout.isTTY || process.env.CI) return DEFAULT_TYPES;
  const list = TEMPLATE_TYPES.map((type, index) => `  ${String(index + 1).padStart(2)}. ${type.padEnd(17)} ${PAGE_FILES[type][1]}`).join(
    '\n',
  );
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const answer = await prompt.question(
      `Which page types does your strategy have? Each gets an easy read version too.\n${list}\n` +
        `Type names or numbers separated by commas, or "all". Press Enter for ${DEFAULT_TYPES.join(', ')}: `,
    );
    return readTypes(answer);
  } finally {
    prompt.close();
  }
}

const types = await chooseTypes();
const name = values.name.trim();
/** Kinds of NHS organisation a full name can end with, longest first ("NHS Foundation Trust" before "NHS Trust"). */
const KINDS = ['NHS Foundation Trust', 'Integrated Care Board', 'University Health Board', 'Health Board', 'NHS Trust'];
const descriptor = values.descriptor?.trim() || KINDS.find((kind) => name.endsWith(` ${kind}`));
const shortName = descriptor && name.endsWith(` ${descriptor}`) ? name.slice(0, -descriptor.length - 1) : name;
// Only what the command was told: no kind of organisation, address, years, status or contact details are made up for the trust.
const fill: Record<string, string> = {
  name,
  shortName,
  descriptor: descriptor
    ? `# The kind of organisation, shown under the name.\ndescriptor: ${descriptor}`
    : '# The kind of organisation, shown under the name, if you want it there, for example:\n# descriptor: NHS Foundation Trust',
  slug,
  url: values.url?.trim() || `https://www.example.nhs.uk/${slug}/strategy/`,
};

const template = path.join(import.meta.dirname, 'new-trust', 'template');
mkdirSync(path.join(target, 'easy-read'), { recursive: true });
cpSync(path.join(template, 'trust.yaml'), path.join(target, 'trust.yaml'));
cpSync(path.join(template, 'files'), path.join(target, 'files'), { recursive: true });
for (const type of types) {
  const file = PAGE_FILES[type][0];
  const folder = path.join(root, 'src', 'page-types', type);
  cpSync(path.join(folder, 'template.md'), path.join(target, file));
  cpSync(path.join(folder, 'easy-read.md'), path.join(target, 'easy-read', file));
}
const fillIn = (dir: string): void => {
  for (const entry of readdirSync(dir)) {
    const file = path.join(dir, entry);
    if (statSync(file).isDirectory()) fillIn(file);
    else if (/\.(md|yaml)$/.test(entry))
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace(/\{\{(\w+)\}\}/g, (_match, key: string) => fill[key] ?? ''),
      );
  }
};
fillIn(target);

const problems = await checkContent({ contentDir: values.content, displayRoot: path.dirname(values.content), trusts: [slug] });
const placeholders = problems.filter((problem) => problem.rule === 'placeholder');
// A fact left as guidance in trust.yaml is also the wrong kind of value (a year, a status): that is expected.
const guidanceLines = new Set(placeholders.map((problem) => `${problem.file}:${problem.line}`));
const unexpected = problems.filter((problem) => problem.rule !== 'placeholder' && !guidanceLines.has(`${problem.file}:${problem.line}`));
if (unexpected.length > 0) fail(`The new trust was created but has problems to fix:\n\n${formatProblems(unexpected)}`);
const facts = placeholders.filter((problem) => problem.file.endsWith('trust.yaml') && problem.field).map((problem) => problem.field);

console.log(`Created content/${slug}/ for ${name}, with these pages and their easy read versions:
  ${types.map((type) => `${PAGE_FILES[type][0]} (${type})`).join(', ')}

What to do next:
  1. Open content/${slug}/trust.yaml and give the facts only your trust knows:
     ${facts.join(', ')}.
     Add contact details and accessibility test results only where your trust has them:
     nothing is published in their place.
  2. Rewrite each page: every line with "Replace this" (${placeholders.length} in all) is
     guidance to replace with your own words. npm run check lists every one, and
     neither it nor the build will pass while any is left. To add another page type
     later, copy its template.md and easy-read.md from src/page-types/<type>/.
  3. Put your logo, PDFs and pictures in content/${slug}/files/.
  4. Check your work:   npm run check -- --trust ${slug}
  5. See the pages as you write:   npm run dev
  6. Publish:           npm run build -- --trust ${slug}  then  npm run preview
The editor's guide (docs/editors-guide.md) explains every field.`);
