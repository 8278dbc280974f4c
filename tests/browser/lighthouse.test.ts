/**
 * Lighthouse with its phone settings: 100 for accessibility, best practices and SEO, naming
 * each audit that cost points. Each kind of page it audits (home, a goals page, the easy read
 * home page, search) is audited here on one sample trust, a different trust for each kind, so
 * every trust and every kind is covered in a quarter of the time; `npm run lighthouse` audits
 * every kind on every trust. (axe, which Lighthouse's accessibility score is built on, runs on
 * every page of every trust in every-page.test.ts.) Performance (target 95) depends on how busy
 * the machine is, so like every speed target it is judged by that command, which prints figures
 * and exits 1 below 95, not by the test suite; the scores are printed here for the record.
 */
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { auditTrusts, formatScores, TARGETS } from '../../scripts/lighthouse.ts';
import { repoRoot } from '../support/built-sites.ts';

const JUDGED = ['accessibility', 'best-practices', 'seo'] as const;

describe('Lighthouse, phone settings', () => {
  it(
    'home, goals, easy read and search pages, each on a different sample trust, score 100 for accessibility, best practices and SEO',
    { timeout: 1_200_000 },
    async () => {
      const results = await auditTrusts({
        outDir: inject('builtSites'),
        contentDir: path.join(repoRoot, 'content'),
        trusts: [],
        repeatSlowPages: false,
        // The first trust's first kind of page, the second trust's second kind, and so on.
        choosePages: (pages, index) => [pages[index % pages.length]!],
      });
      console.log(formatScores(results));
      const kinds = new Set(results.map((result) => result.page.replace(/ \(.*\)$/, '')));
      expect([...kinds].sort()).toEqual(['easy read', 'goal', 'home', 'search']);
      const misses = results.flatMap((result) => {
        const below = JUDGED.filter((category) => result.scores[category] < TARGETS[category]);
        const why = result.shortfalls.filter((text) => below.some((category) => text.startsWith(`${category}:`)));
        return below.length === 0 ? [] : [`${result.trust} ${result.page}: ${why.join('; ')}`];
      });
      expect(misses).toEqual([]);
    },
  );
});
