/**
 * The content has mistakes: the error that stops a build before anything is rendered, thrown
 * as an Astro error so `astro build` prints it in plain English. It can be thrown in one copy of
 * this module (the content loader, which Astro loads through Vite) and caught in another (the
 * integration, loaded by Node), so it is recognised by its name and problems, not `instanceof`.
 */
import { AstroError } from 'astro/errors';
import { formatProblems, type Problem } from '../problems/problem.ts';

const NAME = 'ContentCheckFailed';

export class ContentCheckFailed extends AstroError {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(
      `The build stopped. No published site was changed.\n\n${formatProblems(problems)}`,
      'Correct each file named above, then build again. npm run check shows the same list.',
    );
    this.name = NAME;
    this.problems = problems;
  }
}

/** The problems a failed build carries, when the content caused it (also when wrapped as another error's cause). */
export function contentProblemsOf(error: unknown): Problem[] | undefined {
  for (let current: unknown = error, depth = 0; current && typeof current === 'object' && depth < 10; depth += 1) {
    const candidate = current as { name?: unknown; problems?: unknown; cause?: unknown };
    if (candidate.name === NAME && Array.isArray(candidate.problems)) return candidate.problems as Problem[];
    current = candidate.cause;
  }
  return undefined;
}
