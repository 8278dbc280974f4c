/**
 * A trust's progress reports: the home page links the latest, the one published last (a trust
 * with none gets no link, and no words about reports it has not written).
 */
import type { StandardPage } from './build-site-model.ts';
import type { ProgressReport } from '../page-types/progress-report/schema.ts';

export type ProgressReportPage = StandardPage & { entry: { data: ProgressReport } };

const isReport = (page: StandardPage): page is ProgressReportPage => page.entry.data.type === 'progress-report';

/** The report with the latest published date; of two published the same day, the one that covers the later months. */
export function latestProgressReport(pages: StandardPage[]): ProgressReportPage | undefined {
  const months = (report: ProgressReport) => report.period.end.year * 12 + report.period.end.month;
  return pages.filter(isReport).reduce<ProgressReportPage | undefined>((latest, page) => {
    if (!latest) return page;
    const [a, b] = [page.entry.data, latest.entry.data];
    const later = a.published.getTime() - b.published.getTime() || months(a) - months(b);
    return later > 0 ? page : latest;
  }, undefined);
}
