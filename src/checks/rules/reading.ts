/** What the reader finds while it reads the content folder: files it cannot read, or settings blocks it cannot find (src/reader/read-content.ts). */
import { easyReadText, files, latin1, picture } from './example-trust.ts';
import { rule } from '../rule.ts';

export const readingRules = [
  rule({
    id: 'missing-settings',
    severity: 'error',
    scope: 'content folder',
    means: 'A trust folder has no trust.yaml.',
    fix: "Copy trust.yaml from another trust's folder and change the details.",
    checks: ['reading'],
    examples: {
      fail: [files({ 'trust.yaml': null })],
      pass: [files({})],
    },
  }),
  rule({
    id: 'empty-file',
    severity: 'error',
    scope: 'content folder',
    means: 'A file has nothing in it.',
    fix: 'Fill it in (copy a page of the same type to start) or delete it.',
    checks: ['reading'],
    examples: {
      fail: [files({ 'easy-read/index.md': '' })],
      pass: [easyReadText('We will make care better.')],
    },
  }),
  rule({
    id: 'not-utf8',
    severity: 'error',
    scope: 'content folder',
    means: 'A file is saved in an old text encoding, so letters such as é or £ would show as nonsense.',
    fix: 'Open it in your editor and save it with the encoding "UTF-8".',
    checks: ['reading'],
    examples: {
      fail: [files({ 'easy-read/index.md': latin1('---\ntitle: Our café\n---\n') })],
      pass: [
        files({
          'easy-read/index.md':
            '---\ntitle: Our café\ndescription: Where to eat.\n---\n\n![A hospital](../files/pictures/hospital.svg)\n\nWe have a café.\n',
        }),
      ],
    },
  }),
  rule({
    id: 'yaml-syntax',
    severity: 'error',
    scope: 'content folder',
    means: 'The settings at the top of a page, or in trust.yaml, cannot be read.',
    fix: 'Check the indentation (spaces, not tabs), that each field is "name: value" and appears once, and put text that contains a colon or starts with * or & in quotes. YAML anchors and aliases (&name, *name) are not used.',
    checks: ['reading'],
    examples: {
      fail: [files({ 'index.md': '---\ntype: overview\ntitle: Our vision: 2030\ndescription: What we will do.\n---\n\nText.\n' })],
      pass: [files({ 'index.md': '---\ntype: overview\ntitle: "Our vision: 2030"\ndescription: What we will do.\n---\n\nText.\n' })],
    },
  }),
  rule({
    id: 'file-too-large',
    severity: 'error',
    scope: 'content folder',
    means: 'A page or settings file is over 1 MB, far longer than any page.',
    fix: 'Split it into several pages, or put a long document in files/ as a PDF and link to it.',
    checks: ['reading'],
    examples: {
      fail: [files({ 'easy-read/index.md': () => `---\ntitle: Our plan\n---\n\n${'Text. '.repeat(200_000)}\n` })],
      pass: [easyReadText('Text.')],
    },
  }),
  rule({
    id: 'front-matter-missing',
    severity: 'error',
    scope: 'content folder',
    means: 'A page has no settings block at the top.',
    fix: 'Start the file with a line "---", then type, title and description, then another "---".',
    checks: ['reading'],
    examples: {
      fail: [files({ 'easy-read/index.md': 'We will make care better.\n' })],
      pass: [files({})],
    },
  }),
  rule({
    id: 'front-matter-form',
    severity: 'error',
    scope: 'content folder',
    means:
      'The settings block is not where the site builder reads it: it must start on the first line with exactly ---, and no line inside it may start with --- or +++.',
    fix: 'Delete blank lines or spaces before the first ---, write the block between two lines of exactly ---, and put a value that starts with dashes in quotes.',
    checks: ['reading'],
    examples: {
      fail: [files({ 'easy-read/index.md': '\n---\ntitle: Our plan\ndescription: What we will do.\n---\n\nText.\n' })],
      pass: [files({})],
    },
  }),
  rule({
    id: 'unknown-file',
    severity: 'error',
    scope: 'content folder',
    means:
      "A trust's folder holds a file the site never reads: anything other than trust.yaml, pages ending in .md or .mdx, and documents and pictures in files/ (for example trust.yml, notes.txt or a hidden page).",
    fix: 'Rename it (trust.yml to trust.yaml, a page to end in .md), move a document into files/, or delete it.',
    checks: ['reading'],
    examples: {
      fail: [files({ 'notes.txt': 'Our notes.\n' })],
      pass: [files({ 'files/notes.txt': 'Our notes.\n' })],
    },
  }),
  rule({
    id: 'front-matter-unclosed',
    severity: 'error',
    scope: 'content folder',
    means: 'The settings block starts with "---" but never ends.',
    fix: 'Add a line with just --- after the last setting.',
    checks: ['reading'],
    examples: {
      fail: [files({ 'easy-read/index.md': '---\ntitle: Our plan\n\nText.\n' })],
      pass: [files({})],
    },
  }),
  rule({
    id: 'no-content',
    severity: 'error',
    scope: 'content folder',
    means: 'The content folder does not exist.',
    fix: 'Create it, with one folder per trust inside.',
    checks: ['reading'],
    examples: {
      fail: [{ files: {}, noContentFolder: true }],
      pass: [files({})],
    },
  }),
  rule({
    id: 'file-link',
    severity: 'error',
    scope: 'content folder',
    means:
      "Something in the trust's folder is a shortcut (a symbolic link) or leads outside the folder. Only real files inside the folder are published.",
    fix: 'Replace it with a copy of the file itself, or delete it.',
    checks: ['reading', 'trust-files', 'build'],
    examples: {
      fail: [files({ 'files/pictures/shortcut.svg': { linkTo: 'hospital.svg' } })],
      pass: [files({ 'files/pictures/copy.svg': picture })],
    },
  }),
] as const;
