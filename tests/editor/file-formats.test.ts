/**
 * Saving from the browser editor changes only what was edited: every sample file read and
 * written back unchanged is byte for byte the same, and a change to one value changes one
 * line, keeping the order, comments and quoting of everything else.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMarkdown, readYaml, SOURCE_KEY, writeMarkdown, writeYamlFile } from '../../src/editor/file-formats.ts';
import { listFiles, repoRoot } from '../support/built-sites.ts';

const content = path.join(repoRoot, 'content');
const files = listFiles(content).filter((file) => /\.(md|yaml)$/.test(file));
const read = (file: string) => readFileSync(path.join(content, file), 'utf8');

describe('the editor file formats', () => {
  it.each(files)('write %s back unchanged when nothing was edited', (file) => {
    const source = read(file);
    const written = file.endsWith('.yaml') ? writeYamlFile(readYaml(source)) : writeMarkdown(readMarkdown(source));
    expect(written).toBe(source);
  });

  it('change one nested value in place, keeping comments, order and quoting', () => {
    const source = read('harbourside/trust.yaml');
    const data = readYaml(source) as { contact: { phone: string } };
    data.contact.phone = '0300 555 0100';
    expect(writeYamlFile(data)).toBe(source.replace('phone: 0300 555 0199', 'phone: 0300 555 0100'));
  });

  it('remove a field that was emptied, and add a new one after the others', () => {
    const source = read('harbourside/goals.md');
    const data = readMarkdown(source);
    data.measuresHeading = '';
    data.navLabel = 'Goals';
    const written = writeMarkdown(data);
    expect(written).not.toContain('measuresHeading');
    expect(written).toContain('  - title: Care close to home\n');
    expect(written.split('---')[1]!.trimEnd().endsWith('navLabel: Goals')).toBe(true);
  });

  it('write a new page with its front matter first and one blank line before the text', () => {
    expect(writeMarkdown({ type: 'page', title: 'Next steps', description: 'What happens next.', body: 'Some text.' })).toBe(
      '---\ntype: page\ntitle: Next steps\ndescription: What happens next.\n---\n\nSome text.\n',
    );
    expect(SOURCE_KEY).toMatch(/^__/);
  });
});
