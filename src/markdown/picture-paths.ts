/**
 * Pictures in Markdown are written as file paths from the page's own file, for example
 * "../files/pictures/talking.svg", so they also show in a git host's preview.
 *
 * This Markdown plugin turns each such path into a link to the trust's published `files/`
 * folder (through a placeholder that src/addresses/published-paths.ts fills in with the base
 * path), instead of leaving it for Astro's image pipeline: the pictures are already
 * published with the trust's files, and pushing thousands of them through the bundler
 * cost more build time and memory than any other step. Every picture form the content check
 * reads (src/reader/markdown-references.ts) is rewritten: `![alt](path)` and the definition
 * of `![alt][id]`. The content check has already made sure every picture exists.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import type { Root } from 'mdast';
import { pictureDefinitionIds } from '../reader/markdown-references.ts';
import { TRUST_FILES_PLACEHOLDER, TRUST_PREVIOUS_PLACEHOLDER } from '../addresses/published-paths.ts';
import { PERIOD_PATTERN, PREVIOUS_FOLDER } from '../addresses/previous-editions.ts';

type MdastPluginEntry = NonNullable<SatteriProcessorOptions['mdastPlugins']>[number];

/** decodeURI, or undefined for a malformed escape instead of an exception. */
export function safeDecodeUri(text: string): string | undefined {
  try {
    return decodeURI(text);
  } catch {
    return undefined;
  }
}

/** Where a picture path points, as a path inside the trust's files folder ("pictures/talking.svg"), if it does. */
export function trustFilePath(contentBase: string, markdownFile: string, url: string): string | undefined {
  if (/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(url)) return undefined;
  const relativeToBase = path.relative(contentBase, markdownFile).split(path.sep);
  const slug = relativeToBase[0];
  if (!slug || relativeToBase.length < 2) return undefined;
  const decoded = safeDecodeUri(url.split(/[?#]/)[0]!);
  // A malformed escape ("%E0%A4%A") is not a path to any file: the content check reports the picture.
  if (decoded === undefined || decoded.includes('\0')) return undefined;
  const target = path.resolve(path.dirname(markdownFile), decoded);
  const filesDir = path.join(contentBase, slug, 'files') + path.sep;
  return target.startsWith(filesDir) ? target.slice(filesDir.length).split(path.sep).join('/') : undefined;
}

/** The plugin, for every Markdown and MDX file under `contentBase` (the folder holding one folder per trust). */
export function picturePaths(contentBase: string): MdastPluginEntry {
  return ({ fileURL }) => {
    if (!fileURL) return null;
    const markdownFile = fileURLToPath(fileURL);
    // A previous strategy's page shows its own copy of each picture, published under previous/<years>/files/.
    const [, previous, period] = path.relative(contentBase, markdownFile).split(path.sep);
    const edition = previous === PREVIOUS_FOLDER && PERIOD_PATTERN.test(period ?? '') ? period : undefined;
    const published = (url: string) => {
      if (edition) {
        const inFiles = trustFilePath(
          path.join(contentBase, path.relative(contentBase, markdownFile).split(path.sep)[0]!, PREVIOUS_FOLDER),
          markdownFile,
          url,
        );
        return inFiles === undefined ? undefined : `${TRUST_PREVIOUS_PLACEHOLDER}${edition}/files/${inFiles}`;
      }
      const inFiles = trustFilePath(contentBase, markdownFile, url);
      return inFiles === undefined ? undefined : `${TRUST_FILES_PLACEHOLDER}${inFiles}`;
    };
    let pictureDefinitions = new Set<string>();
    return {
      name: 'strategy-picture-paths',
      before(root) {
        pictureDefinitions = pictureDefinitionIds(root as Root);
      },
      image(node, ctx) {
        const url = published(node.url);
        if (url) ctx.setProperty(node, 'url', url);
      },
      definition(node, ctx) {
        if (!pictureDefinitions.has(node.identifier)) return;
        const url = published(node.url);
        if (url) ctx.setProperty(node, 'url', url);
      },
    };
  };
}
