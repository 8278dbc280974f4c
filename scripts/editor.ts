/**
 * npm run editor: the browser editor for comms teams (Decap CMS), one per trust, generated
 * from the schemas. A separate site: never part of a trust's public site.
 *
 *   npm run editor -- --repo <owner>/<name> [--branch main] [--auth-url https://…] [--trust <slug>]
 *       builds dist-editor/<slug>/admin/ for each trust, saving through GitHub with the
 *       editorial workflow (each save is a pull request). See docs/editing-in-the-browser.md.
 *   npm run editor -- --serve --trust <slug>
 *       the editor on this computer at http://127.0.0.1:…/admin/, saving straight into content/.
 *   npm run editor -- --write-config
 *       regenerates the committed configurations in editor/ after a schema change.
 *
 * The preview pane uses the trust's built styles, so a trust is built first if dist/ lacks it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readTrustSettings } from '../src/reader/read-content.ts';
import { listTrustFolders, unknownTrustMessage, type TrustFolder } from '../src/reader/trust-folders.ts';
import { parseCommandLine, stop } from './cli/arguments.ts';
import { trustPageTypes } from '../src/editor/trust-page-types.ts';
import { readingAgeSettings } from '../src/checks/reading-age-report.ts';
import { committedConfigPath, renderConfig, writeEditorSite } from './editor/editor-site.ts';
import { serveEditorFolder, startLocalBackend, stopChild } from './editor/editor-server.ts';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseCommandLine({
  command: 'npm run editor',
  usage: '[options]',
  summary:
    "The browser editor for comms teams (Decap CMS), one per trust, generated from the schemas: a separate site, never part of a trust's public site. See docs/editing-in-the-browser.md.",
  options: {
    trust: { type: 'string', multiple: true, default: [], value: 'slug', description: 'only this trust' },
    content: { type: 'string', default: 'content', value: 'dir', description: 'the folder with one folder per trust' },
    site: { type: 'string', default: 'dist', value: 'dir', description: "the built sites, whose styles the editor's preview uses" },
    out: {
      type: 'string',
      default: 'dist-editor',
      value: 'dir',
      description: "where each trust's editor is written, as <dir>/<slug>/admin/",
    },
    repo: { type: 'string', value: 'owner/name', description: 'the GitHub repository the editor saves to (or EDITOR_REPO)' },
    branch: { type: 'string', value: 'name', description: 'the branch saves go to (or EDITOR_BRANCH; default main)' },
    'auth-url': { type: 'string', value: 'url', description: 'the GitHub sign-in service (or EDITOR_AUTH_URL)' },
    serve: { type: 'boolean', default: false, description: 'run the editor on this computer, saving straight into the content folder' },
    'write-config': {
      type: 'boolean',
      default: false,
      description: 'regenerate the committed configurations in editor/ after a schema change',
    },
  },
  examples: [
    ['npm run editor -- --repo nhs-example/strategy-sites', "build each trust's editor, saving through GitHub pull requests"],
    ['npm run editor -- --serve --trust harbourside', 'the editor for one trust on this computer'],
    ['npm run editor -- --write-config', 'after changing a schema'],
  ],
});
values.repo ??= process.env.EDITOR_REPO;
values.branch ??= process.env.EDITOR_BRANCH ?? 'main';
values['auth-url'] ??= process.env.EDITOR_AUTH_URL;
for (const folder of ['content', 'site', 'out'] as const) values[folder] = path.resolve(root, values[folder]);

const all = listTrustFolders(values.content);
const unknown = unknownTrustMessage(values.trust, all, path.relative(root, values.content) || values.content);
if (unknown) stop(unknown);
const trusts = values.trust.length > 0 ? all.filter((folder) => values.trust.includes(folder.slug)) : all;

function identity(folder: TrustFolder) {
  const data = readTrustSettings(path.join(folder.dir, 'trust.yaml'))?.data;
  const settings: { name?: unknown; url?: unknown; colours?: { brand?: unknown } } = data ?? {};
  return {
    slug: folder.slug,
    name: typeof settings.name === 'string' ? settings.name : folder.slug,
    url: typeof settings.url === 'string' ? settings.url : undefined,
    brand: typeof settings.colours?.brand === 'string' ? settings.colours.brand : undefined,
    pageTypes: trustPageTypes(folder.dir),
    readingAge: readingAgeSettings(data),
  };
}

/** The trusts' built sites, building those that are missing (the preview needs their styles). */
function builtSite(slugs: string[]): string {
  const missing = slugs.filter((slug) => !existsSync(path.join(values.site, slug, 'theme.css')));
  if (missing.length > 0) {
    console.log(`Building ${missing.join(', ')} first: the editor's preview uses the site's styles.`);
    const build = spawnSync(
      process.execPath,
      [
        path.join(root, 'scripts/build.ts'),
        '--content',
        values.content,
        '--out',
        values.site,
        ...missing.flatMap((slug) => ['--trust', slug]),
      ],
      { stdio: 'inherit' },
    );
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  return values.site;
}

if (values['write-config']) {
  for (const folder of trusts) {
    writeFileSync(committedConfigPath(folder.slug), renderConfig(identity(folder)));
    console.log(`Wrote ${path.relative(root, committedConfigPath(folder.slug))}`);
  }
} else if (values.serve) {
  if (trusts.length !== 1) {
    console.error(`Say which trust to edit: npm run editor -- --serve --trust ${all[0]?.slug ?? '<slug>'}`);
    process.exit(1);
  }
  const folder = trusts[0]!;
  const site = builtSite([folder.slug]);
  // The local backend reads and writes paths under the repository: content/<slug>/…
  const repoDir = path.dirname(path.resolve(values.content));
  if (path.basename(path.resolve(values.content)) !== 'content') {
    console.error('--serve needs a folder named content (the editor writes to content/<slug>/).');
    process.exit(1);
  }
  const backend = await startLocalBackend(repoDir);
  const out = mkdtempSync(path.join(tmpdir(), 'strategy-editor-'));
  await writeEditorSite({
    trust: identity(folder),
    out,
    builtTrust: path.join(site, folder.slug),
    backend: { kind: 'local', proxyUrl: backend.proxyUrl },
  });
  const server = await serveEditorFolder(out);
  console.log(
    `Editing ${folder.slug} in the browser at ${server.url}\nSaves go straight into ${path.relative(root, folder.dir) || folder.dir}/. Ctrl+C to stop.`,
  );
  const stop = async () => {
    await server.close();
    await stopChild(backend.child);
    rmSync(out, { recursive: true, force: true });
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} else {
  if (!values.repo || !/^[\w.-]+\/[\w.-]+$/.test(values.repo)) {
    console.error(
      'Say which GitHub repository the editor saves to: npm run editor -- --repo <owner>/<name> (or set EDITOR_REPO).\n' +
        'To edit on this computer instead: npm run editor -- --serve --trust <slug>',
    );
    process.exit(1);
  }
  const site = builtSite(trusts.map((folder) => folder.slug));
  for (const folder of trusts) {
    const out = path.join(values.out, folder.slug);
    rmSync(out, { recursive: true, force: true });
    await writeEditorSite({
      trust: identity(folder),
      out,
      builtTrust: path.join(site, folder.slug),
      backend: { kind: 'github', repo: values.repo, branch: values.branch, authUrl: values['auth-url'] },
    });
    console.log(`  ✓ ${folder.slug}: ${path.relative(root, path.join(out, 'admin'))}/`);
  }
}
