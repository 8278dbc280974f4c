/**
 * Every file a trust's site is rendered with (theme.css, favicon.svg, events.ics...). Which
 * files there are is declared once in src/routes/; this file hands them to Astro and makes
 * each with its view (src/views/files/).
 */
import type { APIRoute } from 'astro';
import { livePreview } from 'virtual:strategy-sites/selection';
import { filePaths, type FileRoute } from '../../routes/routes.ts';
import { loadSite, loadSites, type TrustSite } from '../../site/site-model.ts';
import { eventCalendarFile } from '../../views/files/event-calendar.ts';
import { eventsFeed } from '../../views/files/events-feed.ts';
import { favicon } from '../../views/files/favicon.ts';
import { manifest } from '../../views/files/manifest.ts';
import { strategyOnAPagePicture } from '../../views/files/strategy-on-a-page-svg.ts';
import { themeCss } from '../../views/files/theme-css.ts';

export async function getStaticPaths() {
  return filePaths(await loadSites(), { livePreview });
}

const views: { [View in FileRoute['view']]: (site: TrustSite, route: Extract<FileRoute, { view: View }>) => Response } = {
  'strategy-on-a-page-svg': strategyOnAPagePicture,
  'events-feed': eventsFeed,
  'event-calendar': eventCalendarFile,
  'theme-css': themeCss,
  favicon,
  manifest,
};

export const GET: APIRoute = async ({ params, props }) => {
  const { route } = props as { route: FileRoute };
  const view = views[route.view] as (site: TrustSite, route: FileRoute) => Response;
  return view(await loadSite(params.trust!), route);
};
