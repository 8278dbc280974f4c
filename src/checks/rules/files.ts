/** Rules over the files in a trust's files/ folder, the documents and pictures published as they are. */
import { files, picture, pngHeader } from './example-trust.ts';
import { rule } from '../rule.ts';

export const fileRules = [
  rule({
    id: 'file-type',
    severity: 'error',
    scope: 'files',
    means:
      'A file in files/ is not a kind the sites publish (web pages, scripts and programs are refused), or what is inside does not match its extension (for example a ".pdf" that is really a web page).',
    fix: 'Publish documents and pictures only (pdf, docx, xlsx, pptx, odt, png, jpg, gif, webp, svg, mp3, mp4, txt, csv), saved again from the program that made them.',
    checks: ['trust-files'],
    examples: {
      fail: [files({ 'files/page.html': '<p>Hello</p>\n' })],
      pass: [files({ 'files/notes.txt': 'Our notes.\n' })],
    },
  }),
  rule({
    id: 'file-name',
    severity: 'error',
    scope: 'files',
    means: 'A file name has spaces, accents or signs such as # or ? that browsers and web hosts change, so links to it break.',
    fix: 'Rename it to the name the message suggests (letters, numbers and dashes) and change any links to it.',
    checks: ['trust-files'],
    examples: {
      fail: [files({ 'files/our plan.txt': 'Our plan.\n' })],
      pass: [files({ 'files/our-plan.txt': 'Our plan.\n' })],
    },
  }),
  rule({
    id: 'large-file',
    severity: 'warning',
    severityVaries: 'A warning: the file is still published.',
    scope: 'files',
    means: 'A file is over 10 MB, which takes minutes to download on a phone. It is a warning: the file is still published.',
    fix: 'Make it smaller if you can: save PDFs with "reduced file size", make pictures smaller.',
    checks: ['trust-files'],
    examples: {
      fail: [files({ 'files/big.txt': () => 'Text. '.repeat(1_800_000) })],
      pass: [files({ 'files/small.txt': 'Text.\n' })],
    },
  }),
  rule({
    id: 'unsafe-svg',
    severity: 'error',
    scope: 'files',
    means:
      'An SVG picture holds a script, an event handler (onload=...), embedded web content (foreignObject), a style sheet or a link to another file or address.',
    fix: 'Export it again as a plain SVG with no scripts and with everything embedded, or use a PNG.',
    checks: ['trust-files'],
    examples: {
      fail: [files({ 'files/pictures/bad.svg': '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>\n' })],
      pass: [files({ 'files/pictures/good.svg': picture })],
    },
  }),
  rule({
    id: 'picture-size',
    severity: 'error',
    scope: 'files',
    means: 'A picture or logo is bigger than the limit in pixels (or its size cannot be read), and would take a lot of memory to show.',
    fix: 'Save a smaller copy (2000 pixels wide is plenty for a web page) and use that.',
    checks: ['trust-files'],
    examples: {
      fail: [files({ 'files/pictures/huge.png': pngHeader(9000, 9000) })],
      pass: [files({ 'files/pictures/small.png': pngHeader(200, 100) })],
    },
  }),
] as const;
