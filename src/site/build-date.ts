/**
 * "Today" for the build: events before it are past and surveys after it are open.
 * STRATEGY_BUILD_DATE (YYYY-MM-DD) fixes it so tests and rebuilds give the same pages.
 */
export function buildDate(env: Record<string, string | undefined> = process.env): Date {
  const fixed = env.STRATEGY_BUILD_DATE;
  if (fixed && /^\d{4}-\d{2}-\d{2}$/.test(fixed)) return new Date(`${fixed}T00:00:00Z`);
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}
