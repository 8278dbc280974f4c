/**
 * npm run pdf: the whole strategy of each built trust as accessible PDFs (tagged, with an
 * outline, a cover, contents with page numbers, running heads and page numbers), one per
 * edition and language, printed by Chromium from the built pages. Build first. See --help.
 * The work is in scripts/pdf/.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { listTrustFolders, trustSettingsOf, unknownTrustMessage } from '../src/reader/trust-folders.ts';
import { parseCommandLine, stop } from './cli/arguments.ts';
import { CHROMIUM_FLAGS, findChromium } from './cli/chromium-path.ts';
import { printTrust } from './pdf/print-trust.ts';

const root = path.resolve(import.meta.dirname, '..');
const command = 'npm run pdf';
const { values, positionals } = parseCommandLine({
  command,
  usage: '[options] [trust...]',
  summary:
    "Prints the whole strategy of each built trust (or the trusts named) as accessible PDFs, one for each edition and language, into the trust's files/whole-strategy/ folder. Needs Chromium (sudo apt-get install -y chromium).",
  positionals: { name: 'trust', description: 'a trust folder name; leave out for every built trust' },
  options: {
    out: { type: 'string', default: 'dist', value: 'dir', description: 'the folder the build published into' },
    content: { type: 'string', default: 'content', value: 'dir', description: 'the folder with one folder per trust' },
  },
  examples: [
    ['npm run build && npm run pdf', "build every trust, then print each one's PDFs"],
    ['npm run pdf -- harbourside', "print Harbourside's PDFs only"],
  ],
});
const out = path.resolve(root, values.out);
const contentDir = path.resolve(root, values.content);
const folders = listTrustFolders(contentDir);
const unknown = unknownTrustMessage(positionals, folders, values.content);
if (unknown) stop(`${command}: ${unknown}`);
const chosen = folders.filter(
  (folder) => (positionals.length === 0 || positionals.includes(folder.slug)) && existsSync(path.join(out, folder.slug)),
);
if (chosen.length === 0) stop(`${command}: no built trusts in ${values.out}/ to print. Run "npm run build" first.`);
const executablePath = findChromium();
if (!executablePath) stop(`${command}: Chromium is not installed. Install it with: sudo apt-get install -y chromium`);

const started = performance.now();
const browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
let failed = 0;
let files = 0;
try {
  for (const folder of chosen) {
    const settings = trustSettingsOf(folder);
    if (!settings) {
      console.error(`  ✗ ${folder.slug}: its trust.yaml does not pass the check (npm run check says why).`);
      failed += 1;
      continue;
    }
    try {
      for (const pdf of await printTrust(browser, path.join(out, folder.slug), settings)) {
        files += 1;
        const size = `${(pdf.bytes / 1024).toFixed(0)} KB`;
        console.log(
          `  ✓ ${folder.slug}: ${pdf.file} (${pdf.edition.edition}, ${pdf.edition.language}, ${pdf.pages} pages, ${size}, ${(pdf.milliseconds / 1000).toFixed(1)} s)`,
        );
      }
    } catch (error) {
      failed += 1;
      console.error(`  ✗ ${folder.slug}: ${error instanceof Error ? error.message : String(error)} (its previous PDFs are unchanged)`);
    }
  }
} finally {
  await browser.close();
}
console.log(`\nPrinted ${files} PDFs of ${chosen.length - failed} trusts in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
if (failed > 0) process.exit(1);
