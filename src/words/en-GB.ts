/**
 * Every word readers see, in British English: the reference catalogue. Its type is `Catalogue`,
 * which every other language's file must satisfy (`satisfies Catalogue`), so a missing or
 * misspelt entry fails the type check. Words that take values are functions. Grouped by where
 * readers meet them. Read through `wordsFor(language)` (./index.ts), never imported directly.
 */

import type { OtherFormat } from '../schemas/other-formats.ts';
import type { TitledPath } from '../routes/generated-pages.ts';
import { inFull, readAbout } from './english/link-words.ts';
import { possessive, strategyOf, strategyWithYears } from './english/sentence-words.ts';
import type { strategyStatuses } from '../schemas/trust.ts';

type StrategyStatus = (typeof strategyStatuses)[number];

/** File formats as GOV.UK names them beside a download. */
const fileFormats: Record<string, string> = {
  pdf: 'PDF',
  doc: 'MS Word Document',
  docx: 'MS Word Document',
  xls: 'MS Excel Spreadsheet',
  xlsx: 'MS Excel Spreadsheet',
  ppt: 'MS PowerPoint Presentation',
  pptx: 'MS PowerPoint Presentation',
  odt: 'OpenDocument Text',
  ods: 'OpenDocument Spreadsheet',
  odp: 'OpenDocument Presentation',
  csv: 'CSV',
  txt: 'Plain text',
  rtf: 'Rich Text Format',
  mp3: 'MP3 audio',
  mp4: 'MP4 video',
  zip: 'ZIP archive',
};

const enGB = {
  /** The language itself: how the language navigation names it, and which way its script runs. */
  language: {
    /** Its name in its own language. */
    name: 'English',
    direction: 'ltr' as 'ltr' | 'rtl',
  },
  /** The language navigation on every page of a site published in more than one language (GOV.UK's pattern). */
  languageNavigation: {
    /** The navigation's name to screen readers. */
    label: 'Language',
    /** Hidden text after the link to this language, written in this language. */
    switchTo: 'Change the language to English',
  },
  /** The root of a site under the Welsh Language Standards: a choice of language. */
  languageChoice: {
    heading: 'Choose your language',
    lead: (strategyName: string) => `Read ${strategyName} in English.`,
  },
  /** A page not yet translated into this language, shown in the main language. */
  fallback: {
    notTranslated: 'This page has not been translated into English yet. It is shown in its original language.',
    /** With the trust's way to ask, as words that follow "you can": "email strategy@…". */
    askForTranslation: (how: string) => `To ask for it in English, you can ${how}.`,
    /** On a page past the language's budget for untranslated pages, which shows no text of its own: then the original page's title as a link, in its own language. */
    readOriginal: 'Read this page in its original language:',
  },
  /** On a translated page whose original (the main language's page) has changed since it was translated: then a link to the original, its title in its own language. */
  translationOutOfDate: {
    notice: 'This translation may be out of date. The original page has changed since it was translated.',
    /** Followed by the original page's title as a link, in the original's language. */
    readOriginal: 'Read the original page:',
  },
  /** Words around dates and times (the dates and numbers themselves come from Intl, ./format.ts). */
  dates: {
    /** "Wednesday 20 January 2027": no comma, as GOV.UK and the NHS write it. */
    dayAndDate: (weekday: string, date: string) => `${weekday} ${date}`,
    /** "6:30pm", "9am", "midday", "midnight", as the NHS content style guide asks. */
    time: (hours: number, minutes: number) => {
      if (hours === 12 && minutes === 0) return 'midday';
      if (hours === 0 && minutes === 0) return 'midnight';
      const suffix = hours < 12 ? 'am' : 'pm';
      const hour12 = hours % 12 === 0 ? 12 : hours % 12;
      return minutes === 0 ? `${hour12}${suffix}` : `${hour12}:${String(minutes).padStart(2, '0')}${suffix}`;
    },
    /** A date or month something is expected by: "by 31 March 2026". */
    by: (date: string) => `by ${date}`,
  },
  /** The frame of every page. */
  layout: {
    skipLink: 'Skip to main content',
    /** After the organisation's logo, for screen readers: " - <strategy> home". */
    lockupHome: (strategyName: string) => ` - ${strategyName} home`,
    footerHeading: 'Support links',
    /** The link to a page's easy read twin. */
    easyReadVersion: 'Easy read version',
    /** The search filter of the two versions of a page. */
    versions: { 'easy-read': 'Easy read', standard: 'Standard' },
    /** A search result's title for an easy read page whose title does not already say so. */
    easyReadSearchTitle: (title: string) => (/^easy read\b/i.test(title) ? title : `Easy read: ${title}`),
  },
  header: {
    searchLabel: 'Search this strategy',
    searchPlaceholder: 'Search',
    searchButton: 'Search',
    menuLabel: 'Strategy pages',
    /** The menu item that folds pages which do not fit: "Browse More" to a screen reader. */
    moreHidden: 'Browse ',
    more: 'More',
  },
  breadcrumbs: {
    home: 'Home',
    easyRead: 'Easy read',
    label: 'Breadcrumb',
    backTo: 'Back to ',
  },
  /** An .mdx page's <Callout>, to screen readers before its text. */
  callout: 'Information: ',
  /** Ways to contact the trust, as words that follow "you can". */
  contact: {
    email: 'email',
    phone: 'phone',
    use: 'use',
    contactPage: (name: string) => `${possessive(name)} contact page`,
    writeTo: 'write to',
    /** With no way given: "contact <trust>". */
    contactName: (name: string) => `contact ${name}`,
    /** Between ways to contact written in a sentence: "email …, phone … or write to …". */
    separator: ', ',
    or: ' or ',
  },
  /** Words shared by several page types. */
  pages: {
    source: (source: string) => `Source: ${source}`,
    hardWords: 'Hard words',
    atTheCentre: 'At the centre:',
    themesCaption: (centre: string | undefined) => `The themes${centre ? `, with "${centre}" at the centre` : ''}`,
    newValuesExpected: 'We expect to publish the new values',
  },
  /**
   * The pages every trust gets (src/site/generated-pages.ts): the title readers know each by, and
   * for the contents page (A to Z), shorter words where it has some and one line on what it is for.
   */
  generatedPages: {
    '': { title: 'Home', description: (strategyName: string) => `${strategyName}: the strategy at a glance.` },
    'contents/': { title: 'Contents (A to Z)' },
    'search/': { title: 'Search this strategy', contentsTitle: 'Search', description: () => 'Search every page of this strategy.' },
    'contact/': { title: 'Contact us', description: () => 'How to contact the strategy team.' },
    'accessibility/': {
      title: 'Accessibility statement',
      description: () => 'How accessible this website is, and how to report a problem.',
    },
    'cookies/': { title: 'Cookies', description: () => 'This website does not use cookies.' },
    'reading-age/': { title: 'Plain English report' },
    'how-we-are-doing/': { title: 'How we are doing', description: () => 'The latest figures for every measure, against our targets.' },
    'strategy-on-a-page/': { title: 'Our strategy on a page', description: () => 'The whole strategy on one page, to print.' },
    'easy-read/all/': { title: 'Easy read, all on one page', description: () => 'The whole easy read version on one page, to print.' },
    '404/': { title: 'Page not found' },
  } satisfies Record<TitledPath, { title: string; contentsTitle?: string; description?: (strategyName: string) => string }> as Record<
    TitledPath,
    { title: string; contentsTitle?: string; description?: (strategyName: string) => string }
  >,
  /** Pages every trust gets (src/pages/[trust]/). */
  generated: {
    contentsDescription: (strategyName: string) => `Every page of ${strategyName}, from A to Z.`,
    searchDescription: (strategyName: string) => `Search every page of ${strategyName}.`,
    searchNeedsScripts: 'Search needs JavaScript, which is turned off or not available in your browser. You can find every page on the',
    contentsPage: 'contents (A to Z) page',
    alsoBrowse: 'You can also browse',
    everyPage: 'every page from A to Z',
    searchPlaceholder: 'Search this strategy',
    /**
     * The words of Pagefind's search box, results and filters on the search page, by Pagefind's own
     * names ([SEARCH_TERM], [COUNT] and [DIFFERENT_TERM] are filled in by Pagefind). Given to Pagefind
     * in languages it has no words for (Welsh, Urdu); English pages keep Pagefind's own English.
     */
    searchInterface: {
      clear_search: 'Clear',
      load_more: 'Load more results',
      search_label: 'Search this site',
      filters_label: 'Filters',
      zero_results: 'No results for [SEARCH_TERM]',
      many_results: '[COUNT] results for [SEARCH_TERM]',
      one_result: '[COUNT] result for [SEARCH_TERM]',
      total_zero_results: 'No results',
      total_one_result: '[COUNT] result',
      total_many_results: '[COUNT] results',
      alt_search: 'No results for [SEARCH_TERM]. Showing results for [DIFFERENT_TERM] instead',
      search_suggestion: 'No results for [SEARCH_TERM]. Try one of the following searches:',
      searching: 'Searching for [SEARCH_TERM]...',
      results_label: 'Search results',
      keyboard_navigate: 'navigate',
      keyboard_select: 'select',
      keyboard_clear: 'clear',
      keyboard_close: 'close',
      keyboard_search: 'search',
      error_search: 'Search failed',
      filter_selected_one: '[COUNT] selected',
      filter_selected_many: '[COUNT] selected',
      input_hint: 'Results will appear as you type',
      loading: 'Loading',
    },
    notFoundDescription: 'The page you were looking for could not be found.',
    typed: 'If you typed the web address, check it is correct.',
    pasted: 'If you pasted the web address, check you copied the entire address.',
    youCan: 'You can',
    goHome: 'go to the strategy home page',
    seeEveryPage: 'see every page from A to Z',
    or: 'or',
    search: 'search',
    /** Between the first two things the reader can do, and at the end of the sentence. */
    comma: ',',
    fullStop: '.',
    cookiesDescription: 'This website does not use cookies.',
    cookies: [
      'Cookies are small files saved on your phone, tablet or computer when you visit a website.',
      'This website does not set any cookies. It does not use analytics or tracking of any kind, so we do not ask you to accept cookies.',
      'Search on this website runs in your browser. What you type in the search box is not sent to us or to anyone else.',
    ],
    homeSeeWhole: 'See the whole strategy on one page',
    homeToPrint: ', to print, or',
    homeDownload: 'download the strategy on a page as a picture',
    homeMore: 'More about the strategy',
    measuresDescription: (strategyName: string) => `Every measure in ${strategyName}, with the figures published so far.`,
    measuresIntro:
      'Every measure in our strategy, with the figures published so far. Each chart is followed by a table with the same figures.',
    otherMeasures: 'Other measures',
    readMoreOnPage: 'Read more on our page',
    strategyOnAPageDescription: (strategyName: string) =>
      `${strategyName} on one page: what is at its centre, what we will focus on and our values.`,
    printOnA4: 'Print this page on A4 paper to pin it up.',
    easyReadAllTitle: (strategyName: string) => `${strategyName}: easy read`,
    easyReadAllDescription: (strategyName: string) => `The whole easy read version of ${strategyName}, on one page to print.`,
    easyReadAllIntro: 'This page has all of our easy read pages. You can print it or save it.',
    standardVersion: 'Standard version',
    allEasyReadPages: 'All easy read pages',
    wholeEasyRead: 'The whole easy read strategy on one page',
    toPrintOrSave: ', to print or save.',
    contactDescription: (name: string) => `How to contact ${name} about its strategy.`,
    contactTheTeam: 'the strategy team',
    contact: 'Contact',
    withQuestions: 'with questions or comments',
    orToAsk: ', or to ask for this information in',
    email: 'Email',
    phone: 'Phone',
    address: 'Address',
    web: 'Web',
    weReply: (responseTime: string) => `We reply ${responseTime}.`,
  },
  /**
   * The accessibility statement (src/pages/[trust]/accessibility.astro), in the words of GOV.UK's
   * model statement for public sector websites. It claims nothing the trust has not stated.
   */
  accessibility: {
    description: (strategyName: string) => `How accessible the ${strategyName} website is, and how to report a problem.`,
    compliance: {
      'not-assessed': `This website has not yet been assessed against the Web Content Accessibility Guidelines version 2.2 AA standard, so we cannot yet say how far it meets it.`,
      full: 'This website is fully compliant with the Web Content Accessibility Guidelines version 2.2 AA standard.',
      partial:
        'This website is partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard, because of the issues listed below.',
      none: 'This website is not compliant with the Web Content Accessibility Guidelines version 2.2 AA standard. The issues are listed below.',
    },
    appliesTo: (strategyName: string, url: string, name: string) =>
      `This accessibility statement applies to the ${strategyName} website at ${url}, run by ${name}.`,
    wantMany: 'We want as many people as possible to be able to use this website.',
    forExample: ' For example, you should be able to:',
    youCan: [
      'change colours, contrast levels and fonts using your browser or device settings',
      'zoom in up to 400% without the text spilling off the screen',
      'get from the start of the website to the end using just a keyboard',
      'get from the start of the website to the end using speech recognition software',
      'listen to the website using a screen reader',
      'read an easy read version of pages, where one has been written',
    ],
    howAccessible: 'How accessible this website is',
    notTested: 'We have not yet tested how accessible this website is.',
    noKnownParts: 'We know of no part of this website that is hard to use for people with disabilities.',
    someParts: 'We know some parts of this website are not fully accessible:',
    feedback: 'Feedback and contact information',
    ifYouNeedIn: (formats: string) => `If you need information on this website in ${formats},`,
    ifYouHaveAQuestion: 'If you have a question about this website,',
    considerRequest: (responseTime: string) => `We will consider your request and get back to you ${responseTime}.`,
    reporting: 'Reporting accessibility problems with this website',
    alwaysLooking:
      'We are always looking to improve the accessibility of this website. If you find any problems not listed on this page or think we are not meeting accessibility requirements,',
    tellUsAddress: '. Tell us the web address of the page and what the problem was.',
    enforcement: 'Enforcement procedure',
    enforcementText:
      'The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 (the "accessibility regulations"). If you are not happy with how we respond to your complaint, contact the Equality Advisory and Support Service (EASS).',
    technical: "Technical information about this website's accessibility",
    committed: (name: string) => `${name} is committed to making its website accessible, in accordance with the accessibility regulations.`,
    complianceStatus: 'Compliance status',
    nonAccessible: 'Non-accessible content',
    listedBelow: 'The content listed below is non-accessible for the following reasons.',
    nonCompliance: 'Non-compliance with the accessibility regulations',
    cannotList: 'We cannot list content that fails the accessibility regulations until this website has been tested.',
    noKnownContent: 'We know of no content that fails the accessibility regulations.',
    burden: 'Disproportionate burden',
    noBurden: 'We are not claiming that fixing any part of this website would be a disproportionate burden.',
    outOfScope: 'Content that is not within the scope of the accessibility regulations',
    oldDocuments:
      'PDFs and other documents published before 23 September 2018 do not need to meet the regulations if they are not essential to using our services.',
    improving: "What we're doing to improve accessibility",
    planBeside: 'Our plan for each known issue is given beside it above.',
    pleaseTell: 'If you find a problem, please tell us, as described under reporting accessibility problems above.',
    preparation: 'Preparation of this accessibility statement',
    prepared: (date: string) => `This statement was prepared on ${date}.`,
    reviewed: (date: string) => `It was last reviewed on ${date}.`,
    tested: (date: string) => `This website was last tested on ${date}.`,
    testedBy: (who: string) => ` The test was carried out by ${who}.`,
    notYetTested: 'This website has not yet been tested for accessibility.',
  },
  /** Words of the menus and footer that are not a page's own title (src/site/navigation.ts). */
  navigation: {
    contact: 'Contact',
    easyRead: 'Easy read',
    easyReadHome: 'Easy read home',
    printItAll: 'Print it all',
    contactUs: 'Contact us',
    standardWebsite: 'Standard website',
    /** A twin's line in the contents page: "<title> (easy read)". */
    easyReadTitle: (title: string) => `${title} (easy read)`,
  },
  /** The kind of each generated page, as readers see it in the search filter (a page type's kind is in its folder: src/page-types/<type>/page-type.ts). */
  pageKinds: {
    home: 'Home',
    contact: 'Contact',
    accessibility: 'About this website',
    cookies: 'About this website',
  },
  /** Where the strategy is in its life, under each page's heading. */
  /** A previous strategy's pages (content/<trust>/previous/<years>/): the banner on each, and the page listing them. */
  previousStrategy: {
    heading: 'This is not our current strategy',
    /** "2019 to 2024". */
    years: (start: number, end: number) => `${start} to ${end}`,
    /** The banner's sentence; without the date when the archive does not say when it was replaced. */
    replaced: (name: string, years: string, date: string | undefined, current: string) =>
      `This is our previous strategy, ${name}, ${years}. It was replaced${date ? ` on ${date}` : ''} by ${current}.`,
    /** The link to the same page in the current strategy. */
    samePage: (current: string) => `Read this page in ${current}`,
    /** The link to the current strategy's home page, when it has no such page. */
    currentHome: (current: string) => `Go to ${current}, our current strategy`,
    /** The page listing them, and its link in the footer. */
    listTitle: 'Our previous strategies',
    listIntro: 'These strategies have been replaced. We keep them here so you can see what we planned before.',
    /** The search filter that finds their pages. */
    searchFilter: 'Previous strategies',
    /** The search filter's value on the current strategy's pages, where a trust has kept a previous one. */
    currentFilter: 'Current strategy',
    /** The search page's choice to list previous strategies' pages too, and its hint. */
    includeInSearch: 'Include previous strategies',
    includeInSearchHint: 'Our previous strategies are left out of search unless you choose this.',
  },
  status: {
    engagement: 'We are listening: this strategy is being developed with you',
    draft: 'Draft: this strategy has not been agreed yet',
    launched: 'Our current strategy',
    refreshing: 'We are refreshing this strategy: have your say',
  } satisfies Record<StrategyStatus, string>,
  /** The other formats a trust offers, as each reads after "in": "in large print". Easy read words too. */
  otherFormats: {
    'large-print': 'large print',
    'easy-read': 'easy read',
    audio: 'audio',
    braille: 'braille',
    'british-sign-language': 'British Sign Language',
    'other-languages': 'another language',
  } satisfies Record<OtherFormat, string>,
  /** "large print, braille or another language". */
  list: (items: string[]) => (items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`),
  /** How to ask for information in another format (src/components/OtherFormats.astro). */
  askForFormats: {
    thisInformation: 'this information',
    ifYouNeed: 'If you need',
    in: 'in',
    weWillReply: (responseTime: string) => ` We will reply ${responseTime}.`,
  },
  /**
   * The product's own words on easy read pages, in easy read: short sentences and common words.
   * "Plan" stands for "strategy", as the easy read pages say it. No invitation to write in: the
   * trust may have given nowhere to write to. Linted with the easy read rules
   * (tests/components/easy-read-furniture.test.ts).
   */
  /**
   * A page's history and review dates (src/components/PageHistory.astro), GOV.UK's "Published",
   * "Last updated" and "See all updates" and the NHS's "Page last reviewed". Each takes the date
   * in words; the component wraps that date in <time>, so the date may sit anywhere in the sentence.
   */
  pageHistory: {
    published: (date: string) => `Published ${date}`,
    lastUpdated: (date: string) => `Last updated ${date}`,
    seeAllUpdates: 'See all updates',
    /** The oldest entry of "See all updates", under the day the page was published. */
    firstPublished: 'First published.',
    lastReviewed: (date: string) => `Page last reviewed: ${date}`,
    nextReview: (date: string) => `Next review due: ${date}`,
    /** The trust's feed of page updates (updates.xml): its title, in readers' feed software. */
    feedTitle: (site: string) => `${site}: page updates`,
    /** The feed's link in each page's head, for browsers and feed readers. */
    feedLink: 'Page updates (Atom feed)',
    /** A feed entry for a page's first publication: "New page: Our goals". */
    newPage: (title: string) => `New page: ${title}`,
    /** A feed entry for a change: "Updated: Our goals". */
    updated: (title: string) => `Updated: ${title}`,
  },
  easyRead: {
    /** A previous strategy's banner in easy read words. */
    previousStrategy: {
      heading: 'This is our old plan',
      replaced: (name: string, years: string, date: string | undefined, current: string) =>
        `This plan was called ${name}. It was for ${years}.${date ? ` We stopped using it on ${date}.` : ''} Our new plan is called ${current}.`,
      samePage: 'Read this page in our new plan',
      currentHome: 'Go to our new plan',
    },
    /** A page's history on an easy read page: short sentences, the date in each (src/components/PageHistory.astro). */
    history: {
      published: (date: string) => `We put this page online on ${date}.`,
      lastUpdated: (date: string) => `We last changed this page on ${date}.`,
      seeAllUpdates: 'What we changed',
      firstPublished: 'We put this page online.',
      lastReviewed: (date: string) => `We checked this page on ${date}.`,
      nextReview: (date: string) => `We will check it again by ${date}.`,
    },
    status: {
      engagement: 'We are still making this plan. We are asking people what they think.',
      draft: 'This plan is not finished yet.',
      launched: 'We are using this plan now.',
      refreshing: 'We are looking at this plan again. We are asking people what they think.',
    } satisfies Record<StrategyStatus, string>,
    /** "Our plan is called Better together. It is for 2025 to 2030." The years only when the trust gave them. */
    strategy: (name: string, period: { start: number; end: number } | undefined) =>
      `Our plan is called ${name}.${period ? ` It is for ${period.start} to ${period.end}.` : ''}`,
    /** The other-formats offer of one format: "You can ask for this in braille." */
    oneFormat: (format: string) => `You can ask for this in ${format}.`,
    /** Before a list of two or more formats, one to a line. */
    formatsIntro: 'You can ask for this in:',
    /** Before a list of the ways to ask, one to a line. */
    routesIntro: 'To ask, you can:',
    /** Before the only way to ask when the trust gave none ("contact Riverside NHS Trust"), which ends the sentence. */
    howToAsk: 'To ask,',
    /** Before the trust's promised reply time, which ends the sentence. */
    reply: 'We will reply',
  },
  /** One engagement event (src/components/EventCard.astro). */
  event: {
    past: 'Past',
    date: 'Date',
    time: 'Time',
    to: 'to',
    how: 'How',
    where: 'Where',
    formats: { 'in-person': 'In person', online: 'Online', hybrid: 'In person and online' },
    joinOrBook: 'Join or book',
    bookAPlace: 'Book a place',
    forEvent: (title: string) => ` for ${title}`,
    addToCalendar: 'Add to your calendar',
    /** Lines of a calendar file, under the event's own description. */
    bookOrJoin: (link: string) => `Book or join: ${link}`,
    details: (pageUrl: string) => `Details: ${pageUrl}`,
    /** The name of the feed of a trust's upcoming events in a calendar app. */
    calendarName: (shortName: string) => `${shortName} events`,
  },
  /** The home page's invitation to take part (src/components/EngagementHighlight.astro). */
  takePart: {
    heading: 'Have your say',
    /** "<survey> is open to <audience> until <date>." */
    isOpenTo: 'is open to',
    until: 'until',
    fillInSurvey: 'Fill in the survey',
    orFindOutMore: 'Or find out more on our page ',
    findOutMore: 'Find out more on our page ',
    /** "Our next event is <title> on <day> at <time>." */
    nextEventIs: 'Our next event is',
    on: 'on',
    at: 'at',
    moreAboutEvents: 'Find out more about our events',
  },
  /** An engagement page (src/components/EngagementDetails.astro). */
  engagement: {
    inNumbers: 'In numbers',
    youSaidWeDid: 'You said, we did',
    youSaid: 'You said',
    weDid: 'We did',
    forAudience: (audience: string) => `For ${audience}.`,
    surveyCloses: 'The survey closes on',
    fillInSurvey: 'Fill in the survey',
    surveyClosed: 'This survey closed on',
    thankYou: 'Thank you to everyone who took part.',
    readWhatWeHeard: 'Read what we heard',
    upcomingEvents: 'Upcoming events',
    subscribe: 'Subscribe to all our upcoming events',
    subscribeFormat: '(calendar feed, ICS file)',
    pastEvents: 'Past events',
    questionsAsked: 'The questions we asked',
    questionsToThinkAbout: 'Questions we would like you to think about',
    faq: 'Frequently asked questions',
    tellUs: 'Tell us what you think',
    toSendComments: 'To send your comments and questions,',
  },
  /** A delivery measure's figures, chart and summary (src/site/measure-summary.ts, measure-chart.ts). */
  measures: {
    rowKinds: { start: 'Starting point', measured: 'Measured', target: 'Target' },
    /** "the target is 75% by March 2027". */
    target: (value: string, date: string | undefined) => `the target is ${value}${date ? ` by ${date}` : ''}`,
    notMeasuredYet: (target: string) => `Not measured yet: ${target}.`,
    latestFigure: 'Latest figure',
    startingPoint: 'Starting point',
    /** "Latest figure: 68% (March 2026); the target is 75% by March 2027." */
    summary: (kind: string, value: string, date: string, target: string | undefined) =>
      `${kind}: ${value} (${date})${target ? `; ${target}` : ''}.`,
    /** "Up from 61% (March 2025); higher is better, so this is improving." */
    trend: (moved: 'up' | 'down' | 'same', from: string, date: string, better: string | undefined, improving: boolean | undefined) =>
      `${{ up: 'Up from', down: 'Down from', same: 'The same as' }[moved]} ${from} (${date})${
        better && improving !== undefined ? `; ${better} is better, so this is ${improving ? 'improving' : 'getting worse'}` : ''
      }.`,
    partOf: 'Part of:',
    figuresFor: 'Figures for',
    figure: 'Figure',
    notSet: 'Not set',
    when: 'When',
    value: 'Value',
    chart: 'Chart:',
    targetOnChart: 'Target',
    barsFrom: (max: string) => `Bars are drawn from 0 to ${max}.`,
    sameFiguresBelow: 'The same figures are in the table below.',
  },
  delivery: {
    published: 'Published',
    seeCharts: 'See the charts of how we are doing on every measure',
  },
  /** A progress report page (src/page-types/progress-report/) and its link on the home page. */
  progressReport: {
    covers: 'Covers',
    /** "April 2025 to March 2026". */
    period: (start: string, end: string) => `${start} to ${end}`,
    published: 'Published',
    agreedBy: 'Agreed by',
    boardPapers: 'Read the board papers',
    goalsHeading: 'How each goal is going',
    status: 'Status:',
    /** Each status as words in its tag: readers never have to tell it by colour. */
    statuses: { 'on-track': 'On track', 'some-delay': 'Some delay', 'not-started': 'Not started', done: 'Done' },
    changed: 'What changed',
    next: 'What comes next',
    homeLatest: 'Our latest progress report',
    homePublished: (date: string) => `Published ${date}.`,
  },
  documents: {
    /** A file's format by its extension ("docx"): "MS Word Document"; an unknown one by its extension, "File" with none. */
    fileFormat: (extension: string) => fileFormats[extension] ?? (extension.toUpperCase() || 'File'),
    bytes: (bytes: number) => `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`,
    kilobytes: (kilobytes: number) => `${kilobytes} KB`,
    megabytes: (megabytes: number) => `${megabytes} MB`,
    pages: (pages: number) => `${pages} ${pages === 1 ? 'page' : 'pages'}`,
    /** The kind of each document, on its card. */
    kinds: { full: 'Full strategy', summary: 'Summary', 'easy-read': 'Easy read', other: 'Document' },
    onAnotherWebsite: 'On another website',
    onRequest: 'Available on request. To ask for a copy,',
    published: 'Published',
    /** The language of a document not in the page's language: "Language: Welsh (Cymraeg)". */
    inLanguage: (language: string) => `Language: ${language}`,
    alsoOnThisSite: 'Also on this site:',
    /** What the reader may want in another format, below the list. */
    anyOfThese: 'any of these documents',
  },
  /** The strategy named in a sentence: "Better together, 2025 to 2030"; "Riverside NHS Trust's strategy for 2025 to 2030." */
  strategy: { withYears: strategyWithYears, of: strategyOf },
  /** Link words made from a page's title: "Read about our mission", "Our values in full". */
  links: { readAbout, inFull },
  glance: {
    valuesRefreshed: 'Our values are being refreshed',
    heading: 'The strategy at a glance',
    atTheCentre: 'At the centre:',
  },
  /** The whole strategy as a PDF (npm run pdf, scripts/pdf/): its cover, contents and running foot. */
  pdf: {
    contents: 'Contents',
    /** The running foot; the printer fills in the two numbers. */
    pageOf: (page: string, total: string) => `Page ${page} of ${total}`,
    /** The cover's line under the strategy's name, when the trust gives its years. */
    years: (start: number, end: number) => `${start} to ${end}`,
    /** The cover's line naming the easy read version. */
    easyRead: 'Easy read version',
    /** The cover's last line, before the address of the same pages on the web. */
    onTheWeb: 'You can also read this on our website:',
  },
  strategyOnAPage: {
    heading: 'Our strategy on a page',
    open: 'Open the strategy on a page to print it',
    or: 'or',
    download: 'Download',
    downloadInSentence: 'download',
    asAPicture: 'it as a picture for slides and newsletters',
    /** The picture's centre, when the strategy gives a themes centre or nothing else. */
    centre: 'At the centre',
    ourStrategy: 'Our strategy',
    /** The picture's heading and its text alternative. */
    pictureTitle: (strategyName: string) => `${strategyName}: our strategy on a page`,
    /** The name a reader's browser saves the picture as, before ".svg". */
    fileName: (strategyName: string) => `${strategyName} - our strategy on a page`,
  },
};

/** The words every language gives: the shape of the British English catalogue. */
export type Catalogue = typeof enGB;

export default enGB;
