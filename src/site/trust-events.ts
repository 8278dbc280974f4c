/**
 * A trust's events from all its engagement pages, each with a stable name for its calendar
 * file and whether it is still to come on the build date. Computed once per build in the
 * site model; the engagement page, the calendar files and the home page all read it here.
 */
import type { z } from 'astro/zod';
import type { engagementSchema } from '../page-types/engagement/schema.ts';

export type EngagementEvent = NonNullable<z.infer<typeof engagementSchema>['events']>[number];
type EngagementData = z.infer<typeof engagementSchema>;

export interface TrustEvent {
  event: EngagementEvent;
  /** The engagement page's data the event is listed on. */
  pageData: EngagementData;
  /** The engagement page's path from the site root, for example "have-your-say/". */
  pagePath: string;
  /** Unique in the trust: "2027-01-20-evening-conversation-at-millbrook-community-hall". */
  id: string;
  /** The event's own calendar file, from the site root: "calendar/<id>.ics". */
  calendarPath: `calendar/${string}.ics`;
  /** On or after the build date. */
  upcoming: boolean;
}

interface EngagementPageLike {
  pagePath: string;
  entry: { data: { type: string } };
}

/** Lower-case words joined by dashes, for file names. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** Every event of the trust, soonest first. */
export function trustEvents(pages: EngagementPageLike[], today: Date): TrustEvent[] {
  const events: TrustEvent[] = [];
  const used = new Set<string>();
  for (const page of pages) {
    const data = page.entry.data as EngagementData;
    if (data.type !== 'engagement') continue;
    for (const event of data.events ?? []) {
      const base = `${event.date.toISOString().slice(0, 10)}-${slugify(event.title) || 'event'}`;
      let id = base;
      for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
      used.add(id);
      events.push({
        event,
        pageData: data,
        pagePath: page.pagePath,
        id,
        calendarPath: `calendar/${id}.ics`,
        upcoming: event.date >= today,
      });
    }
  }
  return events.sort((a, b) => a.event.date.getTime() - b.event.date.getTime() || (a.event.start ?? '').localeCompare(b.event.start ?? ''));
}
