/**
 * npm run bench [-- --trusts 200]
 *
 * Builds a synthetic fleet made by copying the sample trusts under new names into a
 * temporary folder (never content/ or dist/), then one trust alone, and prints trusts,
 * pages, build and index seconds, peak memory (the build process and its children, such
 * as Pagefind, sampled from /proc) and pages per second, against the targets.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { astroCacheDir, type BuildSummary } from './build/build-sites.ts';
import { listTrustFolders } from './build/trust-folders.ts';
import { parseCommandLine, wholeNumber } from './cli/arguments.ts';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseCommandLine({
  command: 'npm run bench',
  usage: '[options]',
  summary:
    'Builds a synthetic fleet copied from the sample trusts in a temporary folder (never content/ or dist/), then one trust alone, and prints the times and peak memory against the targets.',
  options: {
    trusts: { type: 'string', default: '200', value: 'number', description: 'how many trusts the fleet has' },
    keep: { type: 'boolean', default: false, description: 'keep the temporary folder to look at' },
  },
  examples: [
    ['npm run bench', 'the 200-trust fleet'],
    ['npm run bench -- --trusts 20', 'a quicker, smaller run'],
  ],
});
const fleetSize = wholeNumber('npm run bench', 'trusts', values.trusts);
const targets = { fleetSeconds: 30, fleetMemoryMb: 1536, oneTrustSeconds: 3 };

/** Copies the sample trusts round-robin until the fleet has `count` trusts, each with its own slug and address. */
function makeFleet(contentDir: string, count: number): void {
  const samples = listTrustFolders(path.join(root, 'content'));
  for (let index = 0; index < count; index += 1) {
    const sample = samples[index % samples.length]!;
    const slug = `${sample.slug}-${String(index + 1).padStart(3, '0')}`;
    const target = path.join(contentDir, slug);
    cpSync(sample.dir, target, { recursive: true });
    const settingsFile = path.join(target, 'trust.yaml');
    const settings = readFileSync(settingsFile, 'utf8')
      .replace(/^slug: .*$/m, `slug: ${slug}`)
      .replace(/^url: https:\/\/([^/]+)\//m, `url: https://${slug}.example/`);
    writeFileSync(settingsFile, settings);
  }
}

/** The process and all its descendants, found through /proc/<pid>/task/<tid>/children (cheap: no scan of every process). */
function processTree(pid: number): number[] {
  let children: number[] = [];
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      children = children.concat(readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number));
    }
  } catch {
    // The process ended while we looked.
  }
  return [pid, ...children.flatMap(processTree)];
}

/** Resident memory in MB of a process and all its descendants (the build and its Pagefind process). */
function treeMemoryMb(rootPid: number): number {
  let totalKb = 0;
  for (const pid of processTree(rootPid)) {
    try {
      totalKb += Number(/^VmRSS:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // The process ended while we looked.
    }
  }
  return totalKb / 1024;
}

interface Measured {
  summary: BuildSummary;
  wallSeconds: number;
  peakMb: number;
}

async function measureBuild(args: string[], statsFile: string): Promise<Measured> {
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(root, 'scripts', 'build.ts'), ...args, '--stats-json', statsFile], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  let peakMb = 0;
  const sampler = setInterval(() => {
    peakMb = Math.max(peakMb, treeMemoryMb(child.pid!));
  }, 200);
  const code = await new Promise<number>((resolve) => child.on('exit', (exitCode) => resolve(exitCode ?? 1)));
  clearInterval(sampler);
  if (code !== 0) throw new Error(`The build failed (exit ${code}).`);
  return {
    summary: JSON.parse(readFileSync(statsFile, 'utf8')) as BuildSummary,
    wallSeconds: (performance.now() - started) / 1000,
    peakMb,
  };
}

function report(label: string, measured: Measured, targetSeconds: number, targetMb?: number): string[] {
  const { summary, wallSeconds, peakMb } = measured;
  const verdict = (ok: boolean) => (ok ? 'meets target' : 'MISSES target');
  return [
    `${label}`,
    `  trusts            ${summary.trusts.length}`,
    `  pages             ${summary.pages}`,
    `  build seconds     ${summary.renderSeconds.toFixed(2)} (Astro render of every page, with the content check and search indexing alongside)`,
    `  index seconds     ${summary.publishSeconds.toFixed(2)} (publish every trust, 4 at a time; writing search indexes ${summary.indexSeconds.toFixed(2)} s summed over trusts)`,
    `  total seconds     ${wallSeconds.toFixed(2)} wall clock, process start to exit  [target <= ${targetSeconds} s: ${verdict(wallSeconds <= targetSeconds)}]`,
    `  peak memory       ${peakMb.toFixed(0)} MB${targetMb ? `  [target <= ${targetMb} MB: ${verdict(peakMb <= targetMb)}]` : ''}`,
    `  pages per second  ${(summary.pages / wallSeconds).toFixed(0)}`,
  ];
}

const work = mkdtempSync(path.join(tmpdir(), 'strategy-bench-'));
try {
  const contentDir = path.join(work, 'content');
  makeFleet(contentDir, fleetSize);
  console.log(`Benchmark in ${work} (${fleetSize} trusts copied from the samples)\n`);

  const fleet = await measureBuild(['--content', contentDir, '--out', path.join(work, 'dist-fleet')], path.join(work, 'fleet.json'));
  const oneSlug = listTrustFolders(contentDir)[0]!.slug;
  const one = await measureBuild(
    ['--content', contentDir, '--out', path.join(work, 'dist-one'), '--trust', oneSlug],
    path.join(work, 'one.json'),
  );

  const lines = [
    ...report(`Fleet: every trust in one build`, fleet, targets.fleetSeconds, targets.fleetMemoryMb),
    '',
    ...report(`One trust alone (${oneSlug})`, one, targets.oneTrustSeconds),
  ];
  console.log(lines.join('\n'));
} finally {
  if (values.keep) console.log(`\nKept ${work}`);
  else rmSync(work, { recursive: true, force: true });
  rmSync(astroCacheDir(root, path.join(work, 'content')), { recursive: true, force: true });
}
