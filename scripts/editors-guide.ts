/**
 * npm run guide: writes docs/editors-guide.md, the editor's guide for comms teams.
 * The field tables come from the schemas' own descriptions and the error list from the
 * content check's rules, so the guide cannot drift from the product: a test regenerates
 * it and fails if the committed copy differs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { mdxComponentNames } from '../src/schemas/mdx-components.ts';
import { registry } from '../src/checks/registry.ts';
import { easyReadSchema } from '../src/schemas/easy-read.ts';
import { typeName } from '../src/page-types/define.ts';
import { pageTypeDefinitions } from '../src/page-types/registry.ts';
import { toJsonSchema, type JsonSchema } from '../src/schemas/json-schema.ts';
import { editingInTheBrowser } from './editor/guide-section.ts';
import { languageSettingsSchema, trustSchema } from '../src/schemas/trust.ts';
import { MAX_LIST_ITEMS, MAX_TEXT_LENGTH } from '../src/schemas/fields.ts';
import { MAX_ADDRESS_LENGTH } from '../src/addresses/trust-address.ts';
import { MAX_HTML_PIECES } from '../src/markdown/content-safety.ts';
import { MAX_NESTING } from '../src/markdown/nesting-budget.ts';
import { MAX_BLOCK_CHARACTERS, MAX_BLOCKS } from '../src/markdown/block-budget.ts';
import { MAX_PICTURE_PIXELS, MAX_PICTURE_SIDE } from '../src/checks/picture-budgets.ts';
import { SVG_BUDGET } from '../src/checks/svg-safety.ts';
import { MAX_WORD_OVERRIDES, replaceableWords } from '../src/words/overrides.ts';
import { wordsFor, defaultLanguage } from '../src/words/index.ts';

/** The wording a trust can replace under `words:`, with the English words used now. */
function replaceableWordsTable(): string {
  const english = wordsFor(defaultLanguage) as unknown as Record<string, unknown>;
  const now = (place: string) =>
    String(place.split('.').reduce<unknown>((tree, key) => (tree as Record<string, unknown>)[key], english))
      .replaceAll('|', '\\|')
      .replaceAll('\n', ' ');
  return ['| place | the words used now |', '| --- | --- |', ...replaceableWords.map((place) => `| \`${place}\` | ${now(place)} |`)].join(
    '\n',
  );
}

const root = path.resolve(import.meta.dirname, '..');
export const guidePath = path.join(root, 'docs', 'editors-guide.md');

const toJson = (schema: z.ZodType) => toJsonSchema(schema);

/** What a field is when left out, in words: a value, "none", or the defaults of its own fields. */
function defaultInWords(value: unknown, hasFields: boolean): string {
  if (value === undefined) return '';
  if (hasFields) return ' If left out, each field below takes its own default.';
  if (Array.isArray(value))
    return value.length === 0 ? ' If left out: none.' : ` If left out: ${value.map((item) => `\`${String(item)}\``).join(', ')}.`;
  if (typeof value === 'object' && value !== null)
    return Object.keys(value).length === 0 ? ' If left out: none.' : ` If left out: ${JSON.stringify(value)}.`;
  return ` If left out: \`${String(value)}\`.`;
}

/** One row per field, nested fields written as dotted paths ("goals.outcomes"). */
export function fieldRows(schema: JsonSchema, prefix = ''): Array<{ field: string; required: boolean; about: string }> {
  const rows: Array<{ field: string; required: boolean; about: string }> = [];
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    if (name === 'type' && property.const !== undefined) continue;
    const field = prefix ? `${prefix}.${name}` : name;
    const shape = property.anyOf?.find((option) => option.type !== 'null') ?? property;
    const allowed = shape.enum ? ` One of: ${shape.enum.map((value) => `\`${String(value)}\``).join(', ')}.` : '';
    const fallback = defaultInWords(property.default, Boolean(shape.properties));
    const list = shape.type === 'array' ? ' A list, one item per line starting with "- ".' : '';
    rows.push({
      field,
      required: schema.required?.includes(name) ?? false,
      about: `${property.description ?? shape.description ?? ''}${list}${allowed}${fallback}`.trim(),
    });
    const nested = shape.type === 'array' ? shape.items : shape;
    if (nested?.properties) rows.push(...fieldRows(nested, field));
  }
  return rows;
}

function fieldTable(schema: z.ZodType): string {
  const rows = fieldRows(toJson(schema));
  return [
    '| field | needed? | what to write |',
    '| --- | --- | --- |',
    ...rows.map((row) => `| \`${row.field}\` | ${row.required ? 'yes' : 'no'} | ${row.about.replace(/\|/g, '\\|')} |`),
  ].join('\n');
}

const sample = (file: string) => readFileSync(path.join(root, 'content', file), 'utf8').trimEnd();

export function renderGuide(): string {
  // Each type's complete example is a sample page its folder names (src/page-types/<type>/page-type.ts).
  const types = pageTypeDefinitions
    .map((definition) => {
      const { schema, guide } = definition;
      const extra = guide.also ? `\n\n${guide.also.words}\n\n\`\`\`markdown\n${sample(guide.also.example)}\n\`\`\`` : '';
      return `### \`type: ${typeName(definition)}\`\n\n${toJson(schema).description ?? ''}\n\n${fieldTable(schema)}\n\nA complete example (\`content/${guide.example}\`):\n\n\`\`\`markdown\n${sample(guide.example)}\n\`\`\`${extra}`;
    })
    .join('\n\n');
  const isEasyRead = (entry: (typeof registry)[number]) => entry.id.startsWith('easy-read/');
  const easyRules = registry
    .filter(isEasyRead)
    .map(({ id, severity, means, fix }) => `| \`${id}\` | ${severity} | ${means} | ${fix} |`)
    .join('\n');
  const rules = registry
    .filter((entry) => !isEasyRead(entry))
    .map(({ id, means, fix }) => `| \`${id}\` | ${means} | ${fix} |`)
    .join('\n');

  return `<!-- Generated by "npm run guide" from the schemas in src/schemas/ and src/page-types/ and the rules in src/checks/registry.ts. Do not edit by hand. -->

# Editor's guide

This guide is for the people who write and update their trust's strategy website: usually the
communications team. You do not need to be a developer. Everything you write is plain text,
in files you can open in any text editor or in your git host's web editor.

## Your trust's folder

Everything for one trust is in one folder, \`content/<your-trust>/\`:

- \`trust.yaml\`: the trust's settings (its name, web address, colours, contact details,
  strategy name and years, and the facts for the accessibility statement);
- one file per page, such as \`goals.md\`. The settings at the top of the page (between the two
  \`---\` lines) say what type of page it is; the text below is ordinary Markdown;
- \`easy-read/\`: the easy read version of each page, with the same file name;
- \`files/\`: your logo, PDFs and pictures. They are published as they are, once the check has
  made sure each one is safe to publish (see "Files" below).

To start a new trust: \`npm run new-trust -- <short-name> --name "Full Name NHS Trust"\`.

## Editing

**On a laptop.** Open the repository folder in a text editor such as Visual Studio Code. Edit
and save a file, then run \`npm run check\` to see any problems, and \`npm run dev\` to see the
pages change as you save.

**In a git host's web editor.** Open the file in the repository, choose edit (the pencil), make
the change, and propose it as a change for review. The checks run automatically on the proposed
change and list any problems in the same words as below. Nothing is published until the change
is accepted and the checks pass.

Some tips that avoid most problems:

- indent with spaces, never tabs;
- write each setting as \`name: value\`; put text that contains a colon in quotes, for example
  \`title: "Our plan: 2025 to 2030"\`;
- write dates as \`YYYY-MM-DD\`, for example \`2026-03-31\`, and times as \`"18:30"\` in quotes;
- say only what your strategy says. Where it gives no date, leave the date out; where a field
  says it takes "a date, a month or words" (for example \`refresh.expected\` or a report's
  \`when\`), write a month as \`2026-03\` or your own words, such as \`in our next annual report\`.
  A date that has passed while the page still reads as future ("We expect to publish … by …")
  is listed as a warning by the check and the build, so you know to update it;
- the new trust template's guidance starts with "Replace this". The check lists every such line
  as a warning while you draft; the build will not publish a site with any left.
- write colours as six-digit codes in quotes, for example \`"#005eb8"\`;
- link to other pages relative to the page you are on, for example \`[our goals](../goals/)\`.

${editingInTheBrowser}

## Trust settings (trust.yaml)

${fieldTable(trustSchema)}

A complete example (\`content/harbourside/trust.yaml\`):

\`\`\`yaml
${sample('harbourside/trust.yaml')}
\`\`\`

### A language's own trust.yaml

Each language listed under \`languages\` has a folder of its own (for example \`cy/\`) with the
pages in that language, and may have a \`trust.yaml\` of its own there, holding only what readers
read in that language:

${fieldTable(languageSettingsSchema)}

An example (\`content/harbourside/ur/trust.yaml\`):

\`\`\`yaml
${sample('harbourside/ur/trust.yaml')}
\`\`\`

## Your own wording

The site writes some words itself: menus, headings of the pages it makes, notices. Where your trust
says things differently, give your own wording under \`words:\` in \`trust.yaml\`, each by its place,
for example:

\`\`\`yaml
words:
  navigation.contactUs: Talk to us
  status.refreshing: We are reviewing this strategy with you
\`\`\`

A language's own \`trust.yaml\` (in its folder) replaces that language's words. Wording made from
parts (a sentence with a name, a date or a number in it) cannot be replaced. At most
${MAX_WORD_OVERRIDES} replacements. The places you can use:

${replaceableWordsTable()}

## Page types

Every page has a \`type\` and these fields, whatever its type. The \`title\` is your own heading,
so you can call your goals "Our ambitions" or "Pillars" and still use \`type: goals\`.

${types}

## Components in .mdx pages

Pages can be \`.md\` (plain Markdown, best for most pages) or \`.mdx\`, which can also use these
components without importing them: ${mdxComponentNames.map((name) => `\`<${name}>\``).join(', ')}.
For example:

\`\`\`mdx
<Callout title="How we wrote it">
More than 3,000 people helped shape this strategy.
</Callout>
\`\`\`

Pages never run code, so in an \`.mdx\` page:

- write settings in quotes (\`title="How we wrote it"\`); only a number may go in curly brackets
  (\`<KeyFigure value={1450} label="people took part" />\`);
- nothing else goes in curly brackets \`{ }\`: to show a curly bracket, write \`\\{\`;
- no other components, no HTML tags such as \`<div>\`, and no \`import\` or \`export\` lines.

## HTML and links

Write pages in Markdown. A little HTML is allowed in \`.md\` pages: \`<strong>\`, \`<em>\`,
\`<sub>\`, \`<sup>\`, \`<br>\`, \`<details>\` with \`<summary>\`, lists, tables and links with a
\`href\`, with only the \`lang\`, \`dir\` and \`title\` attributes (and \`cite\`, \`start\`,
\`colspan\`, \`rowspan\` where they belong). Anything else (scripts, forms, frames, \`<meta>\`,
\`<base>\`, pictures in HTML, \`style\` or \`on...\` attributes) is an error, because it could run
code, send readers to another site or change the page around it.

Links and pictures may point to web pages (\`https://\`, \`http://\`), email (\`mailto:\`), phone
numbers (\`tel:\`) and pages or files of your site (\`../goals/\`). Any other kind of address,
such as \`javascript:\`, \`data:\` or \`vbscript:\`, is an error however it is written.

Links must say truthfully where they go. Link words that show an address
(\`[www.nhs.uk](…)\`) must lead to that address; a web address written with letters from
another alphabet that look like Latin ones is an error that shows the address browsers would
really visit; email links may not carry settings after \`?\` (such as \`?bcc=\` or \`?body=\`);
invisible or direction-changing characters in headings and links are errors. HTML must be
finished where it stands: an open quote, tag or comment would swallow the rest of the page.

## Files

Everything in \`files/\` is checked before it is published:

- documents and pictures only: pdf, docx, xlsx, pptx, odt, ods, odp, png, jpg, gif, webp, avif,
  svg, mp3, mp4, txt and csv. What is inside must match the name (a web page renamed to
  \`.pdf\` is an error);
- SVG pictures must be plain drawings: no scripts, \`on...\` attributes, embedded web content or
  links to other files. Export them again as "plain SVG", or use PNG;
- real files only: a shortcut (symbolic link) is an error;
- names with letters, numbers, dots, dashes and underscores only: the check suggests a new name
  for a file with spaces, accents, \`#\` or \`?\`;
- pictures and logos within the size limits below (read from the file, before it is drawn);
- a file over 10 MB gets a warning: it is slow to download on a phone.

## Pictures and alt text

Put pictures in \`files/\` (for example \`files/pictures/talking.svg\`). A picture's path starts
from the page's own file, the way links between files work on your computer and in your git
host's preview:

- in a page in your trust's folder (such as \`goals.md\`): \`![what the picture shows](files/pictures/talking.svg)\`;
- in an easy read page (in \`easy-read/\`, one folder down): \`![what the picture shows](../files/pictures/talking.svg)\`.

The check and the build follow the same rule; a path written the other way is an error that shows
the right path for that page. The words in the square brackets
(the alt text) are read aloud to people who cannot see the picture: say what it shows, in a few
words. A picture with no alt text is an error. Never redraw or alter the NHS logo: use the logo
file your trust was given.

## Easy read

Easy read is for people with learning disabilities, often reading with a supporter or on
paper. Every page should have an easy read version, written by a person.

**Where it goes.** Each easy read page lives in \`easy-read/\` with the same file name as its
standard page: \`easy-read/goals.md\` is the easy read version of \`goals.md\`, and
\`easy-read/index.md\` is the easy read home page. You can also write \`easy-read/contact.md\` for
the contact page. The two versions link to each other automatically. A page with no easy read
version is listed as a warning (or stops the build if \`easyRead.required\` is \`true\`).

**Rows.** Easy read is written as rows: one idea is one picture and a few short sentences. Put
the picture on a line of its own; the sentences after it, up to the next picture, go beside it.
Pictures are written as a path from the page's file, so \`../files/pictures/talking.svg\` for a
picture in your trust's \`files/pictures/\` folder. On a computer the picture sits on the left of
its text; on a phone it sits above it; printed, each row stays on one page.

**Headings over rows.** To put several rows under one heading (for example each of your
commitments, with its priorities as rows), write the heading on its own line, such as
\`## For patients\`, then the rows. The heading stays with its first row when printed. Text
after a heading needs a picture of its own, like every row.

**Hard words.** Put a hard word in bold, and explain it in the same row (the sentences beside its
picture) with a sentence that says what it is or means: \`Our plan is called a **strategy**. A
strategy is a plan for the future.\` The explanation may use the singular or the plural
(\`We ran **polls**. A poll is a few quick questions.\`), or start straight after the word's
sentence with "This means": \`We will hold a **consultation**. This means we ask you what you
think.\` Every bold word is listed with its explanation under "Hard words" at the end of the page.

**Pictures.** Use your trust's own picture bank if it has one; the pictures in the starter
folder are simple drawings you can use. Every picture needs alt text saying what it shows.

The settings at the top of an easy read page:

${fieldTable(easyReadSchema)}

A complete example (\`content/ashdown-valley/easy-read/have-your-say.md\`):

\`\`\`markdown
${sample('ashdown-valley/easy-read/have-your-say.md')}
\`\`\`

Each trust also gets "the whole easy read strategy" on one page (\`easy-read/all/\`) to print or
save as a PDF.

### The easy read checks

\`npm run check\` and every build check easy read pages against these rules. An error stops the
build; a warning does not. A trust can change how strict each rule is in \`trust.yaml\`, for
example:

\`\`\`yaml
easyRead:
  allowedAcronyms: [GP]
  rules:
    number-word: error
    row-without-picture: off
\`\`\`

| rule | usually | what it finds | how to fix it |
| --- | --- | --- | --- |
${easyRules}

## Plain English on standard pages

The NHS asks for a reading age of 9 to 11. \`npm run check\` and every build give each standard
page a reading age, measured with the SMOG formula (the measure the NHS uses), list sentences
over 20 words, and say which pages are above the trust's target (\`plainEnglish.targetReadingAge\`,
11 unless you change it). The same report is at \`reading-age/\` in the live preview (\`npm run dev\`).
It is for your team, so it is not published: set
\`plainEnglish.publishReport: true\` to publish it on your site too, kept out of search, menus and
the sitemap. To bring a page down: use shorter sentences and everyday words of one or two syllables.

## Limits

Every value and file has a limit, far above what a strategy site needs, so that no page can make
the check or the build run for ever. Going over one is an error that names the file and line.

| what | limit |
| --- | --- |
| text in one field | ${MAX_TEXT_LENGTH} characters |
| items in one list field | ${MAX_LIST_ITEMS} |
| the trust's \`url\` | ${MAX_ADDRESS_LENGTH} characters; \`https://\`, a host name, folders of letters, numbers, \`-\`, \`_\` and \`.\`; no two trusts share an address or sit inside each other's |
| pieces of HTML on one page | ${MAX_HTML_PIECES} |
| quotes and lists inside each other | ${MAX_NESTING} levels |
| text in one paragraph, list, quote or table | ${MAX_BLOCK_CHARACTERS.toLocaleString('en-GB')} characters (about 3,000 words) |
| paragraphs, lists, headings and other parts on one page | ${MAX_BLOCKS.toLocaleString('en-GB')} |
| a picture or logo (PNG, JPEG, GIF, WebP, AVIF) | ${MAX_PICTURE_SIDE} pixels on a side and ${MAX_PICTURE_PIXELS / 1_000_000} million pixels in all |
| an SVG picture or logo | no filter effects or patterns (they can take minutes to draw), at most ${SVG_BUDGET.uses} \`<use>\` copies, ${SVG_BUDGET.depth} levels of nesting and ${SVG_BUDGET.elements.toLocaleString('en-GB')} elements; masks, clipping paths, gradients and copies that refer to each other at most ${SVG_BUDGET.referenceDepth} levels deep, never in a loop, and drawing at most ${SVG_BUDGET.drawn.toLocaleString('en-GB')} shapes and ${SVG_BUDGET.layers.toLocaleString('en-GB')} masks or clipping paths once every reference is followed |

## Checking, previewing and publishing

| to | run |
| --- | --- |
| check every page without building | \`npm run check\` (or \`npm run check -- --trust <short-name>\`) |
| see pages change as you save | \`npm run dev\` |
| build the site | \`npm run build -- --trust <short-name>\` |
| see the built site as it will be published | \`npm run preview\` |

A build checks everything first. If there is any problem, nothing is published and the site
that is live stays exactly as it was.

## Every error message, and what to do

Each message names the file, the line and the field, and says how to fix it.

| message | what it means | what to do |
| --- | --- | --- |
${rules}
`;
}

if (import.meta.main) {
  const { parseCommandLine } = await import('./cli/arguments.ts');
  parseCommandLine({
    command: 'npm run guide',
    usage: '',
    summary:
      "Writes docs/editors-guide.md, the editor's guide, from the schemas' field descriptions and the content check's messages. Run it after changing a schema; a test fails while the committed guide is out of date.",
    options: {},
    examples: [['npm run guide', 'rewrite docs/editors-guide.md']],
  });
  writeFileSync(guidePath, renderGuide());
  console.log(`Wrote ${path.relative(root, guidePath)}`);
}
