/**
 * The nginx recipe, for real: Debian's nginx on loopback with the configuration that
 * `npm run nginx-config` prints, serving a sample trust published at a folder of an
 * existing site. Pages answer 200, an unknown address answers 404 with the trust's own
 * 404 page, the security headers are sent, hashed assets are cached for a year and pages
 * revalidated, search works in Chromium, and the trust's old addresses (`redirects` in
 * trust.yaml) are sent on with a 301.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { repoRoot } from '../support/built-sites.ts';
import { launchBrowser } from '../support/browser.ts';
import { sampleTrusts } from '../support/sample-trusts.ts';
import {
  expectOwnNotFoundPage,
  expectPagesServed,
  expectSearchFindsPages,
  expectSecurityHeaders,
  expectTrailingSlashRedirect,
  stylesheetOf,
} from '../support/static-host.ts';
import { IMMUTABLE, REVALIDATE } from '../../src/hosting/cache-headers.ts';
import { startNginx, type RunningNginx } from './nginx-server.ts';
import { buildWithRedirects, expectRedirectsServed } from './with-redirects.ts';

const slug = 'harbourside';
const { basePath } = sampleTrusts[slug];

let work: string;
let nginx: RunningNginx | undefined;
let origin: string;
let browser: Browser | undefined;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'strategy-nginx-'));
  // The sample trust with old addresses added, built by the build command.
  const built = await buildWithRedirects(work, slug);
  // Built from the same content on the same date, it is the sample site plus the redirect pages.
  expect(readFileSync(path.join(built.site, '404.html'), 'utf8')).toBe(
    readFileSync(path.join(inject('builtSites'), slug, '404.html'), 'utf8'),
  );
  // An existing site at the root, with the trust published in its folder, as the recipe says.
  const docRoot = path.join(work, 'www');
  mkdirSync(docRoot);
  writeFileSync(path.join(docRoot, 'index.html'), '<!doctype html><title>Harbourside Hospitals</title><p>The hospital home page.</p>');
  cpSync(built.site, path.join(docRoot, basePath), { recursive: true });

  const generated = spawnSync(
    process.execPath,
    [path.join(repoRoot, 'scripts', 'hosting', 'nginx-config.ts'), '--trust', slug, '--root', docRoot, '--content', built.contentDir],
    {
      cwd: repoRoot,
      encoding: 'utf8',
    },
  );
  expect(generated.status, generated.stderr).toBe(0);
  nginx = await startNginx(work, docRoot, generated.stdout);
  origin = nginx.origin;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  nginx?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe(`nginx, ${slug} at ${basePath} of an existing site`, () => {
  it('serves the home page, a content page and an easy read page', async () => {
    await expectPagesServed(origin, basePath);
    // The existing site is untouched.
    expect(await (await fetch(`${origin}/`)).text()).toContain('The hospital home page.');
  });

  it('sends "/goals" on to "/goals/"', async () => {
    await expectTrailingSlashRedirect(origin, basePath);
  });

  it("answers an unknown address with 404 and the trust's own 404 page", async () => {
    await expectOwnNotFoundPage(origin, basePath, slug);
  });

  it('caches hashed assets for a year and makes browsers revalidate pages, and compresses them', async () => {
    const page = await fetch(`${origin}${basePath}goals/`, { headers: { 'accept-encoding': 'gzip' } });
    expect(page.headers.get('cache-control')).toBe(REVALIDATE);
    expect(page.headers.get('content-encoding')).toBe('gzip');
    const stylesheet = stylesheetOf(await page.text());
    expect(stylesheet).toBeDefined();
    const css = await fetch(`${origin}${stylesheet}`);
    expect(css.status).toBe(200);
    expect(css.headers.get('cache-control')).toBe(IMMUTABLE);
    expect(css.headers.get('content-type')).toContain('text/css');
    const theme = await fetch(`${origin}${basePath}theme.css`);
    expect(theme.headers.get('cache-control')).toBe(REVALIDATE);
  });

  it('sends the security headers from src/hosting/security-headers.ts on pages, assets, the 404 page and files', async () => {
    await expectSecurityHeaders(
      origin,
      basePath,
      ['goals/', 'no-such-page/', 'theme.css', 'files/logo.svg', 'previous/2019-2024/files/logo.svg'],
      ['2019-2024'],
    );
  });

  it('search finds pages, in Chromium', async () => {
    await expectSearchFindsPages(browser!, origin, basePath);
  });

  it("sends the trust's old addresses (redirects in trust.yaml) on with a 301", async () => {
    await expectRedirectsServed(origin, basePath);
  });
});
