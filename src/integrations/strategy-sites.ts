/**
 * The product as an Astro integration: `astro build`, `npm run build` and `astro dev` all go
 * through it, so Astro's own commands do what ours do.
 *
 * - Every command: Markdown and MDX are judged by the safety rules before anything is compiled
 *   and pictures link to the trust's files (src/markdown/), the pages read which content
 *   folder and trusts to use from the module `virtual:strategy-sites/selection`, and the
 *   middleware moves each page's links under its trust's base path.
 * - `astro build`: Astro renders every selected trust into a scratch folder inside its outDir;
 *   the content check runs alongside; then each trust is published as its own site in
 *   <outDir>/<slug>/ with its assets, files, 404, sitemap and search (src/publishing/). A
 *   mistake in the content is reported in plain English, exit code 1, nothing published touched.
 * - `astro dev`: every trust side by side under /<slug>/, checked on each save.
 * - `astro preview` stops with one line: it cannot serve each trust at its own address.
 *
 * Options come only from here: astro.config.mjs uses the defaults (content/, every trust),
 * and `npm run build` (scripts/build.ts) passes its own instance with the trusts it selected,
 * which replaces the one in astro.config.mjs (the last instance configured is the one used).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { hasErrors } from '../checks/problem.ts';
import { picturePaths } from '../markdown/picture-paths.ts';
import { refuseUnsafeContent, takeRefusedContent } from '../markdown/refuse-unsafe-content.ts';
import { astroCacheDir } from '../publishing/astro-cache-dir.ts';
import { ContentCheckFailed, FleetBuild, type BuildSummary } from '../publishing/fleet-build.ts';
import { contentSelection } from '../site/content-selection.ts';
import { checkContentOnSave } from './dev-content-check.ts';
import { serveTrustFilesInDev } from './dev-trust-files.ts';

const NAME = 'strategy-sites';
const SELECTION_MODULE = 'virtual:strategy-sites/selection';

export interface StrategySitesOptions {
  /** The folder with one folder per trust, from the project root. Default "content". */
  contentDir?: string;
  /** Build only these trusts (their folder names). Default: every trust. */
  trusts?: string[];
  /** Write the build's figures here as JSON (used by the benchmark). */
  statsFile?: string;
  /**
   * Check the content before Astro reads it (the default, for `astro build`), or alongside the
   * render (`npm run build`: on a large fleet this saves the check's whole time). Alongside,
   * a mistake that stops Astro before it renders reaches the caller, who passes it to
   * `reportFailure` so it is still reported as the content's.
   */
  checkFirst?: boolean;
  /** Tests only: build with no content check, to prove the build's own Markdown plugin refuses unsafe content. */
  unsafeSkipContentCheck?: boolean;
}

export type StrategySitesIntegration = AstroIntegration & {
  /** Reports a failed build in plain English and exits 1 if the content caused it; returns if it did not. */
  reportFailure(error: unknown): Promise<void>;
};

export function strategySites(options: StrategySitesOptions = {}): StrategySitesIntegration {
  let fleet: FleetBuild | undefined;
  let active = true;
  let contentDir = '';
  let where = '';

  /** A failed build caused by the content: reported in plain English, exit 1. Otherwise it returns. */
  const reportFailure = async (error: unknown): Promise<void> => {
    const reported = fleet ? await fleet.failed(error) : error;
    await fleet?.cleanUp().catch(() => undefined);
    if (!(reported instanceof ContentCheckFailed)) return;
    process.stderr.write(`\nThe build stopped. No published site was changed.\n\n${reported.message}\n`);
    process.exit(1);
  };
  /** A failure inside Astro's build: the content's is reported, anything else goes on as a fault in the builder. */
  const fail = async (error: unknown): Promise<never> => {
    await reportFailure(error);
    throw error;
  };

  const setUp: AstroIntegration['hooks']['astro:config:setup'] = ({ command, config, updateConfig, addMiddleware }) => {
    // `npm run build` adds its own instance after the one in astro.config.mjs: only the last one acts.
    // (Astro copies the integration objects when it reads the config, but not their hook functions.)
    active = config.integrations.filter((each) => each.name === NAME).at(-1)?.hooks['astro:config:setup'] === setUp;
    if (!active) return;
    if (command === 'preview') {
      // One line and exit 1: an error thrown here would come back wrapped in Astro's stack trace.
      process.stderr.write(
        'astro preview alone does not serve each trust at its own address: run "npm run preview" instead (add -- --help for its options).\n',
      );
      process.exit(1);
    }
    const root = fileURLToPath(config.root);
    contentDir = path.resolve(root, options.contentDir ?? 'content');
    const selection = contentSelection(contentDir, options.trusts ?? []);
    where = path.relative(root, contentDir) || contentDir;
    updateConfig({
      markdown: { processor: satteri({ mdastPlugins: [refuseUnsafeContent(selection.base), picturePaths(selection.base)] }) },
      vite: { plugins: [selectionModule({ ...selection, livePreview: command === 'dev' })] },
    });
    addMiddleware({ entrypoint: new URL('./trust-paths-middleware.ts', import.meta.url), order: 'pre' });
    if (command !== 'build') return;

    // Astro renders into a scratch folder inside its outDir; each trust is then published beside it.
    fleet = new FleetBuild({
      contentDir,
      publishDir: fileURLToPath(config.outDir),
      trusts: options.trusts ?? [],
      checkContent: !options.unsafeSkipContentCheck,
    });
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
      'astro:config:done': async () => {
        if (!active || !fleet || options.checkFirst === false) return;
        const problems = await fleet.checked();
        if (hasErrors(problems)) await fail(new ContentCheckFailed(problems));
      },
      'astro:server:setup': ({ server, logger }) => {
        if (!active) return;
        serveTrustFilesInDev(server, contentDir);
        checkContentOnSave(server, logger, contentDir);
      },
      'astro:build:start': ({ setPrerenderer }) => {
        if (!active || !fleet) return;
        const which = options.trusts?.length ? options.trusts.join(', ') : 'every trust';
        console.log(`Building ${which} from ${where} ...`);
        const build = fleet;
        setPrerenderer((astroDefault) => {
          const ours = build.prerenderer(astroDefault);
          // A page that cannot be rendered stops the build; it is named as the content's problem when it is.
          return { ...ours, render: (request, renderOptions) => ours.render(request, renderOptions).catch(fail) };
        });
      },
      'astro:build:generated': async () => {
        // Astro reports a Markdown page that failed to render and carries on: a page the build's
        // own plugin refused stops the build here, in the check's words.
        const refused = active && fleet ? takeRefusedContent() : [];
        if (refused.length > 0) await fail(new ContentCheckFailed(refused));
      },
      'astro:build:done': async () => {
        if (!active || !fleet) return;
        const publishDir = fleet.publishDir;
        let summary: BuildSummary;
        try {
          summary = await fleet.finish({
            warnings: (report) => console.warn(`\n${report}\n`),
            published: (result) =>
              console.log(
                `  ✓ ${result.slug}: ${result.pages} pages, ${result.indexed} in search  →  ${path.relative(process.cwd(), path.join(publishDir, result.slug))}/`,
              ),
          });
        } catch (error) {
          return fail(error);
        }
        await fleet.cleanUp();
        if (options.statsFile) writeFileSync(options.statsFile, JSON.stringify(summary, null, 2));
        reportBuilt(summary);
      },
    },
    reportFailure,
  };
}

function reportBuilt(summary: BuildSummary): void {
  const seconds = (value: number) => `${value.toFixed(2)} s`;
  const count = summary.trusts.length;
  console.log("  Plain English reading ages: see npm run check, or each site's reading-age/ page.");
  console.log(
    `\nBuilt ${count} trust${count === 1 ? '' : 's'}, ${summary.pages} pages in ${seconds(summary.totalSeconds)} ` +
      `(render ${seconds(summary.renderSeconds)}, publish and index ${seconds(summary.publishSeconds)}).`,
  );
}

/** `virtual:strategy-sites/selection`: which content folder and trusts the pages read, and whether this is the dev preview. */
function selectionModule(values: { base: string; trustPattern: string; livePreview: boolean }): Plugin {
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
