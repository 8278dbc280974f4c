/**
 * Examples of DeliveryDetails for tests/components/fixtures.test.ts: plans written in each way a
 * strategy gives them, measures with a link to the charts only when there are figures to chart,
 * and reporting with or without a time; no heading over a part the trust has not written.
 */
import type { ComponentProps } from 'astro/types';
import { dataOf, fixtureSite, type ComponentFixture } from '../../fixtures/component-fixtures.ts';
import type DeliveryDetails from './DeliveryDetails.astro';

const everyPart = fixtureSite({
  pages: {
    delivery: {
      type: 'delivery',
      title: 'Making it happen',
      summary: 'We will check our progress with patients and staff twice a year.',
      plans: [
        {
          title: 'Delivery plan 2026 to 2027',
          description: 'What each service will do in the first year.',
          file: 'files/delivery-plan-2026.pdf',
          when: '2026-04-30',
        },
        { title: 'Workforce plan', link: 'https://www.riverside.example/workforce-plan/' },
        { description: 'Each ward writes a yearly plan with its team.' },
        { title: 'Buildings plan', when: 'in autumn 2027' },
      ],
      measures: [
        {
          name: 'Appointments started on time',
          unit: '%',
          values: [{ value: 64, date: 'September 2026' }],
          target: { value: 85, date: '2028/29' },
        },
      ],
      reporting: [
        { what: 'Progress report to our public board', when: 'every six months' },
        { what: 'Annual report', when: '2027-07' },
        { what: 'We will post a short update on this site each spring.' },
      ],
    },
  },
});

const sentencesOnly = fixtureSite({
  pages: {
    delivery: {
      type: 'delivery',
      title: 'Making it happen',
      plansHeading: 'How we will deliver it',
      plans: [
        { description: 'Our teams set out their yearly actions in one shared plan.', link: 'https://www.riverside.example/actions/' },
      ],
    },
  },
});

const notYetMeasured = fixtureSite({
  pages: {
    delivery: {
      type: 'delivery',
      title: 'Making it happen',
      measures: [{ name: 'Carers who feel listened to', notYetMeasured: 'We will ask carers for the first time in 2027.' }],
      reporting: [{ what: 'Our annual report' }],
    },
  },
});

// Lists left empty, as when an editor deletes every item but not the field's own line.
const emptyLists = fixtureSite({
  pages: {
    delivery: {
      type: 'delivery',
      title: 'Making it happen',
      summary: 'We are still writing our delivery plans.',
      plans: [],
      measures: [],
      reporting: [],
    },
  },
});

export default [
  {
    name: 'every part: summary; plans with a file, a link, a sentence only and a name with a date in words; measures with a link to the charts; reporting with and without a time',
    props: { data: dataOf(everyPart, 'delivery'), site: everyPart },
    reads: [
      'We will check our progress with patients and staff twice a year.',
      'Our plans',
      'Delivery plan 2026 to 2027',
      'What each service will do in the first year.',
      'Published by 30 April 2026',
      'Workforce plan',
      'Each ward writes a yearly plan with its team.',
      'Buildings plan',
      'Published in autumn 2027',
      'How we will know',
      'See the charts of how we are doing on every measure',
      'Appointments started on time',
      'When we will report',
      'Progress report to our public board: every six months',
      'Annual report: by July 2027',
      'We will post a short update on this site each spring.',
    ],
    // Only the plans that gave a time say when; a sentence is said once, not as a heading and again below it.
    readsNot: ['Workforce plan Published', 'Each ward writes a yearly plan with its team. Each ward', 'spring.:', 'undefined'],
    links: [
      { text: 'Delivery plan 2026 to 2027', href: '/our-strategy/files/delivery-plan-2026.pdf' },
      { text: 'Workforce plan', href: 'https://www.riverside.example/workforce-plan/' },
      { text: 'See the charts of how we are doing on every measure', href: '/our-strategy/how-we-are-doing/' },
    ],
    linkCount: 3,
  },
  {
    name: 'a single plan written only as a sentence, under the trust’s own heading: the sentence is the link; no measures or reporting headings',
    props: { data: dataOf(sentencesOnly, 'delivery'), site: sentencesOnly },
    reads: ['How we will deliver it', 'Our teams set out their yearly actions in one shared plan.'],
    readsNot: ['Our plans', 'How we will know', 'When we will report', 'Published', 'undefined'],
    links: [{ text: 'Our teams set out their yearly actions in one shared plan.', href: 'https://www.riverside.example/actions/' }],
    linkCount: 1,
  },
  {
    name: 'a measure not measured yet and reporting with no time: no link to charts that do not exist, no time made up',
    props: { data: dataOf(notYetMeasured, 'delivery'), site: notYetMeasured },
    reads: [
      'How we will know',
      'Carers who feel listened to',
      'We will ask carers for the first time in 2027.',
      'When we will report',
      'Our annual report',
    ],
    readsNot: ['See the charts', 'Our plans', 'Our annual report:', 'undefined'],
    linkCount: 0,
  },
  {
    name: 'lists written empty: no heading over nothing, as when they are left out',
    props: { data: dataOf(emptyLists, 'delivery'), site: emptyLists },
    readsNot: ['Our plans', 'How we will know', 'When we will report'],
    linkCount: 0,
  },
] satisfies ComponentFixture<ComponentProps<typeof DeliveryDetails>>[];
