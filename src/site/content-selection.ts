/**
 * Which content folder and which trusts a build reads. Read from the environment because
 * the content config is evaluated by Astro, not called by our build script.
 */
import path from 'node:path';

export interface ContentSelection {
  /** Absolute path of the folder holding one sub-folder per trust. */
  base: string;
  /** A glob segment matching the selected trust folders, for example "*" or "{acme,harbourside}". */
  trustPattern: string;
}

export function contentSelection(env: Record<string, string | undefined>, cwd = process.cwd()): ContentSelection {
  const base = path.resolve(cwd, env.STRATEGY_CONTENT_DIR || 'content') + path.sep;
  const slugs = (env.STRATEGY_TRUSTS ?? '')
    .split(',')
    .map((slug) => slug.trim())
    .filter(Boolean);
  const trustPattern = slugs.length === 0 ? '*' : slugs.length === 1 ? slugs[0]! : `{${slugs.join(',')}}`;
  return { base, trustPattern };
}
