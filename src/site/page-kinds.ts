/**
 * The kind of each page, as readers see it in the search filter. The trust's own title
 * is used for headings; this label only groups pages of one type across trusts.
 */
import type { PageType } from '../schemas/pages/index.ts';

export const pageKindLabels: Record<PageType | 'home' | 'contact' | 'accessibility' | 'cookies', string> = {
  home: 'Home',
  overview: 'Overview',
  mission: 'Mission',
  vision: 'Vision',
  'case-for-change': 'Case for change',
  goals: 'Goals',
  values: 'Values',
  priorities: 'Priorities',
  themes: 'Themes',
  delivery: 'Delivery',
  engagement: 'Engagement',
  documents: 'Documents',
  acknowledgements: 'Thanks',
  page: 'Other pages',
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
