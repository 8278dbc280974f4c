/**
 * node scripts/ci/pr-changes.ts --since <ref>: whether a pull request changes code or only
 * content, for the workflow: the full test suite (browsers included) runs when anything
 * outside content/ changed; a content-only pull request runs the check, the build of the
 * trusts it touched and their audits. Prints `code=true|false` for $GITHUB_OUTPUT.
 */
import { execFileSync } from 'node:child_process';
import { parseCommandLine, stop } from '../cli/arguments.ts';

export function changesCode(root: string, since: string): { code: boolean; files: string[] } {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const base = git('merge-base', since, 'HEAD').trim();
  const files = git('diff', '--name-only', '--no-renames', base, 'HEAD').split('\n').filter(Boolean);
  return { code: files.some((file) => !file.startsWith('content/')), files };
}

if (import.meta.main) {
  const command = 'node scripts/ci/pr-changes.ts';
  const { values } = parseCommandLine({
    command,
    usage: '--since <ref>',
    summary: 'Says whether the changes since a ref touch code (anything outside content/) or only content.',
    options: { since: { type: 'string', value: 'ref', description: 'the base branch, for example origin/main (required)' } },
    examples: [['node scripts/ci/pr-changes.ts --since origin/main >> "$GITHUB_OUTPUT"', 'in the pull request job']],
  });
  const since = values.since ?? stop(`${command}: say what to compare with, with --since <ref>.`);
  let result: ReturnType<typeof changesCode>;
  try {
    result = changesCode(process.cwd(), since);
  } catch {
    stop(`${command}: git does not know "${since}". In CI, check out with fetch-depth: 0.`);
  }
  const outside = result.files.filter((file) => !file.startsWith('content/'));
  console.error(
    result.code
      ? `Code changed (${outside.slice(0, 5).join(', ')}${outside.length > 5 ? ', ...' : ''}): the full test suite runs.`
      : 'Only content changed: the check, the build of the touched trusts and their audits run.',
  );
  console.log(`code=${result.code}`);
}
