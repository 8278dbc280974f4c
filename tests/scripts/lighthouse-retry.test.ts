/** npm run lighthouse and the Lighthouse test run a page again only when Lighthouse could not measure it, never for a low score. */
import { describe, expect, it } from 'vitest';
import { auditWithOneRetry } from '../../scripts/lighthouse/one-retry.ts';

const url = 'http://127.0.0.1:4321/our-strategy/';
const noNavstart = { code: 'NO_NAVSTART', message: 'Your page did not load properly.' };
const scored = (performance: number) => ({ runtimeError: undefined, categories: { performance: { score: performance } } });

/** An audit that answers each call with the next of `answers` (an Error is thrown), counting the calls. */
function audits(...answers: Array<object | Error | undefined>) {
  const audit = async () => {
    audit.calls += 1;
    const answer = answers[audit.calls - 1];
    if (answer instanceof Error) throw answer;
    return answer as ReturnType<typeof scored> | undefined;
  };
  audit.calls = 0;
  return audit;
}

const lighthouseError = (code: string) => Object.assign(new Error('Protocol timeout'), { name: 'LighthouseError', code });

describe('a Lighthouse run', () => {
  it('is run once more after a runtime error, and the second result stands', async () => {
    const audit = audits({ runtimeError: noNavstart }, scored(0.97));
    expect(await auditWithOneRetry(url, audit)).toEqual(scored(0.97));
    expect(audit.calls).toBe(2);
  });

  it('is run once more when Lighthouse throws its own error', async () => {
    const audit = audits(lighthouseError('PROTOCOL_TIMEOUT'), scored(1));
    expect(await auditWithOneRetry(url, audit)).toEqual(scored(1));
    expect(audit.calls).toBe(2);
  });

  it('is never run again for a low score', async () => {
    const audit = audits(scored(0.4), scored(1));
    expect(await auditWithOneRetry(url, audit)).toEqual(scored(0.4));
    expect(audit.calls).toBe(1);
  });

  it('fails naming the page and the error when the second run cannot measure it either, and tries no third time', async () => {
    const audit = audits({ runtimeError: noNavstart }, { runtimeError: noNavstart }, scored(1));
    await expect(auditWithOneRetry(url, audit)).rejects.toThrow(
      `Lighthouse could not load ${url} (tried twice): NO_NAVSTART: Your page did not load properly.`,
    );
    expect(audit.calls).toBe(2);
  });

  it('is not retried for a fault that is not Lighthouse’s', async () => {
    const audit = audits(new TypeError('x is not a function'), scored(1));
    await expect(auditWithOneRetry(url, audit)).rejects.toThrow('x is not a function');
    expect(audit.calls).toBe(1);
  });
});
