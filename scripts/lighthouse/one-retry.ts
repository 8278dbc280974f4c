/**
 * When Lighthouse could not measure a page at all (a runtime error: NO_NAVSTART when a busy
 * host records a trace without the navigation in it, NO_FCP, PAGE_HUNG...), the run says
 * nothing about the page, so it is run once more. A low score is a measurement and is never
 * run again here (scripts/lighthouse.ts judges slow pages by the median of several runs).
 */

/** What this needs of Lighthouse's result. */
export interface MeasuredResult {
  runtimeError?: { code: string; message: string } | undefined;
}

/** A run that threw one of Lighthouse's own errors (it carries Lighthouse's error code) rather than a fault of ours. */
function isLighthouseError(error: unknown): error is Error & { code: string } {
  return error instanceof Error && error.name === 'LighthouseError' && typeof (error as { code?: unknown }).code === 'string';
}

/**
 * Runs `audit` and, if Lighthouse reported or threw a runtime error, once more; the second
 * result stands. Throws naming the page when there is still no measurement.
 */
export async function auditWithOneRetry<T extends MeasuredResult>(url: string, audit: () => Promise<T | undefined>): Promise<T> {
  const attempt = async (): Promise<T | { failed: string }> => {
    try {
      const result = await audit();
      if (!result) return { failed: 'Lighthouse gave no result' };
      return result.runtimeError ? { failed: `${result.runtimeError.code}: ${result.runtimeError.message}` } : result;
    } catch (error) {
      if (isLighthouseError(error)) return { failed: `${error.code}: ${error.message}` };
      throw error;
    }
  };
  let result = await attempt();
  if ('failed' in result) result = await attempt();
  if ('failed' in result) throw new Error(`Lighthouse could not load ${url} (tried twice): ${result.failed}`);
  return result;
}
