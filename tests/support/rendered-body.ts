/**
 * Page bodies for component fixtures: Markdown as an editor writes it, rendered by the build's own
 * pipeline (src/markdown/markdown-processor.ts, with the options Astro passes it) as the content
 * layer renders content/riverside/<file>, and attached to the page's entry. Fixture trusts are made
 * without bodies (tests/support/component-fixtures.ts); components that show one need this.
 * Only for the components project: it reads the content folder from the integration's module.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { base as contentBase } from 'virtual:strategy-sites/selection';
import { markdownProcessor } from '../../src/markdown/markdown-processor.ts';

const renderer = await markdownProcessor(contentBase).createRenderer({
  gfm: true,
  smartypants: true,
  syntaxHighlight: false,
  image: {},
} as never);

/** `page` with its entry's body rendered from `markdown`, as if read from content/riverside/<file>. */
export async function withRenderedBody<Page extends { entry: { data: Record<string, unknown> } }>(
  page: Page,
  file: string,
  markdown: string,
): Promise<Page> {
  const fileURL = pathToFileURL(path.join(contentBase, 'riverside', file));
  const { code, metadata } = await renderer.render(markdown, { frontmatter: page.entry.data, fileURL });
  // The metadata carries what plugins add, such as an easy read page's layout (src/markdown/easy-read-layout.ts).
  return { ...page, entry: { ...page.entry, rendered: { html: code, metadata } } };
}
