/**
 * The Azure Static Web Apps recipe, in Azure's own emulator (`swa start` from
 * @azure/static-web-apps-cli, a pinned devDependency; it runs offline without signing in).
 * A sample trust at a folder is published as docs/hosting.md says: the trust's folder under
 * `public/<base path>`, the `staticwebapp.config.json` the build wrote moved to the root of
 * `public`, nothing merged into it. Pages answer 200 with the security headers, an unknown
 * address answers 404 with the trust's own 404 page, hashed assets are cached for a year and
 * everything else revalidated, every file search needs has its type, search works in Chromium,
 * and the trust's old addresses (`redirects` in trust.yaml) are sent on with a 301.
 *
 * Where the emulator differs from Azure (it says so when it starts) the test cannot show the
 * host's behaviour: the emulator sends its 404 page without the configured headers, and its
 * 404 rewrite works once only when the 404 page is in a folder (it strips the rewrite's first
 * "/" in the loaded configuration on each use, so the second unknown address gets
 * "/our-strategy404.html": msha/routes-engine/rules/response-overrides.js in 2.0.10). So
 * nothing here asks for an unknown address before the 404 test does.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { repoRoot } from '../support/built-sites.ts';
import { launchBrowser } from '../support/browser.ts';
import { sampleTrusts } from '../support/sample-trusts.ts';
import { firstAnswer } from '../support/wait-until.ts';
import {
  expectOwnNotFoundPage,
  expectPagesServed,
  expectSearchFindsPages,
  expectSecurityHeaders,
  expectTrailingSlashRedirect,
  freePort,
  stylesheetOf,
} from '../support/static-host.ts';
import { IMMUTABLE, REVALIDATE } from '../../src/hosting/cache-headers.ts';
import { buildWithRedirects, expectRedirectsServed } from './with-redirects.ts';

const SWA_CLI = path.join(repoRoot, 'node_modules', '@azure', 'static-web-apps-cli', 'dist', 'cli', 'bin.js');
const slug = 'harbourside';
const { basePath } = sampleTrusts[slug];

let work: string;
let swa: ChildProcess | undefined;
let swaOutput = '';
let origin: string;
let browser: Browser | undefined;

beforeAll(async () => {
  if (!existsSync(SWA_CLI))
    throw new Error("Azure's Static Web Apps emulator is not installed. Install the project's packages with: npm ci");
  work = mkdtempSync(path.join(tmpdir(), 'strategy-swa-'));
  // The sample trust with old addresses added, built by the build command.
  const built = await buildWithRedirects(work, slug);
  // The recipe at a folder: output_location "public", the trust under its base path, the config at the root.
  const output = path.join(work, 'public');
  cpSync(built.site, path.join(output, basePath), { recursive: true });
  renameSync(path.join(output, basePath, 'staticwebapp.config.json'), path.join(output, 'staticwebapp.config.json'));

  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  const emulator = spawn(
    process.execPath,
    [SWA_CLI, 'start', output, '--swa-config-location', output, '--host', '127.0.0.1', '--port', String(port)],
    // Its own process group: the CLI starts the emulator's server as a grandchild, which must stop with it.
    { cwd: work, env: { ...process.env, NO_UPDATE_NOTIFIER: '1', FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  swa = emulator;
  emulator.stdout.on('data', (chunk) => (swaOutput += chunk));
  emulator.stderr.on('data', (chunk) => (swaOutput += chunk));
  // A page that exists: an unknown address would use up the emulator's one working 404 rewrite.
  await firstAnswer(`${origin}${basePath}`, {
    stop: () => (emulator.exitCode !== null ? 'The emulator stopped.' : undefined),
    describe: () => `The emulator did not start:\n${swaOutput}`,
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  const emulator = swa;
  if (emulator?.pid && emulator.exitCode === null) {
    const exited = new Promise((resolve) => emulator.once('exit', resolve));
    try {
      process.kill(-emulator.pid, 'SIGTERM');
    } catch {
      // The group has already gone.
    }
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
  }
  if (work) rmSync(work, { recursive: true, force: true });
});

describe(`Azure Static Web Apps emulator, ${slug} at ${basePath}`, () => {
  it('reads the staticwebapp.config.json that the build wrote', () => {
    expect(swaOutput).toContain(path.join(work, 'public', 'staticwebapp.config.json'));
  });

  it('serves the home page, a content page and an easy read page', async () => {
    await expectPagesServed(origin, basePath);
  });

  it('sends "/goals" on to "/goals/"', async () => {
    await expectTrailingSlashRedirect(origin, basePath);
  });

  it("answers an unknown address with 404 and the trust's own 404 page", async () => {
    await expectOwnNotFoundPage(origin, basePath, slug);
  });

  it('caches hashed assets for a year and makes browsers revalidate pages and other files', async () => {
    const page = await fetch(`${origin}${basePath}goals/`);
    expect(page.headers.get('cache-control')).toBe(REVALIDATE);
    const stylesheet = stylesheetOf(await page.text());
    expect(stylesheet).toBeDefined();
    const css = await fetch(`${origin}${stylesheet}`);
    expect(css.status).toBe(200);
    expect(css.headers.get('cache-control')).toBe(IMMUTABLE);
    expect(css.headers.get('content-type')).toContain('text/css');
    for (const address of ['theme.css', 'files/logo.svg', 'pagefind/pagefind.js']) {
      const response = await fetch(`${origin}${basePath}${address}`);
      expect(response.headers.get('cache-control'), address).toBe(REVALIDATE);
    }
  });

  it('sends the security headers from src/hosting/security-headers.ts on pages, assets and files', async () => {
    await expectSecurityHeaders(
      origin,
      basePath,
      ['goals/', 'theme.css', 'files/logo.svg', 'previous/2019-2024/files/logo.svg'],
      ['2019-2024'],
    );
  });

  it('serves the search files and the web app manifest with their types', async () => {
    const site = path.join(inject('builtSites'), slug);
    const metaFile = readdirSync(path.join(site, 'pagefind')).find((name) => name.endsWith('.pf_meta'));
    // Named by the index's language: "wasm.en.pagefind", or "wasm.en-gb.pagefind" for a trust in several languages.
    const wasmFile = readdirSync(path.join(site, 'pagefind')).find((name) => /^wasm\.en[a-z-]*\.pagefind$/.test(name));
    const expected: [string, string][] = [
      ['manifest.webmanifest', 'application/manifest+json'],
      [`pagefind/${wasmFile}`, 'application/octet-stream'],
      [`pagefind/${metaFile}`, 'application/octet-stream'],
    ];
    for (const [address, type] of expected) {
      const response = await fetch(`${origin}${basePath}${address}`);
      expect(response.status, address).toBe(200);
      expect(response.headers.get('content-type'), address).toContain(type);
    }
  });

  it('search finds pages, in Chromium', async () => {
    await expectSearchFindsPages(browser!, origin, basePath);
  });

  it("sends the trust's old addresses (redirects in trust.yaml, written into the configuration by the build) on with a 301", async () => {
    await expectRedirectsServed(origin, basePath);
  });
});
