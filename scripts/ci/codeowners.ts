/**
 * npm run codeowners: writes `.github/CODEOWNERS` from the trusts' settings, so that a change
 * to `content/<slug>/` needs the approval of the people named in that trust's `approvers`
 * (with "Require review from Code Owners" on the main branch). The browser editor's
 * per-trust permissions rely on it (docs/editing-in-the-browser.md). Everything above the
 * generated section is the product team's own, kept as written; `--check` fails when the
 * file is not what the settings say (run by the tests).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readTrustSettings } from '../../src/reader/read-content.ts';
import { listTrustFolders } from '../../src/reader/trust-folders.ts';
import { approversField } from '../../src/schemas/redirects.ts';
import { parseCommandLine, stop } from '../cli/arguments.ts';

export const CODEOWNERS_FILE = path.join('.github', 'CODEOWNERS');
export const GENERATED_MARK =
  '# ---- Generated from content/*/trust.yaml (approvers) by "npm run codeowners": do not edit below this line. ----';

const DEFAULT_HEAD = `# Who must approve changes to what (GitHub reads this file; turn on "Require review from Code
# Owners" in the main branch's protection rules). Lines above the generated section are the
# product team's: name the team that reviews code here, for example:
# *                @your-organisation/strategy-sites-developers
# Later lines win, so each trust's folder below is approved by the trust's own approvers.
`;

/** The whole CODEOWNERS text for the trusts in `contentDir`, keeping the hand-written part of `current`. */
export function codeownersText(contentDir: string, current = ''): string {
  const markAt = current.indexOf(GENERATED_MARK);
  const head = markAt >= 0 ? current.slice(0, markAt) : current || DEFAULT_HEAD;
  const lines: string[] = [];
  for (const folder of listTrustFolders(contentDir)) {
    // Read by the one reader: the same YAML the check judges.
    const settings = readTrustSettings(path.join(folder.dir, 'trust.yaml'))?.data;
    const result = approversField.safeParse(settings?.approvers ?? []);
    if (!result.success)
      throw new Error(`content/${folder.slug}/trust.yaml, approvers: ${result.error.issues[0]!.message} Run "npm run check" for details.`);
    // Slugs and approvers are held to a small alphabet (no spaces, "#" or newlines), so each line means what it says.
    lines.push(
      result.data.length > 0
        ? `/content/${folder.slug}/ ${result.data.join(' ')}`
        : `# /content/${folder.slug}/: no approvers in its trust.yaml`,
    );
  }
  return `${head.replace(/\n*$/, '\n\n')}${GENERATED_MARK}\n${lines.join('\n')}\n`;
}

if (import.meta.main) {
  const root = path.resolve(import.meta.dirname, '..', '..');
  const { values } = parseCommandLine({
    command: 'npm run codeowners',
    usage: '[options]',
    summary: ".github/CODEOWNERS from each trust's approvers in trust.yaml: who must approve changes to that trust's folder.",
    options: {
      check: { type: 'boolean', description: 'change nothing; fail if the file is not up to date' },
      content: { type: 'string', default: 'content', value: 'dir', description: 'the folder with one folder per trust' },
    },
    examples: [
      ['npm run codeowners', 'write .github/CODEOWNERS'],
      ['npm run codeowners -- --check', 'fail if it is out of date (the tests run this)'],
    ],
  });
  const file = path.join(root, CODEOWNERS_FILE);
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
  let wanted: string;
  try {
    wanted = codeownersText(path.resolve(root, values.content), current);
  } catch (error) {
    stop(`npm run codeowners: ${(error as Error).message}`);
  }
  if (values.check) {
    if (wanted !== current)
      stop(`${CODEOWNERS_FILE} is out of date with the trusts' approvers in trust.yaml. Run "npm run codeowners" and commit the file.`);
    console.log(`${CODEOWNERS_FILE} is up to date.`);
  } else if (wanted !== current) {
    writeFileSync(file, wanted);
    console.log(`Wrote ${CODEOWNERS_FILE}.`);
  } else console.log(`${CODEOWNERS_FILE} was already up to date.`);
}
