/**
 * `redirects` and `approvers` in trust.yaml: old addresses of the strategy and where they
 * live now, and who may approve changes to the trust's folder. Kept apart from trust.ts
 * because what they hold is written into host configurations (nginx, `_redirects`, Azure's
 * JSON, S3 object redirects, CODEOWNERS): each value is held to a small alphabet here, and each
 * writer encodes it again for its own format (src/publishing/host-redirects.ts).
 */
import { z } from 'astro/zod';
export const MAX_REDIRECTS = 50;

/**
 * One path segment: letters, digits and - . _ ~ only (nothing any host format treats
 * specially), never starting with a dot, so "." and ".." cannot climb out of the site.
 */
const SEGMENT = '[A-Za-z0-9_~-][A-Za-z0-9._~-]*';
/** A path inside the site, relative to its address: "2023-plan/", "consultation.html", "old/goals/". */
export const SITE_PATH = new RegExp(`^${SEGMENT}(?:/${SEGMENT})*/?$`);

const sitePath = (what: string, example: string) =>
  z
    .string({
      error: `${what} must be an address inside the strategy site, written without the site's own address, for example "${example}".`,
    })
    .regex(SITE_PATH, {
      error: `${what} must be an address inside the strategy site, written without the site's own address or a leading "/", using only letters, numbers, dashes, dots and underscores, for example "${example}".`,
    });

/** A redirect target off the site: https only, no user name, query or fragment, and a host the trust owns (checked in redirectsStayWithTrust). */
const offSiteAddress = (what: string) =>
  z
    .url({
      protocol: /^https$/,
      error: `${what} must be an address inside the strategy site (for example "goals/") or a full address starting with https://, for example https://www.example.nhs.uk/our-plans/.`,
    })
    .refine(
      (value) => {
        // zod runs this even when the value is not an address at all; that is reported once, by the check above.
        if (!URL.canParse(value)) return true;
        const url = new URL(value);
        return !url.username && !url.password && !url.search && !url.hash && !value.includes('\\') && url.port === '';
      },
      {
        error: `${what} must be a plain https:// address with no "?", "#", "@" or port, for example https://www.example.nhs.uk/our-plans/.`,
      },
    );

export const redirectSchema = z.strictObject({
  from: sitePath('redirects from', '2023-strategy/').describe(
    'The old address, inside this strategy site and written without the site\'s own address, for example "2023-strategy/" for https://www.example.nhs.uk/our-strategy/2023-strategy/. It must not be the address of a page the site still has.',
  ),
  to: z
    .union([sitePath('redirects to', 'goals/'), offSiteAddress('redirects to')], {
      error:
        'redirects to must be an address inside the strategy site (for example "goals/") or a full https:// address on the trust\'s own website or an nhs.uk website.',
    })
    .describe(
      'Where the old address lives now: a page of this site written the same way (for example "goals/"), or a full https:// address on the same website as `url` or on an nhs.uk website. Addresses on other websites are refused, so an edit cannot send readers anywhere else.',
    ),
});
export type Redirect = z.infer<typeof redirectSchema>;

export const redirectsField = z
  .array(redirectSchema)
  // A budget: each old address is a rule for every host, a page and an S3 object.
  .max(MAX_REDIRECTS, { error: `redirects can list at most ${MAX_REDIRECTS} old addresses; keep the ones readers still use.` })
  .default([]);

/** A GitHub user ("@jo-bloggs") or team ("@my-org/comms-team"), as CODEOWNERS names them. */
export const APPROVER = /^@[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(?:\/[A-Za-z0-9][A-Za-z0-9_.-]{0,99})?$/;

export const approversField = z
  .array(
    z.string({ error: 'Each approver must be a GitHub user or team, for example "@harbourside-nhs/comms".' }).regex(APPROVER, {
      error: 'Each approver must be a GitHub user such as "@jo-bloggs" or a team such as "@harbourside-nhs/comms", starting with "@".',
    }),
  )
  .max(20, { error: 'approvers can list at most 20 people or teams; use a team instead.' })
  .default([]);

/** Whether an https target's host belongs to the trust: its own site's host, or an nhs.uk host. */
export function isTrustHost(target: URL, siteUrl: string): boolean {
  const host = target.hostname.toLowerCase();
  return (URL.canParse(siteUrl) && host === new URL(siteUrl).hostname.toLowerCase()) || host === 'nhs.uk' || host.endsWith('.nhs.uk');
}

/**
 * Cross-field rules for trust.yaml: off-site targets stay on the trust's website or nhs.uk
 * (no redirect to an arbitrary host), no old address is listed twice, and none sends readers
 * round in a loop to itself. It also runs when other fields have mistakes (so every problem
 * is listed in one run), so it reads the values warily and skips any already reported.
 */
export function redirectsStayWithTrust(
  value: { url?: unknown; redirects?: unknown },
  ctx: { addIssue: (issue: { code: 'custom'; path: (string | number)[]; message: string; input?: unknown }) => void },
): void {
  if (!Array.isArray(value.redirects)) return;
  const siteUrl = typeof value.url === 'string' ? value.url : '';
  const seen = new Set<string>();
  value.redirects.forEach((redirect: unknown, index) => {
    const { from, to } = (redirect ?? {}) as { from?: unknown; to?: unknown };
    if (typeof from !== 'string' || typeof to !== 'string' || !SITE_PATH.test(from)) return;
    const key = from.replace(/\/$/, '');
    if (seen.has(key))
      ctx.addIssue({
        code: 'custom',
        path: ['redirects', index, 'from'],
        message: `redirects lists "${from}" twice. Keep one of them.`,
        input: from,
      });
    seen.add(key);
    if (to.startsWith('https://') && URL.canParse(to)) {
      if (!isTrustHost(new URL(to), siteUrl))
        ctx.addIssue({
          code: 'custom',
          path: ['redirects', index, 'to'],
          message: `redirects to "${to}" is on another website. Old addresses may only lead to this strategy site, the website in \`url\` or an nhs.uk website.`,
          input: to,
        });
    } else if (to.replace(/\/$/, '') === key) {
      ctx.addIssue({
        code: 'custom',
        path: ['redirects', index, 'to'],
        message: `redirects from "${from}" leads to itself. Give the page it moved to.`,
        input: to,
      });
    }
  });
}

/** Runs the cross-field rules even when other fields have mistakes. */
export const ALWAYS = { when: () => true };
