/**
 * Old addresses (`redirects` in trust.yaml): refused in plain words when they could send
 * readers off the trust's websites or hide a page; written by the build for every host
 * format, each value encoded for its format; and, on a host that cannot redirect, a page
 * at the old address with a plain link that a reader can follow (no refresh, no script).
 * nginx and Azure's emulator serving the redirects: tests/hosting/nginx.test.ts and
 * tests/hosting/azure-static-web-apps.test.ts.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashFolder, repoRoot, runBuild } from '../support/built-sites.ts';
import { launchBrowser, runAxe, watchedPage } from '../support/browser.ts';
import { sampleTrusts } from '../support/sample-trusts.ts';
import { serveTrustFolder, type RunningServer } from '../../scripts/serve/trust-server.ts';
import { stageSite } from '../../scripts/deploy/stage.ts';
import { encodeTarget, nginxRedirectLocations, resolveRedirects } from '../../src/publishing/host-redirects.ts';
import { buildWithRedirects, REDIRECTS } from './with-redirects.ts';
import { objectRedirects, putObjectArguments } from '../../scripts/deploy/s3-redirects.ts';
import { s3WebsiteAnswer, s3WebsiteAnswerAfterSlash, type Bucket, type WebsiteConfiguration } from '../support/s3-website.ts';

/** Every file under a folder, as "/"-separated paths from it: the keys a sync gives the bucket. */
function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

const slug = 'harbourside';
const { basePath } = sampleTrusts[slug];
const siteUrl = `https://harbourside.example${basePath}`;
let work: string;
let site: string;
let browser: Browser | undefined;
let server: RunningServer | undefined;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'strategy-redirects-'));
  site = (await buildWithRedirects(work, slug)).site;
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

function contentWith(redirects: string): string {
  const content = mkdtempSync(path.join(work, 'content-'));
  cpSync(path.join(repoRoot, 'content', slug), path.join(content, slug), { recursive: true });
  const settings = path.join(content, slug, 'trust.yaml');
  writeFileSync(settings, `${readFileSync(settings, 'utf8')}\nredirects:\n${redirects}`);
  return content;
}

describe('the check', () => {
  it('refuses, in plain words with the line, every redirect that leaves the site, the trust or https, all in one run', () => {
    const content = contentWith(
      [
        '  - from: ../outside/\n    to: goals/',
        '  - from: old/\n    to: https://elsewhere.example.com/',
        '  - from: older/\n    to: javascript:alert(1)',
        '  - from: oldest/\n    to: http://www.nhs.uk/',
        '  - from: loop/\n    to: loop/',
        '  - from: old/\n    to: goals/',
      ].join('\n') + '\n',
    );
    const result = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'check.ts'), '--content', content], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    const report = result.stdout + result.stderr;
    expect(report).toMatch(/trust\.yaml:\d+\n.*redirect 1 → from: redirects from must be an address inside the strategy site/);
    expect(report).toContain('redirect 2 → to: redirects to "https://elsewhere.example.com/" is on another website.');
    expect(report).toMatch(/redirect 3 → to: redirects to must be an address inside the strategy site .* or a full https:\/\/ address/);
    expect(report).toMatch(/redirect 4 → to: redirects to must be/);
    expect(report).toContain('redirect 5 → to: redirects from "loop/" leads to itself.');
    expect(report).toContain('redirect 6 → from: redirects lists "old/" twice.');
  });
});

describe('the build', () => {
  it("refuses a redirect that would hide one of the site's pages, as a content mistake, and changes nothing published", async () => {
    const content = contentWith('  - from: goals/\n    to: values/\n');
    const out = path.join(work, 'refused');
    cpSync(site, path.join(out, slug), { recursive: true });
    const before = hashFolder(path.join(out, slug));
    const build = await runBuild(['--content', content, '--out', out]);
    expect(build.code).toBe(1);
    expect(build.stderr).toContain('redirects from "goals/": the site still has a page or file at that address');
    expect(build.stderr).toMatch(/harbourside\/trust\.yaml/);
    expect(build.stderr).not.toContain('fault in the site builder');
    expect(hashFolder(path.join(out, slug))).toBe(before);
  });

  it('refuses a redirect to a page the site does not have, naming it', async () => {
    const content = contentWith('  - from: old-goals/\n    to: gaols/\n');
    const build = await runBuild(['--content', content, '--out', path.join(work, 'refused-target')]);
    expect(build.code).toBe(1);
    expect(build.stderr).toContain('redirects from "old-goals/" leads to "gaols/", which is not a page or file of the site.');
  });

  it('writes the redirects for Netlify and Cloudflare Pages, Azure and S3', () => {
    expect(readFileSync(path.join(site, '_redirects'), 'utf8').split('\n')).toEqual(
      expect.arrayContaining([
        `${basePath}2023-strategy/ ${basePath}goals/ 301`,
        `${basePath}2023-strategy ${basePath}goals/ 301`,
        `${basePath}consultation.html https://www.nhs.uk/our-plans/%242023/ 301`,
      ]),
    );
    const s3 = JSON.parse(readFileSync(path.join(site, 's3-website-configuration.json'), 'utf8')) as WebsiteConfiguration;
    expect(s3.ErrorDocument!.Key).toBe(`${basePath.slice(1)}404.html`);
    // S3's routing rules match the start of a key: none, so nothing but an old address redirects.
    expect(s3.RoutingRules).toBeUndefined();
    // Netlify serves a file at an old address rather than its redirect unless the redirect is forced.
    const staged = path.join(work, 'netlify');
    stageSite({ host: 'netlify', site, out: staged, basePath });
    expect(readFileSync(path.join(staged, '_redirects'), 'utf8')).toContain(`${basePath}2023-strategy/ ${basePath}goals/ 301!`);
    expect(existsSync(path.join(staged, basePath, '_redirects'))).toBe(false);
  });
});

describe("Amazon S3's website endpoint, by its documented rules (tests/support/s3-website.ts)", () => {
  it('the oracle reads routing rules as S3 documents them: by the start of the key', () => {
    const config: WebsiteConfiguration = {
      IndexDocument: { Suffix: 'index.html' },
      RoutingRules: [{ Condition: { KeyPrefixEquals: 'docs/' }, Redirect: { ReplaceKeyPrefixWith: 'documents/' } }],
    };
    const bucket: Bucket = new Map([
      ['documents/a.html', {}],
      ['docsets/index.html', {}],
    ]);
    expect(s3WebsiteAnswer(config, bucket, '/docs/a.html')).toEqual({ status: 301, location: '/documents/a.html' });
    expect(s3WebsiteAnswer(config, bucket, '/docsets/')).toEqual({ status: 200, key: 'docsets/index.html' });
    expect(s3WebsiteAnswer(config, bucket, '/docsets')).toEqual({ status: 302, location: '/docsets/' });
    // What a rule for the old address "goal" did to the goals page.
    const prefix = { ...config, RoutingRules: [{ Condition: { KeyPrefixEquals: 'goal' }, Redirect: { ReplaceKeyWith: 'goals/' } }] };
    expect(s3WebsiteAnswer(prefix, new Map([['goals/index.html', {}]]), '/goals/')).toEqual({ status: 301, location: '/goals/' });
  });

  it('redirects each old address, and no published page or file, laid out and deployed as the S3 host does', () => {
    const staged = path.join(work, 's3');
    stageSite({ host: 's3', site, out: staged, basePath });
    const config = JSON.parse(readFileSync(path.join(staged, basePath, 's3-website-configuration.json'), 'utf8')) as WebsiteConfiguration;
    // The bucket after `aws s3 sync` and scripts/deploy/s3-redirects.ts.
    const bucket: Bucket = new Map(filesUnder(staged).map((key) => [key, {}]));
    const redirected = objectRedirects(staged, basePath);
    for (const { key, location } of redirected) bucket.set(key, { redirectLocation: location });
    const oldPages = new Set(redirected.map((redirect) => redirect.key));
    const published = [...bucket.keys()].filter((key) => !oldPages.has(key));
    expect(published.length).toBeGreaterThan(100);
    for (const key of published) {
      expect(s3WebsiteAnswer(config, bucket, `/${key}`), key).toEqual({ status: 200, key });
      if (key.endsWith('/index.html')) {
        const folder = key.slice(0, -'index.html'.length);
        expect(s3WebsiteAnswer(config, bucket, `/${folder}`), folder).toEqual({ status: 200, key });
      }
    }
    const lands = (from: string) => s3WebsiteAnswerAfterSlash(config, bucket, from);
    for (const from of ['2023-strategy/', '2023-strategy', 'goal', 'goal/', '_asset'])
      expect(lands(`${basePath}${from}`), from).toEqual({ status: 301, location: `${basePath}goals/` });
    expect(lands(`${basePath}acc`)).toEqual({ status: 301, location: `${basePath}accessibility/` });
    expect(lands(`${basePath}consultation.html`)).toEqual({ status: 301, location: 'https://www.nhs.uk/our-plans/%242023/' });
    expect(lands(`${basePath}no-such-page/`)).toEqual({ status: 404, key: `${basePath.slice(1)}404.html` });
    // The deploy's command for each: the page itself, with its redirect, at the exact key.
    expect(putObjectArguments('bucket', staged, redirected[0]!)).toEqual(
      expect.arrayContaining(['--key', `${basePath.slice(1)}2023-strategy/index.html`, '--website-redirect-location', `${basePath}goals/`]),
    );
    // Run as the deploy job runs it, with a stand-in for the aws command that notes each call.
    const tools = path.join(work, 's3-tools');
    mkdirSync(tools, { recursive: true });
    const calls = path.join(work, 's3-calls.txt');
    writeFileSync(path.join(tools, 'aws'), `#!/bin/sh\necho "$*" >> "${calls}"\n`, { mode: 0o755 });
    execFileSync(
      process.execPath,
      [path.join(repoRoot, 'scripts', 'deploy', 's3-redirects.ts'), '--staged', staged, '--base', basePath, '--bucket', 'trust-bucket'],
      { cwd: repoRoot, env: { ...process.env, PATH: `${tools}:${process.env.PATH}` }, stdio: 'pipe' },
    );
    const lines = readFileSync(calls, 'utf8').trim().split('\n');
    // The trust's own redirects, and those the build adds for its previous strategy's old addresses.
    expect(lines).toHaveLength(redirected.length);
    expect(redirected.length).toBeGreaterThanOrEqual(REDIRECTS.length);
    for (const line of lines)
      expect(line).toMatch(
        /^s3api put-object --bucket trust-bucket --key \S+ --body \S+index\.html|^s3api put-object .*consultation\.html/,
      );
    expect(lines.map((line) => /--key (\S+)/.exec(line)![1]).sort()).toEqual(redirected.map((redirect) => redirect.key).sort());
  });
});

describe('each value is encoded for the format it is written into', () => {
  it('leaves nothing a host file could read as syntax', () => {
    expect(encodeTarget('https://www.nhs.uk/a b/"x";${y}\n')).toBe('https://www.nhs.uk/a%20b/%22x%22%3B%24%7By%7D%0A');
    expect(encodeTarget('/ok/%2F/%zz')).toBe('/ok/%2F/%25zz');
  });

  it('refuses again, at the build, what the check refuses, whatever reached it', () => {
    expect(() => resolveRedirects([{ from: 'old/', to: 'https://elsewhere.example.com/' }], siteUrl, slug)).toThrow(
      /trust's own website or nhs.uk/,
    );
    expect(() => resolveRedirects([{ from: '/etc/', to: 'goals/' }], siteUrl, slug)).toThrow(/inside the strategy site/);
    expect(() => resolveRedirects([{ from: 'old/', to: 'javascript:alert(1)' }], siteUrl, slug)).toThrow();
  });

  it('gives nginx one quoted, encoded value per old address', () => {
    const block = nginxRedirectLocations(
      resolveRedirects([{ from: 'old/', to: 'https://www.nhs.uk/x";return 200 "owned' }], siteUrl, slug),
      '',
    );
    expect(block).toContain('return 301 "https://www.nhs.uk/x%22%3Breturn%20200%20%22owned";');
    // One return per requested form of the old address ("/old/" and "/old"), and nothing else.
    expect(block.match(/^\s*return /gm)).toHaveLength(2);
    expect(block.match(/;$/gm)).toHaveLength(2);
  });
});

describe('a host that cannot redirect (a plain static server, as GitHub Pages is)', () => {
  it('shows a page at the old address with a plain link to the new one, which a reader can follow', async () => {
    server = await serveTrustFolder(site, basePath);
    browser = await launchBrowser();
    const context = await browser.newContext();
    const watched = await watchedPage(context);
    const page = watched.page;
    await page.goto(`${server.url}2023-strategy/`);
    expect(await page.locator('h1').innerText()).toBe('This page has moved');
    // It stays put until the reader chooses: no refresh, no script.
    expect(await page.locator('meta[http-equiv], script').count()).toBe(0);
    expect(await runAxe(page)).toEqual([]);
    const link = page.getByRole('link', { name: `${basePath}goals/` });
    await link.click();
    await page.waitForURL(`${server.url}goals/`);
    expect(await page.locator('h1').innerText()).toMatch(/goals/i);
    expect(watched.errors).toEqual([]);
    expect(watched.failedRequests).toEqual([]);
    await context.close();
  });
});
