/**
 * Run before the tests: the browser tests drive Debian's Chromium (npm cannot download a
 * browser on these machines) and the hosting test serves a trust with Debian's nginx. Finds
 * each; on Debian as root installs what is missing; otherwise stops with the one command that
 * installs it. Never skips those tests silently.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './cli/chromium-path.ts';

/** Debian package, and whether it is already here. */
const tools = [
  { name: 'Chromium', pkg: 'chromium', found: () => Boolean(findChromium()) },
  { name: 'nginx', pkg: 'nginx', found: () => existsSync('/usr/sbin/nginx') },
];

const missing = tools.filter((tool) => !tool.found());
if (missing.length === 0) process.exit(0);

const packages = missing.map((tool) => tool.pkg);
const install = `sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`;
const names = missing.map((tool) => tool.name).join(' and ');
const isDebian = existsSync('/etc/debian_version');
const isRoot = process.getuid?.() === 0;
if (!isDebian || !isRoot) {
  console.error(`\nThe tests need ${names}, not installed here.\nInstall with:\n\n  ${install}\n\nThen run npm test again.\n`);
  process.exit(1);
}

console.log(`${names} not installed; installing Debian's ${packages.join(' and ')} package for the tests...`);
for (const args of [['update'], ['install', '-y', ...packages]]) {
  const result = spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (result.status !== 0) {
    console.error(`\nInstalling ${names} failed. Install with:\n\n  ${install}\n`);
    process.exit(1);
  }
}
const chromium = findChromium();
if (chromium) console.log(execFileSync(chromium, ['--version']).toString().trim());
