/**
 * How dates and numbers are written for readers, with `Intl` for the page's language: "6 August
 * 2026", "1,450". Formatted in UTC so a build gives the same text on any machine. The words
 * around them ("by", "6:30pm", "midday") are the catalogue's (./en-GB.ts), as each language
 * writes them its own way.
 */
import type { When } from '../schemas/fields.ts';
import type { Catalogue } from './en-GB.ts';

export interface Formats {
  /** "6 August 2026". */
  date: (date: Date) => string;
  /** "Wednesday 20 January 2027". */
  dayAndDate: (date: Date) => string;
  /** A clock time as written in content ("18:30"), as readers read it: "6:30pm". */
  time: (time: string) => string;
  /** "1,450". */
  number: (value: number) => string;
  /** A `when` field, to follow a phrase: "by 31 March 2026", "by March 2026", or the trust's own words unchanged. */
  when: (value: When) => string;
  /**
   * A language named for readers of this one, with its own name after it when that differs:
   * "Welsh (Cymraeg)", "Polish (polski)". From the language data `Intl` carries, by the tag's
   * first part, so "cy-GB" is "Welsh", not "Welsh (United Kingdom)"; a tag it does not know stays as written.
   */
  languageName: (tag: string) => string;
  /** A month: "April 2025". */
  month: (year: number, month: number) => string;
}

export function formatsFor(language: string, catalogue: Catalogue): Formats {
  const utc = { timeZone: 'UTC' } as const;
  const dateFormat = new Intl.DateTimeFormat(language, { ...utc, day: 'numeric', month: 'long', year: 'numeric' });
  const weekdayFormat = new Intl.DateTimeFormat(language, { ...utc, weekday: 'long' });
  const monthFormat = new Intl.DateTimeFormat(language, { ...utc, month: 'long', year: 'numeric' });
  const numberFormat = new Intl.NumberFormat(language);
  const languageNames = new Intl.DisplayNames(language, { type: 'language', fallback: 'code' });
  const { dates } = catalogue;
  return {
    date: (date) => dateFormat.format(date),
    dayAndDate: (date) => dates.dayAndDate(weekdayFormat.format(date), dateFormat.format(date)),
    time: (time) => {
      const [hours = 0, minutes = 0] = time.split(':').map(Number);
      return dates.time(hours, minutes);
    },
    number: (value) => numberFormat.format(value),
    languageName: (tag) => {
      const primary = primarySubtag(tag);
      const name = languageNames.of(primary) ?? tag;
      const own = new Intl.DisplayNames(primary, { type: 'language', fallback: 'code' }).of(primary) ?? tag;
      return own === name || own === primary ? name : `${name} (${own})`;
    },
    when: (value) => {
      if (value.kind === 'date') return dates.by(dateFormat.format(value.date));
      if (value.kind === 'month') return dates.by(monthFormat.format(new Date(Date.UTC(value.year, value.month - 1, 1))));
      return value.text;
    },
    month: (year, month) => monthFormat.format(new Date(Date.UTC(year, month - 1, 1))),
  };
}

/** The language part of a tag: "cy" for "cy-GB". */
export function primarySubtag(tag: string): string {
  return tag.split('-')[0]!.toLowerCase();
}
