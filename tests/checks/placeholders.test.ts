/**
 * Guidance left from the new-trust template: each line is named with its field, and deleting
 * it is offered only where the field may be left out, so following the advice never swaps one
 * error for another ("name is missing").
 */
import { describe, expect, it } from 'vitest';
import { placeholderProblems } from '../../src/checks/placeholders.ts';
import { fieldIsOptional } from '../../src/checks/schema-problems.ts';
import { pageSchemas } from '../../src/page-types/registry.ts';
import { trustSchema } from '../../src/schemas/trust.ts';

const settings = `name: Replace this with the trust's name
contact:
  phone: Replace this with the number people should ring
strategy:
  name: Replace this with your strategy's name
  period:
    start: Replace this with the first year
`;

const fixes = (file: string, text: string, schema: unknown) =>
  Object.fromEntries(
    placeholderProblems(file, text, 1, 'error', (field) => fieldIsOptional(schema, field.split('.'))).map((problem) => [
      problem.field ?? `line ${problem.line}`,
      problem.message.replace(/^This line still has the guidance text from the new trust template \(".*"\)\. /, ''),
    ]),
  );

describe('guidance left in', () => {
  it('offers deleting a setting only where it may be left out', () => {
    const found = fixes('content/acme/trust.yaml', settings, trustSchema);
    expect(found.name).toMatch(/^Replace it with the trust's own words: name is needed\./);
    expect(found['strategy.name']).toMatch(/^Replace it with the trust's own words: strategy\.name is needed\./);
    expect(found['contact.phone']).toMatch(/^Replace it with the trust's own words, or delete the line if the trust has not said\./);
    expect(found['strategy.period.start']).toMatch(
      /^Replace it with the trust's own words, or, if the trust has not said, delete period and every line under it\./,
    );
    for (const field of ['name', 'strategy.name']) expect(found[field]).not.toMatch(/delete/);
  });

  it("offers deleting a line of the page's text, and a page setting only where it may be left out", () => {
    const page = `---
type: values
title: Replace this with the page's heading
navLabel: Replace this with a short name for the menu
---

Replace this text with a short welcome.
`;
    const found = fixes('content/acme/values.md', page, pageSchemas.values);
    expect(found.title).toMatch(/^Replace it with the trust's own words: title is needed\./);
    expect(found.navLabel).toMatch(/or delete the line if the trust has not said\./);
    expect(found['line 7']).toMatch(/^Replace it with the trust's own words, or delete it\./);
  });
});
