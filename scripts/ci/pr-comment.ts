/**
 * node scripts/ci/pr-comment.ts --report <file>: the pull request comment: the content
 * check's report (npm run check -- --format markdown) and, when the touched trusts were
 * built, a link to download their preview and how to look at it.
 */
import { readFileSync } from 'node:fs';
import { parseCommandLine, stop } from '../cli/arguments.ts';

export function pullRequestComment(report: string, preview: { url?: string; trusts: string[] }): string {
  const parts = [report.trimEnd()];
  if (preview.url && preview.trusts.length > 0) {
    const names = preview.trusts.map((slug) => `\`${slug}\``).join(', ');
    parts.push(
      `### Preview\n\nThe sites this pull request changes (${names}) are built: [download the preview](${preview.url}) (a zip file, kept for 14 days). ` +
        'Unzip it into `dist/` in a copy of this repository and run `npm run preview` to browse each site at its own address.',
    );
  }
  return `${parts.join('\n\n')}\n`;
}

if (import.meta.main) {
  const command = 'node scripts/ci/pr-comment.ts';
  const { values } = parseCommandLine({
    command,
    usage: '--report <file> [--preview-url <url> --trusts <json>]',
    summary: "Writes the pull request comment: the check's report and a link to the preview of the trusts it changed.",
    options: {
      report: { type: 'string', value: 'file', description: "the check's Markdown report (required)" },
      'preview-url': { type: 'string', value: 'url', description: 'where the preview artifact is' },
      trusts: { type: 'string', default: '[]', value: 'json', description: 'the trusts in the preview, as a JSON list' },
    },
    examples: [['node scripts/ci/pr-comment.ts --report check-report.md --preview-url "$URL" --trusts \'["fenmoor"]\'', 'in the workflow']],
  });
  const reportFile = values.report ?? stop(`${command}: say where the check's report is with --report <file>.`);
  let trusts: string[];
  try {
    trusts = (JSON.parse(values.trusts) as unknown[]).filter(
      (slug): slug is string => typeof slug === 'string' && /^[a-z0-9-]+$/.test(slug),
    );
  } catch {
    stop(`${command}: --trusts must be a JSON list of slugs, not "${values.trusts}".`);
  }
  const url = values['preview-url'] && /^https:\/\/[^\s()]+$/.test(values['preview-url']) ? values['preview-url'] : undefined;
  process.stdout.write(pullRequestComment(readFileSync(reportFile, 'utf8'), url ? { url, trusts } : { trusts }));
}
