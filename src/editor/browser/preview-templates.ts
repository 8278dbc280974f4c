/**
 * The editor's preview pane, in the site's own styles: the trust's built CSS is registered
 * with Decap CMS, standard pages are framed as the site frames them (heading, text, then
 * the page's lists as cards), and easy read pages are arranged into rows by the same code
 * the build uses (src/markdown/easy-read-rows.ts), on the tree parse5 makes of the preview's HTML:
 * the parser of the allow-list and of browsers. Above a standard page, for the comms officer
 * only, its reading age as the check measures it (./reading-age-panel.ts).
 */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { layoutEasyReadTree } from '../../markdown/easy-read-rows.ts';
import { longSentencesHeading, readingAgeNote, type ReadingAgeSettings } from './reading-age-panel.ts';

/** Set by the editor build: the stylesheets to load, the page collections' names, and the trust's reading age target. */
declare const PREVIEW_STYLES: string[];
declare const PAGE_TYPES: string[];
declare const READING_AGE: ReadingAgeSettings;

type Element = unknown;
interface Immutable {
  getIn(path: string[]): unknown;
  toJS?(): unknown;
}
interface PreviewProps {
  entry: Immutable;
  widgetFor(name: string): Element;
}
import type { DecapGlobals } from './decap-globals.ts';

const { CMS, h, createClass } = window as unknown as DecapGlobals;

for (const href of PREVIEW_STYLES) CMS.registerPreviewStyle(href);

const frame = (...children: unknown[]) =>
  h('div', { className: 'mx-auto w-full max-w-[61.875rem] px-4 tablet:px-8' }, h('main', { className: 'py-6 tablet:py-10' }, ...children));

const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');
const headingKeys = ['title', 'name', 'label', 'question'];
const textKeys = ['statement', 'description', 'meaning', 'answer', 'contribution'];

/** A list of objects from the front matter, drawn as the site's cards. */
function cards(items: Array<Record<string, unknown>>, page: Record<string, unknown>) {
  return h(
    'ol',
    { className: 'grid gap-6' },
    ...items.map((item) => {
      const heading = headingKeys.map((key) => text(item[key])).find(Boolean);
      const lines = textKeys.map((key) => text(item[key])).filter(Boolean);
      const lists = Object.entries(item).filter(([, value]) => Array.isArray(value) && value.every((line) => typeof line === 'string'));
      // The same nhsuk-frontend card markup as the site's lists (src/page-types/goals/GoalsList.astro).
      return h(
        'li',
        null,
        h(
          'div',
          { className: 'nhsuk-card' },
          h(
            'div',
            { className: 'nhsuk-card__content' },
            heading ? h('h2', { className: 'mt-0' }, heading) : null,
            ...lines.map((line) => h('p', null, line)),
            ...lists.flatMap(([key, values]) => [
              h('h3', null, text(page[`${key}Heading`]) || key.charAt(0).toUpperCase() + key.slice(1)),
              h('ul', { className: 'nhsuk-list nhsuk-list--bullet' }, ...(values as string[]).map((line) => h('li', null, line))),
            ]),
          ),
        ),
      );
    }),
  );
}

/**
 * The page's reading age, worked out again as the page changes, above the page and outside it
 * (an aside, not part of what readers get). The verdict is a status message, so a screen reader
 * hears when the page goes over or comes back under the target, not every new figure.
 */
function readingAgeAside(data: Record<string, unknown>) {
  const note = readingAgeNote(data, READING_AGE);
  return h(
    'div',
    { className: 'mx-auto w-full max-w-[61.875rem] px-4 tablet:px-8' },
    h(
      'aside',
      { className: 'nhsuk-inset-text reading-age-note', 'aria-label': 'Reading age, for editors' },
      h('p', null, h('strong', null, 'For editors: not shown on the page')),
      h('p', { 'data-reading-age': '' }, note.figure),
      note.target ? h('p', null, note.target) : null,
      h('p', { role: 'status', 'data-reading-age-verdict': '' }, note.verdict),
      note.longSentences.length > 0 ? h('p', null, longSentencesHeading) : null,
      note.longSentences.length > 0 ? h('ul', null, ...note.longSentences.map((sentence) => h('li', null, sentence))) : null,
    ),
  );
}

const StandardPage = createClass({
  render(this: { props: PreviewProps }) {
    const data = (this.props.entry.getIn(['data']) as Immutable).toJS?.() as Record<string, unknown>;
    const statement = text(data.statement);
    const lists = Object.values(data).filter(
      (value): value is Array<Record<string, unknown>> =>
        Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'object' && item !== null),
    );
    return h(
      'div',
      null,
      readingAgeAside(data),
      frame(
        h('h1', null, text(data.title)),
        statement ? h('p', { className: 'statement text-2xl' }, statement) : null,
        h('div', { className: 'prose-content' }, this.props.widgetFor('body')),
        ...lists.map((items) => cards(items, data)),
      ),
    );
  },
});

/**
 * Decap renders the Markdown; this arranges the rendered HTML into rows whenever it changes,
 * with the build's own layout code, so what the editor sees is what readers get.
 */
const EasyReadPage = createClass({
  componentDidMount(this: EasyReadThis) {
    // Decap renders the Markdown inside its own component, after this one: watch for it.
    const View = this.source?.ownerDocument.defaultView as (Window & typeof window) | null;
    if (this.source && View) {
      this.observer = new View.MutationObserver(() => this.arrange());
      this.observer.observe(this.source, { childList: true, subtree: true, characterData: true, attributes: true });
    }
    this.arrange();
  },
  componentWillUnmount(this: EasyReadThis) {
    this.observer?.disconnect();
  },
  componentDidUpdate(this: EasyReadThis) {
    this.arrange();
  },
  arrange(this: EasyReadThis) {
    if (!this.source || !this.target) return;
    // Decap wraps the rendered Markdown in a container of its own, and writes a picture on its
    // own line as a bare <img> rather than a paragraph holding it, as the build's Markdown does.
    const rendered = (this.source.firstElementChild?.tagName === 'DIV' ? this.source.firstElementChild : this.source).cloneNode(true) as HTMLElement;
    for (const image of [...rendered.children].filter((child) => child.tagName === 'IMG')) {
      const paragraph = image.ownerDocument.createElement('p');
      image.replaceWith(paragraph);
      paragraph.append(image);
    }
    const html = rendered.innerHTML;
    if (html === this.lastHtml) return;
    this.lastHtml = html;
    const layout = layoutEasyReadTree(fromHtml(html, { fragment: true }));
    const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const hardWords = layout.hardWords.length
      ? `<div class="er-hard-words"><h2>Hard words</h2><dl>${layout.hardWords
          .map((word) => `<dt>${escape(word.word)}</dt><dd>${escape(word.explanation)}</dd>`)
          .join('')}</dl></div>`
      : '';
    this.target.innerHTML = toHtml(layout.root) + hardWords;
  },
  render(this: EasyReadThis) {
    return h(
      'div',
      { className: 'easy-read-page' },
      frame(
        h('h1', null, text(this.props.entry.getIn(['data', 'title']))),
        h('div', { hidden: true, ref: (element: HTMLElement) => (this.source = element) }, this.props.widgetFor('body')),
        h('div', { className: 'easy-read', ref: (element: HTMLElement) => (this.target = element) }),
      ),
    );
  },
});

interface EasyReadThis {
  props: PreviewProps;
  source?: HTMLElement;
  target?: HTMLElement;
  lastHtml?: string;
  observer?: MutationObserver;
  arrange(): void;
}

for (const type of PAGE_TYPES) CMS.registerPreviewTemplate(type, StandardPage);
CMS.registerPreviewTemplate('easy-read', EasyReadPage);
