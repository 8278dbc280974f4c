/**
 * A real browser for the tests: Debian's Chromium driven by playwright-core, with the
 * flags that work on these machines, axe-core injected into pages, and every request
 * that would leave the loopback address blocked and recorded.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, findChromium } from '../../scripts/cli/chromium-path.ts';
import { refuseInUnitTier } from './test-tier.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG 2.2 AA rule sets the product must pass. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function launchBrowser(): Promise<Browser> {
  refuseInUnitTier('starts a browser');
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium is not installed. Install it with: sudo apt-get install -y chromium');
  return chromium.launch({
    executablePath,
    args: CHROMIUM_FLAGS,
  });
}

export interface WatchedPage {
  page: Page;
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Requests that failed or answered 400 or more. */
  failedRequests: string[];
  /** Requests to anywhere but loopback (blocked). */
  leftLoopback: string[];
  /** Content-Security-Policy violations, each reported by the page from its first byte. */
  policyViolations: string[];
}

/** A page that records what a reader would never see: errors, broken requests, traffic off the machine. */
export async function watchedPage(context: BrowserContext): Promise<WatchedPage> {
  const page = await context.newPage();
  const watched: WatchedPage = { page, errors: [], failedRequests: [], leftLoopback: [], policyViolations: [] };
  await recordPolicyViolations(page, watched.policyViolations);
  page.on('console', (message) => {
    if (message.type() === 'error') watched.errors.push(message.text());
  });
  page.on('pageerror', (error) => watched.errors.push(error.message));
  page.on('requestfailed', (request) => {
    // ERR_ABORTED is the browser cancelling a request itself, for example the last page's icon when
    // the next page opens (on a busy machine it can still be in flight); a broken file fails otherwise.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    if (!watched.leftLoopback.includes(request.url())) watched.failedRequests.push(`${request.url()} (${request.failure()?.errorText})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) watched.failedRequests.push(`${response.url()} answered ${response.status()}`);
  });
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1') return route.continue();
    watched.leftLoopback.push(url.href);
    return route.abort();
  });
  return watched;
}

/**
 * Adds each Content-Security-Policy violation on the page to `violations`, as "directive blocked
 * what (where)". The listener is added before any page script runs, so none happens unseen.
 */
export async function recordPolicyViolations(page: Page, violations: string[]): Promise<void> {
  await page.exposeFunction('reportPolicyViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportPolicyViolation: (text: string) => void }).reportPolicyViolation;
      void report(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

export async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async (tags) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }> }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  }, AXE_TAGS);
}
