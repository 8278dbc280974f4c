/**
 * The build tier's one build of the sample trusts (vitest.config.ts), shared by every test file
 * that reads them: the real build command, from no cache (so it is also the "clean build" that
 * tests compare other builds with), into a temporary folder removed afterwards.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { astroCacheDir } from '../../src/publishing/astro-cache-dir.ts';
import { repoRoot, runBuild } from './built-sites.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder holding one published folder per sample trust. */
    builtSites: string;
    /** What the build command printed. */
    buildOutput: string;
  }
}

export default async function setup(project: TestProject) {
  const work = mkdtempSync(path.join(tmpdir(), 'strategy-samples-'));
  const dist = path.join(work, 'dist');
  rmSync(astroCacheDir(repoRoot, path.join(repoRoot, 'content')), { recursive: true, force: true });
  const build = await runBuild(['--out', dist]);
  if (build.code !== 0) throw new Error(`The sample trusts did not build:\n${build.stdout}\n${build.stderr}`);
  project.provide('builtSites', dist);
  project.provide('buildOutput', build.stdout);
  return () => rmSync(work, { recursive: true, force: true });
}
