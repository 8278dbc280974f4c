/**
 * Run before the tests: the browser tests drive Debian's Chromium (npm cannot download a
 * browser on these machines). Finds it; on Debian as root installs it; otherwise stops
 * with the one command that installs it. Never skips the browser tests silently.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from '../tests/support/chromium-path.ts';

const INSTALL = 'sudo apt-get update && sudo apt-get install -y chromium';

if (findChromium()) process.exit(0);

const isDebian = existsSync('/etc/debian_version');
const isRoot = process.getuid?.() === 0;
if (!isDebian || !isRoot) {
  console.error(
    `\nThe browser tests need Chromium, and it is not installed.\nInstall it with:\n\n  ${INSTALL}\n\nThen run npm test again.\n`,
  );
  process.exit(1);
}

console.log("Chromium is not installed; installing Debian's chromium package for the browser tests...");
for (const args of [['update'], ['install', '-y', 'chromium']]) {
  const result = spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (result.status !== 0) {
    console.error(`\nInstalling Chromium failed. Install it with:\n\n  ${INSTALL}\n`);
    process.exit(1);
  }
}
console.log(execFileSync(findChromium()!, ['--version']).toString().trim());
