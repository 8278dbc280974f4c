/**
 * Every word readers see, in British English: the reference catalogue. Its type is `Catalogue`,
 * which every other language's file must satisfy (`satisfies Catalogue`), so a missing or
 * misspelt entry fails the type check. Words that take values are functions. Grouped by where
 * readers meet them. Read through `wordsFor(language)` (./index.ts), never imported directly.
 */

const enGB = {
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
    contactPage: (possessiveName: string) => `${possessiveName} contact page`,
    writeTo: 'write to',
    /** With no way given: "contact <trust>". */
    contactName: (name: string) => `contact ${name}`,
  },
  /** Words shared by several page types. */
  pages: {
    source: (source: string) => `Source: ${source}`,
    hardWords: 'Hard words',
    atTheCentre: 'At the centre:',
    themesCaption: (centre: string | undefined) => `The themes${centre ? `, with "${centre}" at the centre` : ''}`,
    newValuesExpected: 'We expect to publish the new values',
  },
};

/** The words every language gives: the shape of the British English catalogue. */
export type Catalogue = typeof enGB;

export default enGB;
