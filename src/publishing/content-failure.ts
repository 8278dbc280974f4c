/**
 * A render failure caused by a content file (Astro names the file it was rendering) is a
 * content problem, reported with the file and line like every other, not a builder fault.
 * The content check is meant to catch everything first; this is the safety net that keeps
 * a gap in the check from ever reaching a comms officer as "a fault in the site builder".
 */
import path from 'node:path';
import type { Problem } from '../problems/problem.ts';

interface AstroLikeError {
  message?: string;
  hint?: string;
  id?: string;
  loc?: { file?: string; line?: number; column?: number };
  stack?: string;
}

export function contentProblemOf(error: unknown, contentDir: string, displayRoot: string): Problem | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const failure = error as AstroLikeError;
  const inside = (file: string | undefined) => {
    if (!file) return undefined;
    const absolute = path.resolve(file.replace(/^file:\/\//, '').split('?')[0]!);
    return absolute.startsWith(contentDir + path.sep) ? absolute : undefined;
  };
  const named = [failure.loc?.file, failure.id].map(inside).find(Boolean);
  const mentioned = `${failure.message ?? ''}\n${failure.stack ?? ''}`.match(new RegExp(`${RegExp.escape(contentDir)}[^\\s:'"()]+`))?.[0];
  const file = named ?? inside(mentioned);
  if (!file) return undefined;
  const what = (failure.message ?? 'unknown reason').split('\n')[0]!.replaceAll(contentDir + path.sep, '');
  return {
    file: path.relative(displayRoot, file).split(path.sep).join('/'),
    ...(failure.loc?.line ? { line: failure.loc.line } : {}),
    ...(failure.loc?.column ? { column: failure.loc.column } : {}),
    rule: 'build-refused',
    severity: 'error',
    message: `The site builder could not turn this file into a web page: ${what}${failure.hint ? ` ${failure.hint.split('\n')[0]}` : ''} Correct the file near this line. If the message is unclear, send it to the product team.`,
  };
}
