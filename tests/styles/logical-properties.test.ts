/**
 * Our CSS is written with logical properties (margin-inline-start, inset-inline-end,
 * text-align: start...), so a right-to-left page (Urdu) is laid out as the mirror of an English
 * one. Physical CSS fails, named by file and line with the logical CSS to write instead; bad
 * snippets prove the lint catches each kind.
 */
import { describe as group, expect, it } from 'vitest';
import {
  CSS_FROM_MODULES,
  NAMES_CSS_ONLY,
  astroStyles,
  describe,
  modulesNamingCss,
  physicalDeclarations,
  physicalInOurCss,
  physicalUtilities,
} from '../support/logical-properties-lint.ts';
import { toLogical } from '../../src/styles/nhsuk-logical-properties.ts';
import postcss from 'postcss';

group('our CSS uses logical properties only', () => {
  it('stylesheets, <style> blocks and the CSS our modules write have no physical left or right', async () => {
    expect((await physicalInOurCss()).map(describe)).toEqual([]);
  });

  it('the Tailwind utilities our files use make no physical left or right', async () => {
    expect((await physicalUtilities()).map(describe)).toEqual([]);
  });

  it('every module that writes CSS is read by the lint', () => {
    const listed = [...Object.keys(CSS_FROM_MODULES), ...Object.keys(NAMES_CSS_ONLY)].sort();
    expect(modulesNamingCss()).toEqual(listed);
  });
});

group('the lint catches physical CSS', () => {
  it('names the file, the line and the logical property for each kind of physical declaration', () => {
    const css = [
      '.a {',
      '  padding-left: 1rem;',
      '  right: 0;',
      '  text-align: left;',
      '  float: right;',
      '  border-left: 4px solid red;',
      '  margin: 0 0 0 1rem;',
      '  border-radius: 4px 0 0 4px;',
      '  margin: 0 auto;',
      '  margin-inline-start: 1rem;',
      '  text-align: center;',
      '}',
    ].join('\n');
    expect(physicalDeclarations(css, 'src/styles/bad.css', 10).map(describe)).toEqual([
      'src/styles/bad.css:11: padding-left: 1rem — use padding-inline-start: 1rem',
      'src/styles/bad.css:12: right: 0 — use inset-inline-end: 0',
      'src/styles/bad.css:13: text-align: left — use text-align: start',
      'src/styles/bad.css:14: float: right — use float: inline-end',
      'src/styles/bad.css:15: border-left: 4px solid red — use border-inline-start: 4px solid red',
      'src/styles/bad.css:16: margin: 0 0 0 1rem — use margin-block: 0; margin-inline: 1rem 0',
      'src/styles/bad.css:17: border-radius: 4px 0 0 4px — use border-start-start-radius: 4px; border-start-end-radius: 0; border-end-end-radius: 0; border-end-start-radius: 4px',
    ]);
  });

  it('keeps a declaration physical only with a comment saying why', () => {
    const kept = '.chart {\n  /* physical: the chart reads left to right in every language */\n  margin-left: 1rem;\n}';
    const unexplained = '.chart {\n  /* physical: */\n  margin-left: 1rem;\n}';
    expect(physicalDeclarations(kept, 'x.css')).toEqual([]);
    expect(physicalDeclarations(unexplained, 'x.css').map(describe)).toEqual([
      'x.css:3: margin-left: 1rem — use margin-inline-start: 1rem',
    ]);
  });

  it("finds a <style> block's physical CSS on the .astro file's own line", async () => {
    const source = '---\nconst a = 1;\n---\n<p>Text</p>\n<style>\n  .x {\n    margin-right: 2px;\n  }\n</style>\n';
    const [style] = await astroStyles(source);
    expect(physicalDeclarations(style!.css, 'src/components/X.astro', style!.line).map(describe)).toEqual([
      'src/components/X.astro:7: margin-right: 2px — use margin-inline-end: 2px',
    ]);
  });

  it('finds a physical Tailwind utility where a file uses it, with its logical twin', async () => {
    const found = await physicalUtilities('tests/styles/physical-utilities.fixture.css');
    expect(found.map(describe)).toEqual([
      'tests/styles/physical-utility.fixture.html:1: pl-4 (padding-left: calc(var(--spacing) * 4)) — use ps-4, its logical twin',
      'tests/styles/physical-utility.fixture.html:2: tablet:text-right (text-align: right) — use tablet:text-end, its logical twin',
    ]);
  });
});

group("nhsuk-frontend's stylesheet made logical for the build", () => {
  it('rewrites its physical declarations, keeps a physical float before its logical one for older browsers, and leaves the safe area of the screen physical', () => {
    const root = postcss.parse(
      '.nhsuk-back-link { padding-left: 16px; left: 0; margin: 0 0 0 8px; text-align: left; float: left }\n.w { margin-left: max(16px, env(safe-area-inset-left)) }',
    );
    toLogical(root);
    expect(root.toString()).toBe(
      '.nhsuk-back-link { padding-inline-start: 16px; inset-inline-start: 0; margin-block: 0; margin-inline: 8px 0; text-align: start; float: left; float: inline-start }\n.w { margin-left: max(16px, env(safe-area-inset-left)) }',
    );
  });
});
