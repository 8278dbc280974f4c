/**
 * Astro's own commands, as a web team that knows Astro would type them: `astro build` makes
 * exactly the sites `npm run build` makes (the strategy-sites integration does the work in
 * both), and refuses content with a mistake in the same plain words, leaving the published
 * sites as they were; `astro preview` stops with Astro's error naming our command (it cannot serve
 * each trust at its own address); and `astro dev` serves every trust and shows each edit.
 */
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it, vi } from 'vitest';
import { freePort } from '../../scripts/cli/free-port.ts';
import { FIXED_BUILD_DATE, hashFolder, repoRoot } from '../support/built-sites.ts';
import { waitUntil } from '../support/wait-until.ts';

const astroBin = path.join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
// As from a terminal: not the test runner's NODE_ENV=test and VITEST variables, which change how Astro runs.
const env = Object.fromEntries(
  Object.entries({ ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', STRATEGY_BUILD_DATE: FIXED_BUILD_DATE }).filter(
    ([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST'),
  ),
);
// Room for one stalled run and its second go (see astro below).
vi.setConfig({ testTimeout: 600_000 });

const work = mkdtempSync(path.join(tmpdir(), 'strategy-astro-commands-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * Runs Astro's CLI as a terminal would. Twice in loaded CI runs, an `astro` that stops at once with an error
 * (here in a few seconds) did not end within 300 s, in a different test each time and never when run again:
 * such a run is printed whole and made once more, so a stall shows in the log without failing the suite.
 */
function astro(args: string[], cwd = repoRoot) {
  const run = () => spawnSync(process.execPath, [astroBin, ...args], { cwd, env, encoding: 'utf8', timeout: 240_000 });
  const first = run();
  if (first.signal === null) return first;
  console.error(
    `astro ${args.join(' ')} did not end within 240 s (stopped with ${first.signal}); running it again. It printed:\n${first.stdout}\n${first.stderr}`,
  );
  return run();
}
const trustsIn = (dir: string) =>
  readdirSync(dir)
    .filter((name) => !name.startsWith('.'))
    .sort();

/** A copy of the project, as a trust's web team would have it, with the installed packages linked (Astro's compiler needs real source files). */
function copyOfProject(name: string): string {
  const project = path.join(work, name);
  mkdirSync(project);
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content'])
    cpSync(path.join(repoRoot, entry), path.join(project, entry), { recursive: true });
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(project, 'node_modules'));
  return project;
}

describe('astro build', () => {
  it('makes exactly the sites npm run build makes', () => {
    // npm run build's sites: the tests' shared build of content/ (tests/support/global-setup.ts).
    const fromNpm = inject('builtSites');
    const fromAstro = path.join(work, 'astro-dist');
    const result = astro(['build', '--outDir', fromAstro]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Built 5 trusts, \d+ pages/);
    expect(trustsIn(fromAstro)).toEqual(trustsIn(fromNpm));
    for (const slug of trustsIn(fromNpm)) expect(hashFolder(path.join(fromAstro, slug)), slug).toBe(hashFolder(path.join(fromNpm, slug)));
  });

  it('refuses content with a mistake in plain words, exit 1, and leaves the published sites as they were', () => {
    const project = copyOfProject('with-mistake');
    const dist = path.join(project, 'dist');
    // The published sites, as the build above makes them from the same content.
    cpSync(inject('builtSites'), dist, { recursive: true });
    const before = hashFolder(dist);
    const goals = path.join(project, 'content', 'harbourside', 'goals.md');
    writeFileSync(goals, readFileSync(goals, 'utf8').replace(/^title: .*$/m, 'title:'));

    const result = astro(['build'], project);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('No published site was changed');
    expect(result.stderr).toMatch(/content\/harbourside\/goals\.md:\d+\n\s+error \(invalid-field\) title: title must be text/);
    expect(`${result.stdout}${result.stderr}`).not.toContain('fault in the site builder');
    expect(result.stdout).not.toContain('Complete');
    expect(hashFolder(dist)).toBe(before);
  });
});

describe('astro preview', () => {
  it('stops with an error pointing to npm run preview', () => {
    const result = astro(['preview']);
    expect(result.status).toBe(1);
    // Thrown as an AstroError, so Astro prints it as it prints any integration's error.
    expect(result.stderr).toContain(
      'astro preview alone does not serve each trust at its own address: run "npm run preview" instead (add -- --help for its options).',
    );
  });
});

describe('one strategy-sites integration', () => {
  it('refuses a second strategySites() instead of letting one of them win', () => {
    const project = copyOfProject('twice');
    writeFileSync(
      path.join(project, 'astro.config.twice.mjs'),
      [
        "import project from './astro.config.mjs';",
        "import { strategySites } from './src/integrations/strategy-sites.ts';",
        'export default { ...project, integrations: [...project.integrations, strategySites()] };',
      ].join('\n'),
    );
    const result = astro(['build', '--config', 'astro.config.twice.mjs'], project);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('strategySites() is configured more than once.');
  });
});

/** `astro dev` in a project, with what it prints, and a way to wait for a page of harbourside to say what a test expects. */
async function startDev(project: string, args: string[] = []) {
  const port = await freePort();
  const dev = spawn(process.execPath, [astroBin, 'dev', '--host', '127.0.0.1', '--port', String(port), ...args], {
    cwd: project,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const server = { output: '', stop: () => dev.kill('SIGTERM'), pageWhen, pageSaying };
  dev.stdout.on('data', (chunk: Buffer) => (server.output += chunk.toString()));
  dev.stderr.on('data', (chunk: Buffer) => (server.output += chunk.toString()));
  /** The page's HTML (with its status) once `ready` accepts it, or the last answer after 150 seconds (by the clock: on a loaded machine astro dev takes minutes to start). */
  async function pageWhen(pagePath: string, ready: (html: string, status: number) => boolean) {
    let last = { html: '', status: 0 };
    await waitUntil(
      async () => {
        const response = await fetch(`http://127.0.0.1:${port}/harbourside/${pagePath}`, { signal: AbortSignal.timeout(30_000) });
        last = { html: await response.text(), status: response.status };
        return ready(last.html, last.status) || undefined;
      },
      { timeoutMs: 150_000, intervalMs: 250 },
    ).catch(() => undefined);
    return last;
  }
  async function pageSaying(pagePath: string, words: string) {
    return (await pageWhen(pagePath, (html) => html.includes(words))).html;
  }
  return server;
}

describe('astro dev', () => {
  it('serves each trust under /<slug>/ and shows every kind of edit on the next request', async () => {
    // A copy of the project, so the test can edit its content while the preview runs.
    const project = copyOfProject('dev-edits');
    const trustDir = path.join(project, 'content', 'harbourside');
    const dev = await startDev(project);
    const { pageWhen, pageSaying } = dev;
    try {
      const first = await pageWhen('goals/', (_html, status) => status === 200);
      expect(first.html, dev.output).toContain('Harbourside');
      expect(dev.output).not.toContain('would make a broken site');

      // A standard page's words.
      appendFileSync(path.join(trustDir, 'mission.md'), '\nWe wrote this sentence while the preview was running.\n');
      expect(await pageSaying('mission/', 'while the preview was running'), dev.output).toContain('while the preview was running');

      // The trust's settings, which every page shows.
      const settingsFile = path.join(trustDir, 'trust.yaml');
      writeFileSync(
        settingsFile,
        readFileSync(settingsFile, 'utf8').replace(/^name: .*$/m, 'name: Harbourside Renamed Hospitals NHS Foundation Trust'),
      );
      expect(await pageSaying('goals/', 'Harbourside Renamed Hospitals'), dev.output).toContain('Harbourside Renamed Hospitals');

      // An easy read twin.
      appendFileSync(path.join(trustDir, 'easy-read', 'mission.md'), '\nWe changed this page today.\n');
      expect(await pageSaying('easy-read/mission/', 'We changed this page today.'), dev.output).toContain('We changed this page today.');

      // A new page, then the same page removed.
      const newPage = path.join(trustDir, 'next-steps.md');
      writeFileSync(
        newPage,
        '---\ntype: page\ntitle: Our next steps\ndescription: What happens after this strategy is agreed.\norder: 95\n---\n\nWe will share a plan each spring.\n',
      );
      expect(await pageSaying('next-steps/', 'We will share a plan each spring.'), dev.output).toContain(
        'We will share a plan each spring.',
      );
      expect(await pageSaying('goals/', 'Our next steps'), dev.output).toContain('Our next steps');
      rmSync(newPage);
      expect((await pageWhen('next-steps/', (_html, status) => status === 404)).status, dev.output).toBe(404);
      // The content check ran on the saves too (in its worker thread), in the terminal.
      expect(dev.output).toMatch(/Content check \(harbourside\): no problems found\.|content\/harbourside\/[\w/-]+\.(md|yaml)/);
    } finally {
      dev.stop();
    }
  });

  it('shows an edit and a new trust in a content folder outside the project (projectConfig(strategySites({ contentDir })))', async () => {
    // Vite watches only the project's own folder: a content folder elsewhere must be watched too.
    const project = copyOfProject('dev-outside');
    const contentDir = path.join(work, 'content-outside');
    cpSync(path.join(project, 'content'), contentDir, { recursive: true });
    rmSync(path.join(project, 'content'), { recursive: true });
    // One trust is added only once the preview runs.
    const laterTrust = path.join(work, 'northwold-later');
    cpSync(path.join(contentDir, 'northwold'), laterTrust, { recursive: true });
    rmSync(path.join(contentDir, 'northwold'), { recursive: true });
    writeFileSync(
      path.join(project, 'astro.config.outside.mjs'),
      [
        "import { projectConfig } from './astro.config.mjs';",
        "import { strategySites } from './src/integrations/strategy-sites.ts';",
        `export default projectConfig(strategySites({ contentDir: ${JSON.stringify(contentDir)} }));`,
      ].join('\n'),
    );
    const dev = await startDev(project, ['--config', 'astro.config.outside.mjs']);
    try {
      expect((await dev.pageWhen('mission/', (_html, status) => status === 200)).status, dev.output).toBe(200);
      appendFileSync(path.join(contentDir, 'harbourside', 'mission.md'), '\nWe saved this outside the project.\n');
      expect(await dev.pageSaying('mission/', 'We saved this outside the project.'), dev.output).toContain(
        'We saved this outside the project.',
      );
      // A trust folder added while the preview runs is shown, its links under its own address.
      cpSync(laterTrust, path.join(contentDir, 'northwold'), { recursive: true });
      const home = await dev.pageWhen('../northwold/', (_html, status) => status === 200);
      expect(home.status, dev.output).toBe(200);
      expect(home.html).toContain('href="/northwold/');
      expect(home.html).not.toContain('href="/harbourside/');
    } finally {
      dev.stop();
    }
  });
});
