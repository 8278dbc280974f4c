/**
 * The one print-only HTML document a strategy PDF is printed from: a cover, a contents list and
 * the pages' main content in reading order, made from the pages as the build published them.
 * Pure (HTML in, HTML out), so it is tested without a browser (tests/scripts/pdf-document.test.ts).
 *
 * - Only each page's <main> is taken: the header, menus, search, skip link, breadcrumbs and
 *   footer never reach the paper. Scripts, forms and anything the site hides in print go too.
 * - Links between pages of the document become links within it (#p2, #p2-section); links to
 *   the trust's other pages become their public address; other links are kept as written.
 * - Each page's ids are prefixed with its number, so two pages' "hard-words" cannot clash.
 * - Closed disclosures (<details>) are opened: on paper nobody can open them.
 */
import { parse, type HTMLElement } from 'node-html-parser';
import type { Words } from '../../src/words/index.ts';

/** A published page, read from the built site. */
export interface PublishedPage {
  /** Path from the trust's site root: "", "goals/", "cy/vision/". */
  pagePath: string;
  html: string;
}

export interface PrintDocumentInput {
  /** The pages in reading order. */
  pages: PublishedPage[];
  /** The trust's base path on its host: "/our-strategy/". */
  basePath: string;
  /** The trust's public address: "https://harbourside.example/our-strategy/". */
  siteUrl: string;
  /** The page a reader on the web would start from, for the cover's address line. */
  homePath: string;
  language: string;
  direction: 'ltr' | 'rtl';
  words: Words;
  trustName: string;
  strategyName: string;
  period?: { start: number; end: number } | undefined;
  easyRead: boolean;
  /**
   * Which headings the contents list: each page's h1 (the standard strategy, one page a part),
   * or the h2s of a page that is itself every part (the easy read "print it all" page).
   */
  contentsLevel: 'h1' | 'h2';
  /** Page numbers for the contents, by anchor, once a first printing has found them. */
  pageNumbers?: ReadonlyMap<string, number>;
}

export interface PrintDocument {
  html: string;
  title: string;
  /** The contents' entries, in order: anchor and heading text. */
  contents: { anchor: string; title: string }[];
}

/** Elements never printed: the site's scripts and forms, and what its print style sheet already hides. */
const NEVER_PRINTED = 'script, noscript, template, form, .print-hide, .nhsuk-skip-link, .page-history, [hidden]';

/** Attributes that name an id of the same page. */
const ID_REFERENCES = ['aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'for', 'headers'];

/** Escapes text for HTML text and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

/** An id made safe and unique within the document: "p3-" and the page's own id. */
function anchorOf(part: number, id?: string): string {
  if (id === undefined || id === '') return `p${part}`;
  return `p${part}-${id.replace(/[^A-Za-z0-9_-]/g, (character) => `_${character.codePointAt(0)!.toString(16)}`)}`;
}

/** A page path as it appears in links: without index.html. */
function normalisePath(pagePath: string): string {
  return pagePath.replace(/index\.html$/, '');
}

const LOCAL = 'https://print.invalid';

export function printDocument(input: PrintDocumentInput): PrintDocument {
  const { words, basePath } = input;
  const partOf = new Map(input.pages.map((page, index) => [normalisePath(page.pagePath), index + 1]));
  const stylesheets: string[] = [];
  const styles: string[] = [];
  const sections: string[] = [];
  const contents: { anchor: string; title: string }[] = [];

  /** Where a link on the page at `pagePath` should lead in the document. */
  const rewriteHref = (href: string, pagePath: string, part: number): string => {
    if (href.startsWith('#')) return `#${anchorOf(part, decodeURIComponent(href.slice(1)))}`;
    let url: URL;
    try {
      url = new URL(href, `${LOCAL}${basePath}${pagePath}`);
    } catch {
      return href;
    }
    if (url.origin !== LOCAL) return href;
    if (!url.pathname.startsWith(basePath)) return new URL(url.pathname + url.search + url.hash, input.siteUrl).href;
    const target = normalisePath(url.pathname.slice(basePath.length));
    const targetPart = partOf.get(target);
    if (targetPart !== undefined) return `#${anchorOf(targetPart, url.hash ? decodeURIComponent(url.hash.slice(1)) : undefined)}`;
    return new URL(target + url.search + url.hash, input.siteUrl).href;
  };

  /** A picture's address as an absolute path on the served site, whatever page it was written on. */
  const rewriteSource = (src: string, pagePath: string): string => {
    try {
      const url = new URL(src, `${LOCAL}${basePath}${pagePath}`);
      return url.origin === LOCAL ? url.pathname + url.search : src;
    } catch {
      return src;
    }
  };

  input.pages.forEach((page, index) => {
    const part = index + 1;
    const document = parse(page.html, { comment: false });
    for (const link of document.querySelectorAll('head link[rel~="stylesheet"]')) {
      const href = rewriteSource(link.getAttribute('href') ?? '', page.pagePath);
      if (href && !stylesheets.includes(href)) stylesheets.push(href);
    }
    for (const style of document.querySelectorAll('head style')) if (!styles.includes(style.innerHTML)) styles.push(style.innerHTML);
    const main = document.querySelector('main');
    if (!main) throw new Error(`The published page ${basePath}${page.pagePath} has no <main> to print.`);
    for (const element of main.querySelectorAll(NEVER_PRINTED)) element.remove();
    rewritePage(main, part, page.pagePath, rewriteHref, rewriteSource);

    const headings = main.querySelectorAll(input.contentsLevel);
    for (const heading of headings) {
      if (!heading.getAttribute('id')) heading.setAttribute('id', anchorOf(part, `heading-${contents.length + 1}`));
      contents.push({ anchor: heading.getAttribute('id')!, title: heading.text.replace(/\s+/g, ' ').trim() });
    }
    const pageLanguage = /<html[^>]*\blang="([^"]+)"/.exec(page.html)?.[1];
    const language = pageLanguage && pageLanguage !== input.language ? ` lang="${escapeHtml(pageLanguage)}"` : '';
    sections.push(`<section class="pdf-part" id="${anchorOf(part)}"${language}>${main.innerHTML}</section>`);
  });

  const title = input.easyRead ? `${input.strategyName}: ${words.pdf.easyRead}` : input.strategyName;
  const documentTitle = `${title} - ${input.trustName}`;
  const webAddress = new URL(input.homePath, input.siteUrl).href;
  const cover = [
    `<div class="pdf-cover">`,
    `<p class="pdf-cover-trust">${escapeHtml(input.trustName)}</p>`,
    `<p class="pdf-cover-title">${escapeHtml(input.strategyName)}</p>`,
    input.period ? `<p class="pdf-cover-years">${escapeHtml(words.pdf.years(input.period.start, input.period.end))}</p>` : '',
    input.easyRead ? `<p class="pdf-cover-edition">${escapeHtml(words.pdf.easyRead)}</p>` : '',
    `<p class="pdf-cover-web">${escapeHtml(words.pdf.onTheWeb)} <a href="${escapeHtml(webAddress)}">${escapeHtml(webAddress)}</a></p>`,
    `</div>`,
  ].join('');
  const contentsList = [
    `<nav class="pdf-contents" aria-labelledby="pdf-contents-heading">`,
    `<h1 id="pdf-contents-heading">${escapeHtml(words.pdf.contents)}</h1><ol>`,
    ...contents.map(({ anchor, title: entry }) => {
      const number = input.pageNumbers?.get(anchor);
      return `<li><a href="#${anchor}"><span class="pdf-contents-title">${escapeHtml(entry)}</span><span class="pdf-contents-page">${number ?? ''}</span></a></li>`;
    }),
    `</ol></nav>`,
  ].join('');

  const html = [
    `<!doctype html><html lang="${escapeHtml(input.language)}" dir="${input.direction}" class="pdf-print${input.easyRead ? ' pdf-easy-read' : ''}">`,
    `<head><meta charset="utf-8"><title>${escapeHtml(documentTitle)}</title>`,
    ...stylesheets.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`),
    ...styles.map((css) => `<style>${css}</style>`),
    `<style>${PRINT_STYLE}</style></head>`,
    `<body><main>${cover}${contentsList}${sections.join('')}</main></body></html>`,
  ].join('');
  return { html, title: documentTitle, contents };
}

function rewritePage(
  main: HTMLElement,
  part: number,
  pagePath: string,
  rewriteHref: (href: string, pagePath: string, part: number) => string,
  rewriteSource: (src: string, pagePath: string) => string,
): void {
  for (const element of main.querySelectorAll('[id]')) element.setAttribute('id', anchorOf(part, element.getAttribute('id')!));
  for (const attribute of ID_REFERENCES) {
    for (const element of main.querySelectorAll(`[${attribute}]`)) {
      const ids = element.getAttribute(attribute)!.split(/\s+/).filter(Boolean);
      element.setAttribute(attribute, ids.map((id) => anchorOf(part, id)).join(' '));
    }
  }
  for (const link of main.querySelectorAll('a[href]'))
    link.setAttribute('href', rewriteHref(link.getAttribute('href')!, pagePath, part).replaceAll('&', '&amp;'));
  for (const picture of main.querySelectorAll('img[src], source[src]')) {
    picture.setAttribute('src', rewriteSource(picture.getAttribute('src')!, pagePath).replaceAll('&', '&amp;'));
    // On paper every picture is needed at once; a lazy one may never load before printing.
    picture.removeAttribute('loading');
  }
  for (const picture of main.querySelectorAll('[srcset]')) picture.removeAttribute('srcset');
  for (const disclosure of main.querySelectorAll('details')) disclosure.setAttribute('open', '');
  // The site's "main" landmark is the document's; each page is a part of it.
  for (const element of main.querySelectorAll('[tabindex]')) element.removeAttribute('tabindex');
}

/**
 * The paper's own style: A4, a cover, the contents, each page of the site starting a new sheet.
 * The site's print style sheet (src/styles/global.css) still applies beneath it.
 */
const PRINT_STYLE = `
@page { size: A4; margin: 22mm 16mm 20mm; }
html.pdf-print, html.pdf-print body { background: #fff; }
.pdf-print main { display: block; padding: 0; margin: 0; max-width: none; }
.pdf-cover { min-height: 230mm; display: flex; flex-direction: column; justify-content: center; break-after: page; }
.pdf-cover p { margin: 0 0 6mm; }
.pdf-cover-trust { font-size: 16pt; font-weight: 600; color: #005eb8; }
.pdf-cover-title { font-size: 36pt; font-weight: 700; line-height: 1.15; }
.pdf-cover-years, .pdf-cover-edition { font-size: 20pt; }
.pdf-cover-web { font-size: 12pt; margin-top: 20mm !important; }
.pdf-contents { break-after: page; }
.pdf-contents ol { list-style: none; padding: 0; margin: 0; }
.pdf-contents li { margin: 0 0 3mm; }
.pdf-contents a { display: flex; gap: 4mm; color: #212b32; text-decoration: none; }
.pdf-contents-title { flex: 1; border-bottom: 1px dotted #768692; }
.pdf-contents-page { min-width: 10mm; text-align: end; }
.pdf-part { break-before: page; }
.pdf-part h1, .pdf-part h2, .pdf-part h3 { break-after: avoid; }
.pdf-part figure, .pdf-part table, .pdf-part .nhsuk-card, .pdf-part .er-row { break-inside: avoid; }
.pdf-part .nhsuk-main-wrapper { padding: 0; }
.pdf-easy-read body { font-size: 125%; }
/* Links work on the page itself, so the addresses nhsuk-frontend prints after each link are not needed. */
.pdf-print a::after { content: none !important; }
`;
