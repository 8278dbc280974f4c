/**
 * Every downloadable document must be a file the build can describe ("PDF, 1.2 MB, 24 pages"),
 * so each one is read here with the same reader the site uses (src/reader/document-facts.ts).
 */
import { readFileFacts, UnreadableFileError } from '../reader/document-facts.ts';
import type { Problem } from '../problems/problem.ts';
import { ruleOf } from './rule-of.ts';

export interface DocumentFileRef {
  /** The page listing the document, as shown in messages. */
  file: string;
  line?: number | undefined;
  field: string;
  /** The path written in the content, "files/strategy.pdf". */
  name: string;
  absolute: string;
}

export async function checkDocumentFiles(refs: DocumentFileRef[]): Promise<Problem[]> {
  const results = await Promise.all(
    refs.map(async (ref): Promise<Problem | undefined> => {
      try {
        await readFileFacts(ref.absolute);
        return undefined;
      } catch (error) {
        const reason = error instanceof UnreadableFileError ? error.reason : String(error);
        return {
          file: ref.file,
          line: ref.line,
          field: ref.field,
          ...ruleOf('unreadable-file'),
          message: `The file "${ref.name}" cannot be read. ${reason}`,
        };
      }
    }),
  );
  return results.filter((problem): problem is Problem => problem !== undefined);
}
