/**
 * What the home page should point people to while the trust is asking for views: a survey
 * still open on the build date, and the next event. Decided here once so the engagement
 * page and the home page can never disagree.
 */
import type { z } from 'astro/zod';
import type { engagementSchema } from '../page-types/engagement/schema.ts';
import type { TrustEvent } from './trust-events.ts';

type Survey = NonNullable<z.infer<typeof engagementSchema>['survey']>;

export interface EngagementState {
  /** The open survey closing soonest, with the page that describes it. */
  openSurvey?: { survey: Survey; pagePath: string; pageTitle: string };
  /** The soonest upcoming event. */
  nextEvent?: TrustEvent;
}

interface PageLike {
  pagePath: string;
  entry: { data: { type: string; title: string } };
}

/** A survey is open up to and including its closing day. */
export function surveyIsOpen(survey: Survey, today: Date): boolean {
  return survey.closes >= today;
}

export function engagementState(pages: PageLike[], events: TrustEvent[], today: Date): EngagementState {
  const surveys = pages.flatMap((page) => {
    const data = page.entry.data as z.infer<typeof engagementSchema>;
    return data.type === 'engagement' && data.survey && surveyIsOpen(data.survey, today)
      ? [{ survey: data.survey, pagePath: page.pagePath, pageTitle: data.title }]
      : [];
  });
  surveys.sort((a, b) => a.survey.closes.getTime() - b.survey.closes.getTime());
  const nextEvent = events.find((item) => item.event.date >= today);
  return { ...(surveys[0] ? { openSurvey: surveys[0] } : {}), ...(nextEvent ? { nextEvent } : {}) };
}
