/**
 * The kind of each page, as readers see it in the search filter. The trust's own title
 * is used for headings; this label only groups pages of one type across trusts.
 */
import { typeName } from '../page-types/define.ts';
import { pageTypeDefinitions, type PageType } from '../page-types/registry.ts';

/** Each page type's kind comes from its folder (src/page-types/<type>/page-type.ts); the generated pages' kinds are here. */
export const pageKindLabels: Record<PageType | 'home' | 'contact' | 'accessibility' | 'cookies', string> = {
  home: 'Home',
  ...(Object.fromEntries(pageTypeDefinitions.map((definition) => [typeName(definition), definition.labels.kind])) as Record<
    PageType,
    string
  >),
  contact: 'Contact',
  accessibility: 'About this website',
  cookies: 'About this website',
};

export const statusLabels = {
  engagement: 'We are listening: this strategy is being developed with you',
  draft: 'Draft: this strategy has not been agreed yet',
  launched: 'Our current strategy',
  refreshing: 'We are refreshing this strategy: have your say',
} as const;
