/**
 * A sample trust built with old addresses (`redirects` in trust.yaml), for the host tests:
 * the sample's own content copied to a temporary folder with redirects added, built by the
 * real build command. The sample content itself has none, so no other test sees these pages.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { repoRoot, runBuild } from '../support/built-sites.ts';

export const REDIRECTS = [
  { from: '2023-strategy/', to: 'goals/' },
  { from: 'consultation.html', to: 'https://www.nhs.uk/our-plans/$2023/' },
  // Old addresses that are the start of live ones ("goals/", "accessibility/", "_assets/..."):
  // a host that matched by prefix would redirect those pages and every stylesheet.
  { from: 'goal', to: 'goals/' },
  { from: 'acc', to: 'accessibility/' },
  { from: '_asset', to: 'goals/' },
];

/** Builds the trust with REDIRECTS into `<work>/dist/<slug>`; returns its content folder and site. */
export async function buildWithRedirects(work: string, slug: string): Promise<{ contentDir: string; site: string }> {
  const contentDir = path.join(work, 'content');
  cpSync(path.join(repoRoot, 'content', slug), path.join(contentDir, slug), { recursive: true });
  const settings = path.join(contentDir, slug, 'trust.yaml');
  const listed = REDIRECTS.map((redirect) => `  - from: ${redirect.from}\n    to: ${redirect.to}\n`).join('');
  writeFileSync(settings, `${readFileSync(settings, 'utf8')}\nredirects:\n${listed}`);
  const build = await runBuild(['--content', contentDir, '--out', path.join(work, 'dist')]);
  expect(build.code, `${build.stdout}\n${build.stderr}`).toBe(0);
  return { contentDir, site: path.join(work, 'dist', slug) };
}

/** The old addresses answer 301 with where they live now (nginx and Azure both send the path as written). */
export async function expectRedirectsServed(origin: string, basePath: string): Promise<void> {
  for (const from of [`${basePath}2023-strategy/`, `${basePath}2023-strategy`]) {
    const response = await fetch(`${origin}${from}`, { redirect: 'manual' });
    expect(response.status, from).toBe(301);
    expect(new URL(response.headers.get('location')!, origin).pathname, from).toBe(`${basePath}goals/`);
  }
  // Followed, the old address reaches the page a reader wants.
  const followed = await fetch(`${origin}${basePath}2023-strategy/`);
  expect(followed.status).toBe(200);
  expect(followed.url).toBe(`${origin}${basePath}goals/`);
  expect(await followed.text()).toContain('Harbourside');
  // Off the site: the address as written, its "$" encoded so no host reads it as anything else.
  const away = await fetch(`${origin}${basePath}consultation.html`, { redirect: 'manual' });
  expect(away.status).toBe(301);
  expect(away.headers.get('location')).toBe('https://www.nhs.uk/our-plans/%242023/');
  // Live addresses that begin with an old one are served, not redirected.
  const goals = await fetch(`${origin}${basePath}goals/`, { redirect: 'manual' });
  expect(goals.status).toBe(200);
  const stylesheet = /href="([^"]*\/_assets\/[^"]+\.css)"/.exec(await goals.text())?.[1];
  for (const live of [`${basePath}accessibility/`, stylesheet!])
    expect((await fetch(new URL(live, origin), { redirect: 'manual' })).status, live).toBe(200);
  const old = await fetch(`${origin}${basePath}goal`, { redirect: 'manual' });
  expect(old.status).toBe(301);
  expect(new URL(old.headers.get('location')!, origin).pathname).toBe(`${basePath}goals/`);
}
