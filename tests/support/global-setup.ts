/**
 * Builds the sample trusts once for every test file that reads them (build and browser
 * tests), with the real build command, into a temporary folder removed afterwards.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { runBuild } from './built-sites.ts';

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
  const build = await runBuild(['--out', dist]);
  if (build.code !== 0) throw new Error(`The sample trusts did not build:\n${build.stdout}\n${build.stderr}`);
  project.provide('builtSites', dist);
  project.provide('buildOutput', build.stdout);
  return () => rmSync(work, { recursive: true, force: true });
}
