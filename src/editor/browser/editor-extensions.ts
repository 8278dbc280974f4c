/**
 * Our additions to Decap CMS, bundled into admin/editor-extensions.js by the editor build
 * and loaded after Decap's own script: file formats that change only what was edited, and
 * preview templates in the site's styles.
 */
import { formats, readMarkdown, readYaml, writeMarkdown, writeYamlFile } from '../file-formats.ts';
import type { DecapGlobals } from './decap-globals.ts';
import './preview-templates.ts';

const { CMS } = window as unknown as DecapGlobals;
CMS.registerCustomFormat(formats.markdown, 'md', { fromFile: readMarkdown, toFile: writeMarkdown });
CMS.registerCustomFormat(formats.yaml, 'yaml', { fromFile: readYaml, toFile: writeYamlFile });

// Decap's preview frame has no name, so a screen reader announces only "frame": name it.
new MutationObserver(() => {
  for (const frame of document.querySelectorAll('iframe:not([title])')) frame.setAttribute('title', 'Preview of the page');
}).observe(document.body, { childList: true, subtree: true });
