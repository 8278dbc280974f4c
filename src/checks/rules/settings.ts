/** Rules over trust.yaml and the settings at the top of each page. */
import { both, files, homeBody, settingsPlus, settingsWith } from './example-trust.ts';
import { rule } from '../rule.ts';

export const settingsRules = [
  rule({
    id: 'invalid-field',
    severity: 'error',
    scope: 'trust.yaml',
    means: 'A field is missing, empty, or not in the form it needs (a date, a colour, a web address...).',
    fix: 'The message says what the field needs, with an example.',
    checks: ['settings', 'page-settings', 'languages'],
    examples: {
      fail: [
        settingsWith((yaml) => yaml.replace('url: https', 'url: http')),
        settingsWith((yaml) => yaml.replace('language: en-GB', 'language: xx-GB')),
        // A language with no words, a folder the site uses for a page of its own, the Welsh standards without Welsh.
        settingsPlus('languages:\n  - language: xx-GB'),
        settingsPlus('languages:\n  - language: cy-GB\n    folder: contents'),
        settingsPlus('welshLanguageStandards: true'),
        settingsPlus('welshLanguageStandards: true\nlanguages:\n  - language: cy-GB'),
        files({ 'index.md': '---\ntype: overview\ntitle: Our strategy\n---\n\nText.\n' }),
      ],
      pass: [
        settingsWith((yaml) => yaml.replace('url: https://acme.example/strategy/', 'url: https://www.acme.example/our-strategy/')),
        settingsPlus('languages:\n  - language: cy-GB\n    folder: cymraeg'),
      ],
    },
  }),
  rule({
    id: 'unknown-field',
    severity: 'error',
    scope: 'trust.yaml',
    means: 'A field name is not one this page or file uses (often a spelling mistake).',
    fix: 'Correct the name; the message suggests the closest one and lists the fields.',
    checks: ['settings', 'page-settings', 'languages'],
    examples: {
      fail: [
        settingsPlus('motto: Care first'),
        homeBody('Text.', 'ordr: 3\n'),
        // A language's own trust.yaml holds only its name, descriptor and strategy name.
        both(
          settingsPlus('languages:\n  - language: cy-GB'),
          files({ 'cy/trust.yaml': 'name: Ymddiriedolaeth GIG Acme\nshortName: Acme\n' }),
        ),
      ],
      pass: [
        homeBody('Text.', 'order: 3\n'),
        both(settingsPlus('languages:\n  - language: cy-GB'), files({ 'cy/trust.yaml': 'name: Ymddiriedolaeth GIG Acme\n' })),
      ],
    },
  }),
  rule({
    id: 'slug-mismatch',
    severity: 'error',
    scope: 'trust.yaml',
    means: "The slug in trust.yaml is not the trust's folder name.",
    fix: 'Make them the same.',
    checks: ['slug'],
    examples: {
      fail: [settingsWith((yaml) => yaml.replace('slug: acme', 'slug: acme-trust'))],
      pass: [files({})],
    },
  }),
  rule({
    id: 'placeholder',
    severity: 'error',
    severityVaries: 'An error for the check and the build; a warning in the live preview while an editor drafts.',
    scope: 'trust.yaml',
    means:
      'Guidance text from the new trust template ("Replace this…") is still in a file. npm run check and the build refuse it (the live preview only warns while you draft).',
    fix: "Replace it with the trust's own words, or delete it.",
    checks: ['settings-placeholders', 'page-placeholders'],
    examples: {
      fail: [homeBody('Replace this with what the strategy is for.')],
      pass: [homeBody('We replaced the old plan with this one.')],
    },
  }),
  rule({
    id: 'missing-file',
    severity: 'error',
    scope: 'trust.yaml',
    means: 'A logo, document, picture or link points to a file that is not there.',
    fix: "Put the file in the trust's files folder, or correct the name.",
    checks: ['logo', 'documents', 'links'],
    examples: {
      fail: [settingsPlus('logo:\n  file: files/logo.svg\n  alt: Acme NHS Trust'), homeBody('Read [the plan](files/plan.pdf).')],
      pass: [
        settingsPlus('logo:\n  file: files/pictures/hospital.svg\n  alt: Acme NHS Trust'),
        homeBody('Read [the picture](files/pictures/hospital.svg).'),
      ],
    },
  }),
  rule({
    id: 'redirect-hides-page',
    severity: 'error',
    scope: 'pages together',
    means:
      'An old address in trust.yaml `redirects` is still the address of a page or file of the site, so readers would never reach that page.',
    fix: 'Remove the redirect, or give an address the site no longer uses.',
    checks: ['redirects', 'build'],
    examples: {
      fail: [settingsPlus('redirects:\n  - from: contact/\n    to: https://www.nhs.uk/')],
      pass: [settingsPlus('redirects:\n  - from: old-plan/\n    to: https://www.nhs.uk/')],
    },
  }),
  rule({
    id: 'redirect-target',
    severity: 'error',
    scope: 'pages together',
    means:
      "An old address in trust.yaml `redirects` leads to a page of the site that does not exist, so readers would go from one 'not found' to another.",
    fix: 'Give the address of a page the site has, for example "goals/".',
    checks: ['redirects'],
    examples: {
      fail: [settingsPlus('redirects:\n  - from: old-plan/\n    to: plans/')],
      pass: [settingsPlus('redirects:\n  - from: old-plan/\n    to: contact/')],
    },
  }),
] as const;
