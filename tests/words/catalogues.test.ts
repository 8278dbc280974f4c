/**
 * Every catalogue gives readers every entry of the English one, in its own language. The type check
 * (`satisfies Catalogue`) already refuses a missing or misspelt entry; this covers what it cannot:
 * an entry left in English (copied and never translated), an empty entry, a function that returns
 * nothing for real arguments, dates and times not written as each language writes them, and Latin
 * letters in Urdu (a right-to-left page with English words in it).
 */
import { describe, expect, it } from 'vitest';
import enGB from '../../src/words/en-GB.ts';
import { softMutation } from '../../src/words/welsh/mutations.ts';
import { availableLanguages, defaultLanguage, wordsFor, type Catalogue } from '../../src/words/index.ts';

const otherLanguages = availableLanguages.filter((language) => language !== defaultLanguage);

/** Arguments to call each function entry with; any entry not named here takes placeholder strings. */
const sampleArguments: Record<string, unknown[]> = {
  'dates.time': [18, 30],
  'easyRead.strategy': ['«1»', { start: 2025, end: 2030 }],
  'measures.trend': ['up', '«1»', '«2»', 'higher', true],
  'documents.fileFormat': ['docx'],
  'documents.bytes': [2],
  'documents.kilobytes': [2],
  'documents.megabytes': [2],
  'documents.pages': [2],
  list: [['«1»', '«2»', '«3»']],
  'strategy.withYears': [{ name: '«1»', period: { start: 2025, end: 2030 } }],
  'strategy.of': ['«1»', { start: 2025, end: 2030 }],
};

/**
 * Entries that may read the same as English, each for a reason: nothing in them is English. Kept
 * short on purpose: anything else the same as English is an entry nobody translated.
 */
const sameAsEnglish: Record<string, string> = {
  'language.direction': 'Welsh, like English, runs left to right.',
  'dates.dayAndDate': 'Welsh writes the weekday before the date with no word between, as English does.',
  'documents.kilobytes': '"KB" is the same unit symbol in every language.',
  'documents.megabytes': '"MB" is the same unit symbol in every language.',
  'measures.summary': 'Only punctuation around the values: "<kind>: <value> (<date>); <target>."',
  'contact.separator': 'Welsh separates items of a list with a comma and a space, as English does.',
  'generated.comma': 'Welsh separates the things a reader can do with a comma, as English does.',
  'generated.fullStop': 'Welsh ends a sentence with a full stop, as English does.',
};

/** Latin letters allowed in Urdu: names of formats, standards, units and bodies that Urdu writes in Latin. */
const latinInUrdu = [
  'PDF',
  'CSV',
  'NHS',
  'MS Word',
  'MS Excel',
  'MS PowerPoint',
  'OpenDocument',
  'RTF',
  'MP3',
  'MP4',
  'ZIP',
  'ICS',
  'A4',
  'WCAG',
  'AA',
  'EHRC',
  'EASS',
  'KB',
  'MB',
  'JavaScript',
];

type Entry = { path: string; value: unknown };

/** Every leaf of a catalogue (string, list of strings or function), with its dotted path. */
function entries(catalogue: object, prefix = ''): Entry[] {
  return Object.entries(catalogue).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return value && typeof value === 'object' && !Array.isArray(value) ? entries(value, path) : [{ path, value }];
  });
}

/** What a reader sees of an entry: the string, each string of a list, or what the function returns for sample arguments. */
function readerText(path: string, value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'function') {
    const args = sampleArguments[path] ?? Array.from({ length: Math.max(value.length, 1) }, (_, index) => `«${index + 1}»`);
    return [String((value as (...args: unknown[]) => unknown)(...args))];
  }
  return [String(value)];
}

function kindOf(value: unknown): string {
  return Array.isArray(value) ? 'list' : typeof value;
}

/** What is wrong with a catalogue against the English one: missing, extra, of another kind, empty, or still English. */
function problemsOf(catalogue: object): string[] {
  const english = new Map(entries(enGB).map(({ path, value }) => [path, value]));
  const own = new Map(entries(catalogue).map(({ path, value }) => [path, value]));
  const problems: string[] = [];
  for (const path of own.keys()) if (!english.has(path)) problems.push(`${path}: not an entry of en-GB`);
  for (const [path, englishValue] of english) {
    if (!own.has(path)) {
      problems.push(`${path}: missing`);
      continue;
    }
    const value = own.get(path);
    if (kindOf(value) !== kindOf(englishValue)) {
      problems.push(`${path}: a ${kindOf(value)}, where en-GB has a ${kindOf(englishValue)}`);
      continue;
    }
    const text = readerText(path, value);
    const englishText = readerText(path, englishValue);
    if (Array.isArray(value) && text.length !== englishText.length)
      problems.push(`${path}: ${text.length} items, en-GB has ${englishText.length}`);
    text.forEach((words, index) => {
      if (words.trim() === '') problems.push(`${path}: empty`);
      else if (words === englishText[index] && !(path in sameAsEnglish)) problems.push(`${path}: the same as English ("${words}")`);
    });
  }
  return problems;
}

describe('every catalogue against the English one, entry by entry', () => {
  it('has a catalogue for Welsh and for Urdu', () => {
    expect(availableLanguages).toEqual(expect.arrayContaining(['en-GB', 'cy-GB', 'ur-PK']));
  });

  it('would catch a catalogue copied from English and left untranslated', () => {
    const copied = problemsOf(structuredCloneWithFunctions(enGB));
    expect(copied.filter((problem) => problem.includes('the same as English')).length).toBeGreaterThan(100);
  });

  for (const language of otherLanguages) {
    it(`${language}: every entry, of the same kind, not empty, and not left in English`, () => {
      expect(problemsOf(wordsFor(language) as Catalogue & object).filter((problem) => !isFormat(problem))).toEqual([]);
    });

    it(`${language}: names file formats in its own words, keeping "PDF" and "CSV"`, () => {
      const { fileFormat } = wordsFor(language).documents;
      expect(fileFormat('pdf')).toBe('PDF');
      expect(fileFormat('csv')).toBe('CSV');
      expect(fileFormat('docx')).toContain('MS Word');
      expect(fileFormat('docx')).not.toBe(enGB.documents.fileFormat('docx'));
      expect(fileFormat('')).not.toBe('File');
    });
  }
});

/** The formats `wordsFor` adds (date, number...) are not catalogue entries. */
function isFormat(problem: string): boolean {
  return /^(date|dayAndDate|time|number|when|month|languageName): not an entry of en-GB$/.test(problem);
}

/** A copy of the English catalogue as a careless translator would start one: same strings, same functions. */
function structuredCloneWithFunctions<T extends object>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      inner && typeof inner === 'object' && !Array.isArray(inner) ? structuredCloneWithFunctions(inner) : inner,
    ]),
  ) as T;
}

describe('Welsh dates and times, as Welsh public bodies write them', () => {
  const words = wordsFor('cy-GB');
  it('writes dates with Welsh month and day names', () => {
    expect(words.date(new Date('2026-01-01'))).toBe('1 Ionawr 2026');
    expect(words.dayAndDate(new Date('2027-01-20'))).toBe('Dydd Mercher 20 Ionawr 2027');
    expect(words.when({ kind: 'month', year: 2026, month: 3 })).toBe('erbyn Mawrth 2026');
  });

  it('names languages in Welsh, with their own name after', () => {
    expect(words.languageName('en-GB')).toBe('Saesneg (English)');
    expect(words.languageName('cy-GB')).toBe('Cymraeg');
  });

  it('writes times with "yb" and "yh", and midday and midnight in words', () => {
    expect(words.time('18:30')).toBe('6:30yh');
    expect(words.time('09:00')).toBe('9yb');
    expect(words.time('12:00')).toBe('hanner dydd');
    expect(words.time('00:00')).toBe('hanner nos');
  });

  it('mutates the words it writes next to a title or a list', () => {
    expect(words.links.readAbout('Gwerthoedd craidd')).toBe('Darllenwch am werthoedd craidd');
    expect(words.links.readAbout('Ein cenhadaeth')).toBe('Darllenwch am ein cenhadaeth');
    expect(words.links.readAbout('Cymryd rhan')).toBe('Darllenwch sut i gymryd rhan');
    expect(words.links.readAbout('Pam mae angen newid')).toBe('Darllenwch pam mae angen newid');
    expect(words.links.inFull('Ein gwerthoedd')).toBe('Ein gwerthoedd yn llawn');
    expect(words.list(['Braille', 'print bras'])).toBe('Braille neu brint bras');
    expect(words.contact.contactName('Ymddiriedolaeth GIG Felindre')).toBe('cysylltwch ag Ymddiriedolaeth GIG Felindre');
    expect(words.contact.contactName('Bwrdd Iechyd Prifysgol Bae Abertawe')).toBe('cysylltwch â Bwrdd Iechyd Prifysgol Bae Abertawe');
    expect(words.languageNavigation.switchTo).toBe('Newid yr iaith i Gymraeg');
  });

  it('softly mutates each letter that mutates, and leaves the others', () => {
    const mutated = ['pobl', 'tîm', 'cymorth', 'blaenoriaethau', 'dyfodol', 'gwerthoedd', 'gofal', 'mesurau', 'llais', 'rhan'].map(
      softMutation,
    );
    expect(mutated).toEqual(['bobl', 'dîm', 'gymorth', 'flaenoriaethau', 'ddyfodol', 'werthoedd', 'ofal', 'fesurau', 'lais', 'ran']);
    expect(['theatr', 'chwilio', 'ffeil', 'amcanion', 'newid', 'sain', 'tsieni'].map(softMutation)).toEqual([
      'theatr',
      'chwilio',
      'ffeil',
      'amcanion',
      'newid',
      'sain',
      'tsieni',
    ]);
  });
});

describe('Urdu, right to left in Urdu script', () => {
  const words = wordsFor('ur-PK');
  it('writes dates with Urdu month and day names', () => {
    expect(words.date(new Date('2026-01-01'))).toContain('جنوری');
    expect(words.dayAndDate(new Date('2027-01-20'))).toMatch(/^بدھ، 20 جنوری/);
    expect(words.when({ kind: 'month', year: 2026, month: 3 })).toBe('مارچ 2026 تک');
  });

  it('writes times with the part of the day and "بجے"', () => {
    expect(words.time('18:30')).toBe('شام 6:30 بجے');
    expect(words.time('09:00')).toBe('صبح 9 بجے');
    expect(words.time('12:00')).toBe('دوپہر 12 بجے');
    expect(words.time('00:00')).toBe('رات 12 بجے');
  });

  it('declares itself right to left, in its own name', () => {
    expect(words.language).toEqual({ name: 'اردو', direction: 'rtl' });
    expect(words.languageNavigation.label).toBe('زبان');
  });

  it("keeps the trust's words whole, with the Urdu comma, full stop and postpositions around them", () => {
    expect(words.links.readAbout('ہمارا مشن')).toBe('مزید پڑھیں: ہمارا مشن');
    expect(words.links.inFull('ہماری اقدار')).toBe('ہماری اقدار: مکمل تفصیل');
    expect(words.strategy.of('رِور سائیڈ NHS ٹرسٹ', { start: 2025, end: 2030 })).toBe('رِور سائیڈ NHS ٹرسٹ کی حکمت عملی برائے 2025 تا 2030۔');
    expect(words.list(['بڑے حروف', 'بریل', 'کسی اور زبان'])).toBe('بڑے حروف، بریل یا کسی اور زبان');
  });

  it('has no Latin letters but the names Urdu writes in Latin (PDF, NHS, WCAG...), and Urdu letters in every entry with words', () => {
    const allowed = new RegExp(`\\b(${latinInUrdu.map((name) => name.replace(' ', '\\s')).join('|')})\\b`, 'g');
    const latin: string[] = [];
    const noUrdu: string[] = [];
    for (const { path, value } of entries(wordsFor('ur-PK') as object)) {
      // The formats wordsFor adds (date, time...) are tested above with real dates.
      if (path === 'language.direction' || !(path.split('.')[0]! in enGB)) continue;
      for (const text of readerText(path, value)) {
        // Pagefind's placeholders ([SEARCH_TERM], [COUNT]...) are replaced by what the reader typed and the count: readers never see them.
        const rest = text.replace(allowed, '').replace(/\[(SEARCH_TERM|DIFFERENT_TERM|COUNT)\]/g, '');
        if (/[A-Za-z]/.test(rest)) latin.push(`${path}: ${text}`);
        else if (/\p{L}/u.test(rest) && !/\p{Script=Arabic}/u.test(rest)) noUrdu.push(`${path}: ${text}`);
      }
    }
    expect(latin).toEqual([]);
    expect(noUrdu).toEqual([]);
  });
});
