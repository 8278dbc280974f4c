/**
 * Phone numbers, email addresses and web addresses written as links in a page's Markdown read
 * left to right on every page (dir="ltr"), so a right-to-left page (Urdu) does not reverse a
 * number's groups or an address's parts; a link in words follows the page's direction.
 */
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { phoneLinksOnOneLine } from '../../src/markdown/phone-links.ts';

const html = async (markdown: string) => (await markdownToHtml(markdown, { hastPlugins: [phoneLinksOnOneLine] })).html;

describe('links that read left to right in any language', () => {
  it('a phone number, an email address and a web address written out are marked dir="ltr"', async () => {
    const page = await html(
      'Phone [0300 555 0100](tel:03005550100), email [plans@trust.example](mailto:plans@trust.example) or see [https://trust.example/plans/](https://trust.example/plans/).',
    );
    expect(page).toContain('<a href="tel:03005550100" dir="ltr">0300\u00a0555\u00a00100</a>');
    expect(page).toContain('<a href="mailto:plans@trust.example" dir="ltr">plans@trust.example</a>');
    expect(page).toContain('<a href="https://trust.example/plans/" dir="ltr">https://trust.example/plans/</a>');
  });

  it('a link in words keeps the direction of the page around it', async () => {
    expect(await html('Read [our goals](../goals/) or [the board papers](https://trust.example/board/).')).not.toContain('dir=');
  });
});
