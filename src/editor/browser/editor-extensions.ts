/**
 * Our additions to Decap CMS, bundled into admin/editor-extensions.js by the editor build
 * and loaded after Decap's own script: file formats that change only what was edited, and
 * preview templates in the site's styles.
 */
import { en } from 'decap-cms-locales';
import { formats, readMarkdown, readYaml, writeMarkdown, writeYamlFile } from '../file-formats.ts';
import type { DecapGlobals } from './decap-globals.ts';
import './preview-templates.ts';

/** Set by the editor build: the local backend (saving to this computer), and the trust's name. */
declare const LOCAL_MODE: boolean;
declare const TRUST_NAME: string;

const { CMS } = window as unknown as DecapGlobals;

// On a laptop a save writes the file on this computer and publishes nothing: say so.
if (LOCAL_MODE) {
  const editor = { ...en.editor.editorToolbar };
  CMS.registerLocale('en', {
    ...en,
    editor: {
      ...en.editor,
      editorToolbar: {
        ...editor,
        publish: 'Save',
        publishing: 'Saving to this computer...',
        publishNow: 'Save to this computer',
        publishAndCreateNew: 'Save and write another',
        publishAndDuplicate: 'Save and copy',
        deployButtonLabel: 'View the published site',
      },
    },
  });
}
CMS.registerCustomFormat(formats.markdown, 'md', { fromFile: readMarkdown, toFile: writeMarkdown });
CMS.registerCustomFormat(formats.yaml, 'yaml', { fromFile: readYaml, toFile: writeYamlFile });

// Decap's preview frame has no name, so a screen reader announces only "frame": name it. The
// login picture is the trust's name: say it, not "logo".
new MutationObserver(() => {
  for (const frame of document.querySelectorAll('iframe:not([title])')) frame.setAttribute('title', 'Preview of the page');
  for (const logo of document.querySelectorAll<HTMLImageElement>('img[src$="trust-name.svg"]:not([data-named])')) {
    logo.alt = `${TRUST_NAME}: edit the strategy site`;
    logo.dataset.named = '';
  }
}).observe(document.body, { childList: true, subtree: true });
