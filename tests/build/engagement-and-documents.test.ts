/**
 * Events, the engagement story and documents as readers get them from the built sample
 * trusts (built with "today" pinned to 2026-11-23), and a second build with "today" pinned
 * after Ashdown Valley's survey closes.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readPage, runBuild, textOf } from '../support/built-sites.ts';

const dist = inject('builtSites');
const ashdown = path.join(dist, 'ashdown-valley');
const harbourside = path.join(dist, 'harbourside');
const base = '/about-us/strategy/';
const londonClock = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', dateStyle: 'short', timeStyle: 'short' });

/** Events in a published calendar file, as a calendar app in the UK shows them. */
function calendarEvents(file: string) {
  const calendar = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')));
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      summary: event.summary,
      start: londonClock.format(event.startDate.toJSDate()),
      end: londonClock.format(event.endDate.toJSDate()),
    };
  });
}

/** The published file a site link points to. */
const fileOf = (site: string, href: string) => path.join(site, href.slice(base.length));

describe('events', () => {
  const page = () => readPage(ashdown, 'have-your-say/');

  it('gives every upcoming event an "Add to your calendar" file with the right London times, either side of the spring clock change', () => {
    const upcoming = page().querySelectorAll('section[aria-labelledby="upcoming-heading"] .nhsuk-card');
    const files = upcoming.map((card) => card.querySelector('a[download]')?.getAttribute('href'));
    expect(files).toHaveLength(3);
    expect(textOf(upcoming[0]!.querySelector('a[download]'))).toBe(
      'Add to your calendar: Evening conversation at Millbrook Community Hall',
    );
    const events = files.map((href) => calendarEvents(fileOf(ashdown, href!))[0]);
    expect(events).toEqual([
      { summary: 'Evening conversation at Millbrook Community Hall', start: '20/01/2027, 18:30', end: '20/01/2027, 20:00' },
      { summary: 'Online session for carers', start: '03/02/2027, 12:00', end: '03/02/2027, 13:00' },
      { summary: 'Spring stall at Ashdown market', start: '15/04/2027, 09:30', end: '15/04/2027, 12:30' },
    ]);
  });

  it('offers no calendar file for a past event', () => {
    const past = page().querySelector('section[aria-labelledby="past-heading"]')!;
    expect(past.querySelectorAll('a[download]')).toHaveLength(0);
  });

  it('publishes a feed of upcoming events only, linked from the page', () => {
    expect(page().querySelector('a[href$="events.ics"]')?.getAttribute('href')).toBe(`${base}events.ics`);
    const feed = calendarEvents(path.join(ashdown, 'events.ics'));
    expect(feed.map((event) => event.summary)).toEqual([
      'Evening conversation at Millbrook Community Hall',
      'Online session for carers',
      'Spring stall at Ashdown market',
    ]);
    // A trust with no events still has a valid, empty feed.
    expect(calendarEvents(path.join(harbourside, 'events.ics'))).toEqual([]);
  });

  it('describes each event as schema.org JSON-LD, with its local time and offset', () => {
    const json = JSON.parse(page().querySelector('script[type="application/ld+json"]')!.text) as {
      '@graph': Array<{ '@type': string; name: string; startDate: string; eventAttendanceMode: string }>;
    };
    const byName = Object.fromEntries(json['@graph'].map((event) => [event.name, event]));
    expect(byName['Drop-in at Ashdown Library']).toMatchObject({ '@type': 'Event', startDate: '2026-10-14T10:00:00+01:00' });
    expect(byName['Evening conversation at Millbrook Community Hall']?.startDate).toBe('2027-01-20T18:30:00+00:00');
    expect(byName['Spring stall at Ashdown market']?.startDate).toBe('2027-04-15T09:30:00+01:00');
    expect(byName['Online session for carers']?.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
  });
});

describe('the engagement story after it closed (Harbourside)', () => {
  const main = () => readPage(harbourside, 'how-we-listened/').querySelector('main')!;

  it('shows the headline figures, what was heard and the questions asked', () => {
    const figures = main().querySelectorAll('section[aria-labelledby="figures-heading"] li').map(textOf);
    expect(figures).toEqual(['over 3,100 people took part', 'about 5,400 comments and ideas', '27 events held']);
    expect(textOf(main().querySelector('section[aria-labelledby="heard-heading"]'))).toContain(
      'Waiting without news is the hardest part of waiting.',
    );
    expect(textOf(main().querySelector('#questions-heading'))).toBe('The questions we asked');
  });

  it('pairs each thing people said with what the trust did', () => {
    const pairs = main().querySelectorAll('section[aria-labelledby="you-said-heading"] > ul > li');
    expect(pairs).toHaveLength(3);
    expect(textOf(pairs[1])).toBe(
      'You said You said the bus to the General Hospital takes too long from the villages. We did We opened blood test and check-up clinics in Eastcliff and Marram so fewer trips to the hospital are needed.',
    );
  });

  it('shows the survey as closed, without its link, and links to what was heard', () => {
    const survey = main().querySelector('section[aria-labelledby="survey-heading"]')!;
    expect(textOf(survey)).toContain('This survey closed on 13 December 2024.');
    expect(survey.querySelector('a[href="https://harbourside.example/survey/better-together"]')).toBeNull();
    expect(survey.querySelector('a')?.getAttribute('href')).toBe('#heard-heading');
  });
});

describe('documents described from the file', () => {
  const cards = () => readPage(ashdown, 'documents/').querySelectorAll('main > ul > li');

  it('shows format, size and page count read from each PDF', () => {
    const full = readFileSync(path.join(ashdown, 'files', 'healthier-valley-full.pdf')).length;
    expect(textOf(cards()[0])).toContain(`PDF, ${Math.round(full / 1024)} KB, 6 pages`);
    expect(textOf(cards()[1])).toContain('PDF, 814 bytes, 1 page');
  });

  it('links every document the same way (its title to the file) and says when a page of this site has the same content', () => {
    for (const card of cards()) expect(card.querySelector('h2 a'), textOf(card)).not.toBeNull();
    const links = cards()[0]!.querySelectorAll('a');
    expect(links[0]!.getAttribute('href')).toBe(`${base}files/healthier-valley-full.pdf`);
    expect(textOf(links[1]!.parentNode)).toBe('Also on this site: Our current ambitions');
    expect(links[1]!.getAttribute('href')).toBe(`${base}ambitions/`);
  });

  it('asks once on the page, not per document, how to get the documents in another format', () => {
    const page = readPage(ashdown, 'documents/');
    expect(page.querySelectorAll('.other-formats')).toHaveLength(1);
  });
});

describe('the home page follows the engagement', () => {
  let after: string;
  let work: string;

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'strategy-after-survey-'));
    // The day after the survey closes, before the spring stall.
    const build = await runBuild(['--trust', 'ashdown-valley', '--out', work], { STRATEGY_BUILD_DATE: '2027-03-01' });
    expect(build.code, build.stdout + build.stderr).toBe(0);
    after = path.join(work, 'ashdown-valley');
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('shows the open survey on the home page while it is open', () => {
    const highlight = readPage(ashdown, '').querySelector('section[aria-labelledby="take-part-heading"]');
    expect(textOf(highlight)).toContain(
      'Healthier valley refresh survey is open to anyone who lives or works in the valley until 28 February 2027.',
    );
    expect(highlight?.querySelector('a')?.getAttribute('href')).toBe('https://www.ashdown-valley.example/survey');
  });

  it('once the survey has closed, shows it closed on its page and the next event on the home page', () => {
    const survey = readPage(after, 'have-your-say/').querySelector('section[aria-labelledby="survey-heading"]')!;
    expect(textOf(survey)).toContain('This survey closed on 28 February 2027.');
    expect(survey.querySelector('a[href="https://www.ashdown-valley.example/survey"]')).toBeNull();
    const highlight = readPage(after, '').querySelector('section[aria-labelledby="take-part-heading"]');
    expect(textOf(highlight)).toContain('Our next event is Spring stall at Ashdown market on Thursday 15 April 2027 at 9:30am.');
    expect(textOf(highlight)).not.toContain('survey');
    // The feed has dropped the events that have passed.
    expect(calendarEvents(path.join(after, 'events.ics')).map((event) => event.summary)).toEqual(['Spring stall at Ashdown market']);
  });
});
