/**
 * The layers of the code and the one direction they import in (docs/contributing.md, "Layers").
 *
 * Each folder of src/ is one layer. A layer imports only from itself and the layers listed
 * before it, so no two folders import each other and a change low down never needs a change
 * above it to compile. scripts/ (the command-line tools) sit on top of src/; tests/ sit on top
 * of everything, and nothing in src/ or scripts/ imports them.
 *
 * tests/layers/layers.test.ts runs these rules in the unit tier (it also reads the imports of
 * .astro files, which dependency-cruiser does not parse). From the command line:
 *   npx depcruise src scripts     (the .ts files only)
 */

/**
 * Lowest first. A new folder under src/ must be added here, in its place, or the rule fails.
 * A layer is a folder of src/, or [name, description, path pattern] where one folder holds two
 * layers: a page type's folder holds what the model needs (its schema and declaration, plain
 * TypeScript) and what the pages draw (its component and fixtures).
 */
const layers = [
  ['addresses', "a trust's address, page paths, easy read twin paths, published placeholders: pure rules"],
  // The catalogue's type names the keys it gives words for (page kinds, generated pages, statuses,
  // formats), so it may import types from above; nothing it runs comes from there.
  ['words', 'every word readers see, one catalogue per language, read with wordsFor()', undefined, { typesFromAbove: true }],
  ['hosting', 'hosting policy: security and cache headers, host file encoders'],
  ['schemas', 'what content may say: zod schemas and the vocabularies of their fields'],
  [
    'page-type-schemas',
    "each page type's schema and declaration, and the registry listing them (src/page-types/, plain TypeScript)",
    ['^src/page-types/(define|registry)[.]ts$', '^src/page-types/[^/]+/(schema|page-type)[.]ts$'],
  ],
  ['problems', "a problem's shape and the plain-English texts of every rule"],
  ['reader', 'the one code that reads content/ into the source model, with file facts'],
  ['markdown', 'the Markdown pipeline: plugins, safety, easy read rows'],
  [
    'route-declarations',
    'every page and file a trust may publish, declared once with its flags and edition (src/routes/, all but routes.ts)',
    ['^src/routes/(generated-pages|link-target|route-flags|route-kinds)[.]ts$'],
  ],
  ['site', 'the site model: every trust with its pages, twins, menus and generated pages; pure'],
  ['routes', "a trust's routes from its site model (src/routes/routes.ts)", ['^src/routes/routes[.]ts$']],
  ['checks', 'the content check over the source model'],
  ['publishing', 'each trust published as its own site: search index, share images, host files'],
  ['styles', 'CSS and its build helpers'],
  ['fixtures', 'component fixture builders, from the same site model the build uses'],
  ['scripts', 'scripts the browser runs'],
  ['components', 'components shared by pages and their fixtures'],
  [
    'page-type-components',
    "each page type's component and its fixtures",
    ['^src/page-types/[^/]+/[A-Za-z]+[.](astro|astro[.]ts|fixtures[.]ts)$'],
  ],
  ['layouts', 'the page frame'],
  ['views', 'one view per kind of page or file, rendered by the route files'],
  ['pages', 'routes'],
  ['editor', "the browser editor's configuration and preview"],
  ['integrations', 'the Astro integration, content loader and middleware'],
];

const patternsOf = new Map(layers.map(([name, , patterns]) => [name, patterns ?? [`^src/${name}/`]]));
const folderPattern = (names) => names.flatMap((name) => patternsOf.get(name));
const names = layers.map(([name]) => name);

/** One rule per layer: nothing it imports may sit above it. */
const typesFromAbove = new Set(layers.filter(([, , , options]) => options?.typesFromAbove).map(([name]) => name));

const layerRules = names.slice(0, -1).map((name, index) => ({
  name: `layer-${name}`,
  severity: 'error',
  comment: `${name} sits below ${names.slice(index + 1).join(', ')}: move what both need down into ${name} or a layer under it.`,
  from: { path: folderPattern([name]) },
  to: {
    path: folderPattern(names.slice(index + 1)),
    ...(typesFromAbove.has(name) ? { dependencyTypesNot: ['type-only'] } : {}),
  },
}));

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'root-files-on-top',
      severity: 'error',
      comment: 'Files at the top of src/ (content.config.ts, env.d.ts) are Astro entry points; no layer imports them.',
      from: { path: '^src/' },
      to: { path: '^src/[^/]+$' },
    },
    {
      name: 'layer-listed',
      severity: 'error',
      comment: 'Every folder of src/ is a layer: add a new folder to the list in .dependency-cruiser.cjs, in its place.',
      from: { path: '^src/[^/]+/', pathNot: folderPattern(names) },
      to: {},
    },
    {
      name: 'fixtures-only-in-fixtures',
      severity: 'error',
      comment: 'Fixture builders are for *.fixtures.ts files (and the tests); the product itself never builds from them.',
      from: { path: '^src/', pathNot: ['^src/fixtures/', '[.]fixtures[.]ts$'] },
      to: { path: '^src/fixtures/' },
    },
    {
      name: 'src-not-to-scripts',
      severity: 'error',
      comment: 'scripts/ are the command-line tools on top of src/: move what src/ needs into src/.',
      from: { path: '^src/' },
      to: { path: '^scripts/' },
    },
    {
      name: 'not-to-tests',
      severity: 'error',
      comment: 'Only tests import tests/: move what the product needs (fixture builders...) into src/.',
      from: { path: '^(src|scripts)/' },
      to: { path: '^tests/' },
    },
  ],
  options: {
    doNotFollow: { path: ['node_modules', '^tests/'] },
    // Type-only imports are imports too: a type from a higher layer ties the two folders together.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
