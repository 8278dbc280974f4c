/**
 * npm run preview: serves every built trust in dist/, each alone on its own port at its
 * own base path (exactly as it will be published), and prints their addresses.
 * Stop with Ctrl+C.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { listTrustFolders, readPublishingSettings } from './build/trust-folders.ts';
import { serveTrustFolder } from './serve/trust-server.ts';
import { trustAddress } from '../src/site/trust-address.ts';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4321' },
    out: { type: 'string', default: path.join(root, 'dist') },
    content: { type: 'string', default: path.join(root, 'content') },
  },
});

const built = existsSync(values.out) ? new Set(readdirSync(values.out)) : new Set<string>();
const trusts = listTrustFolders(values.content).filter((folder) => built.has(folder.slug));
if (trusts.length === 0) {
  console.error('Nothing to preview: no built trusts in dist/. Run "npm run build" first.');
  process.exit(1);
}

console.log('Previewing each trust alone at its own address (Ctrl+C to stop):\n');
let port = Number(values.port);
for (const folder of trusts) {
  const { basePath } = trustAddress(readPublishingSettings(folder).url);
  const server = await serveTrustFolder(path.join(values.out, folder.slug), basePath, port);
  console.log(`  ${folder.slug.padEnd(24)} ${server.url}`);
  port += 1;
}
