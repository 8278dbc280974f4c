/** What decides which generated pages a trust's site has, from its judged content (as the site model decides it). */
import type { TrustSource } from '../reader/read-content.ts';
import type { PageType } from '../page-types/registry.ts';
import type { TrustSettings } from '../schemas/trust.ts';
import type { SiteFacts } from '../routes/generated-pages.ts';
import { strategyOnAPage, type StrategyOnAPageSource } from '../site/strategy-on-a-page.ts';
import type { CheckedPage } from './page-rules.ts';

export function siteFacts(trust: TrustSource, checked: CheckedPage[], settings: TrustSettings | undefined): SiteFacts {
  const standard = checked.filter((each) => !each.page.isEasyRead && each.page.standardPath !== 'index');
  const pages = standard.flatMap((each) => (each.data ? [each.data] : []));
  // The first page of each type in menu order, as the site model picks it.
  const ordered = [...pages].sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));
  const firstOfType: StrategyOnAPageSource['firstOfType'] = {};
  for (const data of ordered) firstOfType[data.type as PageType] ??= { entry: { data } };
  return {
    pages,
    easyReadPages: trust.pages.filter((page) => page.isEasyRead).length,
    hasStrategyOnAPage: settings ? strategyOnAPage({ settings, firstOfType }) !== undefined : false,
    publishesReadingAge: settings?.plainEnglish.publishReport ?? false,
  };
}
