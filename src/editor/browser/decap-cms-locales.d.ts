/** Decap CMS's own phrases (no types of its own): the local mode relabels a few of the English ones. */
declare module 'decap-cms-locales' {
  export const en: { editor: { editorToolbar: Record<string, string> } & Record<string, unknown> } & Record<string, unknown>;
}
