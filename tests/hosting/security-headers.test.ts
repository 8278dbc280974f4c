/**
 * The host files in each published trust folder declare the same security headers the test
 * server sends (src/hosting/security-headers.ts): a real nginx serving a built sample trust with
 * the generated snippet answers with them, pages and files alike; `_headers` and
 * `staticwebapp.config.json` carry them in the shapes Netlify, Cloudflare Pages and Azure read.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { securityHeadersFor } from '../../src/hosting/security-headers.ts';
import { IMMUTABLE, REVALIDATE } from '../../src/hosting/cache-headers.ts';
import { sampleTrusts } from '../support/sample-trusts.ts';
import { firstAnswer } from '../support/wait-until.ts';

const slug = 'harbourside';
const { basePath } = sampleTrusts[slug];
const site = path.join(inject('builtSites'), slug);
// Harbourside keeps its 2019 to 2024 strategy, with files of its own.
const periods = ['2019-2024'];
const previousFile = 'previous/2019-2024/files/logo.svg';
const work = mkdtempSync(path.join(tmpdir(), 'strategy-nginx-'));
let nginx: ChildProcess | undefined;

afterAll(() => {
  nginx?.kill();
  rmSync(work, { recursive: true, force: true });
});

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

describe('the host files', () => {
  // npm test installs nginx where it can (scripts/ensure-test-tools.ts); elsewhere this fails with the command, never a silent skip.
  it('nginx with the generated snippet sends the declared headers', async () => {
    if (!existsSync('/usr/sbin/nginx')) throw new Error('nginx is not installed. Install it with: apt-get install -y nginx');
    const port = await freePort();
    // The folder published at its base path, as the trust's web team would place it.
    symlinkSync(site, path.join(work, basePath.replaceAll('/', '')));
    const config = path.join(work, 'nginx.conf');
    writeFileSync(
      config,
      // Run as root, nginx hands requests to "nobody", who cannot read the test's private temporary folders.
      `${process.getuid?.() === 0 ? 'user root;' : ''} worker_processes 1; daemon off; pid ${work}/nginx.pid; error_log ${work}/error.log;
events {}
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path ${work}/body; proxy_temp_path ${work}/proxy; fastcgi_temp_path ${work}/fastcgi;
  uwsgi_temp_path ${work}/uwsgi; scgi_temp_path ${work}/scgi;
  server {
    listen 127.0.0.1:${port};
    root ${work};
    include ${path.join(site, 'nginx-security-headers.conf')};
  }
}
`,
    );
    execFileSync('/usr/sbin/nginx', ['-t', '-q', '-c', config, '-p', work]);
    nginx = spawn('/usr/sbin/nginx', ['-c', config, '-p', work], { stdio: 'ignore' });
    const get = (requestPath: string) => firstAnswer(`http://127.0.0.1:${port}${requestPath}`);
    for (const requestPath of [basePath, `${basePath}goals/`, `${basePath}files/logo.svg`, `${basePath}${previousFile}`]) {
      const response = await get(requestPath);
      expect(response.status, requestPath).toBe(200);
      for (const [name, value] of Object.entries(securityHeadersFor(requestPath, basePath, periods))) {
        expect(response.headers.get(name), `${name} on ${requestPath}`).toBe(value);
      }
    }
    // The previous strategy's files are uploads too: sandboxed as files/ is.
    for (const file of ['files/logo.svg', previousFile])
      expect((await get(`${basePath}${file}`)).headers.get('content-security-policy'), file).toMatch(/sandbox/);
  });

  it('_headers lists every header for pages and for files', () => {
    const text = readFileSync(path.join(site, '_headers'), 'utf8');
    const blocks = text.split(/\n(?=\/)/).filter((block) => block.startsWith('/'));
    expect(blocks.map((block) => block.split('\n')[0])).toEqual([
      `${basePath}*`,
      `${basePath}files/*`,
      `${basePath}previous/2019-2024/files/*`,
    ]);
    for (const [block, requestPath] of [
      [blocks[0]!, `${basePath}goals/`],
      [blocks[1]!, `${basePath}files/logo.svg`],
      [blocks[2]!, `${basePath}${previousFile}`],
    ] as const) {
      for (const [name, value] of Object.entries(securityHeadersFor(requestPath, basePath, periods)))
        expect(`${block}\n`).toContain(`  ${name}: ${value}\n`);
    }
  });

  it('staticwebapp.config.json gives Azure the page headers, the files rule and the caching', () => {
    const config = JSON.parse(readFileSync(path.join(site, 'staticwebapp.config.json'), 'utf8')) as {
      globalHeaders: Record<string, string>;
      routes: { route: string; headers?: Record<string, string> }[];
    };
    // Azure adds a route's headers to the global ones; tests/hosting/azure-static-web-apps.test.ts serves this file.
    expect(config.globalHeaders).toEqual({ ...securityHeadersFor(`${basePath}goals/`, basePath, periods), 'Cache-Control': REVALIDATE });
    // The routes with headers (the others are redirects: tests/hosting/redirects.test.ts).
    expect(config.routes.filter((route) => route.headers)).toEqual([
      { route: `${basePath}_assets/*`, headers: { 'Cache-Control': IMMUTABLE } },
      { route: `${basePath}files/*`, headers: securityHeadersFor(`${basePath}files/x.pdf`, basePath, periods) },
      {
        route: `${basePath}previous/2019-2024/files/*`,
        headers: securityHeadersFor(`${basePath}previous/2019-2024/files/x.pdf`, basePath, periods),
      },
    ]);
  });
});
