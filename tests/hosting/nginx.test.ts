/**
 * The nginx recipe, for real: Debian's nginx on loopback with the configuration that
 * `npm run nginx-config` prints, serving a sample trust published at a folder of an
 * existing site. Pages answer 200, an unknown address answers 404 with the trust's own
 * 404 page, the security headers are sent, hashed assets are cached for a year and pages
 * revalidated, and search works in Chromium.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
  freePort,
  stylesheetOf,
} from '../support/static-host.ts';
import { IMMUTABLE, REVALIDATE } from '../../src/site/cache-headers.ts';

const NGINX = '/usr/sbin/nginx';
const slug = 'harbourside';
const { basePath } = sampleTrusts[slug];

let work: string;
let nginx: ChildProcess | undefined;
let origin: string;
let browser: Browser | undefined;

beforeAll(async () => {
  if (!existsSync(NGINX)) throw new Error('nginx is not installed. Install it with: apt-get install -y nginx');
  work = mkdtempSync(path.join(tmpdir(), 'strategy-nginx-'));
  // An existing site at the root, with the trust published in its folder, as the recipe says.
  const docRoot = path.join(work, 'www');
  mkdirSync(docRoot);
  writeFileSync(path.join(docRoot, 'index.html'), '<!doctype html><title>Harbourside Hospitals</title><p>The hospital home page.</p>');
  cpSync(path.join(inject('builtSites'), slug), path.join(docRoot, basePath), { recursive: true });

  const generated = spawnSync(
    process.execPath,
    [path.join(repoRoot, 'scripts', 'hosting', 'nginx-config.ts'), '--trust', slug, '--root', docRoot],
    {
      cwd: repoRoot,
      encoding: 'utf8',
    },
  );
  expect(generated.status, generated.stderr).toBe(0);
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  for (const dir of ['client', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(path.join(work, dir));
  writeFileSync(
    path.join(work, 'nginx.conf'),
    `daemon off;
master_process off;
worker_processes 1;
pid ${work}/nginx.pid;
error_log ${work}/error.log;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${work}/client;
  proxy_temp_path ${work}/proxy;
  fastcgi_temp_path ${work}/fastcgi;
  uwsgi_temp_path ${work}/uwsgi;
  scgi_temp_path ${work}/scgi;
  server {
    listen 127.0.0.1:${port};
    server_name localhost;
    root ${docRoot};
${generated.stdout.replace(/^/gm, '    ')}
  }
}
`,
  );
  nginx = spawn(NGINX, ['-p', work, '-c', path.join(work, 'nginx.conf'), '-e', path.join(work, 'error.log')], { stdio: 'ignore' });
  for (let attempt = 0; attempt < 50; attempt += 1) {
    try {
      await fetch(origin);
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  nginx?.kill('SIGTERM');
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

  it('sends the security headers from src/site/security-headers.ts on pages, assets, the 404 page and files', async () => {
    await expectSecurityHeaders(origin, basePath, ['goals/', 'no-such-page/', 'theme.css', 'files/logo.svg']);
  });

  it('search finds pages, in Chromium', async () => {
    await expectSearchFindsPages(browser!, origin, basePath);
  });
});
