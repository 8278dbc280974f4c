/**
 * npm run preview: serves every built trust in dist/, each alone on its own port at its
 * own base path (exactly as it will be published), and prints their addresses (see --help).
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { listTrustFolders, readPublishingSettings } from '../src/reader/trust-folders.ts';
import { serveTrustFolder } from './serve/trust-server.ts';
import { trustAddress } from '../src/addresses/trust-address.ts';
import { parseCommandLine, wholeNumber } from './cli/arguments.ts';

const root = path.resolve(import.meta.dirname, '..');
const command = 'npm run preview';
const { values } = parseCommandLine({
  command,
  usage: '[options]',
  summary:
    'Serves every built trust in dist/, each alone on its own port at its own base path, exactly as it will be published, and prints their addresses. Stop with Ctrl+C.',
  options: {
    port: {
      type: 'string',
      default: '4321',
      value: 'number',
      description: "the first trust's port; the next trusts take the ports after it",
    },
    out: { type: 'string', default: 'dist', value: 'dir', description: 'the folder the build published into' },
    content: {
      type: 'string',
      default: 'content',
      value: 'dir',
      description: 'the folder with one folder per trust (for their addresses)',
    },
  },
  examples: [
    ['npm run build && npm run preview', 'build every trust, then see them'],
    ['npm run preview -- --port 8080', 'serve from port 8080 up'],
  ],
});
values.out = path.resolve(root, values.out);
values.content = path.resolve(root, values.content);
const firstPort = wholeNumber(command, 'port', values.port);

const built = existsSync(values.out) ? new Set(readdirSync(values.out)) : new Set<string>();
const trusts = listTrustFolders(values.content).filter((folder) => built.has(folder.slug));
if (trusts.length === 0) {
  console.error('Nothing to preview: no built trusts in dist/. Run "npm run build" first.');
  process.exit(1);
}

console.log('Previewing each trust alone at its own address (Ctrl+C to stop):\n');
let port = firstPort;
for (const folder of trusts) {
  const { basePath } = trustAddress(readPublishingSettings(folder).url);
  const server = await serveTrustFolder(path.join(values.out, folder.slug), basePath, port);
  console.log(`  ${folder.slug.padEnd(24)} ${server.url}`);
  port += 1;
}
