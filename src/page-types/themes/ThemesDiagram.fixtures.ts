/** Examples of ThemesDiagram for tests/components/fixtures.test.ts: the centre first when the trust named one, then each theme with its sentence and points, and no centre invented when there is none. */
import type { ComponentProps } from 'astro/types';
import { pageData, type ComponentFixture } from '../../fixtures/component-fixtures.ts';
import type ThemesDiagram from './ThemesDiagram.astro';

export default [
  {
    name: 'a centre and themes with a sentence and points: the centre named in the caption and read first',
    props: {
      data: pageData('themes', {
        centre: 'Families who feel heard',
        themes: [
          {
            title: 'Being kept in the loop',
            description: 'People want to know what happens next.',
            points: ['Updates by text', 'One number to call'],
          },
          { title: 'Care nearer home', points: ['Clinics in local halls'] },
          { title: 'Respect for carers', description: 'Carers want to be treated as part of the team.' },
        ],
      }),
    },
    reads: [
      'The themes, with "Families who feel heard" at the centre',
      'At the centre: Families who feel heard',
      'Being kept in the loop',
      'People want to know what happens next.',
      'Updates by text',
      'One number to call',
      'Care nearer home',
      'Clinics in local halls',
      'Respect for carers',
      'Carers want to be treated as part of the team.',
    ],
    readsNot: ['undefined'],
    linkCount: 0,
  },
  {
    name: 'one theme, a name only, and no centre: no centre named or invented',
    props: { data: pageData('themes', { themes: [{ title: 'Shorter queues on the phone' }] }) },
    reads: ['The themes', 'Shorter queues on the phone'],
    readsNot: ['at the centre', 'At the centre', 'undefined'],
    linkCount: 0,
  },
] satisfies ComponentFixture<ComponentProps<typeof ThemesDiagram>>[];
