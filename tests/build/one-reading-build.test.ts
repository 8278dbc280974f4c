/**
 * The real-build half of the differential test (tests/build/one-reading-mutations.test.ts): fifty
 * mutations of a sample trust that the check accepts are built together by the real build
 * command, which must publish them all, with every internal link and picture of every page
 * leading to a file the build published.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { parse as parseHtml } from 'node-html-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/check-content.ts';
import { hasErrors } from '../../src/problems/problem.ts';
import { listFiles, runBuild } from '../support/built-sites.ts';
import { BASE_TRUST, mutations, writeTrust } from '../support/content-mutations.ts';

const SAMPLE = 50;
const work = mkdtempSync(path.join(tmpdir(), 'one-reading-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }), 60_000);

/** Where a built page's link leads, as a file in the trust's published folder, or undefined for links that leave the site. */
function targetFile(siteDir: string, basePath: string, pageFile: string, href: string): string | undefined {
  if (/^([a-z][a-z0-9+.-]*:|#|\/\/)/i.test(href) || href === '') return undefined;
  const pageUrl = `https://site.invalid${basePath}${path.relative(siteDir, pageFile).split(path.sep).join('/')}`;
  const resolved = decodeURIComponent(new URL(href, pageUrl).pathname);
  // Pages link under the trust's own address (its base path); the published folder is that address.
  const inside = resolved.startsWith(basePath) ? resolved.slice(basePath.length) : `!outside ${resolved}`;
  const file = path.join(siteDir, inside);
  return existsSync(file) && statSync(file).isDirectory() ? path.join(file, 'index.html') : file;
}

describe('fifty mutations the check accepts, built for real', () => {
  it('are all published, and every internal link and picture leads to a published file', async () => {
    const contentDir = path.join(work, 'content');
    const accepted: string[] = [];
    // The same seeded mutations as the differential test, until fifty pass the check.
    for (const [index, mutation] of fc.sample(mutations, { seed: 20261129, numRuns: 400 }).entries()) {
      if (accepted.length === SAMPLE) break;
      const slug = `m${String(index).padStart(3, '0')}`;
      const trustDir = path.join(contentDir, slug);
      writeTrust(trustDir, mutation.changes);
      // Each mutation becomes a trust of its own, at an address of its own.
      const settings = path.join(trustDir, 'trust.yaml');
      if (existsSync(settings))
        writeFileSync(
          settings,
          readFileSync(settings, 'utf8')
            .replace(new RegExp(`^slug: ${BASE_TRUST}$`, 'm'), `slug: ${slug}`)
            .replace(/^(url: https:\/\/[^/]+\/)strategy\/$/m, `$1${slug}/`),
        );
      const problems = await checkContent({ contentDir, displayRoot: work, trusts: [slug] });
      if (hasErrors(problems)) rmSync(trustDir, { recursive: true, force: true });
      else accepted.push(slug);
    }
    expect(accepted).toHaveLength(SAMPLE);

    const out = path.join(work, 'dist');
    const build = await runBuild(['--content', contentDir, '--out', out]);
    expect(build.code, `${build.stdout}\n${build.stderr}`).toBe(0);
    expect(build.stdout).toContain(`Built ${SAMPLE} trusts`);

    const broken: string[] = [];
    for (const slug of accepted) {
      const siteDir = path.join(out, slug);
      const basePath = `/${slug}/`;
      for (const page of listFiles(siteDir).filter((file) => file.endsWith('.html'))) {
        const pageFile = path.join(siteDir, page);
        const document = parseHtml(readFileSync(pageFile, 'utf8'));
        const references = [
          ...document.querySelectorAll('a[href]').map((link) => link.getAttribute('href')!),
          ...document.querySelectorAll('img[src]').map((image) => image.getAttribute('src')!),
        ];
        for (const href of references) {
          const file = targetFile(siteDir, basePath, pageFile, href.split('#')[0]!);
          if (file !== undefined && !existsSync(file)) broken.push(`${slug}/${page}: ${href}`);
        }
      }
    }
    expect(broken).toEqual([]);
  }, 900_000);
});
