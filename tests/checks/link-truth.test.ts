/** Links that tell the truth: what is refused, and ordinary links that must still pass. */
import type { Root } from 'mdast';
import { markdownToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { linkTruthFindings } from '../../src/markdown/link-truth.ts';

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
    ['an HTML link whose words are its address', 'See <a href="https://www.nhs.uk/conditions/">www.nhs.uk</a> today.'],
    ['an HTML link whose words are not an address', '<p><a href="https://evil.example/">Our full strategy</a></p>'],
    ['an address in an HTML title, not in the words', '<a href="https://www.nhs.uk/" title="evil.example">NHS website</a>'],
    ['an address in code, beside raw HTML', '<b>Note</b> `<a href="https://evil.example/">www.nhs.uk</a>`'],
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
    ['misleading-link', 'Read more at <a href="https://nhs-uk.evil.example/login">www.nhs.uk</a>.'],
    ['misleading-link', '<p>Visit <a href="https://evil.example/"><b>https://www.nhs.uk/</b></a></p>'],
    ['misleading-link', '<a href="https://evil.example/">\n\nwww.nhs.uk\n\n</a>'],
    ['misleading-link', '<a href="mailto:collector@evil.example">strategy@harbourside.example</a>'],
    ['lookalike-domain', '<a href="https://www.nh\u0455.uk/">the NHS website</a>'],
    ['mailto-settings', '<a href="mailto:a@harbourside.example?bcc=b@evil.example">Email us</a>'],
    ['hidden-characters', '<a href="https://www.nhs.uk/">Plan\u202e</a>'],
  ])('refuses: %s in %s', (rule, markdown) => {
    expect(rulesOf(markdown)).toContain(rule);
  });

  it('names the line of the HTML that opens a misleading link', () => {
    const [finding] = linkTruthFindings(
      markdownToMdast('# Title\n\nSome words.\n\nRead <a href="https://evil.example/">www.nhs.uk</a>.', {}) as Root,
    );
    expect(finding).toMatchObject({ rule: 'misleading-link', line: 5, column: 6 });
    expect(finding!.message).toContain('leads to evil.example');
  });

  it('shows the form the browser really uses', () => {
    const [finding] = linkTruthFindings(markdownToMdast('[NHS](https://www.nh\u0455.uk/)', {}) as Root);
    expect(finding!.message).toContain('xn--');
  });
});
