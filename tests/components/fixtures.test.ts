/**
 * Every component fixture (src/components/<Name>.fixtures.ts and src/page-types/<type>/<Name>.fixtures.ts, see src/fixtures/component-fixtures.ts)
 * rendered alone with Astro's container API: the words a reader gets, in reading order; the
 * links, by their words and where they go; nothing that must not be there; what some words are
 * marked as (their language, the current item); and valid HTML.
 * Assertions are on what readers get, never on class names or markup, so a component can be
 * restyled freely. To cover another component, add a fixtures file beside it.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { HtmlValidate } from 'html-validate';
import { NodeType, parse, type HTMLElement, type Node } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ComponentFixture } from '../../src/fixtures/component-fixtures.ts';
import { FIXED_BUILD_DATE } from '../support/built-sites.ts';
import { defaultLanguage, wordsFor } from '../../src/words/index.ts';

type AnyComponent = Parameters<AstroContainer['renderToString']>[0];

const fixtureFiles = import.meta.glob<ComponentFixture<Record<string, unknown>>[]>(
  ['../../src/components/**/*.fixtures.ts', '../../src/page-types/**/*.fixtures.ts'],
  { import: 'default', eager: true },
);
const componentFiles = import.meta.glob<AnyComponent>(['../../src/components/**/*.astro', '../../src/page-types/**/*.astro'], {
  import: 'default',
});

/** html-validate's recommended rules for a fragment of a page (no doctype or <html> to check). */
const htmlValidate = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // nhsuk-frontend's footer carries role="contentinfo"; its markup is kept as the design system
    // writes it (as in tests/browser/every-page.test.ts).
    'no-redundant-role': 'off',
  },
});

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Elements whose text a reader gets apart from what is around them: blocks, table cells, and the lines and names of a chart. */
const separate = new Set(
  'address article aside blockquote br dd details div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p section summary table td th tr ul svg title desc text tspan g'.split(
    ' ',
  ),
);

/** What a reader gets from the rendered fragment, whitespace collapsed. */
function readerText(node: Node): string {
  if (node.nodeType === NodeType.TEXT_NODE) return node.text;
  if (node.nodeType !== NodeType.ELEMENT_NODE) return '';
  const element = node as HTMLElement;
  const inner = element.childNodes.map(readerText).join('');
  return separate.has(element.rawTagName?.toLowerCase() ?? '') ? ` ${inner} ` : inner;
}

let container: AstroContainer;
beforeAll(async () => {
  // Events and surveys are upcoming or past relative to the tests' fixed build date.
  process.env.STRATEGY_BUILD_DATE = FIXED_BUILD_DATE;
  container = await AstroContainer.create();
});

it('finds the fixtures and the component beside each', () => {
  expect(Object.keys(fixtureFiles).length).toBeGreaterThanOrEqual(5);
  for (const file of Object.keys(fixtureFiles)) expect(componentFiles, file).toHaveProperty(file.replace(/\.fixtures\.ts$/, '.astro'));
});

describe.each(
  Object.entries(fixtureFiles).map(([file, fixtures]) => [file.replace(/^.*\/(\w+)\.fixtures\.ts$/, '$1'), file, fixtures] as const),
)('%s', (_name, file, fixtures) => {
  it.each(fixtures.map((fixture) => [fixture.name, fixture] as const))('%s', async (_fixture, fixture) => {
    const component = await componentFiles[file.replace(/\.fixtures\.ts$/, '.astro')]!();
    // As on a trust's page, components given no site model read the trust's words from locals (src/words/).
    const html = await container.renderToString(component, {
      props: fixture.props,
      locals: { imageOrders: [], words: wordsFor(defaultLanguage) },
    });
    const root = parse(html);
    const text = collapse(readerText(root));

    let from = 0;
    for (const words of fixture.reads ?? []) {
      const at = text.indexOf(words, from);
      expect(at, `"${words}" after "${text.slice(Math.max(0, from - 40), from)}" in:\n${text}`).toBeGreaterThanOrEqual(0);
      from = at + words.length;
    }
    for (const words of fixture.readsNot ?? []) expect(text, `"${words}" must not be read`).not.toContain(words);

    const links = root.querySelectorAll('a[href]').map((link) => ({ text: collapse(link.textContent), href: link.getAttribute('href') }));
    for (const link of fixture.links ?? []) expect(links).toContainEqual(link);
    if (fixture.linkCount !== undefined) expect(links).toHaveLength(fixture.linkCount);
    if (fixture.headings)
      expect(root.querySelectorAll('h1, h2, h3, h4, h5, h6').map((heading) => collapse(heading.textContent))).toEqual(fixture.headings);
    const leftToRight = root.querySelectorAll('[dir="ltr"]').map((element) => collapse(element.textContent));
    for (const words of fixture.leftToRight ?? []) expect(leftToRight, `"${words}" kept left to right`).toContain(words);

    for (const { text: words, has } of fixture.attributes ?? []) {
      const holders = root.querySelectorAll('*').filter((element) => collapse(element.textContent) === words);
      const found = holders.map((element) => element.attributes);
      expect(
        found.some((attributes) => Object.entries(has).every(([name, value]) => attributes[name] === value)),
        `"${words}" with ${JSON.stringify(has)}; found ${JSON.stringify(found)}`,
      ).toBe(true);
    }

    const report = await htmlValidate.validateString(html);
    const messages = report.results.flatMap((result) => result.messages.map((message) => `${message.ruleId}: ${message.message}`));
    expect(messages, html).toEqual([]);
  });
});
