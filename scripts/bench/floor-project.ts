/**
 * The benchmark's floor: the least Astro itself costs for the same site. A bare Astro project
 * with one content collection and one dynamic route, the same shape as the product (content
 * entries rendered by `[...slug].astro`), holding one entry for every page the product
 * published (generated pages such as contents, contact and accessibility included), each with
 * that page's words: its title and the text of its main content, as Markdown paragraphs. One
 * minimal layout, then one Pagefind index over the lot. No schemas, checks, components,
 * per-trust publishing or easy read layout: the ratio of our build to this is what the
 * product costs on top of Astro.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** Written by the floor's build into its project folder: the seconds from Astro's first hook to its last. */
export const FLOOR_SPAN_FILE = 'build-span.json';

/** The published HTML pages of one trust folder, as paths from it ("index.html", "goals/index.html", "404.html"). */
function htmlPages(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const relative = prefix ? `${prefix}/${name}` : name;
    if (statSync(path.join(dir, name)).isDirectory()) return name === 'pagefind' ? [] : htmlPages(path.join(dir, name), relative);
    return name.endsWith('.html') ? [relative] : [];
  });
}

/** Text as Markdown that means only text: no raw HTML, no accidental link or emphasis syntax turning words into markup. */
const plain = (text: string) => text.replace(/[\\`*_[\]<>#|]/g, (character) => `\\${character}`);

/** A page's words: its heading, then every block of text in its main content, one paragraph each. */
function wordsOf(html: string): { title: string; paragraphs: string[] } {
  const document = parse(html);
  const main: HTMLElement = document.querySelector('main') ?? document.querySelector('body') ?? document;
  for (const hidden of main.querySelectorAll('script, style, template')) hidden.remove();
  const heading = main.querySelector('h1');
  const title = (heading?.textContent ?? document.querySelector('title')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  // The layout prints the title as the page's heading, so it is not a paragraph as well.
  heading?.remove();
  const paragraphs = main.structuredText
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return { title, paragraphs };
}

/**
 * Writes the floor project into `projectDir` from what the product published in `publishedDir`
 * (one folder per trust), for the trusts given (all when none). Returns its page count.
 */
export function makeFloorProject(projectDir: string, publishedDir: string, nodeModules: string, trusts: string[] = []): number {
  mkdirSync(path.join(projectDir, 'src', 'pages'), { recursive: true });
  symlinkSync(nodeModules, path.join(projectDir, 'node_modules'), 'dir');
  writeFileSync(path.join(projectDir, 'package.json'), '{ "type": "module", "private": true }\n');
  writeFileSync(
    path.join(projectDir, 'astro.config.mjs'),
    [
      "import { writeFileSync } from 'node:fs';",
      "import { defineConfig } from 'astro/config';",
      // Notes when Astro's build began and ended (as the product's build summary does), so the
      // benchmark can tell the time spent starting and stopping outside it. Nothing else.
      'let began = 0;',
      'const span = {',
      "  name: 'build-span',",
      '  hooks: {',
      "    'astro:config:setup': () => { began = Date.now(); },",
      `    'astro:build:done': () => writeFileSync(${JSON.stringify(FLOOR_SPAN_FILE)}, JSON.stringify({ seconds: (Date.now() - began) / 1000 })),`,
      '  },',
      '};',
      "export default defineConfig({ build: { format: 'directory' }, integrations: [span] });",
      '',
    ].join('\n'),
  );
  writeFileSync(
    path.join(projectDir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  pages: defineCollection({
    loader: glob({ base: './pages', pattern: '**/*.md', generateId: ({ entry }) => entry.replace(/\\.md$/, '') }),
    schema: z.object({ title: z.string() }),
  }),
};
`,
  );
  writeFileSync(
    path.join(projectDir, 'src', 'pages', '[...slug].astro'),
    `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  return (await getCollection('pages')).map((entry) => ({ params: { slug: entry.id.replace(/\\/?index$/, '') || undefined }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en"><head><meta charset="utf-8"><title>{entry.data.title}</title></head>
<body><main data-pagefind-body><h1>{entry.data.title}</h1><Content /></main></body></html>
`,
  );
  let pages = 0;
  const selected = trusts.length > 0 ? trusts : readdirSync(publishedDir).filter((name) => !name.startsWith('.'));
  for (const trust of selected) {
    const trustDir = path.join(publishedDir, trust);
    if (!statSync(trustDir).isDirectory()) continue;
    for (const page of htmlPages(trustDir)) {
      const { title, paragraphs } = wordsOf(readFileSync(path.join(trustDir, page), 'utf8'));
      // "goals/index.html" is the entry "<trust>/goals/index", published at /<trust>/goals/; "404.html" at /<trust>/404/.
      const id = page.replace(/\.html$/, '').replace(/^index$/, 'index');
      const target = path.join(projectDir, 'pages', trust, `${id.endsWith('index') ? id : `${id}/index`}.md`);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, `---\ntitle: ${JSON.stringify(title || trust)}\n---\n\n${paragraphs.map(plain).join('\n\n')}\n`);
      pages += 1;
    }
  }
  return pages;
}
