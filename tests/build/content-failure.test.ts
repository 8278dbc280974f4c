/** A render failure that names a content file is reported as that file's problem, not as a builder fault. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentProblemOf } from '../../src/publishing/content-failure.ts';

const content = path.resolve('/work/site/content');

describe('content failures during the render', () => {
  it('names the file and line Astro was rendering, in plain words', () => {
    const error = Object.assign(new Error('Could not find requested image `./map.png`.'), {
      loc: { file: path.join(content, 'acme', 'goals.md'), line: 12, column: 3 },
      hint: 'Check the path.',
    });
    expect(contentProblemOf(error, content, path.dirname(content))).toEqual({
      file: 'content/acme/goals.md',
      line: 12,
      column: 3,
      rule: 'build-refused',
      severity: 'error',
      message: expect.stringMatching(
        /could not turn this file into a web page: Could not find requested image `\.\/map\.png`\. Check the path\. Correct the file/,
      ),
    });
  });

  it('finds the file in the message when Astro gives no location', () => {
    const error = new Error(`Failed to parse ${path.join(content, 'acme', 'index.mdx')}: unexpected character`);
    expect(contentProblemOf(error, content, path.dirname(content))?.file).toBe('content/acme/index.mdx');
  });

  it('leaves a fault that names no content file to be reported as a fault of ours', () => {
    expect(contentProblemOf(new Error('Cannot read properties of undefined'), content, path.dirname(content))).toBeUndefined();
    expect(
      contentProblemOf(Object.assign(new Error('x'), { loc: { file: '/work/site/src/pages/index.astro' } }), content, '/work/site'),
    ).toBeUndefined();
  });
});
