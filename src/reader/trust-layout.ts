/**
 * The one list of what a trust's folder may hold. The reader reads exactly these files, the
 * check judges exactly these, and publishing copies exactly these: anything else is a content
 * problem naming the file, so nothing the check never read can reach a published site.
 *
 *   trust.yaml                    the trust's settings
 *   <path>.md, <path>.mdx         a standard page (any folder but files/ and easy-read/)
 *   easy-read/<path>.md(x)        the easy read twin of <path>
 *   files/**                      documents and pictures, published as they are
 *                                 (which kinds of file: src/checks/trust-files.ts)
 *   <folder>/<path>.md(x)         a language's translation of <path> (trust.yaml `languages`)
 *   <folder>/easy-read/<path>.md(x)  the translation of its easy read twin
 *   <folder>/trust.yaml           that language's name, descriptor and strategy name
 */
import { splitLanguagePath } from '../addresses/languages.ts';

export type TrustFileKind = 'settings' | 'language-settings' | 'page' | 'easy-read' | 'published';

/** The settings file's one name. */
export const SETTINGS_FILE = 'trust.yaml';

/** Files a computer leaves behind on its own; never read, never published. */
const SYSTEM_FILES = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini', '.gitkeep']);

export function isSystemFile(relative: string): boolean {
  return SYSTEM_FILES.has(relative.split('/').at(-1) ?? '');
}

/**
 * What a file is, from its path inside the trust's folder ("goals.md", "files/x.pdf", "cy/goals.md"),
 * given the folders of the trust's other languages; undefined when a trust may not hold it.
 */
export function kindOfTrustFile(relative: string, languageFolders: readonly string[] = []): TrustFileKind | undefined {
  if (relative === SETTINGS_FILE) return 'settings';
  if (relative.startsWith('files/')) return 'published';
  const { folder, inner } = splitLanguagePath(relative, languageFolders);
  if (folder !== '') {
    // A language folder holds pages and its own settings only: documents are shared by every language, in files/.
    if (inner === SETTINGS_FILE) return 'language-settings';
    if (inner.startsWith('files/')) return undefined;
    const kind = kindOfTrustFile(inner);
    return kind === 'page' || kind === 'easy-read' ? kind : undefined;
  }
  const parts = relative.split('/');
  if (parts.some((part) => part.startsWith('.') || part === '')) return undefined;
  if (!/\.(md|mdx)$/.test(relative)) return undefined;
  return parts[0] === 'easy-read' ? 'easy-read' : 'page';
}

/** What to tell an editor about a file a trust's folder may not hold. */
export function unknownFileAdvice(relative: string): string {
  const name = relative.split('/').at(-1) ?? relative;
  if (/^trust\.(yml|YAML|YML|json|toml)$/.test(name) && !relative.includes('/'))
    return `The settings file must be called exactly "trust.yaml", so this one would never be read. Rename it to trust.yaml (or delete it if there is one already).`;
  if (/\.(markdown|mdown|txt)$/i.test(name))
    return `Pages must end in ".md" (or ".mdx"), so this file would never be read. Rename it to end in .md, or move it into files/ if it is a document to download.`;
  if (/\.(md|mdx)$/.test(name))
    return 'Files and folders whose names start with a dot are hidden and never published. Rename it without the dot, or delete it.';
  return "A trust's folder holds trust.yaml, pages ending in .md or .mdx, and documents and pictures inside files/. Move this file into files/ if readers should download it, or delete it.";
}
