/** Rules over each page on its own, and over a trust's pages together. */
import { both, exampleTrust, files, pageWithTwin, picture, settingsPlus, settingsWith } from './example-trust.ts';
import { translationStamp } from '../../reader/translation-stamp.ts';

/** The example trust's home page and its easy read twin in Welsh (fictional, our own words), stamped with the English pages they translate. */
const homeStamp = translationStamp(exampleTrust['index.md']!);
const easyReadStamp = translationStamp(exampleTrust['easy-read/index.md']!);
const welshHomeWith = (stamp: string) =>
  `---\ntype: overview\n${stamp}title: Ein strategaeth\ndescription: Beth fyddwn ni yn ei wneud.\n---\n\nByddwn ni yn gwella gofal.\n`;
const welshEasyReadWith = (stamp: string) =>
  `---\n${stamp}title: Ein cynllun\ndescription: Beth fyddwn ni yn ei wneud.\n---\n\n![Ysbyty](../../files/pictures/hospital.svg)\n\nByddwn ni yn gwella gofal.\n`;
const welshHome = welshHomeWith(`translates: "${homeStamp}"\n`);
const welshEasyRead = welshEasyReadWith(`translates: "${easyReadStamp}"\n`);
const welshStandards = 'languages:\n  - language: cy-GB\n    coverage: complete\nwelshLanguageStandards: true';
import { rule } from '../rule.ts';

/** A progress report on one goal, "Shorter waits"; an example adds more goals after it. */
const progressReport =
  'type: progress-report\ntitle: Our first year\ndescription: How the year went.\nperiod:\n  start: 2025-04\n  end: 2026-03\npublished: 2026-06-25\ngoals:\n  - goal: Shorter waits\n    status: on-track\n    progress: Waits fell.';

export const pageRules = [
  rule({
    id: 'unknown-type',
    severity: 'error',
    scope: 'page',
    means: 'A page has no type, or a type the product does not know.',
    fix: 'Use one of the page types listed in this guide, for example type: goals.',
    checks: ['page-settings'],
    examples: {
      fail: [files({ 'index.md': '---\ntype: overveiw\ntitle: Our strategy\ndescription: What we will do.\n---\n\nText.\n' })],
      pass: [files({})],
    },
  }),
  rule({
    id: 'date-passed',
    severity: 'warning',
    scope: 'page',
    means: 'A warning: a date has passed but the page still reads as if it is to come ("We expect to publish … by 31 July 2025").',
    fix: 'Change it to a new date, or to words such as "in our next annual report", or update the page now that it has happened.',
    checks: ['stale-dates'],
    examples: {
      fail: [
        pageWithTwin(
          'values.md',
          'type: values\ntitle: Our values\ndescription: What we value.\nrefresh:\n  expected: 2020-01-01\n  explanation: We are asking staff.',
        ),
      ],
      pass: [
        pageWithTwin(
          'values.md',
          'type: values\ntitle: Our values\ndescription: What we value.\nrefresh:\n  expected: 2099-01-01\n  explanation: We are asking staff.',
        ),
      ],
    },
  }),
  rule({
    id: 'review-overdue',
    severity: 'warning',
    scope: 'page',
    means:
      'A warning: the page says when it is next due to be reviewed (review.nextDue), and that day has passed, so readers see a review date in the past.',
    fix: 'Check the page is still right, then change review.lastReviewed to the day you checked it and review.nextDue to the day of the next check.',
    checks: ['review-dates'],
    examples: {
      fail: [
        pageWithTwin(
          'about.md',
          'type: page\ntitle: About us\ndescription: Who we are.\nreview:\n  lastReviewed: 2019-01-01\n  nextDue: 2020-01-01',
        ),
      ],
      pass: [
        pageWithTwin(
          'about.md',
          'type: page\ntitle: About us\ndescription: Who we are.\nreview:\n  lastReviewed: 2019-01-01\n  nextDue: 2099-01-01',
        ),
      ],
    },
  }),
  rule({
    id: 'no-way-to-ask',
    severity: 'error',
    scope: 'page',
    means: 'A document is listed as on request, but the trust gives no way to ask for it.',
    fix: 'Add a contact email, phone number, contact page or postal address under contact in trust.yaml, or give the document its file or link.',
    checks: ['documents'],
    examples: {
      fail: [
        both(
          settingsWith((yaml) => yaml.replace('contact:\n  email: strategy@acme.example\n', '')),
          pageWithTwin(
            'documents.md',
            'type: documents\ntitle: Documents\ndescription: Our papers.\ndocuments:\n  - title: Our last strategy\n    kind: full\n    onRequest: true',
          ),
        ),
      ],
      pass: [
        pageWithTwin(
          'documents.md',
          'type: documents\ntitle: Documents\ndescription: Our papers.\ndocuments:\n  - title: Our last strategy\n    kind: full\n    onRequest: true',
        ),
      ],
    },
  }),
  rule({
    id: 'reserved-name',
    severity: 'error',
    scope: 'page',
    means: 'A page uses a name the site needs for its own pages (contents, search, contact, accessibility, cookies...).',
    fix: 'Rename the file, for example to our-contents.md.',
    checks: ['page-name'],
    examples: {
      fail: [pageWithTwin('contents.md', 'type: page\ntitle: Contents\ndescription: All our pages.')],
      pass: [pageWithTwin('our-contents.md', 'type: page\ntitle: Contents\ndescription: All our pages.')],
    },
  }),
  rule({
    id: 'unreadable-file',
    severity: 'error',
    scope: 'document files',
    means: 'A document to download cannot be read: it is empty, or a PDF that is damaged or is really another kind of file.',
    fix: 'Export the document again as a PDF from the program it was made in and replace the file.',
    checks: ['document-files'],
    examples: {
      fail: [
        both(
          files({ 'files/plan.pdf': '%PDF-1.7\n' }),
          pageWithTwin(
            'documents.md',
            'type: documents\ntitle: Documents\ndescription: Our papers.\ndocuments:\n  - title: Our plan\n    kind: full\n    file: files/plan.pdf\n    date: 2025-04-01',
          ),
        ),
      ],
      pass: [
        pageWithTwin(
          'documents.md',
          'type: documents\ntitle: Documents\ndescription: Our papers.\ndocuments:\n  - title: Our plan\n    kind: full\n    link: https://acme.example/plan.pdf\n    date: 2025-04-01',
        ),
      ],
    },
  }),
  rule({
    id: 'unknown-goal',
    severity: 'error',
    scope: 'pages together',
    means: "A progress report names a goal (goals: - goal:) that is not on the trust's goals, focus areas, priorities or themes page.",
    fix: "Write the goal's name exactly as the goals page does; the message suggests the closest one and lists them all.",
    checks: ['progress-goals'],
    examples: {
      fail: [
        both(
          pageWithTwin(
            'goals.md',
            'type: goals\ntitle: Our goals\ndescription: Our goals.\ngoals:\n  - title: Shorter waits\n  - title: Care at home',
          ),
          pageWithTwin(
            'progress.md',
            `${progressReport}\n  - goal: Care near home\n    status: some-delay\n    progress: The clinic opened late.`,
          ),
        ),
        pageWithTwin('progress.md', progressReport),
      ],
      pass: [
        both(
          pageWithTwin(
            'goals.md',
            'type: goals\ntitle: Our goals\ndescription: Our goals.\ngoals:\n  - title: Shorter waits\n  - title: Care at home',
          ),
          pageWithTwin(
            'progress.md',
            `${progressReport}\n  - goal: Care at home\n    status: some-delay\n    progress: The clinic opened late.`,
          ),
        ),
        both(
          pageWithTwin(
            'focus-areas.md',
            'type: priorities\ntitle: Our focus areas\ndescription: Where we focus.\ngroups:\n  - title: Shorter waits\n    priorities:\n      - title: More theatre time',
          ),
          pageWithTwin('progress.md', progressReport),
        ),
      ],
    },
  }),
  rule({
    id: 'unknown-page',
    severity: 'error',
    scope: 'pages together',
    means: 'A document names a page of this site (page:) that does not exist.',
    fix: "Write the page's file name without .md, for example page: ambitions, or remove the line.",
    checks: ['document-pages'],
    examples: {
      fail: [
        pageWithTwin(
          'documents.md',
          'type: documents\ntitle: Documents\ndescription: Our papers.\ndocuments:\n  - title: Our plan\n    kind: full\n    link: https://acme.example/plan.pdf\n    page: plna',
        ),
      ],
      pass: [
        both(
          pageWithTwin(
            'documents.md',
            'type: documents\ntitle: Documents\ndescription: Our papers.\ndocuments:\n  - title: Our plan\n    kind: full\n    link: https://acme.example/plan.pdf\n    page: plan',
          ),
          pageWithTwin('plan.md', 'type: page\ntitle: Our plan\ndescription: The plan.'),
        ),
      ],
    },
  }),
  rule({
    id: 'duplicate-address',
    severity: 'error',
    scope: 'pages together',
    means: 'Two files would be published at the same address (for example goals.md and goals.mdx).',
    fix: 'Rename or delete one of them.',
    checks: ['addresses'],
    examples: {
      fail: [files({ 'index.mdx': '---\ntype: page\ntitle: Home\ndescription: Home.\n---\n\nText.\n' })],
      pass: [files({})],
    },
  }),
  rule({
    id: 'letter-case-clash',
    severity: 'error',
    scope: 'pages together',
    means:
      'Two pages or two files have the same name except for capital letters (for example goals.md and Goals.md). Many computers and web hosts treat them as one name, so one would replace the other.',
    fix: 'Rename one of them, or delete one. Use small letters only in file names.',
    checks: ['letter-case'],
    examples: {
      fail: [files({ 'files/pictures/HOSPITAL.svg': picture })],
      pass: [files({ 'files/pictures/hospital-2.svg': picture })],
    },
  }),
  rule({
    id: 'twin-without-page',
    severity: 'error',
    scope: 'pages together',
    means: 'An easy read page has no standard page with the same name.',
    fix: 'Create the standard page, or rename the easy read file to match one.',
    checks: ['twins'],
    examples: {
      fail: [
        files({
          'easy-read/plans.md':
            '---\ntitle: Our plans\ndescription: What we will do.\n---\n\n![A hospital](../files/pictures/hospital.svg)\n\nText.\n',
        }),
      ],
      pass: [files({})],
    },
  }),
  rule({
    id: 'missing-translation',
    severity: 'error',
    scope: 'pages together',
    means: 'A language marked complete (coverage: complete in trust.yaml languages) has no translation of one of the pages.',
    fix: "Write the translation in the language's folder with the same file name, or mark the language coverage: partial.",
    checks: ['translations'],
    examples: {
      fail: [settingsPlus('languages:\n  - language: cy-GB\n    coverage: complete')],
      pass: [
        both(
          settingsPlus('languages:\n  - language: cy-GB\n    coverage: complete'),
          files({ 'cy/index.md': welshHome, 'cy/easy-read/index.md': welshEasyRead }),
        ),
        settingsPlus('languages:\n  - language: cy-GB\n    coverage: partial'),
      ],
    },
  }),
  rule({
    id: 'translation-without-original',
    severity: 'error',
    scope: 'pages together',
    means: "A page in a language's folder has no page of the same name in the main language, so it translates nothing.",
    fix: 'Rename it to match a page of the main language, or write that page first.',
    checks: ['translations'],
    examples: {
      fail: [
        both(
          settingsPlus('languages:\n  - language: cy-GB'),
          files({ 'cy/plans.md': welshHome.replace('type: overview', 'type: page'), 'cy/easy-read/plans.md': welshEasyRead }),
        ),
      ],
      pass: [
        both(settingsPlus('languages:\n  - language: cy-GB'), files({ 'cy/index.md': welshHome, 'cy/easy-read/index.md': welshEasyRead })),
      ],
    },
  }),
  rule({
    id: 'translation-out-of-date',
    severity: 'warning',
    severityVaries: 'A warning, or an error for Welsh pages when welshLanguageStandards is true in trust.yaml.',
    scope: 'pages together',
    means:
      "A translated page does not match the main language's page as it is now: that page has changed since it was translated, or the translation does not say which version it translates (no translates: line). Readers of the translation are told it may be out of date. It is a warning, or an error for Welsh under the Welsh Language Standards, which ask for Welsh to be published at the same time as English.",
    fix: 'Have the changes translated, then run npm run stamp-translations -- <trust> <file> to record which version the translation matches.',
    checks: ['translations'],
    examples: {
      fail: [
        both(
          settingsPlus('languages:\n  - language: cy-GB'),
          files({ 'cy/index.md': welshHomeWith(''), 'cy/easy-read/index.md': welshEasyRead }),
        ),
        both(
          settingsPlus('languages:\n  - language: cy-GB'),
          files({ 'cy/index.md': welshHomeWith('translates: "000000000000"\n'), 'cy/easy-read/index.md': welshEasyRead }),
        ),
        // Under the Welsh Language Standards the same is an error (tests/checks/translation-stamps.test.ts).
      ],
      pass: [
        both(settingsPlus('languages:\n  - language: cy-GB'), files({ 'cy/index.md': welshHome, 'cy/easy-read/index.md': welshEasyRead })),
        both(settingsPlus(welshStandards), files({ 'cy/index.md': welshHome, 'cy/easy-read/index.md': welshEasyRead })),
      ],
    },
  }),
  rule({
    id: 'missing-twin',
    severity: 'warning',
    severityVaries: 'A warning, or an error when easyRead.required is true in trust.yaml.',
    scope: 'pages together',
    means: 'A page has no easy read version. It is a warning, or an error when easyRead.required is true in trust.yaml.',
    fix: 'Write the easy read version in easy-read/ with the same file name.',
    checks: ['twins'],
    examples: {
      fail: [files({ 'notes.md': '---\ntype: page\ntitle: Notes\ndescription: Our notes.\n---\n\nText.\n' })],
      pass: [pageWithTwin('notes.md', 'type: page\ntitle: Notes\ndescription: Our notes.')],
    },
  }),
] as const;
