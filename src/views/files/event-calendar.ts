/** One upcoming event as a calendar file, for its "Add to calendar" link. */
import type { FileRoute } from '../../routes/routes.ts';
import { buildDate } from '../../site/build-date.ts';
import { eventCalendar } from '../../site/event-calendar.ts';
import type { TrustSite } from '../../site/site-model.ts';

/** Its route (src/routes/routes.ts) carries the event: one route per upcoming event, at calendar/<event>.ics. */
export const eventCalendarFile = (site: TrustSite, { event }: Extract<FileRoute, { view: 'event-calendar' }>): Response => {
  return new Response(eventCalendar(site, event, buildDate()), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
