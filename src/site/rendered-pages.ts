/**
 * The hand-off from rendering to publishing. A build renders every page in Astro and then
 * publishes each trust (scripts/build/); both run in one process, but Astro bundles the
 * render side separately, so they cannot share a module's state. The build script puts a
 * receiver here, under a process-wide key, before Astro renders; src/middleware.ts hands
 * it each page as it is rendered. So each page is examined once, in memory: its search
 * record, sitemap entry and assets are known without reading the written files back.
 * In `npm run dev` there is no receiver and nothing is handed off.
 */

export interface RenderedPage {
  slug: string;
  /** Path from the trust's site root: "" for the home page, "goals/", "404/". */
  pagePath: string;
  /** The page as written, with its final links. */
  html: string;
}

export interface RenderedPageReceiver {
  receive(page: RenderedPage): void;
  /** True once the build has been stopped: pages still to come are not rendered. */
  readonly stopped?: boolean;
}

const RECEIVER = Symbol.for('nhs-strategy-microsites.rendered-page-receiver');
type WithReceiver = typeof globalThis & { [RECEIVER]?: RenderedPageReceiver | undefined };

export function renderedPageReceiver(): RenderedPageReceiver | undefined {
  return (globalThis as WithReceiver)[RECEIVER];
}

export function setRenderedPageReceiver(receiver: RenderedPageReceiver | undefined): void {
  (globalThis as WithReceiver)[RECEIVER] = receiver;
}
