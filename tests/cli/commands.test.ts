/**
 * Every command in scripts/ as a web or comms team would type it: --help shows usage,
 * options and an example and exits 0; a mistake on the command line ends in one plain line
 * and exit code 1, never a stack trace.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listTrustFolders } from '../../src/reader/trust-folders.ts';
import { repoRoot } from '../support/built-sites.ts';

function run(script: string, args: string[]) {
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', script), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0' },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const commands = [
  { script: 'build.ts', name: 'npm run build', option: '--trust' },
  { script: 'check.ts', name: 'npm run check', option: '--trust' },
  { script: 'preview.ts', name: 'npm run preview', option: '--port' },
  { script: 'new-trust.ts', name: 'npm run new-trust', option: '--name' },
  { script: 'archive-strategy.ts', name: 'npm run archive-strategy', option: '--replaced' },
  { script: 'stamp-translations.ts', name: 'npm run stamp-translations', option: '--content' },
  { script: 'bench.ts', name: 'npm run bench', option: '--trusts' },
  { script: 'editors-guide.ts', name: 'npm run guide', option: '' },
  { script: 'lighthouse.ts', name: 'npm run lighthouse', option: '--trust' },
  { script: 'hosting/nginx-config.ts', name: 'npm run nginx-config', option: '--root' },
  { script: 'ci/codeowners.ts', name: 'npm run codeowners', option: '--check' },
  { script: 'ci/external-links.ts', name: 'npm run external-links', option: '--dist' },
  { script: 'pdf.ts', name: 'npm run pdf', option: '--out' },
];

const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)|ERR_PARSE_ARGS|node:internal/m);

describe.each(commands)('$name', ({ script, name, option }) => {
  it('--help prints usage, the options and an example, and exits 0', () => {
    const result = run(script, ['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^Usage: ${name}`));
    expect(result.stdout).toContain('Options:');
    if (option) expect(result.stdout).toContain(`  ${option} `);
    expect(result.stdout).toMatch(/Examples?:\n {2}npm run /);
    expect(result.stderr).toBe('');
  });

  it('an unknown option is one plain line naming it, and exit 1', () => {
    const result = run(script, ['--no-such-option']);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      `${name}: there is no option "--no-such-option". Run "${name} -- --help" to see what it accepts.`,
    ]);
    expect(result.stdout).toBe('');
  });
});

describe('plain answers to mistakes', () => {
  it('a misspelt option suggests the right one', () => {
    const result = run('build.ts', ['--trsut', 'fenmoor']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('there is no option "--trsut". Did you mean --trust?');
  });

  it.each(['build.ts', 'check.ts'])('%s with an unknown trust says so in one line, suggests the nearest, and checks nothing', (script) => {
    const result = run(script, ['--trust', 'harboursid']);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      `There is no trust called "harboursid" (did you mean "harbourside"?) in content/. Trusts found: ${listTrustFolders(
        path.join(repoRoot, 'content'),
      )
        .map((folder) => folder.slug)
        .join(', ')}.`,
    );
    expect(result.stdout).not.toContain('No problems found');
    noStackTrace(result.stderr);
  });

  it('an option without its value, and a value it cannot use, are named', () => {
    expect(run('build.ts', ['--trust']).stderr).toContain('npm run build: --trust needs a value after it.');
    expect(run('build.ts', ['--shard', '5/4']).stderr).toContain('--shard needs "k/n" with 1 <= k <= n');
    expect(run('preview.ts', ['--port', 'soon']).stderr.trim()).toBe(
      'npm run preview: --port needs a whole number of 1 or more, not "soon".',
    );
    expect(run('check.ts', ['--format', 'html']).stderr.trim()).toBe('npm run check: --format is "text" or "markdown", not "html".');
    const stray = run('check.ts', ['harbourside']);
    expect(stray.code).toBe(1);
    expect(stray.stderr).toContain('"harbourside" is not an option');
  });
});
