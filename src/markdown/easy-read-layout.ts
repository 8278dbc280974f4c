/**
 * Easy read pages laid out as rows (src/markdown/easy-read-rows.ts) inside the Markdown pipeline,
 * on the page's tree: the page is written out once, already in rows. The laid-out page's hard
 * words, and the tree before the layout (for where the page is shown joined with others, at
 * another address: src/components/EasyReadRows.astro), travel with the rendered page as
 * `easyReadLayout` in its plugin front matter.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import Slugger from 'github-slugger';
import type { Element, Nodes, Root } from 'hast';
import { isTwinPath } from '../addresses/easy-read-pairing.ts';
import { PREVIOUS_FOLDER, splitPreviousPath } from '../addresses/previous-editions.ts';
import { languageFoldersOf, splitLanguagePath } from '../addresses/languages.ts';
import { readTrustSettings } from '../reader/read-content.ts';
import { SETTINGS_FILE } from '../reader/trust-layout.ts';
import { layoutEasyReadTree, type HardWord } from './easy-read-rows.ts';
import { plainTree } from './raw-html.ts';

type HastPluginEntry = NonNullable<SatteriProcessorOptions['hastPlugins']>[number];

/** What an easy read page's rendering carries for its layout. */
export interface EasyReadRendered {
  /** The page's tree before the layout, with its headings' ids; none for an .mdx page holding components. */
  source?: Root;
  hardWords: HardWord[];
  hardWordsId: string;
}

const textOf = (node: Nodes): string =>
  node.type === 'text' ? node.value : 'children' in node ? node.children.map((child) => textOf(child)).join('') : '';

/** Gives each heading the id the pipeline would (github-slugger, as Astro's heading ids), so the layout knows every id. */
function headingIds(root: Root): void {
  const slugger = new Slugger();
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'element' && /^h[1-6]$/.test(node.tagName)) {
      const heading = node as Element;
      if (typeof heading.properties.id !== 'string') heading.properties.id = slugger.slug(textOf(heading));
    }
    if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!);
  }
}

/** True when a tree holds MDX (components): only the page's compiled component can write it out. */
function holdsMdx(root: Root): boolean {
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type.startsWith('mdx')) return true;
    if ('children' in node) stack.push(...node.children);
  }
  return false;
}

/** @param contentBase the folder holding one folder per trust */
export function easyReadLayout(contentBase: string): HastPluginEntry {
  return ({ fileURL }) => {
    if (!fileURL) return null;
    const relative = path.relative(contentBase, fileURLToPath(fileURL)).split(path.sep);
    if (relative.length < 2) return null;
    const inTrust = relative
      .slice(1)
      .join('/')
      .replace(/\.mdx?$/, '');
    // A previous strategy's easy read page (previous/2019-2024/easy-read/goals.md) is laid out as the current one's, by its own settings.
    const previous = splitPreviousPath(inTrust);
    const strategyFolder = previous
      ? path.join(contentBase, relative[0]!, PREVIOUS_FOLDER, previous.period)
      : path.join(contentBase, relative[0]!);
    // A translation's easy read page (cy/easy-read/goals.md) is laid out as the main language's is.
    const settings = readTrustSettings(path.join(strategyFolder, SETTINGS_FILE));
    const folders = languageFoldersOf(settings?.data).map((language) => language.folder);
    const { inner } = splitLanguagePath(previous ? previous.inner : inTrust, folders);
    if (!isTwinPath(inner)) return null;
    return {
      name: 'strategy-easy-read-layout',
      before(root, ctx) {
        const source = plainTree(root);
        headingIds(source);
        const layout = layoutEasyReadTree(source);
        const rendered: EasyReadRendered = {
          ...(holdsMdx(source) ? {} : { source }),
          hardWords: layout.hardWords,
          hardWordsId: layout.hardWordsId,
        };
        const astro = ctx.data.astro;
        if (astro) astro.frontmatter = { ...astro.frontmatter, easyReadLayout: rendered };
        ctx.replaceNode(root, layout.root as never);
      },
    };
  };
}
