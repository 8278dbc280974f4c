/**
 * The bilingual sample (Afon Las, under the Welsh Language Standards) as published: every
 * English page has its Welsh page and the other way round, each page's language navigation lands
 * on the same page in the other language, the root is the language choice with Welsh first, and
 * no word of the English interface is left on a Welsh page. Read from the shared build, as a
 * reader's browser gets it (the visible text of each page, with text marked as another language
 * set aside).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { elementsOf } from '../support/hast-elements.ts';
import { describe, expect, inject, it } from 'vitest';
import { wordsFor } from '../../src/words/index.ts';
import { pagePaths } from '../support/built-sites.ts';

const siteDir = path.join(inject('builtSites'), 'afon-las');
const pages = pagePaths(siteDir);
const welshPages = pages.filter((page) => page.startsWith('cy/'));
const englishPages = pages.filter((page) => page.startsWith('en/'));
const treeOf = (page: string) => fromHtml(readFileSync(path.join(siteDir, page, 'index.html'), 'utf8'));

/** The words a reader sees, leaving out scripts, styles, and text marked as in another language than `language`. */
function visibleText(node: Nodes, language: string): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') {
    if (['script', 'style', 'template', 'noscript'].includes(node.tagName)) return '';
    const lang = node.properties.lang;
    if (typeof lang === 'string' && lang !== language) return '';
  }
  return 'children' in node ? node.children.map((child) => visibleText(child, language)).join(' ') : '';
}

/** Every text of the English catalogue that the Welsh one words differently: none of them may reach a Welsh page. */
function englishOnlyPhrases(): string[] {
  const phrases: string[] = [];
  const walk = (english: unknown, welsh: unknown) => {
    if (typeof english === 'string') {
      const text = english.trim();
      // Phrases, and words of five letters or more ("email", "phone"): "or", ", " and the like could be Welsh too.
      if (text !== (typeof welsh === 'string' ? welsh.trim() : '') && (text.includes(' ') || text.length >= 5)) phrases.push(text);
      return;
    }
    if (english && typeof english === 'object')
      for (const [key, value] of Object.entries(english)) walk(value, (welsh as Record<string, unknown> | undefined)?.[key]);
  };
  walk(wordsFor('en-GB'), wordsFor('cy-GB'));
  return phrases;
}

describe('the bilingual sample site (Welsh Language Standards)', () => {
  it('publishes every page in both languages, under /cy/ and /en/', () => {
    expect(welshPages.length).toBeGreaterThan(10);
    expect(welshPages.map((page) => page.slice(3)).sort()).toEqual(englishPages.map((page) => page.slice(3)).sort());
  });

  it('opens on a choice of language, in Welsh first', () => {
    const tree = treeOf('');
    const html = elementsOf(tree).find((element) => element.tagName === 'html')!;
    expect(html.properties.lang).toBe('cy-GB');
    const choices = elementsOf(tree)
      .filter((element) => element.tagName === 'a' && element.properties.hrefLang !== undefined)
      .map((element) => String(element.properties.href).replace(/^\//, ''))
      .filter((href) => href === 'cy/' || href === 'en/');
    expect(choices).toEqual(['cy/', 'en/']);
  });

  it.each([
    ['cy', 'en', 'en-GB'],
    ['en', 'cy', 'cy-GB'],
  ])('links each %s page to the same page in the other language, marked as that language', (from, to, language) => {
    const problems: string[] = [];
    for (const page of pages.filter((candidate) => candidate.startsWith(`${from}/`))) {
      const navigation = elementsOf(treeOf(page)).find(
        (element) => element.tagName === 'nav' && (element.properties.className as string[] | undefined)?.includes('language-navigation'),
      );
      const link = navigation && elementsOf(navigation).find((element) => element.tagName === 'a');
      const expected = `/${to}/${page.slice(from.length + 1)}`;
      if (!link) problems.push(`${page}: no language navigation link`);
      else if (link.properties.href !== expected || link.properties.hrefLang !== language || link.properties.lang !== language)
        problems.push(
          `${page}: links to ${String(link.properties.href)} (${String(link.properties.hrefLang)}), not ${expected} (${language})`,
        );
    }
    expect(problems).toEqual([]);
  });

  it('leaves no word of the English interface on a Welsh page', () => {
    const phrases = englishOnlyPhrases();
    expect(phrases).toContain(wordsFor('en-GB').layout.skipLink);
    const problems: string[] = [];
    // The Welsh pages, and the root's choice of language, which is Welsh first.
    for (const page of ['', ...welshPages]) {
      const text = visibleText(treeOf(page), 'cy-GB').replace(/\s+/g, ' ');
      for (const phrase of phrases) if (text.includes(phrase)) problems.push(`${page || '(the root)'}: "${phrase}"`);
    }
    expect(problems).toEqual([]);
  });
});
