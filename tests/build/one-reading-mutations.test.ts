/**
 * "npm run check passes if and only if the build would publish this content correctly",
 * tried on more than a thousand seeded mutations of a sample trust: scalar types, delimiters and
 * indentation, duplicate and unknown keys at every depth, extra files, every link and picture
 * form, raw HTML. For each one, the check's verdict is compared with what Astro's content layer
 * does with the loader the build uses (the collection schemas, Astro's Markdown pipeline with
 * the product's plugins, Astro's own front-matter splitter and YAML parser for MDX), and when
 * the check passes, every internal link and picture in the rendered pages must resolve.
 * The reproductions that showed the check and the build disagreeing are kept as named cases.
 * A sample of the accepted mutations is built for real in ./one-reading-build.test.ts. It builds nothing itself, but a thousand cases take a minute or more, so it runs in the build tier.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseFrontmatter as astroParseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import fc from 'fast-check';
import {
  appendToBody,
  base,
  BASE_TRUST,
  baseDir,
  mutations,
  writeTrust as writeTrustInto,
  type Changes,
} from '../support/content-mutations.ts';
import { parse as parseHtml } from 'node-html-parser';
import { mdxToJs } from 'satteri';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/check-content.ts';
import { contentProblemsOf } from '../../src/checks/content-check-failed.ts';
import { hasErrors, type Problem } from '../../src/problems/problem.ts';
import { markdownProcessor } from '../../src/markdown/markdown-processor.ts';
import { refuseUnsafeContent } from '../../src/markdown/refuse-unsafe-content.ts';
import { strategyContentLoaders, type CollectionName } from '../../src/integrations/content-loader.ts';
import { isReadPage, readContent } from '../../src/reader/read-content.ts';
import { easyReadSchema } from '../../src/schemas/easy-read.ts';
import { pageSchema } from '../../src/page-types/registry.ts';
import { languageSettingsSchema, trustSchema } from '../../src/schemas/trust.ts';
import { TRUST_FILES_PLACEHOLDER } from '../../src/addresses/published-paths.ts';

const work = mkdtempSync(path.join(tmpdir(), 'one-reading-'));
afterAll(() => rmSync(work, { recursive: true, force: true }), 60_000);

/** One content folder, written afresh for each case: the reader and the loader read it again because its files changed. */
const contentDir = path.join(work, 'content');
function writeTrust(changes: Changes): string {
  writeTrustInto(path.join(contentDir, BASE_TRUST), changes);
  return contentDir;
}

/** A store with the parts of Astro's DataStore the loader uses. */
function memoryStore() {
  const entries = new Map<string, Record<string, unknown>>();
  return {
    entries,
    keys: () => [...entries.keys()],
    get: (id: string) => entries.get(id),
    set: (entry: Record<string, unknown>) => (entries.set(String(entry.id), entry), true),
    delete: (id: string) => void entries.delete(id),
    has: (id: string) => entries.has(id),
    addModuleImport: () => undefined,
  };
}

const schemas = { trusts: trustSchema, languageSettings: languageSettingsSchema, pages: pageSchema, easyRead: easyReadSchema } as const;

interface Loaded {
  accepted: boolean;
  /** The content's problems when the loader refused it. */
  problems?: Problem[];
  /** Any other failure: a disagreement between the check and the build. */
  fault?: unknown;
  /** Rendered Markdown pages, by entry id. */
  html: Map<string, string>;
}

/**
 * What Astro's content layer does in a build with the product's loaders: Astro validates each
 * entry with the collection's schema (parseData) and renders Markdown with renderMarkdown, which
 * splits off a settings block with Astro's splitter and renders the rest with the processor
 * astro.config.mjs configures (markdownProcessor).
 */
let renderer: Awaited<ReturnType<ReturnType<typeof markdownProcessor>['createRenderer']>> | undefined;

async function load(contentDir: string): Promise<Loaded> {
  const base = contentDir + path.sep;
  renderer ??= await markdownProcessor(base).createRenderer({ gfm: true, smartypants: true, syntaxHighlight: false, image: {} } as never);
  const html = new Map<string, string>();
  const renderMarkdown = async (content: string, options: { fileURL: URL }) => {
    const { frontmatter, content: body } = astroParseFrontmatter(content);
    const result = await renderer!.render(body, { frontmatter, fileURL: options.fileURL });
    // By entry id: "<trust>/<path>".
    html.set(path.relative(contentDir, fileURLToPath(options.fileURL)).split(path.sep).join('/').replace(/\.md$/, ''), result.code);
    return { html: result.code, metadata: result.metadata };
  };
  const selection = { contentDir: base, trusts: [], checkContent: true, livePreview: false };
  const loaders = strategyContentLoaders(selection);
  try {
    for (const collection of Object.keys(schemas) as CollectionName[]) {
      const store = memoryStore();
      await loaders[collection].load({
        collection,
        store,
        config: { root: pathToFileURL(`${work}/`) },
        renderMarkdown,
        // A build's warnings are for the comms team; a thousand of them say nothing here.
        logger: { error: () => undefined, warn: () => undefined, info: () => undefined },
        parseData: async ({ data }: { data: Record<string, unknown> }) => {
          const result = await schemas[collection].safeParseAsync(data);
          if (!result.success) throw new Error(`${collection} entry does not match its schema: ${result.error.message}`);
          return result.data;
        },
        generateDigest: (value: unknown) => JSON.stringify(value),
      } as never);
    }
    return { accepted: true, html };
  } catch (error) {
    const problems = contentProblemsOf(error);
    return problems ? { accepted: false, problems, html } : { accepted: false, fault: error, html };
  }
}

/** Pages and files a link in the output may lead to: the content's pages and the pages every site has (declared in src/routes/generated-pages.ts). */
function reachable(contentDir: string): { pages: Set<string>; files: Set<string> } {
  const model = readContent({ contentDir, displayRoot: path.dirname(contentDir) });
  const trust = model.trusts[0]!;
  const pages = new Set(trust.pages.map((page) => page.pagePath));
  // The plain English report (reading-age/) is published only where a trust asks, which none of these does.
  for (const always of ['', 'contents/', 'search/', 'contact/', 'accessibility/', 'cookies/', 'events.ics']) pages.add(always);
  if (trust.pages.some((page) => page.isEasyRead)) pages.add('easy-read/all/');
  const hasMeasures = trust.pages.some((page) => isReadPage(page) && page.data.type === 'delivery' && Array.isArray(page.data.measures));
  if (hasMeasures) pages.add('how-we-are-doing/');
  return { pages, files: new Set(trust.publishedFiles) };
}

/** Every internal link and picture of every rendered page leads somewhere that exists. */
function brokenReferences(contentDir: string, html: Map<string, string>): string[] {
  const { pages, files } = reachable(contentDir);
  const model = readContent({ contentDir, displayRoot: path.dirname(contentDir) });
  const pagePathOf = new Map(model.trusts[0]!.pages.map((page) => [`${BASE_TRUST}/${page.relativePath}`, page.pagePath]));
  const broken: string[] = [];
  for (const [id, code] of html) {
    const from = pagePathOf.get(id) ?? '';
    const document = parseHtml(code);
    for (const image of document.querySelectorAll('img')) {
      const src = image.getAttribute('src') ?? '';
      if (/^[a-z][a-z0-9+.-]*:/i.test(src)) continue;
      if (!src.startsWith(TRUST_FILES_PLACEHOLDER) || !files.has(decodeURI(src.slice(TRUST_FILES_PLACEHOLDER.length))))
        broken.push(`${id}: picture ${src}`);
    }
    for (const link of document.querySelectorAll('a')) {
      const href = link.getAttribute('href') ?? '';
      if (/^([a-z][a-z0-9+.-]*:|#|\/\/)/i.test(href)) continue;
      const resolved = new URL(href.split('#')[0]!, `https://site.invalid/${from}`).pathname.slice(1);
      if (resolved.startsWith('files/')) {
        if (!files.has(decodeURIComponent(resolved.slice('files/'.length)))) broken.push(`${id}: file link ${href}`);
      } else if (!pages.has(resolved) && !pages.has(`${resolved}/`)) broken.push(`${id}: link ${href}`);
    }
  }
  return broken;
}

/** MDX pages are split and their settings read again by @astrojs/mdx: it must see the same body and be able to read them. */
function mdxDisagreements(contentDir: string): string[] {
  const model = readContent({ contentDir, displayRoot: path.dirname(contentDir) });
  const found: string[] = [];
  for (const page of model.trusts[0]!.pages.filter(isReadPage)) {
    const astro = astroParseFrontmatter(page.text, { frontmatter: 'remove' });
    // Line endings aside (Markdown reads \r\n as \n), Astro's splitter must give the body the reader gave.
    if (astro.content.replace(/^\r?\n/, '').replaceAll('\r\n', '\n') !== page.body)
      found.push(`${page.file}: Astro's splitter gives another body`);
    if (page.isMdx) {
      try {
        mdxToJs(page.body, { mdastPlugins: [refuseUnsafeContent(contentDir + path.sep)], fileURL: pathToFileURL(page.absolute) });
      } catch (error) {
        found.push(`${page.file}: MDX does not compile: ${String(error).slice(0, 200)}`);
      }
    }
  }
  return found;
}

interface Verdicts {
  checkPasses: boolean;
  problems: Problem[];
  loaded: Loaded;
  broken: string[];
  mdx: string[];
}

async function judge(changes: Changes): Promise<Verdicts> {
  const contentDir = writeTrust(changes);
  const problems = await checkContent({ contentDir, displayRoot: path.dirname(contentDir) });
  const loaded = await load(contentDir);
  const checkPasses = !hasErrors(problems);
  return {
    checkPasses,
    problems,
    loaded,
    broken: loaded.accepted ? brokenReferences(contentDir, loaded.html) : [],
    mdx: checkPasses ? mdxDisagreements(contentDir) : [],
  };
}

/** The promise itself: the check passes exactly when the build publishes the content, and then nothing it publishes is broken. */
function expectAgreement(verdicts: Verdicts, what: string): void {
  expect(verdicts.loaded.fault, `${what}: the build failed for a reason the check did not name`).toBeUndefined();
  expect(verdicts.loaded.accepted, `${what}: check ${verdicts.checkPasses ? 'passed' : 'failed'}`).toBe(verdicts.checkPasses);
  if (!verdicts.checkPasses) expect(verdicts.loaded.problems).toEqual(verdicts.problems);
  expect(verdicts.broken, what).toEqual([]);
  expect(verdicts.mdx, what).toEqual([]);
}

const rules = (verdicts: Verdicts) => verdicts.problems.filter((problem) => problem.severity === 'error').map((problem) => problem.rule);

describe('the reproductions', () => {
  it('a value one YAML parser reads as a date and another as text is read one way by both the check and the build', async () => {
    const verdicts = await judge(
      new Map([['focus-areas.md', base('focus-areas.md').replace('title: Our focus areas', 'title: 2026-05-01')]]),
    );
    expect(verdicts.checkPasses).toBe(true);
    expectAgreement(verdicts, 'title written as a date');
  });

  it('reference-style links and pictures and raw HTML links to pages and files that do not exist are refused by both', async () => {
    const body = [
      'Read [the plan][plan] and see ![A plan][picture].',
      'Or open <a href="../nowhere/">this page</a>.',
      '',
      '[plan]: ../missing-page/',
      '[picture]: files/pictures/missing.svg',
    ].join('\n');
    const verdicts = await judge(new Map([['focus-areas.md', appendToBody('focus-areas.md', body)]]));
    expect(rules(verdicts).sort()).toEqual(['broken-link', 'broken-link', 'missing-file']);
    expectAgreement(verdicts, 'broken reference-style and HTML links');
  });

  it('a reference-style picture that exists is published at the trust’s files', async () => {
    const picture = readdirSync(path.join(baseDir, 'files', 'pictures'))[0]!;
    const body = `![People talking][talk]\n\n[talk]: files/pictures/${picture}`;
    const verdicts = await judge(new Map([['focus-areas.md', appendToBody('focus-areas.md', body)]]));
    expect(verdicts.checkPasses).toBe(true);
    expectAgreement(verdicts, 'reference-style picture');
    expect(verdicts.loaded.html.get(`${BASE_TRUST}/focus-areas`)).toContain(`${TRUST_FILES_PLACEHOLDER}pictures/${picture}`);
  });

  it('links to pages the product generates are not called broken', async () => {
    const body = 'See [all pages](../contents/), [search](../search/) and [every easy read page](../easy-read/all/).';
    const verdicts = await judge(new Map([['focus-areas.md', appendToBody('focus-areas.md', body)]]));
    expect(verdicts.problems.filter((problem) => problem.rule === 'broken-link')).toEqual([]);
    expectAgreement(verdicts, 'links to generated pages');
  });

  it('a settings file or delimiter one reader would skip is refused, not left unread', async () => {
    const yml = await judge(new Map([['trust.yml', base('trust.yaml')]]));
    expect(rules(yml)).toContain('unknown-file');
    const leading = await judge(new Map([['focus-areas.md', `\n${base('focus-areas.md')}`]]));
    expect(rules(leading)).toContain('front-matter-form');
    const spaced = await judge(new Map([['focus-areas.md', base('focus-areas.md').replace(/^---\n/, '--- \n')]]));
    expect(rules(spaced)).toContain('front-matter-form');
    for (const verdicts of [yml, leading, spaced]) expectAgreement(verdicts, 'unread settings');
  });
});

describe('a thousand mutations of a sample trust', () => {
  it('the check passes exactly when the build accepts, and then every link and picture resolves', async () => {
    const tally = { passed: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(mutations, async ({ name, changes }) => {
        const verdicts = await judge(changes);
        expectAgreement(verdicts, name);
        tally[verdicts.checkPasses ? 'passed' : 'refused'] += 1;
      }),
      { numRuns: 1000, seed: 20261129, endOnFailure: true },
    );
    // Both sides of "if and only if" are tried many times.
    expect(tally.passed).toBeGreaterThan(150);
    expect(tally.refused).toBeGreaterThan(150);
  }, 600_000);
});
