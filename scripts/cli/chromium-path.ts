/** Where Debian's Chromium is: CHROMIUM_PATH if set, else `chromium` on the PATH. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** The flags Chromium needs on these machines (see /work/shared/REFERENCE.md): headless, and no calls home that the closed network would refuse. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  try {
    return execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}
