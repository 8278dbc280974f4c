/**
 * Strategies of every shape, written the way real trusts write them (the things they leave
 * unsaid left out): each passes the check, builds, and its pages say only what the trust
 * wrote. No invented dates, names or headings, and no heading with nothing under it.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroCacheDir } from '../../src/publishing/astro-cache-dir.ts';
import { pagePaths, readPage, repoRoot, runBuild, textOf, type CommandResult } from '../support/built-sites.ts';
import { emptyHeadings } from '../support/page-structure.ts';

/** Each shape: a trust made only of these pages (front matter, no body). */
const shapes: Record<string, Record<string, string>> = {
  'only-priorities': {
    'priorities.md': `type: priorities
title: Our commitments
description: Three commitments, each written as a sentence.
groups:
  - statement: We will treat people as partners in their own care.
    priorities:
      - title: Shared care plans
      - title: Carers' passports
        description: A card that tells staff who a person's carer is.
  - statement: We will be open about how we are doing.
    priorities:
      - title: Publish our waiting times every month
  - priorities:
      - title: Tackle the backlog in community dentistry`,
  },
  'only-focus-areas': {
    'focus-areas.md': `type: goals
title: Our focus areas
description: Four areas of focus.
goals:
  - title: Prevention
    statement: Helping people to stay well.
  - title: Access
    statement: Making services easier to reach.
  - title: People
  - title: Partnerships
    statement: Working as one with councils and charities.`,
  },
  'unsaid-dates': {
    'values.md': `type: values
title: Our values
description: Our values are being renewed.
refresh:
  explanation: Staff are choosing new values with patients.
  expected: in our next annual report`,
    'documents.md': `type: documents
title: Documents
description: Our strategy to download.
documents:
  - title: Our strategy
    kind: full
    link: https://www.example.org/strategy.pdf`,
    'thanks.md': `type: acknowledgements
title: Thank you
description: The groups who helped.
groups:
  - name: Northbridge carers' forum
  - name: Youth council
  - name: Patient panel`,
  },
  'passed-dates': {
    'values.md': `type: values
title: Our values
description: New values are on the way.
refresh:
  explanation: Staff are choosing new values.
  expected: 2025-07-31`,
    'delivery.md': `type: delivery
title: Progress
description: How we report.
reporting:
  - what: First progress report
    when: 2026-01`,
  },
  'case-and-delivery': {
    'case-for-change.md': `type: case-for-change
title: Why change
description: Why we need a new strategy.`,
    'delivery.md': `type: delivery
title: How we will know
description: What we will measure.
measures:
  - name: Time to first appointment
    notYetMeasured: We will publish the first figures in our first annual report.`,
  },
};

let work: string;
let content: string;
let dist: string;
let build: CommandResult;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'strategy-shapes-'));
  content = path.join(work, 'content');
  dist = path.join(work, 'dist');
  for (const [slug, pages] of Object.entries(shapes)) {
    const dir = path.join(content, slug);
    mkdirSync(dir, { recursive: true });
    const settings = readFileSync(path.join(repoRoot, 'content', 'northwold', 'trust.yaml'), 'utf8')
      .replace(/^slug: .*$/m, `slug: ${slug}`)
      .replace(/^url: .*$/m, `url: https://${slug}.example/`);
    writeFileSync(path.join(dir, 'trust.yaml'), settings);
    cpSync(path.join(repoRoot, 'content', 'northwold', 'files'), path.join(dir, 'files'), { recursive: true });
    for (const [file, frontMatter] of Object.entries(pages)) writeFileSync(path.join(dir, file), `---\n${frontMatter}\n---\n`);
  }
  build = await runBuild(['--content', content, '--out', dist]);
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
  if (content) rmSync(astroCacheDir(repoRoot, content), { recursive: true, force: true });
});

const home = (slug: string) => readPage(path.join(dist, slug), '').querySelector('main')!;
const page = (slug: string, pagePath: string) => readPage(path.join(dist, slug), pagePath).querySelector('main')!;

describe('strategies of every shape', () => {
  it('pass the check with no errors, and build', () => {
    const check = execFileSync(process.execPath, [path.join(repoRoot, 'scripts', 'check.ts'), '--content', content], { encoding: 'utf8' });
    expect(check).not.toMatch(/error \(/);
    expect(build.code, build.stdout + build.stderr).toBe(0);
  });

  it('warn, in the build as in the check, about a date that has passed but still reads as future', () => {
    const output = build.stdout + build.stderr;
    expect(output).toMatch(
      /content\/passed-dates\/values\.md:7\S*\n\s+warning \(date-passed\) refresh → expected: The page says "We expect to publish the new values by 31 July 2025", and that has passed \(the build date is 23 November 2026\)/,
    );
    expect(output).toMatch(
      /content\/passed-dates\/delivery\.md:7\S*\n\s+warning \(date-passed\) report 1 → when: "First progress report" was due by January 2026/,
    );
    expect(output).not.toMatch(/unsaid-dates.*date-passed/);
  });

  it('show commitments written as sentences without inventing their names', () => {
    const main = page('only-priorities', 'priorities/');
    expect(textOf(main)).toContain('We will treat people as partners in their own care.');
    // Each group starts under a heading of its own, so no sentence falls under another group's heading.
    expect(main.querySelectorAll('h2').map(textOf)).toEqual([
      'We will treat people as partners in their own care.',
      'We will be open about how we are doing.',
      'Tackle the backlog in community dentistry',
    ]);
    expect(main.querySelectorAll('h3').map(textOf)).toEqual(["Carers' passports"]);
    expect(main.querySelectorAll('li').map(textOf)).toContain('Tackle the backlog in community dentistry');
    const glance = home('only-priorities');
    expect(textOf(glance.querySelector('#glance-priorities'))).toBe('Our commitments');
    expect(textOf(glance)).toContain('We will be open about how we are doing.');
    expect(textOf(glance)).toContain('Tackle the backlog in community dentistry');
  });

  it('show focus areas with no outcomes heading, on their page and on the home page', () => {
    const main = page('only-focus-areas', 'focus-areas/');
    expect(main.querySelectorAll('h2').map(textOf)).toEqual(['Prevention', 'Access', 'Partnerships']);
    expect(textOf(main)).not.toContain('What this will mean');
    expect(
      home('only-focus-areas')
        .querySelectorAll('#glance-goals ~ ol li .nhsuk-card__heading, section[aria-labelledby="glance-goals"] li .nhsuk-card__heading')
        .map(textOf),
    ).toEqual(['Prevention', 'Access', 'People', 'Partnerships']);
  });

  it("say when new values are expected in the trust's words, and publish no date for an undated document", () => {
    expect(textOf(page('unsaid-dates', 'values/'))).toContain('We expect to publish the new values in our next annual report.');
    expect(textOf(home('unsaid-dates'))).toContain('We expect to publish the new values in our next annual report.');
    const documents = page('unsaid-dates', 'documents/');
    expect(textOf(documents)).toContain('Our strategy');
    expect(textOf(documents)).not.toMatch(/Published/);
    const thanks = page('unsaid-dates', 'thanks/');
    expect(thanks.querySelectorAll('h2')).toHaveLength(0);
    expect(thanks.querySelectorAll('li').map(textOf)).toEqual(["Northbridge carers' forum", 'Youth council', 'Patient panel']);
  });

  it('show a measure promised in words, and a case for change with nothing but its description', () => {
    expect(textOf(page('case-and-delivery', 'delivery/'))).toContain('We will publish the first figures in our first annual report.');
    const glance = home('case-and-delivery');
    expect(textOf(glance)).toContain('Why we need a new strategy.');
    expect(textOf(glance)).toContain('Time to first appointment. We will publish the first figures in our first annual report.');
  });

  it('have no heading with nothing under it on any page', () => {
    const found = Object.keys(shapes).flatMap((slug) =>
      pagePaths(path.join(dist, slug)).flatMap((pagePath) =>
        emptyHeadings(readPage(path.join(dist, slug), pagePath).querySelector('body')!).map((heading) => `${slug}/${pagePath}: ${heading}`),
      ),
    );
    // A priority named alone in a group with no name or sentence is that group's own heading, by design
    // (so it does not fall under the previous group's heading: see 'show commitments ...' above). It is
    // the last thing on its page, and the footer no longer offers formats the trust never named, so
    // nothing follows it.
    const titleOnlyGroup = 'only-priorities/priorities/: h2 "Tackle the backlog in community dentistry"';
    expect(found.filter((heading) => heading !== titleOnlyGroup)).toEqual([]);
  });
});
