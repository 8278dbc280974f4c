/**
 * npm run bench [-- --trusts 200]
 *
 * Builds a synthetic fleet made by copying the sample trusts under new names into a
 * temporary folder (never content/ or dist/), then one trust alone, and prints trusts,
 * pages, build and index seconds, peak memory (the build process and its children, such
 * as Pagefind, sampled from /proc) and pages per second. In the same run it builds the floor
 * (./bench/floor-project.ts: bare Astro, one content collection, one dynamic route, the same
 * pages and words) for the fleet and for the one trust, and prints each target as a ratio
 * with met or missed (README "Benchmark"), with the dev edit time in the product and in the
 * fleet's floor.
 */
import { execFileSync, spawn } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { astroCacheDir } from '../src/publishing/astro-cache-dir.ts';
import type { BuildSummary } from '../src/publishing/fleet-build.ts';
import { listTrustFolders } from '../src/reader/trust-folders.ts';
import { parseCommandLine, stop, wholeNumber } from './cli/arguments.ts';
import { freePort } from './cli/free-port.ts';
import { FLOOR_SPAN_FILE, makeFloorProject } from './bench/floor-project.ts';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseCommandLine({
  command: 'npm run bench',
  usage: '[options]',
  summary:
    'Builds a synthetic fleet copied from the sample trusts in a temporary folder (never content/ or dist/), then one trust alone, and prints the times and peak memory against the targets.',
  options: {
    trusts: { type: 'string', default: '200', value: 'number', description: 'how many trusts the fleet has' },
    keep: { type: 'boolean', default: false, description: 'keep the temporary folder to look at' },
    only: { type: 'string', value: 'part', description: 'measure one part alone: "dev-edit" (astro dev, page saved to new words shown)' },
  },
  examples: [
    ['npm run bench', 'the 200-trust fleet'],
    ['npm run bench -- --trusts 20', 'a quicker, smaller run'],
    ['npm run bench -- --only dev-edit', 'only the astro dev edit timing, over the 200-trust fleet and its floor'],
  ],
});
const fleetSize = wholeNumber('npm run bench', 'trusts', values.trusts);
if (values.only !== undefined && values.only !== 'dev-edit')
  stop(`npm run bench: --only takes "dev-edit", not "${values.only}". Run "npm run bench -- --help" to see what it accepts.`);
/**
 * The targets (README "Benchmark"). Times are ratios to the floor measured in the same run, so
 * both sides see the same machine; memory and the dev edit are absolute. The seconds after them
 * are for the record only.
 */
const targets = {
  /** The fleet's wall clock over the fleet floor's (Astro build and Pagefind). */
  fleetFloorRatio: 1.5,
  /** The fleet's publishing and indexing over Pagefind's CLI indexing the same pages. */
  publishIndexPagefindRatio: 1.5,
  /** One trust's time outside Astro's build (starting, loading, exiting) over the one-trust floor's. */
  oneTrustOutsideRatio: 1,
  /** The fleet build's peak memory, with its Pagefind process. */
  fleetMemoryMb: 1200,
  /** astro dev: a saved page shown, median of five. */
  devEditMs: 300,
  record: { fleetSeconds: 30, oneTrustSeconds: 2, changedSinceSeconds: 3, oneTrustFloorRatio: 1.3 },
};

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
  /** The machine's one-minute load average as the command started and as it ended. */
  load: string;
}

const loadNow = () => loadavg()[0]!.toFixed(1);

/** Runs a command to its end; wall-clock seconds, the peak memory of it and its children, and the load average around it. */
async function measureCommand(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  const loadBefore = loadNow();
  const started = performance.now();
  const child = spawn(command, args, { cwd: options.cwd ?? root, env: options.env ?? process.env, stdio: ['ignore', 'ignore', 'inherit'] });
  let peakMb = 0;
  const sampler = setInterval(() => {
    peakMb = Math.max(peakMb, treeMemoryMb(child.pid!));
  }, 200);
  const code = await new Promise<number>((resolve) => child.on('exit', (exitCode) => resolve(exitCode ?? 1)));
  clearInterval(sampler);
  if (code !== 0) throw new Error(`${path.basename(args[0] ?? command)} failed (exit ${code}).`);
  return { wallSeconds: (performance.now() - started) / 1000, peakMb, load: `${loadBefore} -> ${loadNow()}` };
}

async function measureBuild(args: string[], statsFile: string): Promise<Measured> {
  const measured = await measureCommand(process.execPath, [path.join(root, 'scripts', 'build.ts'), ...args, '--stats-json', statsFile]);
  return { summary: JSON.parse(readFileSync(statsFile, 'utf8')) as BuildSummary, ...measured };
}

/** The floor (./bench/floor-project.ts): a bare Astro build of the pages the product published in `publishedDir`, then one Pagefind index. */
async function measureFloor(publishedDir: string, projectDir: string, trusts: string[] = []) {
  const pages = makeFloorProject(projectDir, publishedDir, path.join(root, 'node_modules'), trusts);
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  const build = await measureCommand(
    process.execPath,
    [path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--silent'],
    {
      cwd: projectDir,
      env,
    },
  );
  const index = await measureCommand(path.join(root, 'node_modules', '.bin', 'pagefind'), ['--site', 'dist', '--silent'], {
    cwd: projectDir,
    env,
  });
  const span = JSON.parse(readFileSync(path.join(projectDir, FLOOR_SPAN_FILE), 'utf8')) as { seconds: number };
  return {
    pages,
    load: `${build.load.split(' -> ')[0]} -> ${index.load.split(' -> ')[1]}`,
    buildSeconds: build.wallSeconds,
    outsideSeconds: build.wallSeconds - span.seconds,
    indexSeconds: index.wallSeconds,
    wallSeconds: build.wallSeconds + index.wallSeconds,
    peakMb: Math.max(build.peakMb, index.peakMb),
  };
}

/** A one-page edit in a fleet already built, rebuilt and published with --changed-since. */
async function measureChangedSince(contentDir: string, outDir: string, statsFile: string): Promise<Measured> {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: contentDir, stdio: 'ignore' });
  git('init', '-q');
  git('add', '.');
  git('-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', 'commit', '-qm', 'fleet');
  const trust = listTrustFolders(contentDir)[1]!;
  const page = readdirSync(trust.dir).find((name) => name.endsWith('.md') && name !== 'index.md')!;
  appendFileSync(path.join(trust.dir, page), '\nOne more sentence, edited for the benchmark.\n');
  return measureBuild(['--content', contentDir, '--out', outDir, '--changed-since', 'HEAD'], statsFile);
}

/** One `astro dev` server and the page to edit in it: the product over the fleet, or the floor project. */
interface DevEditSubject {
  /** The project folder `astro dev` runs in. */
  cwd: string;
  /** Arguments after `astro dev` (such as --config). */
  args: string[];
  /** The Markdown file saved, and the address (from the server's root) of the page it makes. */
  file: string;
  pagePath: string;
}

/**
 * `astro dev`: the time from saving a page to the server answering with the new words, for five
 * edits (the median is reported). The browser's own reload comes on top.
 */
async function measureDevEdit(subject: DevEditSubject): Promise<number[]> {
  const port = await freePort();
  const dev = spawn(
    process.execPath,
    [path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', ...subject.args, '--host', '127.0.0.1', '--port', String(port)],
    { cwd: subject.cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}/${subject.pagePath}`;
  const fetchText = async () => {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(60_000) });
      return response.ok ? await response.text() : '';
    } catch {
      return '';
    }
  };
  try {
    const ready = performance.now();
    while (!(await fetchText())) {
      if (performance.now() - ready > 300_000) throw new Error(`The dev server in ${subject.cwd} did not answer within 5 minutes.`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const times: number[] = [];
    for (let edit = 1; edit <= 5; edit += 1) {
      const marker = `benchmarkedit${edit}x${Date.now()}`;
      const saved = performance.now();
      appendFileSync(subject.file, `\n${marker}\n`);
      while (!(await fetchText()).includes(marker)) {
        if (performance.now() - saved > 60_000) throw new Error(`The dev server in ${subject.cwd} did not show an edit within a minute.`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      times.push(performance.now() - saved);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    return times;
  } finally {
    dev.kill('SIGTERM');
    await new Promise((resolve) => dev.once('exit', resolve));
  }
}

/**
 * The same page edited in the product (over the fleet) and in the fleet's floor project, one
 * after the other: Astro's own content layer sets how fast any edit can show, so the floor's
 * time is the fair measure of ours.
 */
async function measureDevEdits(contentDir: string, floorDir: string): Promise<{ product: number[]; floor: number[] }> {
  // The project's own config, with its one integration pointed at the fleet.
  // Astro reads --config relative to the project root.
  const config = path.join(path.dirname(contentDir), 'astro.config.fleet.mjs');
  writeFileSync(
    config,
    [
      `import { projectConfig } from ${JSON.stringify(path.join(root, 'astro.config.mjs'))};`,
      `import { strategySites } from ${JSON.stringify(path.join(root, 'src', 'integrations', 'strategy-sites.ts'))};`,
      `export default projectConfig(strategySites({ contentDir: ${JSON.stringify(contentDir)} }));`,
    ].join('\n'),
  );
  const trust = listTrustFolders(contentDir)[0]!;
  const page = readdirSync(trust.dir)
    .find((name) => name.endsWith('.md') && name !== 'index.md')!
    .replace(/\.md$/, '');
  const pagePath = `${trust.slug}/${page}/`;
  const product = await measureDevEdit({
    cwd: root,
    args: ['--config', path.relative(root, config)],
    file: path.join(trust.dir, `${page}.md`),
    pagePath,
  });
  const floor = await measureDevEdit({
    cwd: floorDir,
    args: [],
    file: path.join(floorDir, 'pages', trust.slug, page, 'index.md'),
    pagePath,
  });
  return { product, floor };
}

const verdict = (ok: boolean) => (ok ? 'meets target' : 'MISSES target');
const metOrMissed = (ok: boolean) => (ok ? 'met' : 'MISSED');

/** The time a build spent outside Astro's own build: Node starting, loading Astro and the config, and exiting. */
const outsideSeconds = (measured: Measured) => measured.wallSeconds - measured.summary.totalSeconds;

/** One target as a line: the ratio, what it is made of, and met or missed. */
function targetLine(name: string, ratio: number, limit: number, parts: string): string {
  return `  ${name.padEnd(46)} ${ratio.toFixed(2)}x  (${parts})  [target <= ${limit}x: ${metOrMissed(ratio <= limit)}]`;
}

function loadLine(): string {
  return `Load average when it ended: ${loadavg()
    .map((value) => value.toFixed(1))
    .join(', ')} (2 cores; others' work counts too)`;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function devEditReport(edits: { product: number[]; floor: number[] }): string[] {
  const each = (times: number[]) => times.map((ms) => `${ms.toFixed(0)} ms`).join(', ');
  return [
    'Dev server (astro dev): the same page saved -> server answers with the new words',
    `  product, each     ${each(edits.product)}`,
    `  product, median   ${median(edits.product).toFixed(0)} ms  [target <= ${targets.devEditMs} ms: ${verdict(median(edits.product) <= targets.devEditMs)}]`,
    `  floor, each       ${each(edits.floor)}`,
    `  floor, median     ${median(edits.floor).toFixed(0)} ms (the bare Astro project's own content layer over the same pages)`,
  ];
}

function floorReport(label: string, floor: Awaited<ReturnType<typeof measureFloor>>): string[] {
  return [
    label,
    `  pages             ${floor.pages}`,
    `  build seconds     ${floor.buildSeconds.toFixed(2)} (astro build; ${floor.outsideSeconds.toFixed(2)} s of it outside Astro's build hooks)`,
    `  index seconds     ${floor.indexSeconds.toFixed(2)} (pagefind)`,
    `  total seconds     ${floor.wallSeconds.toFixed(2)}`,
    `  peak memory       ${floor.peakMb.toFixed(0)} MB`,
    `  load average      ${floor.load} (one minute, at its start and end)`,
  ];
}

function report(label: string, measured: Measured, recordSeconds: number): string[] {
  const { summary, wallSeconds, peakMb } = measured;
  return [
    `${label}`,
    `  trusts            ${summary.trusts.length}`,
    `  pages             ${summary.pages}`,
    `  build seconds     ${summary.renderSeconds.toFixed(2)} (Astro render of every page, with the content check and search indexing alongside)`,
    `  index seconds     ${summary.publishSeconds.toFixed(2)} (publish every trust, 4 at a time; writing search indexes ${summary.indexSeconds.toFixed(2)} s summed over trusts)`,
    `  total seconds     ${wallSeconds.toFixed(2)} wall clock, process start to exit; ${outsideSeconds(measured).toFixed(2)} s of it outside Astro's build  (for the record: ${recordSeconds} s)`,
    `  peak memory       ${peakMb.toFixed(0)} MB`,
    `  pages per second  ${(summary.pages / wallSeconds).toFixed(0)}`,
    `  load average      ${measured.load} (one minute, at its start and end)`,
  ];
}

const work = mkdtempSync(path.join(tmpdir(), 'strategy-bench-'));
try {
  const contentDir = path.join(work, 'content');
  makeFleet(contentDir, fleetSize);
  console.log(`Benchmark in ${work} (${fleetSize} trusts copied from the samples)\n`);

  if (values.only === 'dev-edit') {
    // The floor is made from what the product publishes, so the fleet is built first (not timed).
    await measureBuild(['--content', contentDir, '--out', path.join(work, 'dist-fleet')], path.join(work, 'fleet.json'));
    makeFloorProject(path.join(work, 'floor'), path.join(work, 'dist-fleet'), path.join(root, 'node_modules'));
    console.log([loadLine(), '', ...devEditReport(await measureDevEdits(contentDir, path.join(work, 'floor')))].join('\n'));
  } else {
    const fleet = await measureBuild(['--content', contentDir, '--out', path.join(work, 'dist-fleet')], path.join(work, 'fleet.json'));
    const oneSlug = listTrustFolders(contentDir)[0]!.slug;
    const one = await measureBuild(
      ['--content', contentDir, '--out', path.join(work, 'dist-one'), '--trust', oneSlug],
      path.join(work, 'one.json'),
    );

    const floor = await measureFloor(path.join(work, 'dist-fleet'), path.join(work, 'floor'));
    const oneFloor = await measureFloor(path.join(work, 'dist-one'), path.join(work, 'floor-one'), [oneSlug]);
    const changed = await measureChangedSince(contentDir, path.join(work, 'dist-fleet'), path.join(work, 'changed.json'));
    const devEdits = await measureDevEdits(contentDir, path.join(work, 'floor'));
    const ratio = fleet.wallSeconds / floor.wallSeconds;
    const oneRatio = one.wallSeconds / oneFloor.wallSeconds;
    const publishRatio = fleet.summary.publishSeconds / floor.indexSeconds;
    const outsideRatio = outsideSeconds(one) / oneFloor.outsideSeconds;
    const devMedian = median(devEdits.product);

    const lines = [
      loadLine(),
      '',
      ...report(`Fleet: every trust in one build`, fleet, targets.record.fleetSeconds),
      '',
      ...floorReport('Floor for the fleet: bare Astro, one content collection and one dynamic route, the same pages and words', floor),
      '',
      ...report(`One trust alone (${oneSlug})`, one, targets.record.oneTrustSeconds),
      '',
      ...floorReport("Floor for one trust: the same, with that trust's pages only", oneFloor),
      '',
      ...report(`One page edited, --changed-since HEAD (the fleet already built)`, changed, targets.record.changedSinceSeconds),
      '',
      ...devEditReport(devEdits),
      '',
      'Targets, in this run (README "Benchmark")',
      targetLine(
        'fleet / its floor',
        ratio,
        targets.fleetFloorRatio,
        `${fleet.wallSeconds.toFixed(1)} s / ${floor.wallSeconds.toFixed(1)} s`,
      ),
      targetLine(
        "publish + index / Pagefind's CLI, same pages",
        publishRatio,
        targets.publishIndexPagefindRatio,
        `${fleet.summary.publishSeconds.toFixed(1)} s / ${floor.indexSeconds.toFixed(1)} s`,
      ),
      targetLine(
        "one trust outside the build / floor's",
        outsideRatio,
        targets.oneTrustOutsideRatio,
        `${outsideSeconds(one).toFixed(2)} s / ${oneFloor.outsideSeconds.toFixed(2)} s`,
      ),
      targetLine(
        'fleet peak memory / 1,200 MB',
        fleet.peakMb / targets.fleetMemoryMb,
        1,
        `${fleet.peakMb.toFixed(0)} MB / ${targets.fleetMemoryMb} MB`,
      ),
      targetLine(
        'dev edit / 300 ms (median of 5)',
        devMedian / targets.devEditMs,
        1,
        `${devMedian.toFixed(0)} ms; the floor's ${median(devEdits.floor).toFixed(0)} ms`,
      ),
      'For the record',
      `  one trust / one-trust floor                    ${oneRatio.toFixed(2)}x  (${one.wallSeconds.toFixed(1)} s / ${oneFloor.wallSeconds.toFixed(1)} s; was a target of ${targets.record.oneTrustFloorRatio}x)`,
    ];
    console.log(lines.join('\n'));
  }
} finally {
  if (values.keep) console.log(`\nKept ${work}`);
  else rmSync(work, { recursive: true, force: true });
  rmSync(astroCacheDir(root, path.join(work, 'content')), { recursive: true, force: true });
}
