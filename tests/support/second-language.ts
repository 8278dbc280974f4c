/**
 * A stand-in Welsh catalogue for tests of a site in two languages: the English words under the
 * Welsh tag, with the Welsh name, so the tests run whichever catalogues exist. A real cy-GB
 * catalogue (src/words/cy-GB.ts) always wins. Registered for the test file that calls this
 * only: other files (run in the same worker) see the catalogues as they are.
 */
import { afterAll, beforeAll } from 'vitest';
import { registerStandInCatalogue, wordsFor } from '../../src/words/index.ts';

export function useSecondLanguage(): void {
  let remove: () => void = () => undefined;
  beforeAll(() => {
    const english = wordsFor('en-GB');
    remove = registerStandInCatalogue('cy-GB', {
      ...english,
      language: { name: 'Cymraeg', direction: 'ltr' },
      languageNavigation: { ...english.languageNavigation, label: 'Iaith', switchTo: 'Newid yr iaith i Gymraeg' },
    });
  });
  afterAll(() => remove());
}
