/**
 * A phone number an editor writes as a link in Markdown ("[0300 555 0100](tel:03005550100)")
 * stays on one line, as src/components/PhoneLink.astro keeps the trust's own number: the spaces
 * in the link's words become non-breaking, so a narrow screen never splits the number. A phone
 * email or web address link reads left to right (`dir="ltr"`) on every page, so a right-to-left page (Urdu)
 * does not reverse a number's groups or an address's parts. Only links are visited, so pages
 * without one cost nothing more.
 */
import { defineHastPlugin } from 'satteri';

type Node = { type: string; value?: string; children?: readonly Node[] };

export const phoneLinksOnOneLine = defineHastPlugin({
  name: 'strategy-phone-links',
  element: {
    filter: ['a'],
    visit(link, ctx) {
      const href = link.properties?.href;
      if (typeof href !== 'string') return;
      // A link whose words are a web address ("https://…", "www.…") reads left to right too.
      if (href.startsWith('tel:') || href.startsWith('mailto:') || /^(https?:\/\/|www\.)\S+$/i.test(ctx.textContent(link).trim()))
        ctx.setProperty(link, 'dir', 'ltr');
      if (!href.startsWith('tel:')) return;
      const keepTogether = (node: Node) => {
        if (node.type === 'text' && node.value?.includes(' ')) ctx.setProperty(node as never, 'value', node.value.replace(/ /g, '\u00a0'));
        node.children?.forEach(keepTogether);
      };
      link.children.forEach((child) => keepTogether(child as Node));
    },
  },
});
