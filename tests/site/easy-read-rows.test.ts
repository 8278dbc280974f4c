/** Easy read rows: a paragraph holding only a picture starts a row; hard words are listed. */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { explanationOf, layoutEasyReadTree, type EasyReadLayoutOptions } from '../../src/markdown/easy-read-rows.ts';
import { linkShownElsewhere } from '../../src/components/links-shown-elsewhere.ts';

/** The layout of a page's tree, as parse5 reads `html`, written out (the build's pipeline makes the same tree from Markdown). */
function layoutEasyRead(html: string, options?: EasyReadLayoutOptions) {
  const layout = layoutEasyReadTree(fromHtml(html, { fragment: true }), options);
  return { ...layout, html: toHtml(layout.root) };
}

const rendered = `
<p>An opening line with no picture.</p>
<p><img src="/a/talking.svg" alt="Two people talking"></p>
<p>We want to hear from you.</p>
<ul><li>Come to a meeting.</li></ul>
<h2>Next steps</h2>
<p><img src="/a/calendar.svg" alt="A calendar"></p>
<p>Fill in our <strong>survey</strong> by 28 February. A survey is a list of questions.</p>`;

describe('easy read layout', () => {
  const layout = layoutEasyRead(rendered);
  const root = parse(layout.html);

  it('pairs each picture with the text after it, up to the next picture or heading', () => {
    const rows = root.querySelectorAll('.er-row');
    expect(rows).toHaveLength(2);
    expect(rows[0]!.querySelector('.er-picture img')?.getAttribute('alt')).toBe('Two people talking');
    expect(rows[0]!.querySelector('.er-text')?.textContent).toBe('We want to hear from you.Come to a meeting.');
    expect(rows[1]!.querySelector('.er-picture img')?.getAttribute('alt')).toBe('A calendar');
  });

  it('keeps text before the first picture outside rows, and a heading over the rows after it', () => {
    const top = root.childNodes.filter((node) => 'tagName' in node) as unknown as Array<{ tagName: string; classNames: string }>;
    expect(top.map((node) => `${node.tagName}${node.classNames ? `.${node.classNames}` : ''}`)).toEqual([
      'P',
      'DIV.er-row',
      'DIV.er-group',
    ]);
    const group = root.querySelector('.er-group')!;
    expect(group.querySelector('h2')?.text).toBe('Next steps');
    expect(group.querySelectorAll('.er-row')).toHaveLength(1);
  });

  it('sizes pictures at 120 px', () => {
    for (const image of root.querySelectorAll('img')) expect(image.getAttribute('width')).toBe('120');
  });

  it('lists bold words with the sentence that explains them', () => {
    expect(layout.hardWords).toEqual([{ word: 'survey', explanation: 'A survey is a list of questions.' }]);
  });

  it('finds an explanation in the plural or singular, in a "This means" sentence, or elsewhere in the row', () => {
    expect(explanationOf('We ran polls. A poll is a set of questions.', 'polls')).toBe('A poll is a set of questions.');
    expect(explanationOf('We hold a consultation. This means we ask you.', 'consultation')).toBe(
      'We hold a consultation. This means we ask you.',
    );
    const rows = layoutEasyRead(
      '<p><img src="a.svg" alt="A"></p><p>We hold a <strong>consultation</strong>.</p><p>A consultation is when we ask you.</p><p><img src="b.svg" alt="B"></p><p>Fill in our <strong>survey</strong>.</p>',
    );
    expect(rows.hardWords).toEqual([
      { word: 'consultation', explanation: 'A consultation is when we ask you.' },
      { word: 'survey', explanation: 'Fill in our survey.' },
    ]);
  });

  it('groups the rows under a heading, and moves headings down a level inside the whole strategy', () => {
    const html =
      '<h2 id="patients">For patients</h2><p><img src="a.svg" alt="A"></p><p>One.</p><p><img src="b.svg" alt="B"></p><p>Two.</p><h2>For staff</h2><p><img src="c.svg" alt="C"></p><p>Three.</p>';
    const groups = parse(layoutEasyRead(html).html).querySelectorAll('.er-group');
    expect(groups.map((group) => group.querySelector('h2')?.text)).toEqual(['For patients', 'For staff']);
    expect(groups.map((group) => group.querySelectorAll('.er-row').length)).toEqual([2, 1]);
    expect(
      parse(layoutEasyRead(html, { headingLevels: 1 }).html)
        .querySelectorAll('h3')
        .map((heading) => heading.text),
    ).toEqual(['For patients', 'For staff']);
  });

  it('finds the explanation in Welsh and Urdu sentences, whose words \\b cannot see and whose full stop is "۔"', () => {
    expect(explanationOf('Strategaeth yw enw’r cynllun. Mae’n dweud beth wnawn ni.', 'Strategaeth')).toBe('Strategaeth yw enw’r cynllun.');
    expect(explanationOf('Byddwn yn cynnal ymgynghoriad. Mae hyn yn golygu ein bod yn gofyn i chi.', 'ymgynghoriad')).toBe(
      'Byddwn yn cynnal ymgynghoriad. Mae hyn yn golygu ein bod yn gofyn i chi.',
    );
    // Two Urdu sentences: the word is named in the first, explained in the second.
    expect(explanationOf('اس منصوبے کو حکمت عملی کہتے ہیں۔ حکمت عملی مستقبل کا منصوبہ ہوتی ہے۔', 'حکمت عملی')).toBe(
      'اس منصوبے کو حکمت عملی کہتے ہیں۔',
    );
    // Part of a longer word is not the word: "عملیات" is not "عملی".
    expect(explanationOf('عملیات جاری ہیں۔', 'عملی')).toBeUndefined();
  });

  it('falls back to the sentence the word is in when none defines it', () => {
    expect(explanationOf('We run a clinic. It is near you.', 'clinic')).toBeUndefined();
    expect(layoutEasyRead('<p>We run a <strong>clinic</strong> in town.</p>').hardWords[0]?.explanation).toBe('We run a clinic in town.');
  });
});

describe('an easy read page shown away from its own address (easy-read/all/)', () => {
  // The easy read home is at easy-read/ (one folder deep); easy-read/all/ is two.
  const fromHome = linkShownElsewhere('easy-read/', 'easy-read/all/');

  it.each([
    ['contact/', '../../easy-read/contact/'],
    ['contact/#phone', '../../easy-read/contact/#phone'],
    ['../goals/', '../../goals/'],
    ['../', '../../'],
    ['../files/plan.pdf', '../../files/plan.pdf'],
    ['./', '../../easy-read/'],
  ])('"%s" written on easy-read/ leads to the same page as "%s" from easy-read/all/', (written, shown) => {
    expect(fromHome(written)).toBe(shown);
    const site = 'https://example.org/our-strategy/';
    expect(new URL(shown, `${site}easy-read/all/`).href).toBe(new URL(written, `${site}easy-read/`).href);
  });

  it.each(['https://www.nhs.uk/', 'mailto:strategy@riverside.example', 'tel:03005550100', '#hard-words', '/our-strategy/'])(
    'leaves "%s" as written',
    (href) => {
      expect(fromHome(href)).toBe(href);
    },
  );

  it('rewrites the links of the laid-out page, not its pictures', () => {
    const html = `<p><img src="/_trust-files/pictures/talking.svg" alt="Two people talking"></p>
<p>You can <a href="contact/">contact us</a> or read <a href="../goals/?print=1&amp;big=1">our goals</a>.</p>`;
    const root = parse(layoutEasyRead(html, { headingLevels: 1, rewriteLink: fromHome }).html);
    expect(root.querySelectorAll('a').map((link) => link.getAttribute('href'))).toEqual([
      '../../easy-read/contact/',
      '../../goals/?print=1&big=1',
    ]);
    expect(root.querySelector('img')?.getAttribute('src')).toBe('/_trust-files/pictures/talking.svg');
    expect(layoutEasyRead(html).html).toContain('href="contact/"');
  });
});

describe('easy read pages joined on one page', () => {
  const page = `<p><img src="/a/clock.svg" alt="A clock"></p>
<p>Read <a href="#what-happens-next">what happens next</a> or <a href="contact/">contact us</a>.</p>
<h2 id="what-happens-next">What happens next</h2>
<p><img src="/a/letter.svg" alt="A letter"></p>
<p>We will write to you.</p>`;

  it('keep their ids apart: each heading id and each link to it takes the part prefix; other links stay as written', () => {
    const parts = ['part-1-', 'part-2-'].map((idPrefix) => parse(layoutEasyRead(page, { headingLevels: 1, idPrefix }).html));
    expect(parts.map((root) => root.querySelector('h3')?.id)).toEqual(['part-1-what-happens-next', 'part-2-what-happens-next']);
    expect(parts.map((root) => root.querySelectorAll('a').map((link) => link.getAttribute('href')))).toEqual([
      ['#part-1-what-happens-next', 'contact/'],
      ['#part-2-what-happens-next', 'contact/'],
    ]);
  });

  it('on its own page keep the ids as written', () => {
    const root = parse(layoutEasyRead(page).html);
    expect(root.querySelector('h2')?.id).toBe('what-happens-next');
    expect(root.querySelector('a')?.getAttribute('href')).toBe('#what-happens-next');
  });

  it('give the "Hard words" list an id no heading of the page has', () => {
    const withHeading = `<h2 id="hard-words">Hard words</h2><p>We run a <strong>clinic</strong>. A clinic is a place to see a nurse.</p>`;
    expect(layoutEasyRead(withHeading).hardWordsId).toBe('hard-words-2');
    expect(layoutEasyRead(page).hardWordsId).toBe('hard-words');
    expect(layoutEasyRead(withHeading, { idPrefix: 'part-3-' }).hardWordsId).toBe('part-3-hard-words-2');
  });
});

describe('easy read pages an editor may write oddly', () => {
  it.each([
    ['a paragraph of only a no-break space', '<p>\u00a0</p>'],
    ['an empty paragraph', '<p></p>'],
    ['a paragraph of only a line break', '<p><br></p>'],
  ])('%s is text, not a picture, and the rows around it are kept', (_name, odd) => {
    const layout = layoutEasyRead(`<p><img src="a.svg" alt="A"></p><p>One.</p>${odd}<p><img src="b.svg" alt="B"></p><p>Two.</p>`);
    const rows = parse(layout.html).querySelectorAll('.er-row');
    expect(rows.map((row) => row.querySelector('img')?.getAttribute('alt'))).toEqual(['A', 'B']);
    expect(rows[0]!.querySelector('.er-text')?.textContent.trim()).toMatch(/^One\./);
  });

  it('a link to a heading with a broken escape is left as written where pages are joined', () => {
    const layout = layoutEasyRead('<h2 id="next">Next</h2><p><a href="#%E0%A4%A">Next</a></p>', { idPrefix: 'part-2-', headingLevels: 1 });
    expect(parse(layout.html).querySelector('a')?.getAttribute('href')).toBe('#%E0%A4%A');
  });

  it('a picture inside a link still starts a row, as before', () => {
    const layout = layoutEasyRead('<p><a href="x/"><img src="a.svg" alt="A"></a></p><p>One.</p>');
    expect(parse(layout.html).querySelectorAll('.er-row')).toHaveLength(1);
  });
});
