/**
 * Astro's own commands, as a web team that knows Astro would type them: `astro build` and
 * `astro preview` stop at once with one line naming our command (alone they would make or
 * serve a broken site), and `astro dev` still serves every trust.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/built-sites.ts';

const astroBin = path.join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
// As from a terminal: not the test runner's NODE_ENV=test and VITEST variables, which change how Astro runs.
const env = Object.fromEntries(
  Object.entries({ ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' }).filter(
    ([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST'),
  ),
);
const work = mkdtempSync(path.join(tmpdir(), 'strategy-astro-commands-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('astro build and astro preview', () => {
  it('astro build stops with one line pointing to npm run build, and writes nothing', () => {
    const outDir = path.join(work, 'out');
    const result = spawnSync(process.execPath, [astroBin, 'build', '--outDir', outDir], { cwd: repoRoot, env, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      'astro build alone would make a broken site (no per-trust assets, search, sitemap or 404, and no content check): run "npm run build" instead (add -- --help for its options).',
    ]);
    expect(result.stdout).not.toContain('Complete');
    expect(existsSync(outDir)).toBe(false);
  });

  it('astro preview stops with one line pointing to npm run preview', () => {
    const result = spawnSync(process.execPath, [astroBin, 'preview'], { cwd: repoRoot, env, encoding: 'utf8', timeout: 60_000 });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      'astro preview alone does not serve each trust at its own address: run "npm run preview" instead (add -- --help for its options).',
    );
  });
});

describe('astro dev', () => {
  it('still serves each trust under /<slug>/', async () => {
    const port = 4300 + Math.floor(Math.random() * 500);
    const dev = spawn(process.execPath, [astroBin, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
      cwd: repoRoot,
      env: { ...env, STRATEGY_DEV_PREVIEW: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    dev.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    dev.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      let html = '';
      for (let attempt = 0; attempt < 120 && !html; attempt += 1) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        try {
          const response = await fetch(`http://127.0.0.1:${port}/harbourside/goals/`, { signal: AbortSignal.timeout(30_000) });
          if (response.ok) html = await response.text();
        } catch {
          // Not listening yet.
        }
      }
      expect(html, output).toContain('Harbourside');
      expect(output).not.toContain('would make a broken site');
    } finally {
      dev.kill('SIGTERM');
    }
  });
});
