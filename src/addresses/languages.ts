/**
 * Where each language of a trust is written and published. The main language's pages sit at
 * the root of the trust's folder; every other language (trust.yaml `languages`) has its own
 * folder, holding pages of the same names, and is published under that folder:
 *
 *   content/<trust>/goals.md         published at  goals/
 *   content/<trust>/cy/goals.md      published at  cy/goals/      (the translation of goals.md)
 *   content/<trust>/cy/easy-read/goals.md           cy/easy-read/goals/
 *
 * With the Welsh Language Standards on, the main language is published under its own prefix
 * too ("en/goals/"), and the site root is a choice of language. Pure rules, read by the
 * reader (from the raw settings, before they are judged), the check and the site model.
 */

/** A language as trust.yaml's `languages` lists it, with its folder worked out. */
export interface LanguageFolder {
  /** Its language tag: "cy-GB". */
  language: string;
  /** Its folder under the trust's folder, and its address prefix: "cy". */
  folder: string;
}

/** The folder a language gets when trust.yaml names none: its primary subtag, "cy" for "cy-GB". */
export function defaultFolderOf(language: string): string {
  return (language.split('-')[0] ?? language).toLowerCase();
}

/**
 * The other languages' folders, read leniently from the settings as written (the check judges
 * them): the reader needs them to know which pages are translations before anything is validated.
 */
export function languageFoldersOf(settings: Record<string, unknown> | undefined): LanguageFolder[] {
  const listed = Array.isArray(settings?.languages) ? (settings.languages as unknown[]) : [];
  return listed.flatMap((item): LanguageFolder[] => {
    if (!item || typeof item !== 'object') return [];
    const { language, folder } = item as Record<string, unknown>;
    if (typeof language !== 'string' || language === '') return [];
    const name = typeof folder === 'string' && folder !== '' ? folder : defaultFolderOf(language);
    return [{ language, folder: name }];
  });
}

/**
 * The address prefix of the main language's pages, read leniently from the settings as written:
 * "" as usual, "en/" under the Welsh Language Standards (the site root is then a choice of language).
 */
export function mainLanguagePrefix(settings: Record<string, unknown> | undefined): string {
  if (settings?.welshLanguageStandards !== true) return '';
  return languagePrefix(defaultFolderOf(typeof settings.language === 'string' ? settings.language : 'en-GB'));
}

/** A path inside the trust's folder split into its language folder ("" for the main language) and the path inside it. */
export function splitLanguagePath(relative: string, folders: readonly string[]): { folder: string; inner: string } {
  const [first, ...rest] = relative.split('/');
  if (rest.length > 0 && first !== undefined && folders.includes(first)) return { folder: first, inner: rest.join('/') };
  return { folder: '', inner: relative };
}

/** The address prefix of a language's pages: "" for the main language (unless the Welsh standards prefix it), "cy/" otherwise. */
export function languagePrefix(folder: string): string {
  return folder === '' ? '' : `${folder}/`;
}
