/**
 * Our additions to Decap CMS, bundled into admin/editor-extensions.js by the editor build
 * and loaded after Decap's own script: file formats that change only what was edited,
 * preview templates in the site's styles, and picture thumbnails that load.
 */
import { en } from 'decap-cms-locales';
import { formats, readMarkdown, readYaml, writeMarkdown, writeYamlFile } from '../file-formats.ts';
import type { DecapGlobals } from './decap-globals.ts';
import './preview-templates.ts';
import './picture-thumbnails.ts';

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

/** The icon a Decap button draws, by the start of its SVG path: what the button does. */
const ICON_NAMES: Array<[string, string]> = [
  ['m5.123 6.33', 'Show or hide this item'],
  ['M11.916 9.96', 'Remove this item'],
];

/**
 * Names and roles Decap leaves out, so a screen reader can use the editor (axe findings we can
 * fix from outside Decap's code): icon buttons, drag handles, the page text box, the Markdown
 * switch, and toolbar menus that wrap one button in another. The preview frame gets a name;
 * the login picture is the trust's name, not "logo".
 */
function nameWhatDecapLeavesUnnamed(): void {
  for (const frame of document.querySelectorAll('iframe:not([title])')) frame.setAttribute('title', 'Preview of the page');
  for (const logo of document.querySelectorAll<HTMLImageElement>('img[src$="trust-name.svg"]:not([data-named])')) {
    logo.alt = `${TRUST_NAME}: edit the strategy site`;
    logo.dataset.named = '';
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('button:not([aria-label]):not([title])')) {
    if (button.textContent?.trim()) continue;
    const path = button.querySelector('path')?.getAttribute('d') ?? '';
    const name = ICON_NAMES.find(([start]) => path.startsWith(start))?.[1];
    if (name) button.setAttribute('aria-label', name);
  }
  for (const handle of document.querySelectorAll('[role="button"][aria-roledescription="sortable"]:not([aria-label])')) {
    handle.setAttribute('aria-label', 'Move this item (drag, or press space then the arrow keys)');
  }
  for (const box of document.querySelectorAll('[data-slate-editor="true"][role="textbox"]:not([aria-label])')) box.setAttribute('aria-label', 'Page text');
  for (const toggle of document.querySelectorAll<HTMLButtonElement>('button[role="switch"]:not([aria-label])')) {
    toggle.setAttribute('aria-label', 'Show the Markdown');
    toggle.setAttribute('aria-checked', 'false');
    toggle.addEventListener('click', () => toggle.setAttribute('aria-checked', String(toggle.getAttribute('aria-checked') !== 'true')));
  }
  // A menu opener that is a button inside a "button": keep the real button, and its popup.
  for (const wrapper of document.querySelectorAll('span[role="button"][aria-haspopup], span[data-menu][aria-expanded]')) {
    const inner = wrapper.querySelector('button');
    if (!inner) continue;
    wrapper.removeAttribute('role');
    wrapper.removeAttribute('tabindex');
    wrapper.removeAttribute('aria-haspopup');
    wrapper.setAttribute('data-menu', '');
    inner.setAttribute('aria-haspopup', 'true');
    // Decap keeps setting whether the menu is open on the wrapper: it belongs on the button.
    if (wrapper.hasAttribute('aria-expanded')) {
      inner.setAttribute('aria-expanded', wrapper.getAttribute('aria-expanded')!);
      wrapper.removeAttribute('aria-expanded');
    }
  }
}

nameWhatDecapLeavesUnnamed();
new MutationObserver(nameWhatDecapLeavesUnnamed).observe(document.body, {
  childList: true,
  subtree: true,
  attributes: true,
  attributeFilter: ['aria-expanded', 'role'],
});
