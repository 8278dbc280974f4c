/**
 * The product as an Astro integration: `astro build`, `npm run build` and `astro dev` all go
 * through it, so Astro's own commands do what ours do.
 *
 * - Every command: the content loaders (src/integrations/content-loader.ts) read the one source
 *   model; Markdown and MDX are judged by the safety rules before anything is compiled and
 *   pictures link to the trust's files (src/markdown/); the pages read which content folder
 *   and trusts to use from the module `virtual:strategy-sites/selection`; the middleware moves
 *   each page's links under its trust's base path and sends the facts publishing needs with it.
 * - `astro build`: the content is checked before Astro renders anything (a mistake stops the
 *   build with the check's own words, nothing published touched); Astro renders every selected
 *   trust into a scratch folder inside its outDir; then each trust is published as its own site
 *   in <outDir>/<slug>/ with its assets, files, 404, sitemap and search (src/publishing/).
 * - `astro dev`: every trust side by side under /<slug>/, checked on each save.
 * - `astro preview` stops with an error naming `npm run preview`: it cannot serve each trust at its own address.
 *
 * There is one instance in a build. astro.config.mjs makes it with the defaults (content/, every
 * trust); `npm run build` (scripts/build.ts) makes the same configuration with its own instance,
 * for the trusts it selected, through projectConfig() in astro.config.mjs. A second instance is
 * refused rather than one of them quietly winning.
 *
 * What it says goes through the logger Astro gives each hook, unless the command that made it
 * takes the lines itself (the `progress` option: `npm run build` keeps Astro's own messages
 * quiet but prints these). A content failure is thrown as an AstroError in plain English.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { z } from 'astro/zod';
import type { Plugin } from 'vite';
import { ContentCheckFailed, contentProblemsOf } from '../checks/content-check-failed.ts';
import { formatProblems } from '../problems/problem.ts';
import { markdownProcessor } from '../markdown/markdown-processor.ts';
import { refusedProblemsIn } from '../markdown/refuse-unsafe-content.ts';
import { astroCacheDir } from '../publishing/astro-cache-dir.ts';
import { contentProblemOf } from '../publishing/content-failure.ts';
import { FleetBuild, type BuildSummary } from '../publishing/fleet-build.ts';
import { contentSelection } from './content-selection.ts';
import { checkContentOnSave } from './dev-content-check.ts';
import { serveTrustFilesInDev } from './dev-trust-files.ts';

const NAME = 'strategy-sites';
const SELECTION_MODULE = 'virtual:strategy-sites/selection';

const optionsSchema = z.strictObject({
  /** The folder with one folder per trust, from the project root. */
  contentDir: z.string().min(1).default('content'),
  /** Build only these trusts (their folder names). Empty: every trust. */
  trusts: z.array(z.string().regex(/^[a-z0-9][a-z0-9-]*$/)).default([]),
  /** Write the build's figures here as JSON (used by the benchmark). */
  statsFile: z.string().min(1).optional(),
  /** Tests only: build with no content check, to prove the build's own Markdown plugin refuses unsafe content. */
  unsafeSkipContentCheck: z.boolean().default(false),
  /** Where the build's progress lines go (each trust published, the totals); Astro's logger when not given. */
  progress: z.custom<(line: string) => void>((value) => typeof value === 'function').optional(),
});

export type StrategySitesOptions = z.input<typeof optionsSchema>;

export type StrategySitesIntegration = AstroIntegration & {
  /**
   * For the command that ran the build: a failed build's report in plain English when the content
   * caused it, or undefined for a fault in the builder. Leaves no scratch files behind either way.
   */
  failureReport(error: unknown): Promise<string | undefined>;
};

/** The content's problems behind a failed build, however Astro reached it, or undefined for a fault in the builder. */
function contentFailureOf(error: unknown, contentDir: string): ContentCheckFailed | undefined {
  const checked = contentProblemsOf(error);
  if (checked) return new ContentCheckFailed(checked);
  const refused = refusedProblemsIn(error);
  if (refused.length > 0) return new ContentCheckFailed(refused);
  // A page Astro could not render, named by Astro: still the content's problem.
  const problem = contentDir ? contentProblemOf(error, contentDir, path.dirname(contentDir)) : undefined;
  return problem ? new ContentCheckFailed([problem]) : undefined;
}

export function strategySites(given: StrategySitesOptions = {}): StrategySitesIntegration {
  const parsed = optionsSchema.safeParse(given);
  if (!parsed.success) {
    throw new AstroError(
      `strategySites() was given options it does not take: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || 'options'}: ${issue.message}`).join('; ')}`,
      'Its options are contentDir, trusts, statsFile, progress and unsafeSkipContentCheck (see src/integrations/strategy-sites.ts).',
    );
  }
  const options = parsed.data;
  let fleet: FleetBuild | undefined;
  let contentDir = '';
  let where = '';
  const say = (logger: AstroIntegrationLogger, line: string) => (options.progress ? options.progress(line) : logger.info(line));

  const failureReport = async (error: unknown): Promise<string | undefined> => {
    await fleet?.cleanUp().catch(() => undefined);
    const failure = contentFailureOf(error, contentDir);
    return failure && `\nThe build stopped. No published site was changed.\n\n${formatProblems(failure.problems)}\n`;
  };
  /** A failure inside Astro's build: the content's is thrown as a plain English Astro error, anything else as it came. */
  const fail = async (error: unknown): Promise<never> => {
    await fleet?.cleanUp().catch(() => undefined);
    throw contentFailureOf(error, contentDir) ?? error;
  };

  const setUp: AstroIntegration['hooks']['astro:config:setup'] = ({ command, config, updateConfig, addMiddleware }) => {
    if (config.integrations.filter((each) => each.name === NAME).length > 1)
      throw new AstroError(
        'strategySites() is configured more than once.',
        'Configure it once: to use other options, pass them to projectConfig() from astro.config.mjs (as scripts/build.ts does) instead of adding a second strategySites().',
      );
    if (command === 'preview')
      throw new AstroError(
        'astro preview alone does not serve each trust at its own address: run "npm run preview" instead (add -- --help for its options).',
      );
    const root = fileURLToPath(config.root);
    contentDir = path.resolve(root, options.contentDir);
    const selection = contentSelection(contentDir, options.trusts);
    where = path.relative(root, contentDir) || contentDir;
    updateConfig({
      markdown: { processor: markdownProcessor(selection.base) },
      vite: {
        plugins: [selectionModule({ ...selection, livePreview: command === 'dev', checkContent: !options.unsafeSkipContentCheck })],
      },
    });
    addMiddleware({ entrypoint: new URL('./trust-paths-middleware.ts', import.meta.url), order: 'pre' });
    if (command !== 'build') return;

    // Astro renders into a scratch folder inside its outDir; each trust is then published beside it.
    fleet = new FleetBuild({ contentDir, publishDir: fileURLToPath(config.outDir) });
    updateConfig({
      outDir: pathToFileURL(fleet.scratchDir + path.sep),
      cacheDir: pathToFileURL(astroCacheDir(root, contentDir) + path.sep),
      // A failure while bundling (Vite) is caught here, so content mistakes are still named as such.
      vite: { plugins: [{ name: `${NAME}-failures`, buildEnd: async (error) => void (error && (await fail(error))) }] },
    });
    fleet.start();
  };

  return {
    name: NAME,
    hooks: {
      'astro:config:setup': setUp,
      'astro:server:setup': ({ server, logger }) => {
        // Vite watches only the project's folder: a content folder elsewhere (strategySites({ contentDir }),
        // as the benchmark's fleet is) is watched too, or saves there reach neither the check nor the content loader.
        server.watcher.add(contentDir);
        serveTrustFilesInDev(server, contentDir);
        checkContentOnSave(server, logger, contentDir);
      },
      'astro:build:start': ({ setPrerenderer, logger }) => {
        if (!fleet) return;
        const which = options.trusts.length ? options.trusts.join(', ') : 'every trust';
        say(logger, `Building ${which} from ${where} ...`);
        const build = fleet;
        setPrerenderer((astroDefault) => {
          const ours = build.prerenderer(astroDefault);
          // A page that cannot be rendered stops the build; it is named as the content's problem when it is.
          return { ...ours, render: (request, renderOptions) => ours.render(request, renderOptions).catch(fail) };
        });
      },
      'astro:build:done': async ({ logger }) => {
        if (!fleet) return;
        const publishDir = fleet.publishDir;
        let summary: BuildSummary;
        try {
          summary = await fleet.finish({
            published: (result) =>
              say(
                logger,
                `  ✓ ${result.slug}: ${result.pages} pages, ${result.indexed} in search  →  ${path.relative(process.cwd(), path.join(publishDir, result.slug))}/`,
              ),
          });
        } catch (error) {
          return fail(error);
        }
        await fleet.cleanUp();
        if (options.statsFile) writeFileSync(options.statsFile, JSON.stringify(summary, null, 2));
        for (const line of builtLines(summary)) say(logger, line);
      },
    },
    failureReport,
  };
}

function builtLines(summary: BuildSummary): string[] {
  const seconds = (value: number) => `${value.toFixed(2)} s`;
  const count = summary.trusts.length;
  return [
    '  Plain English reading ages: see npm run check, or reading-age/ in the live preview (npm run dev).',
    `\nBuilt ${count} trust${count === 1 ? '' : 's'}, ${summary.pages} pages in ${seconds(summary.totalSeconds)} ` +
      `(render ${seconds(summary.renderSeconds)}, publish and index ${seconds(summary.publishSeconds)}).`,
  ];
}

/** `virtual:strategy-sites/selection`: which content folder and trusts are read, whether this is the dev preview, and whether the loader checks. */
export function selectionModule(values: { base: string; trusts: string[]; livePreview: boolean; checkContent: boolean }): Plugin {
  const resolved = `\0${SELECTION_MODULE}`;
  return {
    name: `${NAME}-selection`,
    resolveId: (id) => (id === SELECTION_MODULE ? resolved : undefined),
    load: (id) =>
      id === resolved
        ? Object.entries(values)
            .map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`)
            .join('\n')
        : undefined,
  };
}
