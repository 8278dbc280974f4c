/**
 * The language navigation passes axe's WCAG 2.2 AA rules without a build or a browser: each
 * fixture rendered alone with Astro's container API and placed in the header of a page in the
 * current language (as the layout places it), then checked by axe-core in jsdom. axe catches what
 * the fixtures' own checks do not spell out: language tags a screen reader cannot use, a landmark
 * without a name, `aria-current` where it is not allowed. Colour contrast needs a real browser
 * (jsdom paints nothing): tests/browser/every-page.test.ts checks it on built pages.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { JSDOM } from 'jsdom';
import { beforeAll, expect, it } from 'vitest';
import LanguageNavigation from '../../src/components/LanguageNavigation.astro';
import fixtures from '../../src/components/LanguageNavigation.fixtures.ts';
import { AXE_TAGS } from '../support/browser.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeResult {
  violations: Array<{ id: string; help: string; nodes: Array<{ target: string[] }> }>;
}

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

it.each(fixtures.filter((fixture) => fixture.props.links.length >= 2).map((fixture) => [fixture.name, fixture] as const))(
  '%s: no axe violation',
  async (_name, fixture) => {
    const nav = await container.renderToString(LanguageNavigation, { props: fixture.props });
    const page = fixture.props.links.find((link) => link.current)!;
    const dom = new JSDOM(
      `<!doctype html><html lang="${page.language}" dir="${page.direction}"><head><title>${page.name}</title></head>` +
        `<body><header>${nav}</header><main><h1>${page.name}</h1></main></body></html>`,
      { runScripts: 'outside-only' },
    );
    dom.window.eval(axeSource);
    const axe = (dom.window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResult> } }).axe;
    const result = await axe.run(dom.window.document, {
      runOnly: { type: 'tag', values: AXE_TAGS },
      // jsdom paints nothing, so axe could only guess at contrast (see above).
      rules: { 'color-contrast': { enabled: false } },
    });
    const violations = result.violations.map(
      (violation) => `${violation.id}: ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
    expect(violations).toEqual([]);
    dom.window.close();
  },
);
