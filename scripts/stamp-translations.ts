/**
 * npm run stamp-translations -- <trust> [file...]: records, in each translated page, which
 * version of its main-language page it translates (the `translates:` line), after a translator
 * has brought it up to date. See --help.
 */
import path from 'node:path';
import { parseCommandLine, stop } from './cli/arguments.ts';
import { stampTranslations } from './stamp-translations/stamp.ts';

const root = path.resolve(import.meta.dirname, '..');
const command = 'npm run stamp-translations';
const { values, positionals } = parseCommandLine({
  command,
  usage: '<trust> [file...] [options]',
  summary:
    "Records in each translated page which version of the main language's page it translates (its translates: line), so the check and the page stop saying it may be out of date. Run it once the translation has been checked against the page as it is now. Only that one line of each file is changed.",
  positionals: {
    name: 'trust',
    description:
      "the trust's folder name, then the translated pages to stamp (e.g. content/afon-las/cy/goals.md or cy/goals.md); none: every translation",
  },
  options: {
    content: { type: 'string', default: 'content', value: 'dir', description: 'the folder with one folder per trust' },
  },
  examples: [
    ['npm run stamp-translations -- afon-las content/afon-las/cy/goals.md', 'after the Welsh goals page has been translated again'],
    ['npm run stamp-translations -- afon-las', 'stamp every translation of afon-las (once, for pages written before stamps)'],
  ],
});

const [slug, ...files] = positionals;
if (!slug) stop(`${command}: give the trust's folder name first, for example: ${command} -- afon-las cy/goals.md`);
const contentDir = path.resolve(root, values.content);
const result = stampTranslations({ contentDir, displayRoot: path.dirname(contentDir), slug, files });
for (const line of result.lines) console.log(line);
if (result.refused) stop(result.refused);
console.log(result.changed === 0 ? 'Nothing to change.' : `Stamped ${result.changed} ${result.changed === 1 ? 'page' : 'pages'}.`);
