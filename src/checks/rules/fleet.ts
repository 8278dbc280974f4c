/** Rules over all the trusts of the content folder together. */
import { otherTrust } from './example-trust.ts';
import { rule } from '../rule.ts';

export const fleetRules = [
  rule({
    id: 'address-clash',
    severity: 'error',
    scope: 'all trusts',
    means: "Two trusts have the same url, or one trust's url is inside another's, so one site's pages would read as part of the other.",
    fix: "Give each trust its own address, outside every other trust's address.",
    checks: ['fleet-addresses'],
    examples: {
      fail: [otherTrust('https://acme.example/strategy/')],
      pass: [otherTrust('https://other.example/strategy/')],
    },
  }),
] as const;
