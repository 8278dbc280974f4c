/**
 * The editor's guide cannot drift: it is regenerated from the schemas and the check's rules
 * and compared with the committed copy; every field must carry its own description where it
 * is declared, and every problem the check can report must be explained.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { fieldRows, guidePath, renderGuide } from '../../scripts/editors-guide.ts';
import { easyReadRules } from '../../src/checks/easy-read-lint.ts';
import { problemRules } from '../../src/problems/rules.ts';
import { easyReadSchema } from '../../src/schemas/easy-read.ts';
import { pageSchemas } from '../../src/schemas/pages/index.ts';
import { trustSchema } from '../../src/schemas/trust.ts';
import { repoRoot } from '../support/built-sites.ts';

const schemas = { 'trust.yaml': trustSchema, 'easy read pages': easyReadSchema, ...pageSchemas };
const guide = readFileSync(guidePath, 'utf8');

describe("the editor's guide", () => {
  it('is up to date with the schemas (run "npm run guide" after changing a schema)', () => {
    expect(guide).toBe(renderGuide());
  });

  it.each(Object.entries(schemas))('explains every field of %s', (_name, schema) => {
    const rows = fieldRows(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Parameters<typeof fieldRows>[0]);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.about, `${row.field} needs a .describe() where it is declared`).not.toBe('');
      expect(guide).toContain(`| \`${row.field}\` |`);
    }
  });

  it('explains every problem the content check can report', () => {
    // The check's own rules, and the content-safety rules it shares with the build (src/markdown/).
    const checkSources = ['checks', 'markdown', 'reader']
      .flatMap((folder) =>
        readdirSync(path.join(repoRoot, 'src', folder))
          // The easy read lint's rules are reported as easy-read/<rule> and have their own table.
          .filter((file) => file.endsWith('.ts') && file !== 'easy-read-lint.ts')
          .map((file) => readFileSync(path.join(repoRoot, 'src', folder, file), 'utf8')),
      )
      .join('\n');
    const reported = new Set(
      [...checkSources.matchAll(/rule: '([a-z0-9-]+)'|add\(hit, '([a-z0-9-]+)'/g)].map((match) => match[1] ?? match[2]!),
    );
    expect(reported.size).toBeGreaterThan(15);
    for (const rule of reported) {
      expect(problemRules, `rule ${rule}`).toHaveProperty(rule);
      expect(guide).toContain(`| \`${rule}\` |`);
    }
  });

  it('explains every easy read rule with its usual severity and fix', () => {
    for (const [rule, { severity, fix }] of Object.entries(easyReadRules)) {
      expect(guide).toContain(`| \`easy-read/${rule}\` | ${severity} |`);
      expect(guide).toContain(fix);
    }
  });
});
