/**
 * npm run archive-strategy -- <trust> [--replaced YYYY-MM-DD]
 *
 * Keeps the trust's current strategy as a previous edition before the next one is written:
 * copies its pages, easy read pages, language folders, a frozen copy of trust.yaml and the
 * files they name into content/<trust>/previous/<start>-<end>/ (see scripts/archive/).
 * Refuses a trust with no strategy.period, and never overwrites an archive.
 */
import path from 'node:path';
import { archiveStrategy } from './archive/archive-strategy.ts';
import { parseCommandLine, stop } from './cli/arguments.ts';

const root = path.resolve(import.meta.dirname, '..');
const today = new Date().toISOString().slice(0, 10);
const { values, positionals } = parseCommandLine({
  command: 'npm run archive-strategy',
  usage: '<trust> [options]',
  summary:
    "Keeps the trust's current strategy as a previous strategy: copies its pages, easy read pages, languages, settings and the files they use into content/<trust>/previous/<start>-<end>/, the years from strategy.period in trust.yaml. Never overwrites an archive.",
  positionals: { name: 'trust', description: "the trust's folder name under content/, e.g. harbourside" },
  options: {
    replaced: {
      type: 'string',
      default: today,
      value: 'YYYY-MM-DD',
      description: 'the day the strategy was replaced by the next one, shown on every archived page',
    },
    content: { type: 'string', default: 'content', value: 'dir', description: 'the folder with one folder per trust' },
  },
  examples: [
    ['npm run archive-strategy -- harbourside', "keep Harbourside's current strategy in content/harbourside/previous/<years>/"],
    ['npm run archive-strategy -- harbourside --replaced 2025-04-01', 'the same, saying the strategy was replaced on 1 April 2025'],
  ],
  notes:
    'Archive the strategy before you change its pages for the next one. Then change strategy.period (and the name) in trust.yaml for the new strategy.',
});

if (positionals.length !== 1) stop(`npm run archive-strategy: name one trust, for example "npm run archive-strategy -- harbourside".`);
const result = archiveStrategy({ contentDir: path.resolve(root, values.content), slug: positionals[0]!, replaced: values.replaced });
if (!result.ok) stop(`npm run archive-strategy: ${result.message}`);
console.log(`Archived ${result.files.length} files into ${path.join(values.content, result.folder)}/.`);
