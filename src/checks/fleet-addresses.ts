/**
 * Every trust's address is its own: no two trusts share one, and no trust's address is inside
 * another's (a trust at https://example.nhs.uk/strategy/ would otherwise publish pages that
 * read as part of the trust at https://example.nhs.uk/). Judged over the whole fleet, because
 * each trust.yaml is valid alone.
 */
import path from 'node:path';
import { readTrustSettings } from '../reader/read-content.ts';
import { lineOfPath } from '../reader/source-text.ts';
import { listTrustFolders, readPublishingSettings } from '../reader/trust-folders.ts';
import { SETTINGS_FILE } from '../reader/trust-layout.ts';
import { siteAddressProblem } from '../addresses/trust-address.ts';
import type { Problem } from '../problems/problem.ts';
import { ruleOf } from './rule-of.ts';

export interface FleetAddress {
  slug: string;
  url: string;
}

/** Pairs of trusts whose addresses clash: `inside` is the same as, or inside, `outer`. */
export function addressClashes(trusts: FleetAddress[]): Array<{ inside: FleetAddress; outer: FleetAddress; same: boolean }> {
  // Host names are case-blind and a path differing only in capitals is confusing at best: compare in lower case.
  const valid = trusts.filter((trust) => !siteAddressProblem(trust.url)).map((trust) => ({ trust, key: trust.url.toLowerCase() }));
  const clashes: Array<{ inside: FleetAddress; outer: FleetAddress; same: boolean }> = [];
  for (const a of valid)
    for (const b of valid)
      if (a.trust.slug !== b.trust.slug && a.key.startsWith(b.key))
        clashes.push({ inside: a.trust, outer: b.trust, same: a.key === b.key });
  return clashes;
}

/**
 * The content check's problems for clashing addresses, for the trusts in `checked` (every trust
 * under `contentDir` is compared, so checking one trust still finds a clash with any other).
 */
export function fleetAddressProblems(contentDir: string, checked: string[], display: (absolute: string) => string): Problem[] {
  const folders = listTrustFolders(contentDir);
  const trusts = folders.map((folder) => ({ slug: folder.slug, url: readPublishingSettings(folder).url }));
  const lineOfUrl = (slug: string) => {
    const settings = readTrustSettings(path.join(contentDir, slug, SETTINGS_FILE));
    return settings && lineOfPath(settings.yaml, ['url']);
  };
  // One problem per trust, naming the others: a fleet copied from one trust would otherwise list every pair.
  const byTrust = new Map<string, Array<{ inside: FleetAddress; outer: FleetAddress; same: boolean }>>();
  for (const clash of addressClashes(trusts).filter(({ inside }) => checked.includes(inside.slug)))
    byTrust.set(clash.inside.slug, [...(byTrust.get(clash.inside.slug) ?? []), clash]);
  return [...byTrust.values()].map((clashes) => {
    const { inside } = clashes[0]!;
    const same = clashes.filter((clash) => clash.same).map((clash) => clash.outer);
    const outer = clashes.filter((clash) => !clash.same).map((clash) => clash.outer);
    const named = (list: FleetAddress[]) =>
      `${list
        .slice(0, 3)
        .map((trust) => `"${trust.slug}"`)
        .join(', ')}${list.length > 3 ? ` and ${list.length - 3} more` : ''}`;
    return {
      file: display(path.join(contentDir, inside.slug, 'trust.yaml')),
      line: lineOfUrl(inside.slug),
      field: 'url',
      ...ruleOf('address-clash'),
      message:
        same.length > 0
          ? `url "${inside.url}" is also the address of ${named(same)}. Each trust needs its own address: use a different one for this trust.`
          : `url "${inside.url}" is inside the address of ${named(outer)} (${outer[0]!.url}), so its pages would read as part of that site. Use an address outside it for this trust.`,
    };
  });
}
