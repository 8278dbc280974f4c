/** Rules over a page's Markdown or MDX body: safety, pictures and links. */
import { homeBody, mdxBody } from './example-trust.ts';
import { rule } from '../rule.ts';

export const bodyRules = [
  rule({
    id: 'image-alt',
    severity: 'error',
    scope: 'page',
    means: 'A picture has no description (alt text).',
    fix: 'Write what the picture shows between the square brackets: ![Two people talking](files/pictures/talking.svg).',
    checks: ['page-body'],
    examples: {
      fail: [homeBody('![](files/pictures/hospital.svg)')],
      pass: [homeBody('![A hospital](files/pictures/hospital.svg)')],
    },
  }),
  rule({
    id: 'broken-link',
    severity: 'error',
    scope: 'pages together',
    means: 'A link leads to a page of this site that does not exist.',
    fix: 'Correct the link; the message suggests the closest page.',
    checks: ['links'],
    examples: {
      fail: [homeBody('Read [our goals](goals/).')],
      pass: [homeBody('Read [how to contact us](contact/).')],
    },
  }),
  rule({
    id: 'absolute-link',
    severity: 'error',
    scope: 'pages together',
    means: 'A link to another page starts with "/", which breaks when the site is published in a folder.',
    fix: 'Write it relative to the page, as the message shows (for example ../goals/).',
    checks: ['links'],
    examples: {
      fail: [homeBody('Read [how to contact us](/contact/).')],
      pass: [homeBody('Read [how to contact us](contact/).')],
    },
  }),
  rule({
    id: 'unknown-component',
    severity: 'error',
    scope: 'page',
    means: 'A component is not in the documented set, or is used in a .md file.',
    fix: 'Use one of the components in this guide in a .mdx file, or write plain Markdown. In .mdx pages HTML tags such as <div> are not used either: write Markdown, or use <Callout> for a highlighted box.',
    checks: ['page-body'],
    examples: {
      fail: [mdxBody('<Calout>Hello</Calout>'), homeBody('<Callout>Hello</Callout>')],
      pass: [mdxBody('<Callout>Hello</Callout>')],
    },
  }),
  rule({
    id: 'unsafe-html',
    severity: 'error',
    scope: 'page',
    means:
      'The page contains HTML that is not on the short list pages may use (for example <script>, <form>, <iframe>, <meta>, <base>, <svg>, <style>, <img>), or an attribute that is not allowed (such as onclick, style or a "javascript:" address). HTML like this could run code, send readers to another site or change the page around it.',
    fix: 'Remove it and write the text as Markdown. Simple HTML such as <strong>, <em>, <sup>, <sub>, <details> and tables is allowed. Link to videos and maps instead of embedding them.',
    checks: ['page-body', 'build'],
    examples: {
      fail: [homeBody('<script>alert(1)</script>')],
      pass: [homeBody('Our <strong>plan</strong>.')],
    },
  }),
  rule({
    id: 'unsafe-link',
    severity: 'error',
    scope: 'page',
    means:
      'A link or picture uses an address that is not a web page, email or phone number (for example "javascript:", "data:" or "vbscript:"), however it is spelled.',
    fix: 'Link to a web page (https://...), an email (mailto:...), a phone number (tel:...) or a page of this site (../goals/).',
    checks: ['page-body'],
    examples: {
      fail: [homeBody('[Click](javascript:steal())')],
      pass: [homeBody('[Email us](mailto:strategy@acme.example)')],
    },
  }),
  rule({
    id: 'mdx-import',
    severity: 'error',
    scope: 'page',
    means: 'An MDX page imports or exports code.',
    fix: 'Delete the line: the documented components work without importing them.',
    checks: ['page-body'],
    examples: {
      fail: [mdxBody("import Chart from './chart.astro';\n\nText.")],
      pass: [mdxBody('Text.')],
    },
  }),
  rule({
    id: 'mdx-expression',
    severity: 'error',
    scope: 'page',
    means: 'An MDX page has code in curly brackets { }, in the text or in a component setting (including {...spread} settings).',
    fix: 'Write the text directly, and component settings in quotes (title="Our promise"); only a number may go in curly brackets (value={1450}). To show a curly bracket, write \\{.',
    checks: ['page-body'],
    examples: {
      fail: [mdxBody('We have {count} hospitals.')],
      pass: [mdxBody('We have \\{2\\} hospitals.')],
    },
  }),
  rule({
    id: 'mdx-attribute',
    severity: 'error',
    scope: 'page',
    means: 'A component has a setting it does not use (for example set:html on <Callout>).',
    fix: 'Remove it; the message lists the settings the component has.',
    checks: ['page-body'],
    examples: {
      fail: [mdxBody('<Callout colour="red">Hello</Callout>')],
      pass: [mdxBody('<Callout title="Our promise">Hello</Callout>')],
    },
  }),
  rule({
    id: 'mdx-syntax',
    severity: 'error',
    scope: 'page',
    means: 'An .mdx page cannot be read, usually because of a { or < in the text or a component without its closing tag.',
    fix: 'Close each component (<Callout>...</Callout>), write \\{ or \\< to show the character itself, or rename the file to .md.',
    checks: ['page-body'],
    examples: {
      fail: [mdxBody('<Callout>Hello')],
      pass: [mdxBody('<Callout>Hello</Callout>')],
    },
  }),
  rule({
    id: 'picture-path',
    severity: 'error',
    scope: 'pages together',
    means: "A picture is not in the trust's files folder, or its path is written from the wrong place.",
    fix: 'Write the path from the page\'s own file: "files/pictures/x.svg" from a page, "../files/pictures/x.svg" from an easy read page.',
    checks: ['links'],
    examples: {
      fail: [homeBody('![A hospital](../files/pictures/hospital.svg)')],
      pass: [homeBody('![A hospital](files/pictures/hospital.svg)')],
    },
  }),
  rule({
    id: 'block-length',
    severity: 'error',
    scope: 'page',
    means: 'One paragraph, list, quote or table holds more text than the limit, or a page more parts than the limit.',
    fix: 'Split the part into shorter parts with a blank line between them, or the page into several pages.',
    checks: ['page-body'],
    examples: {
      fail: [homeBody(() => 'Text. '.repeat(4000))],
      pass: [homeBody('Text. '.repeat(100))],
    },
  }),
  rule({
    id: 'nesting-depth',
    severity: 'error',
    scope: 'page',
    means: 'A page puts quotes or lists inside each other more levels deep than the limit.',
    fix: 'Use fewer levels: rewrite the inner parts as ordinary paragraphs or a flat list.',
    checks: ['page-body'],
    examples: {
      fail: [homeBody('>'.repeat(20) + ' Deep.')],
      pass: [homeBody('> > Quoted.')],
    },
  }),
  rule({
    id: 'misleading-link',
    severity: 'error',
    scope: 'page',
    means: "A link's words show one web or email address, but it leads somewhere else.",
    fix: 'Link to the address the words show, or use words that describe where the link goes.',
    checks: ['page-body'],
    examples: {
      fail: [homeBody('[https://www.nhs.uk](https://nhs.example/)')],
      pass: [homeBody('[https://www.nhs.uk](https://www.nhs.uk)')],
    },
  }),
  rule({
    id: 'lookalike-domain',
    severity: 'error',
    scope: 'page',
    means: 'A link goes to a web address written with letters from another alphabet that look like Latin ones.',
    fix: 'Link to the ordinary address of the site; if the address is really written that way, write it in its xn-- form.',
    checks: ['page-body'],
    examples: {
      fail: [homeBody('[Our partner](https://\u0430cme.example/)')],
      pass: [homeBody('[Our partner](https://acme.example/)')],
    },
  }),
  rule({
    id: 'mailto-settings',
    severity: 'error',
    scope: 'page',
    means: 'An email link has settings after "?" that fill in or copy the message without the reader seeing.',
    fix: 'Remove everything from the "?" on, and say in the page what to write.',
    checks: ['page-body'],
    examples: {
      fail: [homeBody('[Email us](mailto:strategy@acme.example?bcc=someone@elsewhere.example)')],
      pass: [homeBody('[Email us](mailto:strategy@acme.example)')],
    },
  }),
  rule({
    id: 'hidden-characters',
    severity: 'error',
    scope: 'page',
    means:
      "A heading, or a link's words or address, holds invisible or direction-changing characters that make it read differently from what it is.",
    fix: 'Delete them: retype the heading or link.',
    checks: ['page-body'],
    examples: {
      fail: [homeBody('## Our plan\u202e\n\nText.')],
      pass: [homeBody('## Our plan\n\nText.')],
    },
  }),
] as const;
