/** What only the build can find: the content check passed, but the site builder could not turn a page into a web page. */
import { rule } from '../rule.ts';

export const buildRules = [
  rule({
    id: 'build-refused',
    severity: 'error',
    scope: 'build',
    means: 'The site builder could not turn a page into a web page, for a reason the other checks did not catch.',
    fix: 'The message names the file and line and says what to change. If it is unclear, send it to the product team.',
    checks: ['build'],
    examples: {
      fail: [],
      pass: [],
    },
  }),
] as const;
