/**
 * Every word a reader sees comes from the words catalogue (src/words/), so a new language is a
 * new catalogue file and not edits in every component. This test reads each component, layout
 * and route (.astro) and each module of src/site/, and fails on a word written into it.
 * Files whose words have not moved yet are listed in NOT_MOVED_YET: the list may only shrink.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroLiterals, moduleLiterals, type Literal } from '../support/literal-lint.ts';
import { repoRoot } from '../support/built-sites.ts';

/** Where reader-facing words could be written: templates, and the view-model modules that make labels. */
const TEMPLATE_FOLDERS = ['src/components', 'src/layouts', 'src/pages', 'src/page-types', 'src/views'];
const MODULE_FOLDERS = ['src/site', 'src/routes', 'src/addresses', 'src/views'];

/**
 * Files whose words are still to move into the catalogue, each with its literals left. Remove a
 * file from here when you move its words; the test fails if a listed file has none left.
 */
const NOT_MOVED_YET = new Set<string>([]);

/**
 * Files that are not read by the public (so their words are not translated):
 * - src/pages/index.astro: the live preview's list of trusts, for the team running `npm run dev`;
 * - src/addresses/trust-address.ts: its words are the content check's messages about trust.yaml's `url`, for editors;
 * - src/views/reading-age.astro: the plain English report, for the team who writes the site (kept out of
 *   search and search engines); its measure, the SMOG formula, is one of English text.
 */
const NOT_FOR_READERS = new Set(['src/pages/index.astro', 'src/addresses/trust-address.ts', 'src/views/reading-age.astro']);

function filesUnder(folders: string[], extension: string): string[] {
  return folders.flatMap((folder) => {
    const absolute = path.join(repoRoot, folder);
    let names: string[];
    try {
      names = readdirSync(absolute, { recursive: true, encoding: 'utf8' });
    } catch {
      return [];
    }
    return names.filter((name) => name.endsWith(extension) && !name.endsWith(`.fixtures${extension}`)).map((name) => `${folder}/${name}`);
  });
}

const templates = filesUnder(TEMPLATE_FOLDERS, '.astro');
const modules = filesUnder(MODULE_FOLDERS, '.ts');

async function literalsOf(file: string): Promise<Literal[]> {
  const source = readFileSync(path.join(repoRoot, file), 'utf8');
  return file.endsWith('.astro') ? astroLiterals(source) : moduleLiterals(source, file);
}

const show = (literals: Literal[]) =>
  literals.map((literal) => `  line ${literal.line}, ${literal.where}: ${JSON.stringify(literal.text)}`).join('\n');

describe('reader-facing words come from the catalogue', () => {
  it('finds the components, routes and modules', () => {
    expect(templates.length).toBeGreaterThan(30);
    expect(modules.length).toBeGreaterThan(10);
  });

  it.each([...templates, ...modules].filter((file) => !NOT_MOVED_YET.has(file) && !NOT_FOR_READERS.has(file)))('%s', async (file) => {
    const literals = await literalsOf(file);
    expect(
      literals,
      `${file} writes words readers see; move them to src/words/en-GB.ts and read them from site.words:\n${show(literals)}`,
    ).toEqual([]);
  });

  it.each([...NOT_MOVED_YET])('%s still has words to move (else remove it from NOT_MOVED_YET)', async (file) => {
    expect(await literalsOf(file)).not.toEqual([]);
  });
});

describe('the lint itself', () => {
  it('fails on text and on a reader attribute written into a component', async () => {
    const component =
      '---\nconst { site } = Astro.props;\n---\n<nav aria-label="Breadcrumb"><p>Back to {site.words.home}</p><img alt="Our logo" src="x.svg" /></nav>';
    expect((await astroLiterals(component)).map((literal) => [literal.where, literal.text])).toEqual([
      ['aria-label', 'Breadcrumb'],
      ['text', 'Back to'],
      ['alt', 'Our logo'],
    ]);
  });

  it('passes words read from the catalogue, code in expressions, scripts, class names and symbols', async () => {
    const component =
      '---\nconst { site } = Astro.props;\n---\n<nav class="nhsuk-breadcrumb" aria-label={site.words.breadcrumb}>{site.words.back} ({1 > 0 && <span>:</span>})</nav><script>const a = "Some code";</script>';
    expect(await astroLiterals(component)).toEqual([]);
  });

  it('fails on words in frontmatter and component props, and passes class lists', async () => {
    const component =
      "---\nconst subject = 'this information';\n---\n<Layout kind=\"Home\" crumbs={[{ label: 'Home' }]} class={open ? 'nhsuk-card card-row--wide' : 'nhsuk-card'} />";
    expect((await astroLiterals(component)).map((literal) => [literal.where, literal.text])).toEqual([
      ['string', 'this information'],
      ['kind', 'Home'],
      ['crumbs', 'Home'],
    ]);
  });

  it('fails on a label written into a module, and passes thrown errors and keys', () => {
    const module =
      "const labels = { draft: 'Draft', launched: 'Our current strategy' };\nthrow new Error('This is for the build log');\nconst css = 'nhsuk-tag';";
    expect(moduleLiterals(module).map((literal) => literal.text)).toEqual(['Draft', 'Our current strategy']);
  });
});
