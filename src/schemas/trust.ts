/**
 * Trust settings: one `content/<trust>/trust.yaml` per trust.
 * Everything the site says about the organisation itself comes from here, once.
 */
import { z } from 'astro/zod';
import { NON_TEXT_CONTRAST, TEXT_CONTRAST, contrastRatio } from './contrast.ts';
import { MAX_ADDRESS_LENGTH, siteAddressProblem } from '../addresses/trust-address.ts';
import { otherFormatKinds } from './other-formats.ts';
import { availableLanguages, hasCatalogue } from '../words/index.ts';
import { MAX_WORD_OVERRIDES, overrideProblem, replaceableWords } from '../words/overrides.ts';
import { defaultFolderOf } from '../addresses/languages.ts';
import { easyReadRuleNames } from './easy-read-rules.ts';
import { calendarDate, email, hexColour, itemLimit, text, textList, trustFile, webAddress, year } from './fields.ts';
import { ALWAYS, approversField, redirectsField, redirectsStayWithTrust } from './redirects.ts';

/** Where the strategy is in its life. It changes the banner on every page. */
export const strategyStatuses = ['engagement', 'draft', 'launched', 'refreshing'] as const;

const WHITE = '#ffffff';

const colours = z
  .strictObject({
    brand: hexColour('colours.brand').describe(
      "The trust's main colour. Used as the header background behind white text, so it must be dark enough: at least 4.5 to 1 against white.",
    ),
    accent: hexColour('colours.accent')
      .optional()
      .describe(
        'An optional second colour for lines and borders (never text). It needs at least 3 to 1 against white. Leave it out to use the brand colour.',
      ),
  })
  .superRefine((value, ctx) => {
    // zod still runs this when a colour failed its own check: judge only colours that are colour codes.
    const isColour = (colour: unknown) => typeof colour === 'string' && /^#[0-9a-f]{6}$/i.test(colour);
    const brandRatio = isColour(value.brand) ? contrastRatio(value.brand, WHITE) : TEXT_CONTRAST;
    if (brandRatio < TEXT_CONTRAST) {
      ctx.addIssue({
        code: 'custom',
        path: ['brand'],
        message: `colours.brand "${value.brand}" is too light for white text on top of it: its contrast with white is ${brandRatio} to 1 and it needs at least ${TEXT_CONTRAST} to 1. Choose a darker shade, for example "#005eb8" (NHS blue).`,
      });
    }
    if (value.accent && isColour(value.accent)) {
      const accentRatio = contrastRatio(value.accent, WHITE);
      if (accentRatio < NON_TEXT_CONTRAST) {
        ctx.addIssue({
          code: 'custom',
          path: ['accent'],
          message: `colours.accent "${value.accent}" is too light to see against white: its contrast is ${accentRatio} to 1 and it needs at least ${NON_TEXT_CONTRAST} to 1. Choose a darker shade, for example "#007f3b" (NHS green).`,
        });
      }
    }
  });

/**
 * Every contact detail is optional: a strategy page often gives none, and the site must not
 * publish an invented address, number or promise. Pages offer only the routes given here.
 */
const contact = z.strictObject({
  email: email('contact.email')
    .optional()
    .describe(
      'Optional: the email address people use to ask questions or request another format. Leave it out if the trust has not given one: pages then offer the other details given here, or say to ask the trust.',
    ),
  phone: text('contact.phone', '0300 123 4567')
    .optional()
    .describe(
      'Optional: a phone number written the way people should dial it, for example "0300 123 4567". Words after it, such as "(option 3)", are shown beside the number but not dialled.',
    ),
  address: textList('contact.address').optional().describe('Optional: the postal address, one line per item.'),
  page: webAddress('contact.page')
    .optional()
    .describe("Optional: the trust's own contact page on the web, for example https://www.example.nhs.uk/contact-us/."),
  responseTime: text('contact.responseTime')
    .optional()
    .describe(
      'Optional: how quickly the trust replies to a request for another format, in words that follow "We will reply", for example "within 10 working days". Leave it out if the trust has not promised a time: no time is then published.',
    ),
});

const period = z
  .strictObject({
    start: year('strategy.period.start').describe('The first year the strategy covers, for example 2025.'),
    end: year('strategy.period.end').describe('The last year the strategy covers, for example 2030.'),
  })
  .refine((value) => value.end > value.start, {
    error: 'strategy.period.end must be a later year than strategy.period.start, for example start: 2025 and end: 2030.',
    path: ['end'],
  });

const strategy = z.strictObject({
  name: text('strategy.name', 'Better together').describe('The strategy\'s own name, for example "Caring together".'),
  period: period
    .optional()
    .describe(
      'Optional: the years the strategy covers, shown as "2025 to 2030" with its name. Leave it out if the strategy does not state its years: no years are then shown.',
    ),
  status: z
    .enum(strategyStatuses, {
      error: `strategy.status must be one of: ${strategyStatuses.join(', ')}. For example: launched.`,
    })
    .optional()
    .describe(
      'Optional: engagement (still listening), draft (written, not agreed), launched (agreed and in force) or refreshing (being reviewed). Leave it out if the trust has not said: no status is then shown.',
    ),
  launched: calendarDate('strategy.launched')
    .optional()
    .describe('The date the strategy was launched, written as YYYY-MM-DD. Leave it out until it is launched.'),
});

/** `not-assessed`: nobody has checked the site yet, so the statement claims nothing about it. */
export const complianceStatuses = ['full', 'partial', 'none', 'not-assessed'] as const;

const accessibility = z
  .strictObject({
    prepared: calendarDate('accessibility.prepared')
      .optional()
      .describe('Optional: the date the accessibility statement was first prepared, YYYY-MM-DD. Leave it out and no date is published.'),
    reviewed: calendarDate('accessibility.reviewed').optional().describe('Optional: the date the statement was last reviewed, YYYY-MM-DD.'),
    tested: calendarDate('accessibility.tested')
      .optional()
      .describe(
        'The date the site was last tested for accessibility, YYYY-MM-DD. Needed for full, partial or none; leave it out while the compliance is not-assessed.',
      ),
    testedBy: text('accessibility.testedBy', 'our digital team')
      .optional()
      .describe(
        'Who tested it, for example "our digital team" or the name of an auditor. Needed for full, partial or none; leave it out while the compliance is not-assessed.',
      ),
    compliance: z
      .enum(complianceStatuses, {
        error: `accessibility.compliance must be one of: ${complianceStatuses.join(', ')}. For example: not-assessed.`,
      })
      .default('not-assessed')
      .describe(
        'full (fully compliant), partial (partially compliant) or none (not compliant) with WCAG 2.2 AA, as found by a test; not-assessed (the default) until someone has tested the site: the statement then says so and claims nothing.',
      ),
    knownIssues: z
      .array(
        z.strictObject({
          issue: text('accessibility.knownIssues issue').describe('What does not work, in plain words.'),
          plan: text('accessibility.knownIssues plan').optional().describe('What the trust will do about it, and by when.'),
        }),
      )
      .max(...itemLimit('accessibility.knownIssues'))
      .default([])
      .describe(
        'Parts of the site known not to meet WCAG 2.2 AA, each with what the trust is doing about it. Use an empty list [] if there are none.',
      ),
    otherFormats: z
      .array(
        z.enum(otherFormatKinds, {
          error: `Each of accessibility.otherFormats must be one of: ${otherFormatKinds.join(', ')}. For example: large-print.`,
        }),
      )
      .max(...itemLimit('accessibility.otherFormats', otherFormatKinds.length))
      .optional()
      .describe(
        `Optional: the formats the trust will provide this information in when asked, from: ${otherFormatKinds.join(', ')}. For example large-print and braille, one to a line. Every page's footer, the contact page, the documents page and the accessibility statement offer exactly these, by the contact details given under contact. Leave it out if the trust has not said what it offers: no offer is then made.`,
      ),
  })
  .superRefine((value, ctx) => {
    // A compliance status is a finding: it needs the test it came from.
    if (value.compliance === 'not-assessed') return;
    for (const field of ['tested', 'testedBy'] as const) {
      if (value[field] === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: `accessibility.compliance says "${value.compliance}", which is the result of a test, so accessibility.${field} is needed too (${field === 'tested' ? 'the date of the test, written as YYYY-MM-DD, for example 2026-03-31' : 'who tested it, for example "our digital team"'}). If nobody has tested the site yet, write compliance: not-assessed.`,
        });
      }
    }
  });

const logo = z.strictObject({
  file: trustFile('logo.file').describe(
    'The trust\'s own logo file, for example "files/logo.svg". Never redraw the NHS logo: use the file the trust was given.',
  ),
  alt: text('logo.alt', 'Harbourside Hospitals NHS Foundation Trust').describe(
    'What the logo says, for example "Harbourside Hospitals NHS Foundation Trust".',
  ),
});

const easyRead = z
  .strictObject({
    required: z
      .boolean({ error: 'easyRead.required must be true or false.' })
      .default(false)
      .describe(
        'true if every page must have an easy read version: a missing one stops the build. false (the default) lists missing ones as warnings.',
      ),
    allowedAcronyms: z
      .array(z.string().regex(/^[A-Z]{2,}$/, { error: 'Each allowed acronym must be written in capital letters, for example "GP".' }))
      .max(...itemLimit('easyRead.allowedAcronyms'))
      .default([])
      .describe('Acronyms the easy read pages may use because they explain them, for example ["GP"]. NHS is always allowed.'),
    rules: z
      .partialRecord(
        z.enum(easyReadRuleNames, { error: `Each rule must be one of: ${easyReadRuleNames.join(', ')}.` }),
        z.enum(['error', 'warning', 'off'], { error: 'Each rule can be error, warning or off.' }),
      )
      .default({})
      .describe(
        'Change how strict an easy read rule is for this trust, for example "number-word: error". Each rule can be error, warning or off.',
      ),
  })
  .prefault({});

const plainEnglish = z
  .strictObject({
    targetReadingAge: z
      .number({ error: 'plainEnglish.targetReadingAge must be a number of years, for example 11.' })
      .min(6, { error: 'plainEnglish.targetReadingAge must be at least 6.' })
      .max(18, { error: 'plainEnglish.targetReadingAge must be 18 or less.' })
      .default(11)
      .describe('The reading age standard pages should not go above. The NHS asks for 9 to 11; the default is 11.'),
    publishReport: z
      .boolean({ error: 'plainEnglish.publishReport must be true or false.' })
      .default(false)
      .describe(
        "Publish the plain English report (each page's reading age) on your site at reading-age/: true or false. Leave it out to keep the report for your team: `npm run check` and the live preview (`npm run dev`) show it without publishing it.",
      ),
  })
  .prefault({});

/** A site's address: a folder (ending in "/") with no query or fragment. */
function isSiteRoot(url: URL): boolean {
  return url.pathname.endsWith('/') && !url.search && !url.hash;
}

const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Z]{2})?$/;

/** One more language the site is published in, besides the main one (`language`). */
/** A trust's own wording for some of the site's fixed words (src/words/overrides.ts), in the language of the trust.yaml that gives it. */
const wordOverrides = z
  // The places are listed for the browser editor (one optional field each); the check below names a wrong one in plain words.
  .record(z.string().meta({ enum: [...replaceableWords] }), text('Each replacement under words', 'Talk to us', 200), {
    error: 'words must be a list of places and wording, each on its own line, for example: contact.title: Talk to us',
  })
  .superRefine((value, ctx) => {
    const places = Object.keys(value);
    if (places.length > MAX_WORD_OVERRIDES)
      ctx.addIssue({
        code: 'custom',
        message: `words replaces ${places.length} pieces of wording; keep it to ${MAX_WORD_OVERRIDES} or fewer. Keep the ones your readers need most.`,
      });
    for (const place of places) {
      const problem = overrideProblem(place);
      if (problem) ctx.addIssue({ code: 'custom', path: [place], message: problem });
    }
  })
  .optional()
  .describe(
    "Optional: your own wording for some of the words the site writes itself, each by its place in the words catalogue, for example `navigation.contactUs: Talk to us`. Only fixed wording can be replaced (the guide lists it, with the words used now), in the language of this trust.yaml; each language's own trust.yaml replaces its own. Leave it out to use the usual words.",
  );

/**
 * How much of the main language's content (characters of Markdown and fields) one partial language
 * shows in full on pages it has not translated. Each untranslated page otherwise copies its original
 * into every partial language, so a large trust with several languages would publish its whole text
 * many times over. Past the budget a page is short: the notice and a link to the original. About
 * twice the whole text of the largest sample trust.
 */
export const FALLBACK_BUDGET = 32_000;

const otherLanguage = z.strictObject({
  language: z
    .string({ error: 'languages: each language needs "language:", a language tag such as cy-GB.' })
    .regex(LANGUAGE_TAG, { error: 'language must be a language tag such as "cy-GB" or "ur-PK".' })
    .refine(hasCatalogue, {
      error: (issue) =>
        `language is "${String(issue.input)}", but the site has no words in that language yet, so its menus and headings would stay in English. Use one of the languages available (${availableLanguages.join(', ')}), or remove this language from languages.`,
    })
    .describe(
      `The language's tag, for example "cy-GB" (Welsh) or "ur-PK" (Urdu). Only a language the site has words for is accepted: ${availableLanguages.join(', ')}.`,
    ),
  name: text('name', 'Cymraeg')
    .optional()
    .describe(
      'Optional: the language\'s name in its own language, as the language links show it, for example "Cymraeg". Leave it out to use the usual name.',
    ),
  folder: z
    .string()
    .regex(/^[a-z][a-z0-9-]*$/, {
      error: 'folder must be lower case letters, numbers and dashes, starting with a letter, for example "cy".',
    })
    .optional()
    .describe(
      'Optional: the folder under the trust\'s folder that holds this language\'s pages, which is also the start of their web addresses, for example "cy" for content/<trust>/cy/goals.md at /cy/goals/. Leave it out to use the first part of the language tag ("cy" for cy-GB).',
    ),
  direction: z
    .enum(['ltr', 'rtl'], { error: 'direction must be "ltr" (left to right) or "rtl" (right to left).' })
    .optional()
    .describe(
      'Optional: which way the script runs, "ltr" (left to right) or "rtl" (right to left). Leave it out: each language has its own.',
    ),
  coverage: z
    .enum(['complete', 'partial'], { error: 'coverage must be "complete" or "partial".' })
    .default('partial')
    .describe(
      `Whether every page is translated. "complete": the check refuses the site until every page has its translation. "partial" (the default): a page not translated yet is shown in the main language, with a notice, at the language's address; once ${FALLBACK_BUDGET.toLocaleString('en-GB')} characters of a language's pages are shown that way, further ones show the notice and a link to the original instead.`,
    ),
});

export type OtherLanguage = z.infer<typeof otherLanguage>;

const languages = z
  .array(otherLanguage, { error: 'languages must be a list, each item starting with "- language:".' })
  .max(...itemLimit('languages', 10))
  .optional()
  .describe(
    "Optional: the other languages the site is published in, besides the main language. Each language's pages are written in its own folder with the same file names, for example content/<trust>/cy/goals.md for the Welsh goals page. Leave it out for a site in one language.",
  );

/** The settings a language's own trust.yaml (content/<trust>/<folder>/trust.yaml) may give: what readers read, in that language. */
export const languageSettingsSchema = z
  .strictObject({
    name: text('name', 'Ymddiriedolaeth GIG Glan yr Afon').optional().describe("The organisation's full name in this language."),
    descriptor: text('descriptor', 'Ymddiriedolaeth GIG')
      .optional()
      .describe('Optional: the kind of organisation in this language, shown under the name when there is no logo.'),
    strategy: z
      .strictObject({
        name: text('strategy.name', "Gofalu gyda'n gilydd").describe("The strategy's name in this language."),
      })
      .optional()
      .describe("The strategy's name in this language."),
    contact: z
      .strictObject({
        responseTime: text('contact.responseTime', 'o fewn 10 diwrnod gwaith')
          .optional()
          .describe(
            'Optional: the reply time of the main trust.yaml (contact: responseTime) in this language, in words that follow "We will reply" as this language says it, for example "o fewn 10 diwrnod gwaith". Leave it out and this language\'s pages show the main language\'s words.',
          ),
      })
      .optional()
      .describe(
        "Optional: the contact details' words in this language. The email address, phone number and address come from the main trust.yaml.",
      ),
    words: wordOverrides,
  })
  .describe(
    "A language's own trust.yaml, in its folder: the trust's name, descriptor and strategy name in that language, and the reply time in its words. Everything else comes from the main trust.yaml.",
  );

export type LanguageSettings = z.infer<typeof languageSettingsSchema>;

const trustFields = z.strictObject({
  name: text('name', 'Harbourside Hospitals NHS Foundation Trust').describe(
    'The organisation\'s full name, for example "Harbourside Hospitals NHS Foundation Trust".',
  ),
  shortName: text('shortName', 'Harbourside Hospitals').describe('A shorter name for tight spaces, for example "Harbourside Hospitals".'),
  descriptor: text('descriptor', 'NHS Foundation Trust')
    .optional()
    .describe(
      'Optional: the kind of organisation, shown under the name when there is no logo, for example "NHS Foundation Trust". It must be the kind the name says, if the name says one. Leave it out to show the name alone.',
    ),
  slug: z
    .string({ error: 'slug must be the trust folder name, for example "harbourside".' })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      error: 'slug must use lower case letters, numbers and single dashes only, for example "harbourside-hospitals".',
    })
    .describe("The trust's folder name under content/. Lower case letters, numbers and dashes only."),
  url: webAddress('url')
    // A value that is not a web address at all is already reported by webAddress.
    .refine((value) => !URL.canParse(value) || isSiteRoot(new URL(value)), {
      error: 'url must end with "/" and have no "?" or "#" part, for example https://www.example.nhs.uk/strategy/.',
    })
    // The address becomes every link's base path and part of the host configurations: only plain characters (src/addresses/trust-address.ts).
    .superRefine((value, ctx) => {
      const problem = URL.canParse(value) && isSiteRoot(new URL(value)) ? siteAddressProblem(value) : undefined;
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .describe(
      `The full public address of the strategy site, including any folder, ending with "/". For example "https://www.harbourside.nhs.uk/our-strategy/". It must start with https://, and its folders may use only letters, numbers, "-", "_" and "."; at most ${MAX_ADDRESS_LENGTH} characters. No two trusts may share an address, and no trust's address may be inside another's.`,
    ),
  logo: logo.optional().describe("The trust's logo. Leave it out to show the trust's name as text instead."),
  colours: colours.describe("The trust's colours."),
  contact: contact
    .prefault({})
    .describe('Optional: how people contact the strategy team. Leave out what the trust has not given: nothing is invented in its place.'),
  strategy: strategy.describe('The strategy this site presents.'),
  language: z
    .string()
    .regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, { error: 'language must be a language tag such as "en-GB" or "cy-GB".' })
    .default('en-GB')
    .describe(
      `The main language of the site as a language tag. Every heading, menu and date the site writes is in this language, so only a language the site has words for is accepted: ${availableLanguages.join(', ')}.`,
    ),
  languages,
  welshLanguageStandards: z
    .boolean({ error: 'welshLanguageStandards must be true or false.' })
    .default(false)
    .describe(
      "Optional: true when the trust must follow the Welsh Language Standards. Both languages then have their own addresses (/en/ and /cy/), and the site's first page lets readers choose, Welsh first. It needs Welsh (cy-GB) in languages with coverage: complete. Leave it out otherwise.",
    ),
  accessibility: accessibility
    .prefault({})
    .describe(
      'Facts for the accessibility statement. Leave it out until the site has been tested: the statement then says it has not been assessed yet.',
    ),
  plainEnglish: plainEnglish.describe('The plain English target for standard pages. Leave it out to use the default.'),
  easyRead: easyRead.describe('How strict the easy read checks are for this trust. Leave it out to use the defaults.'),
  redirects: redirectsField.describe(
    'Old addresses of the strategy and where each lives now, for example `- from: 2023-strategy/` and `to: goals/`. Readers who follow an old link are sent on (status 301), or shown a page with a link where the host cannot redirect. Leave it out if nothing has moved.',
  ),
  words: wordOverrides,
  approvers: approversField.describe(
    'Who must approve changes to this trust\'s folder: GitHub users or teams, for example ["@harbourside-nhs/comms"]. Written into the repository\'s CODEOWNERS file (npm run codeowners). Leave it out to leave approval to the product team.',
  ),
  replaced: calendarDate('replaced')
    .optional()
    .describe(
      "Only in a previous strategy's own settings (content/<trust>/previous/<years>/trust.yaml): the date it was replaced by the next strategy, YYYY-MM-DD, shown on each of its pages. npm run archive-strategy adds it; leave it out of the current strategy's settings.",
    ),
});

/** The settings, with the rules that compare fields: old addresses may only lead to this site, the trust's website or nhs.uk (./redirects.ts). */
export const trustSchema = trustFields
  .superRefine(redirectsStayWithTrust, ALWAYS)
  .superRefine(descriptorAgreesWithName)
  .superRefine(languagesAgree);

/**
 * Each language once, each in a folder of its own, and the Welsh standards only with a complete
 * Welsh site: a language sharing a folder would mix two languages' pages at one address.
 */
function languagesAgree(
  value: { language: string; languages?: OtherLanguage[] | undefined; welshLanguageStandards: boolean },
  ctx: z.RefinementCtx,
): void {
  const listed = value.languages ?? [];
  const mainFolder = defaultFolderOf(value.language);
  const seen = new Map<string, number>();
  listed.forEach((item, index) => {
    if (item.language === value.language)
      ctx.addIssue({
        code: 'custom',
        path: ['languages', index, 'language'],
        message: `languages lists ${item.language}, which is already the main language (language: ${value.language}). Remove it from languages.`,
      });
    const folder = item.folder ?? defaultFolderOf(item.language);
    const earlier = seen.get(folder);
    if (earlier !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['languages', index, 'folder'],
        message: `${item.language} would use the folder "${folder}", which ${listed[earlier]!.language} uses already: each language needs a folder of its own. Give one of them another folder, for example folder: ${folder}-2.`,
      });
    else if (value.welshLanguageStandards && folder === mainFolder)
      ctx.addIssue({
        code: 'custom',
        path: ['languages', index, 'folder'],
        message: `${item.language} would use the folder "${folder}", which is the address of the main language under the Welsh Language Standards (/${mainFolder}/). Give it another folder.`,
      });
    seen.set(folder, index);
  });
  if (value.welshLanguageStandards) {
    const welsh = listed.findIndex((item) => item.language === 'cy-GB');
    if (welsh === -1)
      ctx.addIssue({
        code: 'custom',
        path: ['welshLanguageStandards'],
        message:
          'welshLanguageStandards is true, but Welsh is not one of the languages. Add it under languages ("- language: cy-GB" with "coverage: complete") and write every page in the cy folder, or set welshLanguageStandards: false.',
      });
    else if (listed[welsh]!.coverage !== 'complete')
      ctx.addIssue({
        code: 'custom',
        path: ['languages', welsh, 'coverage'],
        message:
          'welshLanguageStandards is true, so the Welsh site must be complete: every page in Welsh as well as English. Write coverage: complete under cy-GB (the check then lists any page still to translate), or set welshLanguageStandards: false.',
      });
  }
}

/** Kinds of NHS organisation a full name can end with, longest first. */
const ORGANISATION_KINDS = ['NHS Foundation Trust', 'Integrated Care Board', 'University Health Board', 'Health Board', 'NHS Trust'];

/** "… NHS Foundation Trust" described as "NHS Trust" would say the wrong kind of organisation under its name. */
function descriptorAgreesWithName(value: { name: string; descriptor?: string | undefined }, ctx: z.RefinementCtx): void {
  const kind = ORGANISATION_KINDS.find((candidate) => value.name.endsWith(` ${candidate}`));
  if (!kind || value.descriptor === undefined || kind.endsWith(value.descriptor)) return;
  ctx.addIssue({
    code: 'custom',
    path: ['descriptor'],
    message: `descriptor says "${value.descriptor}" but the name says "${kind}". Write descriptor: ${kind}, or leave descriptor out.`,
  });
}

export type TrustSettings = z.infer<typeof trustSchema>;
