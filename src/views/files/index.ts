/**
 * Every file a trust's site is rendered with (theme.css, favicon.svg, events.ics...), for the
 * route files src/pages/[trust]/[...file].<extension>.ts. Which files there are is declared once
 * in src/routes/; each is made by its view here. There is one route file per extension, not one
 * for all, because Astro serves an endpoint without a trailing slash (trailingSlash: 'always'
 * applies to every other route) only where its route ends in a file extension.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { livePreview } from 'virtual:strategy-sites/selection';
import { filePaths, type FileRoute } from '../../routes/routes.ts';
import { loadSite, loadSites, type TrustSite } from '../../site/site-model.ts';
import { eventCalendarFile } from './event-calendar.ts';
import { eventsFeed } from './events-feed.ts';
import { favicon } from './favicon.ts';
import { manifest } from './manifest.ts';
import { strategyOnAPagePicture } from './strategy-on-a-page-svg.ts';
import { themeCss } from './theme-css.ts';
import { updatesFeed } from './updates-feed.ts';

const views: { [View in FileRoute['view']]: (site: TrustSite, route: Extract<FileRoute, { view: View }>) => Response } = {
  'strategy-on-a-page-svg': strategyOnAPagePicture,
  'events-feed': eventsFeed,
  'updates-feed': updatesFeed,
  'event-calendar': eventCalendarFile,
  'theme-css': themeCss,
  favicon,
  manifest,
};

/** getStaticPaths and GET of the route file for one extension ("ics"): its files, each made by its view. */
export function fileRoute(extension: string): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
  const suffix = `.${extension}`;
  return {
    getStaticPaths: async () =>
      filePaths(await loadSites(), { livePreview })
        .filter(({ params }) => params.file.endsWith(suffix))
        .map(({ params, props }) => ({ params: { ...params, file: params.file.slice(0, -suffix.length) }, props })),
    GET: async ({ params, props }) => {
      const { route, language } = props as { route: FileRoute; language: string };
      const view = views[route.view] as (site: TrustSite, route: FileRoute) => Response;
      return view(await loadSite(params.trust!, language), route);
    },
  };
}
