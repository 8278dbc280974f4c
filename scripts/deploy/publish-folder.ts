/**
 * node scripts/deploy/publish-folder.ts --from <dir> --to <path>: the deploy for the `folder`
 * host, a web server (nginx, scripts/hosting/nginx-config.ts) on the machine running the job.
 * `<path>` is a symbolic link to the live release in `<path>.releases/`; a deploy copies the
 * new release beside it and swaps the link in one rename, so readers never see a half-copied
 * site, and keeps the last three releases. A rollback is a deploy of the previous artifact.
 */
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { parseCommandLine, stop } from '../cli/arguments.ts';

const KEEP = 3;

export function publishFolder(from: string, to: string, now = new Date()): string {
  const releases = `${to}.releases`;
  mkdirSync(releases, { recursive: true });
  if (existsSync(to) && !lstatSync(to).isSymbolicLink())
    throw new Error(`${to} exists and is not a link made by this deploy; move it away first.`);
  const name = `${now.toISOString().replace(/[:.]/g, '-')}-${process.pid}`;
  const release = path.join(releases, name);
  cpSync(from, release, { recursive: true });
  const link = `${to}.next`;
  rmSync(link, { force: true });
  symlinkSync(path.relative(path.dirname(to), release), link);
  renameSync(link, to);
  const live = path.basename(readlinkSync(to));
  const others = readdirSync(releases)
    .filter((entry) => entry !== live)
    .sort();
  for (const entry of others.slice(0, Math.max(0, others.length - (KEEP - 1))))
    rmSync(path.join(releases, entry), { recursive: true, force: true });
  return release;
}

if (import.meta.main) {
  const command = 'node scripts/deploy/publish-folder.ts';
  const { values } = parseCommandLine({
    command,
    usage: '--from <dir> --to <path>',
    summary: 'Publishes a laid-out site to a folder a web server serves, swapping it in at once and keeping the last releases.',
    options: {
      from: { type: 'string', value: 'dir', description: 'the laid-out site (scripts/deploy/stage.ts) (required)' },
      to: { type: 'string', value: 'path', description: "the web server's folder, a link this command manages (required)" },
    },
    examples: [['node scripts/deploy/publish-folder.ts --from staged --to /var/www/harbourside', 'deploy to nginx on this machine']],
  });
  const from = values.from ?? stop(`${command}: say what to publish with --from <dir>.`);
  const to = values.to ?? stop(`${command}: say where with --to <path>.`);
  try {
    console.log(`Published ${from} to ${to} (${publishFolder(path.resolve(from), path.resolve(to))}).`);
  } catch (error) {
    stop(`${command}: ${(error as Error).message}`);
  }
}
