/**
 * The benchmark's floor: the least an Astro site with the same pages could cost. A bare
 * Astro project with every page of the fleet as a plain `.md` page (its front matter's words
 * as paragraphs, then its body), one minimal layout, and one Pagefind index over the lot.
 * No schemas, checks, components, per-trust publishing or easy read layout: the ratio of
 * our build to this is what the product costs on top of Astro itself.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Every string in the front matter, in order, as paragraphs of plain text. */
function wordsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(wordsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(wordsOf);
  return [];
}

function pageFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return name === 'files' ? [] : pageFiles(file);
    return /\.mdx?$/.test(name) ? [file] : [];
  });
}

/** Writes the floor project into `projectDir` from a content folder; returns its page count. */
export function makeFloorProject(projectDir: string, contentDir: string, nodeModules: string): number {
  mkdirSync(path.join(projectDir, 'src', 'layouts'), { recursive: true });
  symlinkSync(nodeModules, path.join(projectDir, 'node_modules'), 'dir');
  writeFileSync(path.join(projectDir, 'package.json'), '{ "type": "module", "private": true }\n');
  writeFileSync(
    path.join(projectDir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n",
  );
  writeFileSync(
    path.join(projectDir, 'src', 'layouts', 'Plain.astro'),
    `---
const { frontmatter } = Astro.props;
---
<html lang="en"><head><meta charset="utf-8"><title>{frontmatter.title}</title></head>
<body><main data-pagefind-body><h1>{frontmatter.title}</h1><slot /></main></body></html>
`,
  );
  let pages = 0;
  const pagesDir = path.join(projectDir, 'src', 'pages');
  for (const trust of readdirSync(contentDir)) {
    const trustDir = path.join(contentDir, trust);
    if (!statSync(trustDir).isDirectory() || trust.startsWith('.')) continue;
    if (existsSync(path.join(trustDir, 'files')))
      cpSync(path.join(trustDir, 'files'), path.join(projectDir, 'public', trust, 'files'), { recursive: true });
    for (const file of pageFiles(trustDir)) {
      const source = readFileSync(file, 'utf8');
      const match = FRONT_MATTER.exec(source);
      const data = (match ? parse(match[1]!) : {}) as Record<string, unknown>;
      const body = match ? source.slice(match[0].length) : source;
      // MDX components have no meaning in plain Markdown: keep their words, drop their tags.
      // Pictures are published as plain files, as in our build (public/<trust>/files/).
      const text = body
        .replace(/^import .*$/gm, '')
        .replace(/<\/?[A-Z][^>]*>/g, '')
        .replace(/\]\((?:\.\.\/)*files\//g, `](/${trust}/files/`);
      const target = path.join(pagesDir, trust, path.relative(trustDir, file).replace(/\.mdx$/, '.md'));
      mkdirSync(path.dirname(target), { recursive: true });
      const layout = path.relative(path.dirname(target), path.join(projectDir, 'src', 'layouts', 'Plain.astro'));
      const title = typeof data.title === 'string' ? data.title : trust;
      const { title: _title, ...rest } = data;
      writeFileSync(
        target,
        `---\nlayout: ${JSON.stringify(layout)}\ntitle: ${JSON.stringify(title)}\n---\n\n${wordsOf(rest).join('\n\n')}\n\n${text}`,
      );
      pages += 1;
    }
  }
  return pages;
}
