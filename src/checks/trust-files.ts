/**
 * Files are checked before they are published. Everything in a trust's folder must be a real
 * file or folder inside it (no symbolic links, nothing resolving outside); each file in files/
 * must be a kind of document or picture the sites publish, with bytes that match its
 * extension (magic-bytes.js), SVG pictures must be free of script and outside references
 * (./svg-safety.ts), names must survive browsers and hosts, and very large files are flagged.
 */
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { filetypeinfo } from 'magic-bytes.js';
import type { Problem } from '../problems/problem.ts';
import { unsafeSvgParts } from './svg-safety.ts';
import { rasterBudgetProblem } from './picture-budgets.ts';
import { ruleOf } from './rule-of.ts';

/** Files over this size get a warning: a phone on a slow connection takes minutes to fetch them. */
export const LARGE_FILE_BYTES = 10 * 1024 * 1024;

/** Extensions a trust may publish, with what the bytes must be ("text" means UTF-8 text). */
const publishable: Record<string, string[]> = {
  pdf: ['pdf'],
  png: ['png'],
  jpg: ['jpg', 'jpeg'],
  jpeg: ['jpg', 'jpeg'],
  gif: ['gif'],
  webp: ['webp'],
  avif: ['avif'],
  svg: ['svg'],
  docx: ['docx', 'zip'],
  xlsx: ['xlsx', 'zip'],
  pptx: ['pptx', 'zip'],
  odt: ['odt', 'zip'],
  ods: ['ods', 'zip'],
  odp: ['odp', 'zip'],
  mp3: ['mp3'],
  mp4: ['mp4', 'm4v', 'mov'],
  txt: ['text'],
  csv: ['text'],
};

/** A name with only letters, digits, dots, dashes and underscores: browsers and hosts leave it alone. */
const SAFE_NAME = /^[A-Za-z0-9._-]+$/;

/** "Annual Report #2 (final).pdf" -> "annual-report-2-final.pdf" */
export function suggestedName(name: string): string {
  const extension = path.extname(name);
  const stem = name
    .slice(0, name.length - extension.length)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${stem || 'file'}${extension.toLowerCase().replace(/[^a-z0-9.]/g, '')}`;
}

/**
 * Verdicts on SVGs already judged, by content and by the version of the rules that judged
 * them: a fleet shares most of its pictures, and loading the sanitiser's DOM takes seconds,
 * so a picture is judged once and the verdict kept in node_modules/.cache between runs.
 */
const rulesVersion = createHash('sha256')
  .update(readFileSync(path.join(import.meta.dirname, 'svg-safety.ts')))
  .update(readFileSync(path.join(import.meta.dirname, 'svg-references.ts')))
  .digest('hex')
  .slice(0, 12);
const cacheFile = path.join(
  import.meta.dirname,
  '..',
  '..',
  'node_modules',
  '.cache',
  'strategy-checks',
  `svg-verdicts-${rulesVersion}.json`,
);
let svgVerdicts: Map<string, string[]> | undefined;

function svgProblems(bytes: Buffer): string[] {
  svgVerdicts ??= new Map(existsSync(cacheFile) ? (JSON.parse(readFileSync(cacheFile, 'utf8')) as [string, string[]][]) : []);
  const key = createHash('sha256').update(bytes).digest('hex');
  let verdict = svgVerdicts.get(key);
  if (!verdict) {
    verdict = unsafeSvgParts(bytes.toString('utf8'));
    svgVerdicts.set(key, verdict);
    saveVerdicts(svgVerdicts);
  }
  return verdict;
}

function saveVerdicts(verdicts: Map<string, string[]>): void {
  try {
    mkdirSync(path.dirname(cacheFile), { recursive: true });
    // Written whole and renamed, so a check running at the same time never reads half a file.
    const temporary = `${cacheFile}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    writeFileSync(temporary, JSON.stringify([...verdicts]));
    renameSync(temporary, cacheFile);
  } catch {
    // A read-only checkout still checks; it only judges its pictures again next time.
  }
}

function bytesMatch(bytes: Buffer, expected: string[]): boolean {
  if (expected.includes('text')) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      return !bytes.includes(0);
    } catch {
      return false;
    }
  }
  if (expected.includes('svg'))
    return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/i.test(bytes.subarray(0, 4096).toString('utf8'));
  return filetypeinfo(bytes.subarray(0, 4096)).some((type) => type.extension && expected.includes(type.extension));
}

/**
 * Every problem with the files in one trust folder.
 * @param display turns an absolute path into the path shown to editors ("content/acme/files/x.pdf")
 */
export function checkTrustFiles(trustDir: string, display: (absolute: string) => string): Problem[] {
  const problems: Problem[] = [];
  const root = realpathSync(trustDir);
  const filesDir = path.join(trustDir, 'files');

  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const absolute = path.join(dir, entry.name);
      const file = display(absolute);
      const stat = lstatSync(absolute);
      if (stat.isSymbolicLink()) {
        problems.push({
          file,
          ...ruleOf('file-link'),
          message:
            'This is a shortcut (a symbolic link) to a file somewhere else, and only real files in the trust folder can be published. Replace it with a copy of the file itself, or delete it.',
        });
        continue;
      }
      // A folder that resolves elsewhere although it is no link (a bind mount, a junction) is refused too.
      if (stat.isDirectory() && !realpathSync(absolute).startsWith(root + path.sep)) {
        problems.push({
          file,
          ...ruleOf('file-link'),
          message:
            'This leads outside the trust folder, so it cannot be published. Replace it with a copy of the file itself, or delete it.',
        });
        continue;
      }
      if (stat.isDirectory()) {
        walk(absolute);
        continue;
      }
      if (!stat.isFile()) {
        problems.push({
          file,
          ...ruleOf('file-type'),
          message: 'This is not an ordinary file, so it cannot be published. Delete it.',
        });
        continue;
      }
      if (absolute.startsWith(filesDir + path.sep)) problems.push(...checkPublishedFile(absolute, file, stat.size));
    }
  };
  walk(trustDir);
  return problems;
}

function checkPublishedFile(absolute: string, file: string, size: number): Problem[] {
  const problems: Problem[] = [];
  const name = path.basename(absolute);
  if (name.startsWith('.')) return problems;
  if (!SAFE_NAME.test(name)) {
    problems.push({
      file,
      ...ruleOf('file-name'),
      message: `The name "${name}" has spaces, accents or signs such as # or ? that browsers and web hosts change or cut off, so links to it break. Rename it to "${suggestedName(name)}" and change any links to it.`,
    });
  }
  if (size > LARGE_FILE_BYTES) {
    problems.push({
      file,
      ...ruleOf('large-file'),
      message: `This file is ${(size / 1024 / 1024).toFixed(1)} MB. On a phone with a slow connection that takes minutes to download. Make it smaller if you can (for example save the PDF with "reduced file size", or make pictures smaller), ideally under ${LARGE_FILE_BYTES / 1024 / 1024} MB.`,
    });
  }
  const extension = path.extname(name).slice(1).toLowerCase();
  const expected = publishable[extension];
  if (!expected) {
    problems.push({
      file,
      ...ruleOf('file-type'),
      message: `Files ending in ".${extension}" cannot be published: a web page, script or program on the trust's site could run code there. Publish documents and pictures only (${Object.keys(publishable).join(', ')}), or delete it.`,
    });
    return problems;
  }
  const bytes = readFileSync(absolute);
  if (!bytesMatch(bytes, expected)) {
    problems.push({
      file,
      ...ruleOf('file-type'),
      message: `This file's name ends in ".${extension}" but what is inside is not a ${extension.toUpperCase()} file (it may be a web page or a different kind of file renamed). Save it again from the program that made it as a real .${extension} file, or give it the right extension.`,
    });
    return problems;
  }
  const tooBig = rasterBudgetProblem(extension, bytes);
  if (tooBig) problems.push({ file, ...ruleOf('picture-size'), message: tooBig });
  if (extension === 'svg') {
    const parts = svgProblems(bytes);
    if (parts.length > 0) {
      problems.push({
        file,
        ...ruleOf('unsafe-svg'),
        message: `This SVG picture contains ${parts.slice(0, 4).join(', ')}${parts.length > 4 ? ` and ${parts.length - 4} more` : ''}. Pictures must not hold scripts, event handlers, embedded web content, links to other files or effects that take too long to draw. Export it again as a plain SVG (in Inkscape, "Plain SVG"; in Illustrator, "SVG" with no scripts and with images embedded), or use a PNG.`,
      });
    }
  }
  return problems;
}
