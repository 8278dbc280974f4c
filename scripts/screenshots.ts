/**
 * npm run screenshots: full-page pictures of every kind of page of every built trust, on a
 * 390 px phone and a 1280 px screen, into screenshots/ (not committed), with an index.html to
 * look at them all in one place. Build first (npm run build). See --help.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { listTrustFolders, readPublishingSettings } from '../src/reader/trust-folders.ts';
import { trustAddress } from '../src/addresses/trust-address.ts';
import { serveTrustFolder } from './serve/trust-server.ts';
import { parseCommandLine } from './cli/arguments.ts';
import { CHROMIUM_FLAGS, findChromium } from './cli/chromium-path.ts';

const root = path.resolve(import.meta.dirname, '..');
const command = 'npm run screenshots';
const { values } = parseCommandLine({
  command,
  usage: '[options]',
  summary:
    'Saves full-page screenshots of one page of each kind (and every page with no kind: search, contents, 404…) of every built trust, at 390 px and 1280 px wide, into screenshots/ with an index.html.',
  options: {
    out: { type: 'string', default: 'dist', value: 'dir', description: 'the folder the build published into' },
    content: { type: 'string', default: 'content', value: 'dir', description: 'the folder with one folder per trust' },
    to: { type: 'string', default: 'screenshots', value: 'dir', description: 'where to save the pictures' },
  },
  examples: [['npm run build && npm run screenshots', 'build every trust, then photograph them']],
});
const out = path.resolve(root, values.out);
const to = path.resolve(root, values.to);
const WIDTHS = [390, 1280] as const;

/** One page per kind of page ("Goals", "Easy read Goals"…), and every page that has no kind. */
function pagesToShoot(siteDir: string): { name: string; pagePath: string }[] {
  const chosen = new Map<string, string>();
  const walk = (dir: string, prefix: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) {
        if (!['_assets', 'pagefind', 'files', 'calendar'].includes(name)) walk(full, `${prefix}${name}/`);
      } else if (name === 'index.html') {
        const html = readFileSync(full, 'utf8');
        const kind = /name="strategy:kind"[^>]*content="([^"]+)"/.exec(html)?.[1];
        const version = /name="strategy:version"[^>]*content="([^"]+)"/.exec(html)?.[1];
        const key = kind ? `${version === 'Easy read' ? 'easy-read-' : ''}${kind}` : prefix || 'home';
        if (!chosen.has(key)) chosen.set(key, prefix);
      }
    }
  };
  walk(siteDir, '');
  // Generated pages that share a kind with another page, but look nothing like it.
  for (const pagePath of ['strategy-on-a-page/', 'how-we-are-doing/'])
    if (existsSync(path.join(siteDir, pagePath, 'index.html'))) chosen.set(pagePath, pagePath);
  const pages = [...chosen].map(([key, pagePath]) => ({
    name:
      key
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'home',
    pagePath,
  }));
  // The search page with a query, as a reader arrives from the header's search box, and the 404 page.
  return [
    ...pages.map((page) => (page.pagePath === 'search/' ? { ...page, pagePath: 'search/?q=care' } : page)),
    { name: '404', pagePath: 'no-such-page/' },
  ];
}

const executablePath = findChromium();
if (!executablePath) {
  console.error('Chromium is not installed. Install it with: sudo apt-get install -y chromium');
  process.exit(1);
}
const trusts = listTrustFolders(path.resolve(root, values.content)).filter((folder) => existsSync(path.join(out, folder.slug)));
if (trusts.length === 0) {
  console.error(`Nothing to photograph: no built trusts in ${values.out}/. Run "npm run build" first.`);
  process.exit(1);
}
rmSync(to, { recursive: true, force: true });
const browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
const gallery: string[] = [];
try {
  for (const folder of trusts) {
    const siteDir = path.join(out, folder.slug);
    const { basePath } = trustAddress(readPublishingSettings(folder).url);
    const server = await serveTrustFolder(siteDir, basePath);
    mkdirSync(path.join(to, folder.slug), { recursive: true });
    gallery.push(`<h2>${folder.slug}</h2>`);
    try {
      for (const width of WIDTHS) {
        for (const shot of pagesToShoot(siteDir)) {
          // A fresh page each time: one long page's picture cannot affect the next.
          const page = await browser.newPage({ viewport: { width, height: width < 600 ? 844 : 900 } });
          await page.goto(`${server.url}${shot.pagePath}`, { waitUntil: 'networkidle' });
          if (shot.pagePath.startsWith('search/')) await page.waitForTimeout(500);
          // A full-page picture does not scroll, so pictures loaded only near the screen (loading="lazy") would show empty.
          await page.evaluate(() =>
            Promise.all(
              [...document.querySelectorAll<HTMLImageElement>('img[loading="lazy"]')].map((image) => {
                image.loading = 'eager';
                return image.decode().catch(() => undefined);
              }),
            ),
          );
          const file = `${folder.slug}/${shot.name}-${width}.png`;
          await page.screenshot({ path: path.join(to, file), fullPage: true });
          gallery.push(
            `<figure><img src="${file}" width="${width < 600 ? 195 : 320}" alt=""><figcaption>${shot.name} ${width} px</figcaption></figure>`,
          );
          await page.close();
        }
      }
    } finally {
      await server.close();
    }
    console.log(`  ✓ ${folder.slug}`);
  }
} finally {
  await browser.close();
}
writeFileSync(
  path.join(to, 'index.html'),
  `<!doctype html><meta charset="utf-8"><title>Screenshots</title><style>figure{display:inline-block;vertical-align:top;margin:8px}</style>${gallery.join('\n')}\n`,
);
console.log(`Saved in ${path.relative(root, to)}/ (open index.html to see them all).`);
