/**
 * npm run new-trust -- <slug> --name "<full name>" [--descriptor "NHS Foundation Trust"]
 *
 * Creates content/<slug>/ with every page type and its easy read twin, filled with
 * placeholder guidance, ready to build and check. Refuses a slug that already exists.
 */
import { cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkContent } from '../src/checks/check-content.ts';
import { formatProblems } from '../src/checks/problem.ts';
import { parseCommandLine } from './cli/arguments.ts';

const root = path.resolve(import.meta.dirname, '..');
const { values, positionals } = parseCommandLine({
  command: 'npm run new-trust',
  usage: '<slug> --name "<full name>" [options]',
  summary:
    'Creates content/<slug>/ with every page type and its easy read twin, filled with guidance to replace, ready to check and build. Refuses a slug that already exists.',
  positionals: { name: 'slug', description: "the trust's short name: lower case letters, numbers and dashes, e.g. riverside" },
  options: {
    name: { type: 'string', value: 'full name', description: "the trust's full name (required)" },
    descriptor: {
      type: 'string',
      value: 'words',
      description: 'the words under the name, e.g. "NHS Foundation Trust" (default: taken from the name)',
    },
    content: { type: 'string', default: 'content', value: 'dir', description: 'the folder with one folder per trust' },
  },
  examples: [['npm run new-trust -- riverside --name "Riverside Community NHS Trust"', 'start a new trust in content/riverside/']],
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

const name = values.name.trim();
const descriptor = values.descriptor?.trim() || (/NHS Foundation Trust$/.test(name) ? 'NHS Foundation Trust' : 'NHS Trust');
const shortName = name.endsWith(` ${descriptor}`) ? name.slice(0, -descriptor.length - 1) : name;
const today = new Date().toISOString().slice(0, 10);
const year = new Date().getUTCFullYear();
const fill: Record<string, string> = { name, shortName, descriptor, slug, today, year: String(year), endYear: String(year + 5) };

const template = path.join(import.meta.dirname, 'new-trust', 'template');
cpSync(template, target, { recursive: true });
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
if (placeholders.length < problems.length)
  fail(
    `The new trust was created but has problems to fix:\n\n${formatProblems(problems.filter((problem) => problem.rule !== 'placeholder'))}`,
  );

console.log(`Created content/${slug}/ for ${name}.

What to do next:
  1. Open content/${slug}/trust.yaml and change every value to your trust's own:
     the web address (url), colours, contact details, strategy name and years.
  2. Rewrite each page: every line with "Replace this" (${placeholders.length} of them) is
     guidance to replace with your own words. npm run check lists every one, and
     neither it nor the build will pass while any is left. Delete the pages of
     types you do not use, and their easy read versions in content/${slug}/easy-read/.
  3. Put your logo, PDFs and pictures in content/${slug}/files/.
  4. Check your work:   npm run check -- --trust ${slug}
  5. See the pages as you write:   npm run dev
  6. Publish:           npm run build -- --trust ${slug}  then  npm run preview
The editor's guide (docs/editors-guide.md) explains every field.`);
