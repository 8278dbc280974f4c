/** The trust's calendar feed: its upcoming events, for people to subscribe to. */
import { buildDate } from '../../site/build-date.ts';
import { upcomingEventsCalendar } from '../../site/event-calendar.ts';
import type { TrustSite } from '../../site/site-model.ts';

export const eventsFeed = (site: TrustSite): Response => {
  return new Response(upcomingEventsCalendar(site, site.events, buildDate()), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
