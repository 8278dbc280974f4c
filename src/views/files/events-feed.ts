/** The trust's calendar feed: its upcoming events, for people to subscribe to. */
import type { APIRoute } from 'astro';
import { buildDate } from '../../site/build-date.ts';
import { upcomingEventsCalendar } from '../../site/event-calendar.ts';
import { loadSite, onePagePerTrust } from '../../site/site-model.ts';

export const getStaticPaths = onePagePerTrust;

export const GET: APIRoute = async ({ params }) => {
  const site = await loadSite(params.trust!);
  return new Response(upcomingEventsCalendar(site, site.events, buildDate()), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
