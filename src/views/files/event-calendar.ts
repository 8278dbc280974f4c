/** One upcoming event as a calendar file, for its "Add to calendar" link. */
import type { APIRoute } from 'astro';
import { buildDate } from '../../site/build-date.ts';
import { eventCalendar } from '../../site/event-calendar.ts';
import { loadSite, loadSites } from '../../site/site-model.ts';

export async function getStaticPaths() {
  return (await loadSites()).flatMap((site) =>
    site.events.filter((item) => item.upcoming).map((item) => ({ params: { trust: site.slug, event: item.id } })),
  );
}

export const GET: APIRoute = async ({ params }) => {
  const site = await loadSite(params.trust!);
  const item = site.events.find((candidate) => candidate.id === params.event)!;
  return new Response(eventCalendar(site, item, buildDate()), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
