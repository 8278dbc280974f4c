/**
 * schema.org descriptions of what a page shows (JSON-LD), so search engines and calendar
 * tools read events and the trust's identity from the page. Data only, never run: a strict
 * CSP allows it.
 */
import type { TrustSite } from './site-model.ts';
import { londonIsoDateTime } from './london-time.ts';
import type { TrustEvent } from './trust-events.ts';

interface Owner {
  origin: string;
  settings: { name: string; url: string; contact: { email?: string | undefined; phone?: string | undefined } };
  href: TrustSite['href'];
}

const attendanceModes = {
  'in-person': 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
} as const;

export function organizationData(owner: Owner, logoUrl?: string): Record<string, unknown> {
  return {
    '@type': 'Organization',
    name: owner.settings.name,
    url: owner.settings.url,
    ...(owner.settings.contact.email ? { email: owner.settings.contact.email } : {}),
    ...(owner.settings.contact.phone ? { telephone: owner.settings.contact.phone } : {}),
    ...(logoUrl ? { logo: logoUrl } : {}),
  };
}

export function eventData(owner: Owner, item: TrustEvent): Record<string, unknown> {
  const { event } = item;
  const day = event.date.toISOString().slice(0, 10);
  const pageUrl = `${owner.origin}${owner.href(item)}`;
  const place = event.place && { '@type': 'Place', name: event.place, address: event.place };
  const virtual = event.format !== 'in-person' && { '@type': 'VirtualLocation', url: event.link ?? pageUrl };
  const locations = [place, virtual].filter(Boolean);
  return {
    '@type': 'Event',
    name: event.title,
    startDate: event.start ? londonIsoDateTime(event.date, event.start) : day,
    ...(event.start && event.end ? { endDate: londonIsoDateTime(event.date, event.end) } : {}),
    eventAttendanceMode: attendanceModes[event.format],
    eventStatus: 'https://schema.org/EventScheduled',
    location: locations.length === 1 ? locations[0] : locations,
    ...(event.description ? { description: event.description } : {}),
    url: event.link ?? pageUrl,
    organizer: organizationData(owner),
    isAccessibleForFree: true,
  };
}

/**
 * JSON for a <script type="application/ld+json">. JSON.stringify escapes quotes and control
 * characters; "<", ">" and "&" are written as \\u escapes too, so no value can close the script
 * ("</script>"), open a comment ("<!--") that changes how the HTML parser reads the rest, or
 * look like a reference; U+2028 and U+2029 likewise, for tools that read the JSON as JavaScript.
 */
export function jsonLdText(items: Record<string, unknown>[]): string {
  const body =
    items.length === 1 ? { '@context': 'https://schema.org', ...items[0] } : { '@context': 'https://schema.org', '@graph': items };
  return JSON.stringify(body).replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
