/**
 * The error corpus: every mistake a comms officer can make, each as a small change to a
 * valid trust, and the message it must produce: the file, the line or field, and words
 * that say how to fix it. Each case is checked on its own, then all of them together
 * through the check command, which must report every one in a single run and exit 1.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/check-content.ts';
import type { Problem } from '../../src/problems/problem.ts';
import { astroCacheDir } from '../../src/publishing/astro-cache-dir.ts';
import { repoRoot, runBuild } from '../support/built-sites.ts';

interface Case {
  name: string;
  /** Changes a copy of the Harbourside sample trust into the broken input. */
  breaks: (trust: TrustFolder) => void;
  /** The problem it must produce. */
  expect: { file: string; rule: string; line?: number; field?: string; says: RegExp };
}

class TrustFolder {
  readonly dir: string;
  constructor(dir: string) {
    this.dir = dir;
  }
  read(file: string) {
    return readFileSync(path.join(this.dir, file), 'utf8');
  }
  write(file: string, content: string | Buffer) {
    mkdirSync(path.dirname(path.join(this.dir, file)), { recursive: true });
    writeFileSync(path.join(this.dir, file), content);
  }
  edit(file: string, from: string | RegExp, to: string) {
    const before = this.read(file);
    const after = before.replace(from, to);
    if (after === before) throw new Error(`The case did not change ${file}: ${String(from)} not found`);
    this.write(file, after);
  }
  remove(file: string) {
    unlinkSync(path.join(this.dir, file));
  }
  page(file: string, frontMatter: string, body = 'Some text.\n') {
    this.write(file, `---\n${frontMatter.trim()}\n---\n\n${body}`);
  }
}

const page = (type: string, extra = '') => `type: ${type}\ntitle: A page\ndescription: About this page.\n${extra}`;
/** Words that show a message tells the reader what to do. */
const fix =
  /for example|add|remove|rename|create|write|make|use|choose|put|copy|delete|open|fill|check|start|did you mean|keep|needs|must/i;

const cases: Case[] = [
  // Trust settings
  {
    name: 'no trust.yaml',
    breaks: (t) => t.remove('trust.yaml'),
    expect: { file: '', rule: 'missing-settings', says: /Copy trust\.yaml/ },
  },
  {
    name: 'empty trust.yaml',
    breaks: (t) => t.write('trust.yaml', '\n'),
    expect: { file: 'trust.yaml', rule: 'empty-file', says: /empty/ },
  },
  {
    name: 'trust.yaml not UTF-8',
    breaks: (t) => t.write('trust.yaml', Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0xff, 0xfe, 0x0a])),
    expect: { file: 'trust.yaml', rule: 'not-utf8', says: /save it with the encoding "UTF-8"/ },
  },
  {
    name: 'trust.yaml bad indentation',
    breaks: (t) => t.edit('trust.yaml', 'contact:\n  email:', 'contact:\n email: x\n    email:'),
    expect: { file: 'trust.yaml', rule: 'yaml-syntax', says: /indentation/ },
  },
  {
    name: 'name missing',
    breaks: (t) => t.edit('trust.yaml', /^name: .*\n/m, ''),
    expect: {
      file: 'trust.yaml',
      rule: 'invalid-field',
      field: 'name',
      says: /name is missing\. Add it as text, for example "Harbourside/,
    },
  },
  {
    name: 'shortName is a number',
    breaks: (t) => t.edit('trust.yaml', /^shortName: .*$/m, 'shortName: 123'),
    expect: { file: 'trust.yaml', rule: 'invalid-field', field: 'shortName', line: 4, says: /must be text, for example/ },
  },
  {
    name: 'slug differs from folder',
    breaks: (t) => t.edit('trust.yaml', /^slug: .*$/m, 'slug: harbour'),
    expect: { file: 'trust.yaml', rule: 'slug-mismatch', field: 'slug', line: 6, says: /Make them the same/ },
  },
  {
    name: 'slug with capitals',
    breaks: (t) => t.edit('trust.yaml', /^slug: .*$/m, 'slug: Harbour Side'),
    expect: { file: 'trust.yaml', rule: 'invalid-field', field: 'slug', says: /lower case letters/ },
  },
  {
    name: 'url not https',
    breaks: (t) => t.edit('trust.yaml', /^url: https/m, 'url: http'),
    expect: { file: 'trust.yaml', rule: 'invalid-field', field: 'url', line: 7, says: /starting with https:\/\// },
  },
  {
    name: 'url without closing slash',
    breaks: (t) => t.edit('trust.yaml', 'our-strategy/', 'our-strategy'),
    expect: { file: 'trust.yaml', rule: 'invalid-field', field: 'url', says: /must end with "\/"/ },
  },
  {
    name: 'colour not hex',
    breaks: (t) => t.edit('trust.yaml', 'brand: "#005eb8"', 'brand: blue'),
    expect: { file: 'trust.yaml', rule: 'invalid-field', field: 'colours.brand', says: /six-digit colour code/ },
  },
  {
    name: 'colours left out',
    breaks: (t) => t.edit('trust.yaml', /^colours:\n(  .*\n)+/m, ''),
    expect: {
      file: 'trust.yaml',
      rule: 'invalid-field',
      field: 'colours',
      says: /^colours is missing\. Add it, with brand \(and, if the trust has them, accent\)/,
    },
  },
  {
    name: 'strategy period written as words',
    breaks: (t) => t.edit('trust.yaml', /^  period:\n(    .*\n)+/m, '  period: 2025 to 2030\n'),
    expect: {
      file: 'trust.yaml',
      rule: 'invalid-field',
      field: 'strategy.period',
      says: /^strategy → period must be a group of settings, each on its own line below it.*but it is the text "2025 to 2030"/,
    },
  },
  {
    name: 'document on request with no way to ask',
    breaks: (t) => {
      t.edit('trust.yaml', /^contact:\n(  .*\n)+/m, '');
      t.page('papers.md', page('documents', 'documents:\n  - title: Our last strategy\n    kind: full\n    onRequest: true'));
    },
    expect: {
      file: 'papers.md',
      rule: 'no-way-to-ask',
      field: 'documents.0.onRequest',
      says: /"Our last strategy" is listed as available on request, but .*trust\.yaml gives no way to ask/,
    },
  },
  {
    name: 'brand colour too light',
    breaks: (t) => t.edit('trust.yaml', 'brand: "#005eb8"', 'brand: "#41b6e6"'),
    expect: { file: 'trust.yaml', rule: 'invalid-field', field: 'colours.brand', line: 12, says: /too light .* darker shade/ },
  },
  {
    name: 'accent colour too light',
    breaks: (t) => t.edit('trust.yaml', 'accent: "#7c2855"', 'accent: "#ffeb3b"'),
    expect: { file: 'trust.yaml', rule: 'invalid-field', field: 'colours.accent', says: /at least 3 to 1/ },
  },
  {
    name: 'email not an address',
    breaks: (t) => t.edit('trust.yaml', 'email: strategy@harbourside.example', 'email: strategy team'),
    expect: { file: 'trust.yaml', rule: 'invalid-field', field: 'contact.email', says: /email address, for example/ },
  },
  {
    name: 'unknown status',
    breaks: (t) => t.edit('trust.yaml', 'status: launched', 'status: live'),
    expect: {
      file: 'trust.yaml',
      rule: 'invalid-field',
      field: 'strategy.status',
      says: /must be one of: engagement, draft, launched, refreshing/,
    },
  },
  {
    name: 'period ends before it starts',
    breaks: (t) => t.edit('trust.yaml', 'end: 2030', 'end: 2020'),
    expect: { file: 'trust.yaml', rule: 'invalid-field', field: 'strategy.period.end', says: /later year/ },
  },
  {
    name: 'launch date in words',
    breaks: (t) => t.edit('trust.yaml', 'launched: 2025-04-01', 'launched: April 2025'),
    expect: {
      file: 'trust.yaml',
      rule: 'invalid-field',
      field: 'strategy.launched',
      says: /You wrote "April 2025".*YYYY-MM-DD.*\n {4}launched: 2026-03-31/s,
    },
  },
  {
    name: 'unknown compliance status',
    breaks: (t) => t.edit('trust.yaml', 'compliance: partial', 'compliance: mostly'),
    expect: { file: 'trust.yaml', rule: 'invalid-field', field: 'accessibility.compliance', says: /full, partial, none/ },
  },
  {
    name: 'test date missing',
    breaks: (t) => t.edit('trust.yaml', /^  tested: .*\n/m, ''),
    expect: { file: 'trust.yaml', rule: 'invalid-field', field: 'accessibility.tested', says: /YYYY-MM-DD/ },
  },
  {
    name: 'logo file missing',
    breaks: (t) => t.remove('files/logo.svg'),
    expect: { file: 'trust.yaml', rule: 'missing-file', field: 'logo.file', line: 9, says: /does not exist/ },
  },
  {
    name: 'misspelt field in settings',
    breaks: (t) => t.edit('trust.yaml', 'colours:', 'colors:'),
    expect: { file: 'trust.yaml', rule: 'unknown-field', field: 'colors', says: /Did you mean "colours"/ },
  },
  {
    name: 'language not a tag',
    breaks: (t) => t.edit('trust.yaml', 'language: en-GB', 'language: English'),
    expect: { file: 'trust.yaml', rule: 'invalid-field', field: 'language', says: /"en-GB"/ },
  },
  // Page files
  {
    name: 'page without front matter',
    breaks: (t) => t.write('vision.md', 'Our vision is great.\n'),
    expect: { file: 'vision.md', rule: 'front-matter-missing', line: 1, says: /Start the file with a line "---"/ },
  },
  {
    name: 'front matter never closed',
    breaks: (t) => t.write('vision.md', '---\ntype: vision\ntitle: Vision\n\nText.\n'),
    expect: { file: 'vision.md', rule: 'front-matter-unclosed', says: /Add a line with just ---/ },
  },
  {
    name: 'colon in a title without quotes',
    breaks: (t) => t.edit('vision.md', 'title: Our vision', 'title: Our vision: 2030'),
    expect: { file: 'vision.md', rule: 'yaml-syntax', line: 3, says: /Put the text in quotes:\n {4}title: "Our vision: 2030"/ },
  },
  {
    name: 'same field twice',
    breaks: (t) => t.edit('vision.md', 'title: Our vision', 'title: Our vision\ntitle: Vision'),
    expect: { file: 'vision.md', rule: 'yaml-syntax', says: /same field appears twice/ },
  },
  {
    name: 'page type missing',
    breaks: (t) => t.edit('vision.md', /^type: vision\n/m, ''),
    expect: { file: 'vision.md', rule: 'unknown-type', field: 'type', says: /no type\. Add a line such as "type: page"/ },
  },
  {
    name: 'page type misspelt',
    breaks: (t) => t.edit('goals.md', 'type: goals', 'type: gaols'),
    expect: { file: 'goals.md', rule: 'unknown-type', field: 'type', line: 2, says: /Did you mean "goals"/ },
  },
  {
    name: 'title missing',
    breaks: (t) => t.edit('vision.md', /^title: .*\n/m, ''),
    expect: { file: 'vision.md', rule: 'invalid-field', field: 'title', says: /title is missing/ },
  },
  {
    name: 'description empty',
    breaks: (t) => t.edit('vision.md', /^description: .*$/m, 'description: ""'),
    expect: { file: 'vision.md', rule: 'invalid-field', field: 'description', line: 4, says: /description is empty/ },
  },
  {
    name: 'order in words',
    breaks: (t) => t.edit('vision.md', 'order: 20', 'order: second'),
    expect: { file: 'vision.md', rule: 'invalid-field', field: 'order', says: /order must be a number, for example 3/ },
  },
  {
    name: 'goal with no outcomes',
    breaks: (t) =>
      t.edit(
        'goals.md',
        /    outcomes:\n      - Most people[^\n]*\n      - People who[^\n]*\n      - Test results[^\n]*\n/,
        '    outcomes: []\n',
      ),
    expect: { file: 'goals.md', rule: 'invalid-field', field: 'goals.0.outcomes', says: /at least 1 item/ },
  },
  {
    name: 'goal with no title',
    breaks: (t) => t.edit('goals.md', /^  - title: Care without long waits\n    statement:/m, '  - statement:'),
    expect: { file: 'goals.md', rule: 'invalid-field', field: 'goals.0.title', line: 10, says: /title is missing/ },
  },
  {
    name: 'misspelt field in a goal',
    breaks: (t) => t.edit('goals.md', 'measures:\n      - Waiting', 'measure:\n      - Waiting'),
    expect: { file: 'goals.md', rule: 'unknown-field', field: 'goals.0.measure', says: /Did you mean "measures"/ },
  },
  {
    name: 'values with neither values nor refresh',
    breaks: (t) => t.page('values.md', page('values')),
    expect: { file: 'values.md', rule: 'invalid-field', field: 'values', says: /either a list of values/ },
  },
  {
    name: 'refresh date that is not a real date',
    breaks: (t) => t.page('values.md', page('values', 'refresh:\n  expected: 2027-02-30\n  explanation: We are asking staff.')),
    expect: { file: 'values.md', rule: 'invalid-field', field: 'refresh.expected', line: 6, says: /not a real date.*YYYY-MM-DD/ },
  },
  {
    name: 'in-person event without a place',
    breaks: (t) => t.page('events.md', page('engagement', 'events:\n  - title: Meeting\n    date: 2027-01-20\n    format: in-person')),
    expect: { file: 'events.md', rule: 'invalid-field', field: 'events.0.place', says: /needs a place, for example/ },
  },
  {
    name: 'event ends before it starts',
    breaks: (t) =>
      t.page(
        'events.md',
        page('engagement', 'events:\n  - title: Call\n    date: 2027-01-20\n    start: "13:00"\n    end: "12:00"\n    format: online'),
      ),
    expect: { file: 'events.md', rule: 'invalid-field', field: 'events.0.end', says: /later than start/ },
  },
  {
    name: 'event time not 24-hour',
    breaks: (t) =>
      t.page('events.md', page('engagement', 'events:\n  - title: Call\n    date: 2027-01-20\n    start: 6.30pm\n    format: online')),
    expect: {
      file: 'events.md',
      rule: 'invalid-field',
      field: 'events.0.start',
      line: 8,
      says: /24-hour time in quotes, for example "18:30"/,
    },
  },
  {
    name: 'unknown event format',
    breaks: (t) => t.page('events.md', page('engagement', 'events:\n  - title: Call\n    date: 2027-01-20\n    format: video')),
    expect: { file: 'events.md', rule: 'invalid-field', field: 'events.0.format', says: /in-person, online, hybrid/ },
  },
  {
    name: 'survey link not https',
    breaks: (t) =>
      t.page(
        'events.md',
        page('engagement', 'survey:\n  title: Survey\n  audience: everyone\n  closes: 2027-02-28\n  link: www.example.org/survey'),
      ),
    expect: { file: 'events.md', rule: 'invalid-field', field: 'survey.link', says: /starting with https:\/\// },
  },
  {
    name: 'figure written in words',
    breaks: (t) => t.page('events.md', page('engagement', 'figures:\n  - label: people took part\n    value: twelve hundred')),
    expect: { file: 'events.md', rule: 'invalid-field', field: 'figures.0.value', says: /written as digits, for example 1450/ },
  },
  {
    name: 'document file missing',
    breaks: (t) =>
      t.page(
        'documents.md',
        page('documents', 'documents:\n  - title: Strategy\n    kind: full\n    file: files/strategy.pdf\n    date: 2025-04-01'),
      ),
    expect: { file: 'documents.md', rule: 'missing-file', field: 'documents.0.file', line: 8, says: /does not exist/ },
  },
  {
    name: 'document with file and link',
    breaks: (t) =>
      t.page(
        'documents.md',
        page(
          'documents',
          'documents:\n  - title: Strategy\n    kind: full\n    file: files/logo.svg\n    link: https://example.org/s.pdf\n    date: 2025-04-01',
        ),
      ),
    expect: { file: 'documents.md', rule: 'invalid-field', field: 'documents.0.file', says: /exactly one of file/ },
  },
  {
    name: 'unknown document kind',
    breaks: (t) =>
      t.page(
        'documents.md',
        page('documents', 'documents:\n  - title: Strategy\n    kind: leaflet\n    link: https://example.org/s.pdf\n    date: 2025-04-01'),
      ),
    expect: { file: 'documents.md', rule: 'invalid-field', field: 'documents.0.kind', says: /full, summary, easy-read, other/ },
  },
  {
    name: 'two files at one address',
    breaks: (t) => t.page('goals.mdx', page('page')),
    expect: { file: 'goals.mdx', rule: 'duplicate-address', says: /Rename or delete one/ },
  },
  {
    name: 'page named like a built-in page',
    breaks: (t) => t.page('contents.md', page('page')),
    expect: { file: 'contents.md', rule: 'reserved-name', says: /Rename the file, for example to "our-contents\.md"/ },
  },
  {
    name: 'easy read page without standard page',
    breaks: (t) => t.page('easy-read/plans.md', 'title: Our plans\ndescription: What we will do.'),
    expect: { file: 'easy-read/plans.md', rule: 'twin-without-page', says: /Create content\/case-\d+\/plans\.md/ },
  },
  {
    name: 'easy read page without description',
    breaks: (t) => t.edit('easy-read/goals.md', /^description: .*\n/m, ''),
    expect: { file: 'easy-read/goals.md', rule: 'invalid-field', field: 'description', says: /description is missing/ },
  },
  {
    name: 'empty page',
    breaks: (t) => t.write('vision.md', ''),
    expect: { file: 'vision.md', rule: 'empty-file', says: /empty\. Fill it in/ },
  },
  {
    name: 'page not UTF-8',
    breaks: (t) =>
      t.write('vision.md', Buffer.concat([Buffer.from('---\ntype: vision\ntitle: Caf'), Buffer.from([0xe9]), Buffer.from('\n---\n')])),
    expect: { file: 'vision.md', rule: 'not-utf8', says: /UTF-8/ },
  },
  {
    name: 'link to a page that does not exist',
    breaks: (t) => t.edit('vision.md', 'Our vision describes', 'Read [our goals](../goal/). Our vision describes'),
    expect: { file: 'vision.md', rule: 'broken-link', line: 9, says: /Did you mean "\.\.\/goals\/"/ },
  },
  {
    name: 'link starting with a slash',
    breaks: (t) => t.edit('vision.md', 'Our vision describes', 'Read [our goals](/goals/). Our vision describes'),
    expect: { file: 'vision.md', rule: 'absolute-link', line: 9, says: /Write it relative to this page: "\.\.\/goals\/"/ },
  },
  {
    name: 'link to a missing file',
    breaks: (t) => t.edit('vision.md', 'Our vision describes', 'Read [the plan](../files/plan.pdf). Our vision describes'),
    expect: { file: 'vision.md', rule: 'missing-file', says: /Add the file or correct the name/ },
  },
  {
    name: 'picture without alt text',
    breaks: (t) => t.edit('vision.md', 'Our vision describes', '![](../files/logo.svg)\n\nOur vision describes'),
    expect: { file: 'vision.md', rule: 'image-alt', line: 9, says: /Write one between the square brackets/ },
  },
  {
    name: 'picture that does not exist',
    breaks: (t) => t.edit('vision.md', 'Our vision describes', '![A map](files/map.png)\n\nOur vision describes'),
    expect: { file: 'vision.md', rule: 'missing-file', says: /does not exist/ },
  },
  {
    name: 'unknown MDX component',
    breaks: (t) =>
      t.edit('index.mdx', /<Callout title="How we wrote it">([\s\S]*?)<\/Callout>/, '<Calout title="How we wrote it">$1</Calout>'),
    expect: { file: 'index.mdx', rule: 'unknown-component', says: /Use one of: <Callout>, <KeyFigure>/ },
  },
  {
    name: 'component in a Markdown file',
    breaks: (t) => t.edit('vision.md', 'Our vision describes', '<Callout>Hi</Callout>\n\nOur vision describes'),
    expect: { file: 'vision.md', rule: 'unknown-component', says: /only work in \.mdx files\. Rename this file/ },
  },
  {
    name: 'script tag',
    breaks: (t) => t.edit('vision.md', 'Our vision describes', '<script>alert(1)</script>\n\nOur vision describes'),
    expect: { file: 'vision.md', rule: 'unsafe-html', line: 9, says: /<script> is not allowed.*Remove it/ },
  },
  {
    name: 'iframe',
    breaks: (t) => t.edit('vision.md', 'Our vision describes', '<iframe src="https://example.org"></iframe>\n\nOur vision describes'),
    expect: { file: 'vision.md', rule: 'unsafe-html', says: /<iframe> is not allowed/ },
  },
  {
    name: 'style tag',
    breaks: (t) => t.edit('vision.md', 'Our vision describes', '<style>body{display:none}</style>\n\nOur vision describes'),
    expect: { file: 'vision.md', rule: 'unsafe-html', says: /<style> is not allowed/ },
  },
  {
    name: 'onclick attribute',
    breaks: (t) => t.edit('vision.md', 'Our vision describes', '<strong onclick="steal()">Hi</strong>\n\nOur vision describes'),
    expect: { file: 'vision.md', rule: 'unsafe-html', says: /the attribute onclick="steal\(\)" on <strong> is not allowed/ },
  },
  {
    name: 'javascript: link',
    breaks: (t) => t.edit('vision.md', 'Our vision describes', '[Click](javascript:steal())\n\nOur vision describes'),
    expect: { file: 'vision.md', rule: 'unsafe-link', says: /"javascript:steal\(\)" is not allowed.*Link to a web page instead/ },
  },
  {
    name: 'MDX import',
    breaks: (t) => t.edit('index.mdx', 'Our strategy explains', "import Chart from '../../src/Chart.astro';\n\nOur strategy explains"),
    expect: { file: 'index.mdx', rule: 'mdx-import', says: /work without importing them, so delete this line/ },
  },
  {
    name: 'picture in a page written as from an easy read page',
    breaks: (t) => t.edit('vision.md', 'Our vision describes', '![Our logo](../files/logo.svg)\n\nOur vision describes'),
    expect: { file: 'vision.md', rule: 'picture-path', line: 9, says: /Write it as "files\/logo\.svg"/ },
  },
  {
    name: 'picture in an easy read page written as from a page',
    breaks: (t) => t.edit('easy-read/vision.md', '](../files/pictures/', '](files/pictures/'),
    expect: { file: 'easy-read/vision.md', rule: 'picture-path', says: /Write it as "\.\.\/files\/pictures\// },
  },
  {
    name: 'picture outside the files folder',
    breaks: (t) => t.edit('vision.md', 'Our vision describes', '![A chart](chart.png)\n\nOur vision describes'),
    expect: { file: 'vision.md', rule: 'picture-path', says: /Put the picture in the files folder/ },
  },
  {
    name: 'misspelt field inside a document',
    breaks: (t) =>
      t.page(
        'documents.md',
        page('documents', 'documents:\n  - title: Plan\n    kind: full\n    link: https://example.org/p.pdf\n    dsecription: x'),
      ),
    expect: { file: 'documents.md', rule: 'unknown-field', field: 'documents.0.dsecription', line: 9, says: /Did you mean "description"/ },
  },
  {
    name: 'misspelt field inside an event',
    breaks: (t) =>
      t.page('events.md', page('engagement', 'events:\n  - title: Call\n    date: 2027-01-20\n    format: online\n    plcae: Hall')),
    expect: { file: 'events.md', rule: 'unknown-field', field: 'events.0.plcae', says: /Did you mean "place"/ },
  },
  {
    name: 'misspelt field inside the colours',
    breaks: (t) => t.edit('trust.yaml', /^  brand: /m, '  brnad: '),
    expect: { file: 'trust.yaml', rule: 'unknown-field', field: 'colours.brnad', says: /Did you mean "brand"/ },
  },
  {
    name: 'misspelt field inside the strategy period',
    breaks: (t) => t.edit('trust.yaml', /^    end: /m, '    ends: '),
    expect: { file: 'trust.yaml', rule: 'unknown-field', field: 'strategy.period.ends', says: /Did you mean "end"/ },
  },
  {
    name: 'misspelt field at the top of a values page',
    breaks: (t) => t.edit('values.md', /^order: /m, 'ordr: 3\norder: '),
    expect: { file: 'values.md', rule: 'unknown-field', field: 'ordr', says: /Did you mean "order"/ },
  },
  {
    name: 'measure figure written in words',
    breaks: (t) =>
      t.page('delivery.md', page('delivery', 'measures:\n  - name: Waits\n    values:\n      - value: eighteen\n        date: 2025/26')),
    expect: { file: 'delivery.md', rule: 'invalid-field', field: 'measures.0.values.0.value', says: /number written as digits/ },
  },
  {
    name: 'measure with a misspelt target',
    breaks: (t) => t.page('delivery.md', page('delivery', 'measures:\n  - name: Waits\n    taget:\n      value: 18')),
    expect: { file: 'delivery.md', rule: 'unknown-field', field: 'measures.0.taget', says: /Did you mean "target"/ },
  },
  {
    name: 'plan with a file and a link',
    breaks: (t) =>
      t.page('delivery.md', page('delivery', 'plans:\n  - title: Plan\n    file: files/logo.svg\n    link: https://example.org/plan.pdf')),
    expect: { file: 'delivery.md', rule: 'invalid-field', field: 'plans.0.link', says: /Keep the one readers should use/ },
  },
  {
    // A reporting line may be a sentence with no separate when; it cannot be a when alone.
    name: 'reporting with a date but nothing to report',
    breaks: (t) => t.page('delivery.md', page('delivery', 'reporting:\n  - when: every six months')),
    expect: { file: 'delivery.md', rule: 'invalid-field', field: 'reporting.0.what', says: /reporting what is missing/ },
  },
  {
    name: 'case for change figure with no label',
    breaks: (t) => t.page('case.md', page('case-for-change', 'facts:\n  - value: 1 in 4')),
    expect: { file: 'case.md', rule: 'invalid-field', field: 'facts.0.label', says: /label is missing/ },
  },
  {
    name: 'priorities group with no priorities',
    breaks: (t) => t.page('plans.md', page('priorities', 'groups:\n  - statement: We will listen.')),
    expect: { file: 'plans.md', rule: 'invalid-field', field: 'groups.0.priorities', says: /priorities/ },
  },
  {
    name: 'MDX export',
    breaks: (t) => t.edit('index.mdx', 'Our strategy explains', 'export const secret = 1;\n\nOur strategy explains'),
    expect: { file: 'index.mdx', rule: 'mdx-import', says: /delete this line/ },
  },
];

let work: string;
let fleet: string;
const results = new Map<string, Problem[]>();

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'strategy-corpus-'));
  fleet = path.join(work, 'content');
  for (const [index, testCase] of cases.entries()) {
    const slug = `case-${String(index + 1).padStart(2, '0')}`;
    const dir = path.join(fleet, slug);
    cpSync(path.join(repoRoot, 'content', 'harbourside'), dir, { recursive: true });
    const trust = new TrustFolder(dir);
    trust.edit('trust.yaml', /^slug: .*$/m, `slug: ${slug}`);
    testCase.breaks(trust);
    results.set(testCase.name, await checkContent({ contentDir: fleet, displayRoot: work, trusts: [slug] }));
  }
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
  if (fleet) rmSync(astroCacheDir(repoRoot, fleet), { recursive: true, force: true });
});

describe('the error corpus', () => {
  it('has at least 40 malformed inputs', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases.map((testCase, index) => [testCase.name, testCase, index] as const))('%s', (_name, testCase, index) => {
    const slug = `case-${String(index + 1).padStart(2, '0')}`;
    const problems = results.get(testCase.name)!;
    const file = `content/${slug}/${testCase.expect.file}`;
    const match = problems.find(
      (problem) => problem.file.replace(/\/$/, '') === file.replace(/\/$/, '') && problem.rule === testCase.expect.rule,
    );
    expect(match, `expected ${testCase.expect.rule} in ${file}; got ${JSON.stringify(problems, null, 1)}`).toBeDefined();
    expect(match!.severity).toBe('error');
    expect(match!.message).toMatch(testCase.expect.says);
    expect(match!.message).toMatch(fix);
    if (testCase.expect.field) expect(match!.field).toBe(testCase.expect.field);
    if (testCase.expect.line) expect(match!.line).toBe(testCase.expect.line);
    else if (testCase.expect.field) expect(match!.line).toBeGreaterThan(0);
  });

  it('reports every problem of every trust in one run of the check command, and exits 1', () => {
    let output = '';
    let code = 0;
    try {
      execFileSync(process.execPath, [path.join(repoRoot, 'scripts', 'check.ts'), '--content', fleet], { encoding: 'utf8' });
    } catch (error) {
      const failed = error as { status: number; stdout: string };
      code = failed.status;
      output = failed.stdout;
    }
    expect(code).toBe(1);
    cases.forEach((testCase, index) => {
      const slug = `case-${String(index + 1).padStart(2, '0')}`;
      expect(output, testCase.name).toContain(`content/${slug}/${testCase.expect.file}`);
      expect(output, testCase.name).toContain(`(${testCase.expect.rule})`);
    });
    expect(output).not.toMatch(/at .*\.ts:\d+/); // no stack traces
    expect(output).toMatch(/\d+ errors( and \d+ warnings?)? found/);
  });

  // "npm run check passes if and only if the build would succeed": the build runs over the
  // whole corpus at once and must refuse it, reporting for every case the same problem the
  // check reported (so a build of that trust alone would fail too), always as a content
  // problem and never as a fault of the builder. The other half (content the check passes
  // builds) is proven by the sample trusts and tests/build/strategy-shapes.test.ts.
  it('is refused by the build with the same problem for every case, never as a builder fault', async () => {
    const out = path.join(work, 'dist');
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, 'kept.txt'), 'published before');
    const build = await runBuild(['--content', fleet, '--out', out]);
    const output = build.stdout + build.stderr;
    expect(build.code).toBe(1);
    expect(output).not.toMatch(/fault in the site builder/);
    expect(output).toContain('The build stopped. No published site was changed.');
    cases.forEach((testCase, index) => {
      const slug = `case-${String(index + 1).padStart(2, '0')}`;
      const problem = results.get(testCase.name)!.find((found) => found.rule === testCase.expect.rule && found.severity === 'error')!;
      const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
      expect(output, testCase.name).toContain(where);
      expect(output, testCase.name).toContain(`error (${testCase.expect.rule})`);
      expect(output, `${testCase.name} in ${slug}`).toContain(problem.message.slice(0, 80));
    });
    expect(readFileSync(path.join(out, 'kept.txt'), 'utf8')).toBe('published before');
  });

  it('finds no problem in the sample trusts', async () => {
    expect(await checkContent({ contentDir: path.join(repoRoot, 'content'), displayRoot: repoRoot })).toEqual([]);
  });
});
