/**
 * Every kind of problem the content check reports, with what it means and how to fix it,
 * in plain English. The editor's guide lists these; a test makes sure every rule the
 * check can report is here.
 */
/** What a rule means and how to fix it, as the editor's guide shows them. */
export interface RuleText {
  means: string;
  fix: string;
}

export const problemRules = {
  'missing-settings': {
    means: 'A trust folder has no trust.yaml.',
    fix: "Copy trust.yaml from another trust's folder and change the details.",
  },
  'empty-file': { means: 'A file has nothing in it.', fix: 'Fill it in (copy a page of the same type to start) or delete it.' },
  'not-utf8': {
    means: 'A file is saved in an old text encoding, so letters such as é or £ would show as nonsense.',
    fix: 'Open it in your editor and save it with the encoding "UTF-8".',
  },
  'yaml-syntax': {
    means: 'The settings at the top of a page, or in trust.yaml, cannot be read.',
    fix: 'Check the indentation (spaces, not tabs), that each field is "name: value" and appears once, and put text that contains a colon or starts with * or & in quotes. YAML anchors and aliases (&name, *name) are not used.',
  },
  'file-too-large': {
    means: 'A page or settings file is over 1 MB, far longer than any page.',
    fix: 'Split it into several pages, or put a long document in files/ as a PDF and link to it.',
  },
  'front-matter-missing': {
    means: 'A page has no settings block at the top.',
    fix: 'Start the file with a line "---", then type, title and description, then another "---".',
  },
  'front-matter-form': {
    means:
      'The settings block is not where the site builder reads it: it must start on the first line with exactly ---, and no line inside it may start with --- or +++.',
    fix: 'Delete blank lines or spaces before the first ---, write the block between two lines of exactly ---, and put a value that starts with dashes in quotes.',
  },
  'unknown-file': {
    means:
      "A trust's folder holds a file the site never reads: anything other than trust.yaml, pages ending in .md or .mdx, and documents and pictures in files/ (for example trust.yml, notes.txt or a hidden page).",
    fix: 'Rename it (trust.yml to trust.yaml, a page to end in .md), move a document into files/, or delete it.',
  },
  'front-matter-unclosed': {
    means: 'The settings block starts with "---" but never ends.',
    fix: 'Add a line with just --- after the last setting.',
  },
  'unknown-type': {
    means: 'A page has no type, or a type the product does not know.',
    fix: 'Use one of the page types listed in this guide, for example type: goals.',
  },
  'invalid-field': {
    means: 'A field is missing, empty, or not in the form it needs (a date, a colour, a web address...).',
    fix: 'The message says what the field needs, with an example.',
  },
  'unknown-field': {
    means: 'A field name is not one this page or file uses (often a spelling mistake).',
    fix: 'Correct the name; the message suggests the closest one and lists the fields.',
  },
  'slug-mismatch': { means: "The slug in trust.yaml is not the trust's folder name.", fix: 'Make them the same.' },
  'unreadable-file': {
    means: 'A document to download cannot be read: it is empty, or a PDF that is damaged or is really another kind of file.',
    fix: 'Export the document again as a PDF from the program it was made in and replace the file.',
  },
  'unknown-page': {
    means: 'A document names a page of this site (page:) that does not exist.',
    fix: "Write the page's file name without .md, for example page: ambitions, or remove the line.",
  },
  'no-way-to-ask': {
    means: 'A document is listed as on request, but the trust gives no way to ask for it.',
    fix: 'Add a contact email, phone number, contact page or postal address under contact in trust.yaml, or give the document its file or link.',
  },
  'missing-file': {
    means: 'A logo, document, picture or link points to a file that is not there.',
    fix: "Put the file in the trust's files folder, or correct the name.",
  },
  'image-alt': {
    means: 'A picture has no description (alt text).',
    fix: 'Write what the picture shows between the square brackets: ![Two people talking](files/pictures/talking.svg).',
  },
  'duplicate-address': {
    means: 'Two files would be published at the same address (for example goals.md and goals.mdx).',
    fix: 'Rename or delete one of them.',
  },
  'letter-case-clash': {
    means:
      'Two pages or two files have the same name except for capital letters (for example goals.md and Goals.md). Many computers and web hosts treat them as one name, so one would replace the other.',
    fix: 'Rename one of them, or delete one. Use small letters only in file names.',
  },
  'reserved-name': {
    means: 'A page uses a name the site needs for its own pages (contents, search, contact, accessibility, cookies...).',
    fix: 'Rename the file, for example to our-contents.md.',
  },
  'twin-without-page': {
    means: 'An easy read page has no standard page with the same name.',
    fix: 'Create the standard page, or rename the easy read file to match one.',
  },
  'broken-link': {
    means: 'A link leads to a page of this site that does not exist.',
    fix: 'Correct the link; the message suggests the closest page.',
  },
  'absolute-link': {
    means: 'A link to another page starts with "/", which breaks when the site is published in a folder.',
    fix: 'Write it relative to the page, as the message shows (for example ../goals/).',
  },
  'unknown-component': {
    means: 'A component is not in the documented set, or is used in a .md file.',
    fix: 'Use one of the components in this guide in a .mdx file, or write plain Markdown. In .mdx pages HTML tags such as <div> are not used either: write Markdown, or use <Callout> for a highlighted box.',
  },
  'unsafe-html': {
    means:
      'The page contains HTML that is not on the short list pages may use (for example <script>, <form>, <iframe>, <meta>, <base>, <svg>, <style>, <img>), or an attribute that is not allowed (such as onclick, style or a "javascript:" address). HTML like this could run code, send readers to another site or change the page around it.',
    fix: 'Remove it and write the text as Markdown. Simple HTML such as <strong>, <em>, <sup>, <sub>, <details> and tables is allowed. Link to videos and maps instead of embedding them.',
  },
  'unsafe-link': {
    means:
      'A link or picture uses an address that is not a web page, email or phone number (for example "javascript:", "data:" or "vbscript:"), however it is spelled.',
    fix: 'Link to a web page (https://...), an email (mailto:...), a phone number (tel:...) or a page of this site (../goals/).',
  },
  'mdx-import': {
    means: 'An MDX page imports or exports code.',
    fix: 'Delete the line: the documented components work without importing them.',
  },
  'mdx-expression': {
    means: 'An MDX page has code in curly brackets { }, in the text or in a component setting (including {...spread} settings).',
    fix: 'Write the text directly, and component settings in quotes (title="Our promise"); only a number may go in curly brackets (value={1450}). To show a curly bracket, write \\{.',
  },
  'mdx-attribute': {
    means: 'A component has a setting it does not use (for example set:html on <Callout>).',
    fix: 'Remove it; the message lists the settings the component has.',
  },
  'mdx-syntax': {
    means: 'An .mdx page cannot be read, usually because of a { or < in the text or a component without its closing tag.',
    fix: 'Close each component (<Callout>...</Callout>), write \\{ or \\< to show the character itself, or rename the file to .md.',
  },
  'missing-twin': {
    means: 'A page has no easy read version. It is a warning, or an error when easyRead.required is true in trust.yaml.',
    fix: 'Write the easy read version in easy-read/ with the same file name.',
  },
  'picture-path': {
    means: "A picture is not in the trust's files folder, or its path is written from the wrong place.",
    fix: 'Write the path from the page\'s own file: "files/pictures/x.svg" from a page, "../files/pictures/x.svg" from an easy read page.',
  },
  'date-passed': {
    means: 'A warning: a date has passed but the page still reads as if it is to come ("We expect to publish … by 31 July 2025").',
    fix: 'Change it to a new date, or to words such as "in our next annual report", or update the page now that it has happened.',
  },
  placeholder: {
    means:
      'Guidance text from the new trust template ("Replace this…") is still in a file. npm run check and the build refuse it (the live preview only warns while you draft).',
    fix: "Replace it with the trust's own words, or delete it.",
  },
  'build-refused': {
    means: 'The site builder could not turn a page into a web page, for a reason the other checks did not catch.',
    fix: 'The message names the file and line and says what to change. If it is unclear, send it to the product team.',
  },
  'file-link': {
    means:
      "Something in the trust's folder is a shortcut (a symbolic link) or leads outside the folder. Only real files inside the folder are published.",
    fix: 'Replace it with a copy of the file itself, or delete it.',
  },
  'file-type': {
    means:
      'A file in files/ is not a kind the sites publish (web pages, scripts and programs are refused), or what is inside does not match its extension (for example a ".pdf" that is really a web page).',
    fix: 'Publish documents and pictures only (pdf, docx, xlsx, pptx, odt, png, jpg, gif, webp, svg, mp3, mp4, txt, csv), saved again from the program that made them.',
  },
  'file-name': {
    means: 'A file name has spaces, accents or signs such as # or ? that browsers and web hosts change, so links to it break.',
    fix: 'Rename it to the name the message suggests (letters, numbers and dashes) and change any links to it.',
  },
  'large-file': {
    means: 'A file is over 10 MB, which takes minutes to download on a phone. It is a warning: the file is still published.',
    fix: 'Make it smaller if you can: save PDFs with "reduced file size", make pictures smaller.',
  },
  'unsafe-svg': {
    means:
      'An SVG picture holds a script, an event handler (onload=...), embedded web content (foreignObject), a style sheet or a link to another file or address.',
    fix: 'Export it again as a plain SVG with no scripts and with everything embedded, or use a PNG.',
  },
  'redirect-hides-page': {
    means:
      'An old address in trust.yaml `redirects` is still the address of a page or file of the site, so readers would never reach that page.',
    fix: 'Remove the redirect, or give an address the site no longer uses.',
  },
  'redirect-target': {
    means:
      "An old address in trust.yaml `redirects` leads to a page of the site that does not exist, so readers would go from one 'not found' to another.",
    fix: 'Give the address of a page the site has, for example "goals/".',
  },
  'no-content': { means: 'The content folder does not exist.', fix: 'Create it, with one folder per trust inside.' },
  'address-clash': {
    means: "Two trusts have the same url, or one trust's url is inside another's, so one site's pages would read as part of the other.",
    fix: "Give each trust its own address, outside every other trust's address.",
  },
  'picture-size': {
    means: 'A picture or logo is bigger than the limit in pixels (or its size cannot be read), and would take a lot of memory to show.',
    fix: 'Save a smaller copy (2000 pixels wide is plenty for a web page) and use that.',
  },
  'block-length': {
    means: 'One paragraph, list, quote or table holds more text than the limit, or a page more parts than the limit.',
    fix: 'Split the part into shorter parts with a blank line between them, or the page into several pages.',
  },
  'nesting-depth': {
    means: 'A page puts quotes or lists inside each other more levels deep than the limit.',
    fix: 'Use fewer levels: rewrite the inner parts as ordinary paragraphs or a flat list.',
  },
  'misleading-link': {
    means: "A link's words show one web or email address, but it leads somewhere else.",
    fix: 'Link to the address the words show, or use words that describe where the link goes.',
  },
  'lookalike-domain': {
    means: 'A link goes to a web address written with letters from another alphabet that look like Latin ones.',
    fix: 'Link to the ordinary address of the site; if the address is really written that way, write it in its xn-- form.',
  },
  'mailto-settings': {
    means: 'An email link has settings after "?" that fill in or copy the message without the reader seeing.',
    fix: 'Remove everything from the "?" on, and say in the page what to write.',
  },
  'hidden-characters': {
    means:
      "A heading, or a link's words or address, holds invisible or direction-changing characters that make it read differently from what it is.",
    fix: 'Delete them: retype the heading or link.',
  },
} satisfies Record<string, RuleText>;

/** The typed identifier of every problem the check reports (easy read rules are "easy-read/<rule>", src/checks/easy-read-lint.ts). */
export type CheckRule = keyof typeof problemRules;
