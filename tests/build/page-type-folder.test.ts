/**
 * A page type is one folder. In a temporary copy of the project, a throwaway type ("timeline")
 * is added as one folder under src/page-types/ and its line in the registry, and nothing else;
 * the check, the build, the browser editor's configuration, the editor's guide and the new-trust
 * scaffold all find it. If any of them kept its own list of types, this test would fail.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parse } from 'yaml';
import { astroCacheDir } from '../../src/publishing/astro-cache-dir.ts';
import { FIXED_BUILD_DATE, readPage, repoRoot, textOf } from '../support/built-sites.ts';
import { refuseInUnitTier } from '../support/test-tier.ts';

/** The throwaway type's folder: a schema, a component, its labels and the scaffold's two templates. */
const folder: Record<string, string> = {
  'schema.ts': `import { z } from 'astro/zod';
import { text, itemLimit } from '../../schemas/fields.ts';
import { pageFields } from '../../schemas/pages/common.ts';

const milestone = z.strictObject({
  when: text('milestones when', 'Spring 2027').describe('When the milestone is due, in words.'),
  what: text('milestones what', 'New clinic opens').describe('What happens then.'),
});

export const timelineSchema = z
  .strictObject({
    ...pageFields,
    type: z.literal('timeline'),
    milestones: z
      .array(milestone, { error: 'milestones must be a list, each starting with "- when:".' })
      .max(...itemLimit('milestones'))
      .min(1, { error: 'milestones needs at least one milestone, each starting with "- when:".' })
      .describe('The milestones on the way, earliest first.'),
  })
  .describe('A timeline of the milestones on the way to the strategy.');
`,
  'page-type.ts': `import { definePageType } from '../define.ts';
import { timelineSchema } from './schema.ts';

export default definePageType({
  schema: timelineSchema,
  component: { file: 'MilestoneList.astro', place: 'after-text' },
  labels: { kind: 'Timeline', editor: 'Timelines', editorSingular: 'timeline page', scaffold: 'milestones on the way' },
  scaffoldFile: 'timeline.md',
  guide: { example: 'northwold/timeline.md' },
});
`,
  'MilestoneList.astro': `---
import type { z } from 'astro/zod';
import type { timelineSchema } from './schema.ts';
interface Props {
  data: z.infer<typeof timelineSchema>;
}
const { data } = Astro.props;
---

<ol class="milestones">{data.milestones.map((milestone) => <li>{milestone.when}: {milestone.what}</li>)}</ol>
`,
  'template.md': `---
type: timeline
title: Our timeline
description: Replace this with one sentence about your timeline.
milestones:
  - when: Replace this with when the first milestone is due
    what: Replace this with what happens then
---

Replace this: introduce your timeline here.
`,
  'easy-read.md': `---
title: Replace this with a short, plain title
description: Replace this with one short sentence about this page.
---

![A clock](../files/pictures/clock.svg)

Replace this: write short sentences.
`,
};

const timelinePage = (milestone: string) => `---
type: timeline
title: Our timeline
description: When each part of the plan happens.
order: 40
milestones:
  - when: Spring 2027
    ${milestone}
  - when: Autumn 2028
    what: Every team works from the new hubs
---

The plan happens in steps, over five years.
`;

const easyReadTimeline = `---
title: When things happen
description: The steps of our plan.
---

![A clock](../files/pictures/clock.svg)

Our plan happens in steps.
`;

let work: string;
let copy: string;
const run = (script: string, args: string[]) =>
  spawnSync(process.execPath, [path.join(copy, 'scripts', script), ...args], {
    cwd: copy,
    encoding: 'utf8',
    env: { ...process.env, STRATEGY_BUILD_DATE: FIXED_BUILD_DATE, FORCE_COLOR: '0' },
    maxBuffer: 64 * 1024 * 1024,
  });
const trustPage = () => path.join(copy, 'content', 'northwold', 'timeline.md');

beforeAll(() => {
  refuseInUnitTier('builds a copy of the project');
  work = mkdtempSync(path.join(tmpdir(), 'page-type-folder-'));
  copy = path.join(work, 'project');
  // Only what the check, the build, the editor, the guide and the scaffold read; packages are shared.
  // docs/ and editor/ start empty: the guide and the editor configuration are written there.
  for (const entry of ['src', 'scripts', 'content', 'package.json', 'astro.config.mjs', 'tsconfig.json'])
    cpSync(path.join(repoRoot, entry), path.join(copy, entry), { recursive: true });
  for (const written of ['docs', 'editor']) mkdirSync(path.join(copy, written));
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(copy, 'node_modules'), 'dir');

  // The whole change: one folder, and its line in the registry.
  const typeDir = path.join(copy, 'src', 'page-types', 'timeline');
  mkdirSync(typeDir);
  for (const [file, text] of Object.entries(folder)) writeFileSync(path.join(typeDir, file), text);
  const registry = path.join(copy, 'src', 'page-types', 'registry.ts');
  writeFileSync(
    registry,
    readFileSync(registry, 'utf8')
      .replace(/^import page from .*$/m, (line) => `${line}\nimport timeline from './timeline/page-type.ts';`)
      .replace(/^  page,$/m, '  page,\n  timeline,'),
  );

  // A page of the new type in a sample trust, with its easy read twin.
  writeFileSync(trustPage(), timelinePage('what: The first community hub opens'));
  writeFileSync(path.join(copy, 'content', 'northwold', 'easy-read', 'timeline.md'), easyReadTimeline);
});

afterAll(() => {
  if (copy) rmSync(astroCacheDir(copy, path.join(copy, 'content')), { recursive: true, force: true });
  if (work) rmSync(work, { recursive: true, force: true });
});

it('is checked: a page of the type passes, and a misspelt field is reported with its file and field', () => {
  const passes = run('check.ts', ['--trust', 'northwold']);
  expect(passes.status, passes.stdout + passes.stderr).toBe(0);

  writeFileSync(trustPage(), timelinePage('wat: The first community hub opens'));
  const fails = run('check.ts', ['--trust', 'northwold']);
  writeFileSync(trustPage(), timelinePage('what: The first community hub opens'));
  expect(fails.status).toBe(1);
  expect(fails.stdout).toContain(
    'content/northwold/timeline.md:8\n  error (unknown-field) milestone 1 → wat: "wat" is not a field this page uses. Did you mean "what"?',
  );
});

it('is built: the page shows its text, then its component, and is a kind in the search filter', () => {
  const dist = path.join(work, 'dist');
  const build = run('build.ts', ['--trust', 'northwold', '--out', dist]);
  expect(build.status, build.stdout + build.stderr).toBe(0);
  const page = readPage(path.join(dist, 'northwold'), 'timeline/');
  const main = textOf(page.querySelector('main'));
  expect(main).toMatch(
    /The plan happens in steps, over five years\..*Spring 2027: The first community hub opens.*Autumn 2028: Every team works from the new hubs/,
  );
  expect(page.querySelector('meta[name="strategy:kind"]')?.getAttribute('content')).toBe('Timeline');
});

it('is in the browser editor, with its label and its fields', () => {
  const written = run('editor.ts', ['--write-config', '--trust', 'northwold']);
  expect(written.status, written.stdout + written.stderr).toBe(0);
  const config = parse(readFileSync(path.join(copy, 'editor', 'northwold.yml'), 'utf8')) as {
    collections: Array<{ name: string; label: string; hide?: boolean; fields?: Array<{ name: string }> }>;
  };
  const timeline = config.collections.find((collection) => collection.name === 'timeline');
  expect(timeline?.label).toBe('Timelines');
  expect(timeline?.hide).toBeUndefined();
  expect(timeline?.fields?.map((field) => field.name)).toContain('milestones');
});

it('is in the editor’s guide, with its fields and its example', () => {
  const guide = run('editors-guide.ts', []);
  expect(guide.status, guide.stdout + guide.stderr).toBe(0);
  const text = readFileSync(path.join(copy, 'docs', 'editors-guide.md'), 'utf8');
  expect(text).toContain('### `type: timeline`\n\nA timeline of the milestones on the way to the strategy.');
  expect(text).toContain('| `milestones.when` | yes | When the milestone is due, in words. |');
  expect(text).toContain('A complete example (`content/northwold/timeline.md`)');
});

it('is offered by the scaffold, which writes its page and easy read twin', () => {
  const content = path.join(work, 'scaffolded');
  mkdirSync(content);
  const made = run('new-trust.ts', ['riverside', '--name', 'Riverside Community NHS Trust', '--pages', 'timeline', '--content', content]);
  expect(made.status, made.stdout + made.stderr).toBe(0);
  expect(made.stdout).toContain('timeline.md (timeline)');
  expect(readFileSync(path.join(content, 'riverside', 'timeline.md'), 'utf8')).toBe(folder['template.md']);
  expect(existsSync(path.join(content, 'riverside', 'easy-read', 'timeline.md'))).toBe(true);
  rmSync(astroCacheDir(copy, content), { recursive: true, force: true });
});
