/**
 * Addresses kept when a strategy is archived: every address in the sitemap Harbourside published
 * while its 2019 to 2024 strategy was current still answers once that strategy is archived (as
 * the sample is, under previous/2019-2024/): either the current strategy has a page there, or the
 * host files send it (301) to a page that is published. Judged through the host files the build
 * writes: Netlify and Cloudflare's _redirects, Azure's staticwebapp.config.json, and S3 laid out
 * and deployed as its host does (the S3 website oracle, tests/support/s3-website.ts).
 *
 * "Before archiving" is rebuilt here from the archived copy itself: its folder, with its frozen
 * settings less the date it was replaced, built as the trust's current strategy.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { repoRoot, runBuild } from '../support/built-sites.ts';
import { sampleTrusts } from '../support/sample-trusts.ts';
import { stageSite } from '../../scripts/deploy/stage.ts';
import { objectRedirects } from '../../scripts/deploy/s3-redirects.ts';
import { s3WebsiteAnswerAfterSlash, type Bucket, type WebsiteConfiguration } from '../support/s3-website.ts';

const slug = 'harbourside';
const { basePath } = sampleTrusts[slug];
const edition = 'previous/2019-2024';
const site = path.join(inject('builtSites'), slug);
let work: string;
/** The old strategy's sitemap addresses, as paths from the trust's base path ("", "ambitions/"...). */
let oldAddresses: string[];

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'strategy-previous-addresses-'));
  const contentDir = path.join(work, 'content');
  const trustDir = path.join(contentDir, slug);
  cpSync(path.join(repoRoot, 'content', slug, edition), trustDir, { recursive: true });
  const settings = path.join(trustDir, 'trust.yaml');
  writeFileSync(settings, readFileSync(settings, 'utf8').replace(/^replaced: .*$/m, ''));
  const build = await runBuild(['--content', contentDir, '--out', path.join(work, 'dist'), '--trust', slug]);
  expect(build.code, `${build.stdout}\n${build.stderr}`).toBe(0);
  const sitemap = readFileSync(path.join(work, 'dist', slug, 'sitemap.xml'), 'utf8');
  const origin = `https://harbourside.example${basePath}`;
  oldAddresses = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => {
    expect(match[1]!.startsWith(origin), match[1]).toBe(true);
    return match[1]!.slice(origin.length);
  });
});
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Whether the archived site publishes a page at this path (from the base path). */
const published = (address: string) => existsSync(path.join(site, address, 'index.html'));

describe('the old strategy’s addresses, once it is archived', () => {
  it('were many, and some were pages only the old strategy had', () => {
    expect(oldAddresses.length).toBeGreaterThan(10);
    expect(oldAddresses).toContain('ambitions/');
    expect(oldAddresses).toContain('easy-read/ambitions/');
  });

  it('each answer on Netlify and Cloudflare Pages: a page, or a 301 in _redirects to a published page', () => {
    const lines = readFileSync(path.join(site, '_redirects'), 'utf8')
      .split('\n')
      .map((line) => line.trim().split(/\s+/))
      .filter((parts) => parts.length === 3);
    const redirects = new Map(lines.map(([from, to, status]) => [from!, { to: to!, status: status! }]));
    const unanswered: string[] = [];
    let redirected = 0;
    for (const address of oldAddresses) {
      const redirect = redirects.get(`${basePath}${address}`);
      // An address with no redirect must be a page of the current strategy.
      if (!redirect) {
        if (!published(address)) unanswered.push(address);
        continue;
      }
      redirected += 1;
      expect(redirect.to.startsWith(`${basePath}${edition}/`), address).toBe(true);
      if (redirect.status !== '301' || !published(redirect.to.slice(basePath.length))) unanswered.push(address);
    }
    expect(unanswered).toEqual([]);
    expect(redirected).toBeGreaterThanOrEqual(4);
  });

  it('each answer on Azure Static Web Apps: a page, or a 301 route to a published page', () => {
    const config = JSON.parse(readFileSync(path.join(site, 'staticwebapp.config.json'), 'utf8')) as {
      routes: Array<{ route: string; redirect?: string; statusCode?: number }>;
    };
    const routes = new Map(config.routes.filter((route) => route.redirect).map((route) => [route.route, route]));
    const unanswered = oldAddresses.filter((address) => {
      const route = routes.get(`${basePath}${address}`);
      if (route) return !(route.statusCode === 301 && published(route.redirect!.slice(basePath.length)));
      return !published(address);
    });
    expect(unanswered).toEqual([]);
  });

  it('each answer on S3, laid out and deployed as its host does: 200, or a 301 to an address that answers 200', () => {
    const staged = path.join(work, 's3');
    stageSite({ host: 's3', site, out: staged, basePath });
    const config = JSON.parse(readFileSync(path.join(staged, basePath, 's3-website-configuration.json'), 'utf8')) as WebsiteConfiguration;
    const keys = readdirSync(staged, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(staged, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
    const bucket: Bucket = new Map(keys.map((key) => [key, {}]));
    for (const { key, location } of objectRedirects(staged, basePath)) bucket.set(key, { redirectLocation: location });
    const answers = oldAddresses.map((address) => {
      const answer = s3WebsiteAnswerAfterSlash(config, bucket, `${basePath}${address}`);
      if (answer.status === 301)
        return { address, final: s3WebsiteAnswerAfterSlash(config, bucket, answer.location), via: answer.location };
      return { address, final: answer, via: undefined };
    });
    expect(answers.filter(({ final }) => final.status !== 200)).toEqual([]);
    expect(answers.find(({ address }) => address === 'ambitions/')?.via).toBe(`${basePath}${edition}/ambitions/`);
  });
});
