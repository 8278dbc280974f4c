/** Links that tell the truth: what is refused, and ordinary links that must still pass. */
import type { Root } from 'mdast';
import { markdownToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { linkTruthFindings } from '../../src/checks/link-truth.ts';

const rulesOf = (markdown: string) =>
  linkTruthFindings(markdownToMdast(markdown, { features: { gfm: true, smartPunctuation: true, frontmatter: false } }) as Root).map(
    (finding) => finding.rule,
  );

describe('links that tell the truth', () => {
  it.each([
    ['an address that is the address', '[www.nhs.uk](https://www.nhs.uk/conditions/)'],
    ['a host without www', '[nhs.uk](https://www.nhs.uk/)'],
    ['a part of the named site', '[nhs.uk](https://digital.nhs.uk/)'],
    ['words that are not an address', '[Our full strategy](https://evil.example/)'],
    ['a bare address', 'Go to https://www.nhs.uk/ or www.nhs.uk today.'],
    ['an email shown as itself', '[strategy@harbourside.example](mailto:strategy@harbourside.example)'],
    ['an accented Latin host', '[Cyngor](https://www.cyngorŵ.example/)'],
    ['a heading with an emoji', '## Our plan 👩‍⚕️'],
  ])('accepts %s', (_name, markdown) => {
    expect(rulesOf(markdown)).toEqual([]);
  });

  it.each([
    ['misleading-link', '[https://www.nhs.uk/](https://www.nhs.uk.evil.example/)'],
    ['misleading-link', '[strategy@harbourside.example](mailto:collector@evil.example)'],
    ['lookalike-domain', '[Pay here](https://p\u0430ypal.example/)'],
    ['lookalike-domain', '[Σ](https://\u0455\u0435\u0441ure.example/)'],
    ['mailto-settings', '[Email](mailto:a@harbourside.example?subject=Hi)'],
    ['hidden-characters', '[Plan\u200b](https://www.nhs.uk/)'],
    ['hidden-characters', '# Report\u2066 final'],
  ])('refuses: %s in %s', (rule, markdown) => {
    expect(rulesOf(markdown)).toContain(rule);
  });

  it('shows the form the browser really uses', () => {
    const [finding] = linkTruthFindings(markdownToMdast('[NHS](https://www.nh\u0455.uk/)', {}) as Root);
    expect(finding!.message).toContain('xn--');
  });
});
