/**
 * .github/CODEOWNERS is generated from each trust's `approvers` (npm run codeowners): the
 * committed file is current, a trust's approvers own its folder, the product team's own
 * lines above the generated part are kept, and a mistyped approver is refused in plain words.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { codeownersText, CODEOWNERS_FILE, GENERATED_MARK } from '../../scripts/ci/codeowners.ts';
import { repoRoot } from '../support/built-sites.ts';

const work = mkdtempSync(path.join(tmpdir(), 'strategy-codeowners-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function contentWith(approvers: Record<string, string>): string {
  const content = path.join(work, `content-${Math.random().toString(36).slice(2)}`);
  for (const slug of ['fenmoor', 'harbourside']) {
    cpSync(path.join(repoRoot, 'content', slug, 'trust.yaml'), path.join(content, slug, 'trust.yaml'));
    if (approvers[slug])
      writeFileSync(
        path.join(content, slug, 'trust.yaml'),
        `${readFileSync(path.join(content, slug, 'trust.yaml'), 'utf8')}\napprovers: ${approvers[slug]}\n`,
      );
  }
  return content;
}

describe('CODEOWNERS', () => {
  it('is current with the trusts in content/ (npm run codeowners -- --check)', () => {
    const result = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'ci', 'codeowners.ts'), '--check'], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(readFileSync(path.join(repoRoot, CODEOWNERS_FILE), 'utf8')).toContain(GENERATED_MARK);
  });

  it("gives each trust's folder to its approvers, after the product team's own lines", () => {
    const head = '# Ours\n* @example-org/developers\n';
    const text = codeownersText(contentWith({ harbourside: '["@harbourside-nhs/comms", "@jo-bloggs"]' }), head);
    expect(text.startsWith(head)).toBe(true);
    const generated = text.slice(text.indexOf(GENERATED_MARK)).split('\n');
    expect(generated).toContain('/content/harbourside/ @harbourside-nhs/comms @jo-bloggs');
    expect(generated).toContain('# /content/fenmoor/: no approvers in its trust.yaml');
    // Generating again from its own output changes nothing.
    expect(codeownersText(contentWith({ harbourside: '["@harbourside-nhs/comms", "@jo-bloggs"]' }), text)).toBe(text);
  });

  it('refuses an approver that is not a GitHub user or team, saying how to write one', () => {
    expect(() => codeownersText(contentWith({ fenmoor: '["comms team"]' }))).toThrow(
      /content\/fenmoor\/trust\.yaml, approvers: Each approver must be a GitHub user such as "@jo-bloggs"/,
    );
    // A line break or "#" could add an owner line of its own: refused too.
    expect(() => codeownersText(contentWith({ fenmoor: '["@ok\\n* @someone"]' }))).toThrow(/approvers/);
  });

  it('says the file is out of date, and how to fix it, when a trust changes its approvers', () => {
    const copy = path.join(work, 'repo');
    cpSync(path.join(repoRoot, CODEOWNERS_FILE), path.join(copy, CODEOWNERS_FILE));
    const content = contentWith({ fenmoor: '["@fenmoor-nhs/comms"]' });
    const current = readFileSync(path.join(copy, CODEOWNERS_FILE), 'utf8');
    expect(codeownersText(content, current)).not.toBe(current);
    const result = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'ci', 'codeowners.ts'), '--check', '--content', content], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'is out of date with the trusts\' approvers in trust.yaml. Run "npm run codeowners" and commit the file.',
    );
  });
});
