/**
 * The kinds of page readers can filter search by. The trust's own title is used for headings;
 * a kind only groups pages of one type across trusts. Its words, and the strategy's status
 * labels, are in the words catalogue (src/words/en-GB.ts: pageKinds, status).
 */
import type { PageType } from '../schemas/pages/index.ts';

export type PageKind = PageType | 'home' | 'contact' | 'accessibility' | 'cookies';
