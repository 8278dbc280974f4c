/**
 * The page types a trust's folder uses, read from each page's `type:` line, so the editor lists
 * only those (the rest stay one "add a page" away). Easy read twins and files are not pages of a type.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export function trustPageTypes(trustDir: string): string[] {
  const found = new Set<string>();
  const walk = (dir: string, relative: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const inside = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!['easy-read', 'files'].includes(inside)) walk(path.join(dir, entry.name), inside);
      } else if (/\.mdx?$/.test(entry.name)) {
        const type = /^---\r?\n(?:[\s\S]*?\r?\n)?type:\s*['"]?([\w-]+)/.exec(readFileSync(path.join(dir, entry.name), 'utf8'));
        if (type) found.add(type[1]!);
      }
    }
  };
  walk(trustDir, '');
  return [...found].sort();
}
