/**
 * Trusts shared by the component fixtures (`src/components/*.fixtures.ts`): one with a
 * strategy of every part, and the shapes real strategies often have. Written as an editor writes
 * content and parsed by the real schemas (tests/support/component-fixtures.ts).
 */
import { fixtureSite } from './component-fixtures.ts';

/** A launched strategy with a mission, a vision, three goals, values and measures, at https://riverside.example/our-strategy/. */
export const fullStrategy = () =>
  fixtureSite({
    pages: {
      mission: { type: 'mission', title: 'Our mission', order: 10, statement: 'Good care, close to home, for everyone.' },
      vision: { type: 'vision', title: 'Our vision', order: 20, statement: 'A healthier riverside by 2030.' },
      goals: {
        type: 'goals',
        title: 'Our goals',
        order: 30,
        goals: [
          { title: 'Shorter waits', statement: 'We will see people sooner.' },
          { title: 'Care at home', statement: 'We will bring more care to where people live.' },
          { title: 'A good place to work', statement: 'We will support our staff to do their best.' },
        ],
      },
      values: {
        type: 'values',
        title: 'Our values',
        order: 40,
        values: [
          { name: 'Kind', meaning: 'We treat everyone with warmth.' },
          { name: 'Open', meaning: 'We say what we do and why.' },
        ],
      },
      delivery: {
        type: 'delivery',
        title: 'How we are doing',
        order: 50,
        measures: [
          {
            name: 'People seen within 18 weeks',
            unit: '%',
            values: [{ value: 72, date: 'March 2026' }],
            target: { value: 92, date: '2029/30' },
          },
        ],
      },
    },
  });

/** Priorities written as sentences with no group names, and values being refreshed: nothing to invent headings from. */
export const prioritiesOnly = () =>
  fixtureSite({
    settings: { url: 'https://www.northbank.example/strategy/', strategy: { status: 'refreshing' } },
    pages: {
      priorities: {
        type: 'priorities',
        title: 'Our priorities',
        groups: [
          {
            statement: 'We will treat people as partners in their care.',
            priorities: [{ title: 'Shared care plans' }, { title: 'Clear letters' }],
          },
          { statement: 'We will look after our staff.', priorities: [{ title: 'Fair rotas' }] },
        ],
      },
      values: {
        type: 'values',
        title: 'Our values',
        refresh: { explanation: 'We are asking staff and patients what matters to them.', expected: 'in our next annual report' },
      },
    },
  });

/** A trust with only a plain page: no strategy content to summarise. */
export const plainOnly = () =>
  fixtureSite({ pages: { 'about-this-site': { type: 'page', title: 'About this site', description: 'Who writes this site.' } } });

/** A strategy with `count` goals and `count` values, each with a sentence: for card groups of 1 to 8 items. */
export const itemsOf = (count: number) =>
  fixtureSite({
    pages: {
      goals: {
        type: 'goals',
        title: 'Our goals',
        goals: Array.from({ length: count }, (_, index) => ({
          title: `Goal ${index + 1}`,
          statement: `What goal ${index + 1} will change.`,
        })),
      },
      values: {
        type: 'values',
        title: 'Our values',
        values: Array.from({ length: count }, (_, index) => ({ name: `Value ${index + 1}`, meaning: `What value ${index + 1} means.` })),
      },
    },
  });
