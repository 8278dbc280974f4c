/**
 * npm run external-links: checks every link from the built trusts' pages to other websites
 * (linkinator, a maintained link checker) and writes one plain-English report per trust,
 * for the scheduled workflow (.github/workflows/external-links.yml) to open, update or
 * close one issue per trust. Links inside a trust's own site are not checked here: the
 * build tests every one of them.
 *
 * Polite to the websites it asks: a few requests at a time, each site's "wait" answers
 * (429 with Retry-After) obeyed, a second try after a failure, and a user agent that says
 * who is asking. A website that is down is a finding to report, never a reason to fail: this
 * never runs on a pull request, and it exits 1 only when it could not check at all.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LinkChecker, LinkState, type LinkResult } from 'linkinator';
import { listTrustFolders, trustSettingsOf } from '../../src/reader/trust-folders.ts';
import { trustAddress } from '../../src/addresses/trust-address.ts';
import { possessive } from '../../src/words/english/sentence-words.ts';
import { parseCommandLine, stop } from '../cli/arguments.ts';
import { freePort } from '../cli/free-port.ts';

export interface BrokenLink {
  url: string;
  status: number;
  /** Pages of the trust's site that link to it, as public addresses. */
  pages: string[];
}

export interface LinkCheckOptions {
  /** Parallel requests in all; kept low so no website is asked much at once. */
  concurrency?: number;
  /** Seconds to wait for an answer. */
  timeout?: number;
  userAgent?: string;
}

/** The HTML pages of a built site, as paths inside it. */
function htmlPages(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory())
      return relative === 'pagefind' || relative === '_assets' || relative === 'files' ? [] : htmlPages(dir, relative);
    return entry.name.endsWith('.html') ? [relative] : [];
  });
}

/** Checks the links to other websites from one built site; `siteUrl` is the trust's address (its own links are left out). */
export async function brokenExternalLinks(siteDir: string, siteUrl: string, options: LinkCheckOptions = {}): Promise<BrokenLink[]> {
  const checker = new LinkChecker();
  const port = await freePort();
  const localOrigin = `http://127.0.0.1:${port}/`;
  const pages = htmlPages(siteDir);
  const pageUrls = new Set(pages.map((page) => `${localOrigin}${page}`));
  const result = await checker.check({
    path: pages,
    serverRoot: siteDir,
    port,
    recurse: false,
    concurrency: options.concurrency ?? 4,
    timeout: (options.timeout ?? 20) * 1000,
    retry: true,
    retryErrors: true,
    retryErrorsCount: 1,
    retryErrorsJitter: 5000,
    userAgent: options.userAgent ?? 'strategy-sites-link-check (checks links from NHS strategy sites; contact the site owner)',
    linksToSkip: async (link) => {
      // Pages of this site (served by linkinator), its public address, and anything that is not a web address.
      // (the pages themselves are read, as the starting points).
      if (pageUrls.has(link)) return false;
      return link.startsWith(localOrigin) || link.startsWith(siteUrl) || !/^https?:\/\//.test(link);
    },
  });
  const broken = new Map<string, BrokenLink>();
  for (const link of result.links.filter((candidate: LinkResult) => candidate.state === LinkState.BROKEN)) {
    const entry = broken.get(link.url) ?? { url: link.url, status: link.status ?? 0, pages: [] };
    // linkinator names the page by its path in the site ("goals/index.html"); readers know it by its address.
    const parent = (link.parent ?? '').replace(localOrigin, '').replace(/^\//, '');
    const page = `${siteUrl}${parent.replace(/(^|\/)index\.html$/, '$1')}`;
    if (!entry.pages.includes(page)) entry.pages.push(page);
    broken.set(link.url, entry);
  }
  return [...broken.values()].sort((a, b) => a.url.localeCompare(b.url));
}

/** What an answer means, for a comms officer. */
export function describeStatus(status: number): string {
  if (status === 0) return 'the website did not answer (it may be down, or the address may be wrong)';
  if (status === 404 || status === 410) return 'the page is not there any more ("not found")';
  if (status === 401 || status === 403) return 'the website refused to show the page (it may need a sign-in)';
  if (status === 429) return 'the website asked us to slow down and still would not answer; it may be fine';
  if (status >= 500) return `the website had a fault (error ${status}); it may be fine again later`;
  return `the website answered with error ${status}`;
}

/** One trust's report, as the body of its issue. */
export function linkReport(trustName: string, slug: string, broken: BrokenLink[], checkedOn: string): string {
  if (broken.length === 0)
    return `No broken links to other websites were found on ${possessive(trustName)} strategy site on ${checkedOn}.\n`;
  const lines = [
    `On ${checkedOn}, ${broken.length === 1 ? '1 link' : `${broken.length} links`} from ${possessive(trustName)} strategy site to other websites did not work. ` +
      `Readers who follow ${broken.length === 1 ? 'it' : 'them'} get an error instead of the page. For each one, find the new address of the page ` +
      `(or a page that says the same), and change the link in \`content/${slug}/\`, or remove it.`,
    '',
  ];
  for (const link of broken) {
    // As code, so nothing in an address is read as Markdown in the issue (URLs never hold a backtick: it is encoded).
    lines.push(`- \`${link.url}\`: ${describeStatus(link.status)}.`);
    lines.push(`  Linked from: ${link.pages.sort().join(', ')}`);
  }
  lines.push('', 'This issue is updated by the daily link check, and closed when every link works again.');
  return `${lines.join('\n')}\n`;
}

if (import.meta.main) {
  const root = path.resolve(import.meta.dirname, '..', '..');
  const command = 'npm run external-links';
  const { values } = parseCommandLine({
    command,
    usage: '[options]',
    summary:
      "Checks every link from the built trusts' pages to other websites, politely, and writes a plain-English report per trust. Build first with npm run build.",
    options: {
      dist: { type: 'string', default: 'dist', value: 'dir', description: 'the folder the build published into' },
      content: { type: 'string', default: 'content', value: 'dir', description: 'the folder with one folder per trust' },
      out: { type: 'string', default: 'link-reports', value: 'dir', description: 'where to write <slug>.md and summary.json' },
      concurrency: { type: 'string', default: '4', value: 'n', description: 'requests at a time, in all' },
    },
    examples: [['npm run build && npm run external-links', 'check every trust']],
  });
  const distDir = path.resolve(root, values.dist);
  const outDir = path.resolve(root, values.out);
  mkdirSync(outDir, { recursive: true });
  const checkedOn = new Date().toISOString().slice(0, 10);
  const summary: Array<{ slug: string; name: string; broken: number }> = [];
  for (const folder of listTrustFolders(path.resolve(root, values.content))) {
    // Read by the one reader: a name with a colon is written in quotes, which are not part of it.
    const settings = trustSettingsOf(folder);
    const url = settings?.url ?? '';
    let siteDir: string;
    try {
      siteDir = path.join(distDir, folder.slug);
      readFileSync(path.join(siteDir, 'index.html'));
    } catch {
      console.error(`${folder.slug}: not built in ${values.dist}/; skipped.`);
      continue;
    }
    const name = settings?.name ?? folder.slug;
    try {
      const broken = await brokenExternalLinks(siteDir, `${trustAddress(url).origin}${trustAddress(url).basePath}`, {
        concurrency: Number(values.concurrency) || 4,
      });
      writeFileSync(path.join(outDir, `${folder.slug}.md`), linkReport(name, folder.slug, broken, checkedOn));
      summary.push({ slug: folder.slug, name, broken: broken.length });
      console.log(`${folder.slug}: ${broken.length} broken link${broken.length === 1 ? '' : 's'} to other websites.`);
    } catch (error) {
      stop(`${command}: could not check ${folder.slug}: ${(error as Error).message}`);
    }
  }
  writeFileSync(path.join(outDir, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
}
