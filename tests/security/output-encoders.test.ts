/**
 * Every output format has its own encoder, and no value can step outside its own text or
 * property in any of them. Each property feeds at least 500 random strings (seeded, so a
 * failure repeats), including control characters, line breaks of every kind and the
 * characters each format gives meaning to, through the encoder or renderer the build uses,
 * then reads the output back with that format's own parser.
 *
 * Unit tier: no build. The real build's outputs are covered by the injection corpus.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import fc from 'fast-check';
import { fromHtml } from 'hast-util-from-html';
import { elementsOf } from '../support/hast-elements.ts';
import ICAL from 'ical.js';
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';
import { markdownToHtml, markdownToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { inert, markdownReport } from '../../scripts/check/markdown-report.ts';
import type { Problem } from '../../src/problems/problem.ts';
import { findUnsafeContent } from '../../src/markdown/content-safety.ts';
import { htmlSchema } from '../../src/markdown/html-allow-list.ts';
import { resolveRedirects } from '../../src/publishing/host-redirects.ts';
import { sitemapXml } from '../../src/publishing/sitemap.ts';
import { redirectSchema, redirectsStayWithTrust } from '../../src/schemas/redirects.ts';
import { eventCalendar, icalText, type CalendarOwner } from '../../src/site/event-calendar.ts';
import { hostPath, nginxQuoted } from '../../src/hosting/host-config-values.ts';
import { escapeHtml } from '../../src/integrations/html-text.ts';
import { siteAddressProblem } from '../../src/addresses/trust-address.ts';
import { nginxConfig } from '../../scripts/hosting/nginx-config.ts';
import { NGINX } from '../hosting/nginx-server.ts';
import { eventData, jsonLdText, organizationData } from '../../src/site/structured-data.ts';
import { trustEvents, type EngagementEvent } from '../../src/site/trust-events.ts';
import { pathOf, type LinkTarget } from '../../src/routes/link-target.ts';
import { defaultLanguage, wordsFor } from '../../src/words/index.ts';

/** At least 500 values per field; seeded so a failure is the same on every machine. */
const runs = { numRuns: 500, seed: 18 } as const;

/** Pieces each format gives meaning to, mixed with any character at all (controls included). */
const hostile = [
  '\r', '\n', '\r\n', '\u000b', '\u000c', '\u0085', '\u2028', '\u2029', '\u0000', '\t', '\u202e', '\u200b',
  '<', '>', '&', '"', "'", '`', '\\', ';', ',', ':', '$', '{', '}', '@', '#', '!', '[', ']', '(', ')',
  '</script>', '<!--', '-->', ']]>', 'BEGIN:VEVENT', 'END:VCALENDAR', 'ATTACH:https://evil.example/x',
  '@octocat', '![x](https://evil.example/p.png)', '[x](https://evil.example/)', 'https://evil.example/', 'www.evil.example',
  '<img src=x onerror=alert(1)>', '<a href="https://evil.example/">', '\u{1F600}', 'é', ' ',
]; // prettier-ignore
const anyText = fc
  .array(fc.oneof(fc.constantFrom(...hostile), fc.string({ unit: 'binary', maxLength: 8 })), { minLength: 1, maxLength: 12 })
  .map((parts) => parts.join(''));
/** As a trust's settings can hold it: the schema trims text and refuses empty text. */
const fieldText = anyText.map((text) => text.trim()).filter((text) => text.length > 0);

describe('iCalendar (ical.js reads back)', () => {
  const owner = (name: string, shortName: string): CalendarOwner => ({
    slug: 'riverside',
    origin: 'https://www.riverside.example',
    settings: { name, shortName, contact: { email: 'talk@riverside.example' } },
    href: (target) => `/strategy/${pathOf(target)}`,
    words: wordsFor(defaultLanguage),
  });
  const calendarOf = (name: string, fields: Partial<EngagementEvent>) => {
    const event = {
      title: 'Drop-in',
      date: new Date('2027-01-20T00:00:00Z'),
      format: 'in-person',
      start: '18:00',
      ...fields,
    } as EngagementEvent;
    const [item] = trustEvents(
      [{ pagePath: 'have-your-say/', entry: { data: { type: 'engagement', title: 'Have your say', events: [event] } as never } }],
      new Date('2026-01-01T00:00:00Z'),
    );
    return eventCalendar(owner(name, 'Riverside'), item!, new Date('2026-01-01T00:00:00Z'));
  };
  const expectedText = (value: string) => icalText(value);

  it('every line break and control character in a title, description, place or organiser stays inside its own property', () => {
    fc.assert(
      fc.property(fieldText, fieldText, fieldText, fieldText, (title, description, place, name) => {
        const text = calendarOf(name, { title, description, place });
        const calendar = new ICAL.Component(ICAL.parse(text));
        const events = calendar.getAllSubcomponents('vevent');
        expect(events).toHaveLength(1);
        expect(calendar.getAllSubcomponents().length).toBe(1);
        const vevent = events[0]!;
        // A value made only of characters iCalendar cannot hold is left out (ics omits an empty property).
        const expected = ['description', 'dtend', 'dtstamp', 'dtstart', 'organizer', 'status', 'uid', 'url'];
        if (expectedText(title)) expected.push('summary');
        if (expectedText(place)) expected.push('location');
        expect(
          vevent
            .getAllProperties()
            .map((property) => property.name)
            .sort(),
        ).toEqual(expected.sort());
        if (expectedText(title)) expect(vevent.getFirstPropertyValue('summary')).toBe(expectedText(title));
        if (expectedText(place)) expect(vevent.getFirstPropertyValue('location')).toBe(expectedText(place));
        expect(String(vevent.getFirstPropertyValue('description'))).toContain(expectedText(description));
        expect(vevent.getFirstProperty('organizer')!.getParameter('cn')).toBe(icalText(name).replaceAll('\\', '/') || 'Organizer'); // ics's word for a blank name
        // Every physical line is a property or a folded continuation: nothing else starts a line.
        for (const line of text.split('\r\n').filter(Boolean)) expect(line).toMatch(/^([ \t]|[A-Z-]+[;:])/);
      }),
      runs,
    );
  });
});

describe('JSON-LD inside the page (HTML parser, then JSON.parse)', () => {
  const jsonLdOwner = (name: string, phone: string) => ({
    origin: 'https://www.riverside.example',
    settings: { name, url: 'https://www.riverside.example/strategy/', contact: { email: 'talk@riverside.example', phone } },
    href: (target: LinkTarget) => `/strategy/${pathOf(target)}`,
  });

  it('no value closes the script, opens a comment or adds an element; the data reads back unchanged', () => {
    fc.assert(
      fc.property(fieldText, fieldText, fieldText, fieldText, (name, phone, title, place) => {
        const item = trustEvents(
          [
            {
              pagePath: 'have-your-say/',
              entry: {
                data: {
                  type: 'engagement',
                  title: 'x',
                  events: [{ title, date: new Date('2027-01-20T00:00:00Z'), format: 'hybrid', place, description: title }],
                },
              } as never,
            },
          ],
          new Date('2026-01-01T00:00:00Z'),
        )[0]!;
        const owner = jsonLdOwner(name, phone);
        const items = [organizationData(owner), eventData(owner, item)];
        const page = `<!doctype html><html><head><script type="application/ld+json">${jsonLdText(items)}</script></head><body><p>after</p></body></html>`;
        const tree = fromHtml(page);
        const elements = elementsOf(tree);
        expect(elements.map((element) => element.tagName)).toEqual(['html', 'head', 'script', 'body', 'p']);
        const script = elements[2]!;
        const json = (script.children[0] as { value: string }).value;
        expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify({ '@context': 'https://schema.org', '@graph': items })));
      }),
      runs,
    );
  });
});

describe('the sitemap (an XML parser reads back)', () => {
  it('every address is one <loc>, whatever its path holds', () => {
    fc.assert(
      fc.property(fc.array(anyText, { minLength: 1, maxLength: 4 }), (paths) => {
        const urls = paths.map((pagePath) => `https://www.riverside.example/strategy/${pagePath}/`);
        const errors: string[] = [];
        const document = new DOMParser({ onError: (level, message) => void (level !== 'warning' && errors.push(message)) }).parseFromString(
          sitemapXml(urls),
          'text/xml',
        );
        expect(errors).toEqual([]);
        const locs = Array.from(document.getElementsByTagName('loc'));
        expect(locs).toHaveLength(urls.length);
        expect(document.getElementsByTagName('url')).toHaveLength(urls.length);
        locs.forEach((loc, index) =>
          expect(loc.textContent).toBe(
            urls[index]!.toWellFormed().replace(/[^\u0021-\u007e]/gu, (character) => encodeURIComponent(character)),
          ),
        );
      }),
      runs,
    );
  });
});

describe("the pull request's Markdown report (GitHub-flavoured Markdown reads back)", () => {
  const tree = (markdown: string) => markdownToMdast(markdown, { features: { gfm: true } }) as MdastRoot;
  const nodesOf = (root: MdastRoot) => {
    const found: MdastNodes[] = [];
    const stack: MdastNodes[] = [root];
    while (stack.length > 0) {
      const node = stack.pop()!;
      found.push(node);
      if ('children' in node) stack.push(...(node.children as MdastNodes[]));
    }
    return found;
  };

  it('a message, file name or field quoting content makes no link, picture, HTML or mention: it is all one code span', () => {
    fc.assert(
      fc.property(anyText, anyText, anyText, (message, file, field) => {
        const problem: Problem = { file, line: 3, field, rule: 'invalid-field', severity: 'error', message };
        const nodes = nodesOf(tree(markdownReport([problem], [])));
        expect(
          nodes.filter((node) => ['link', 'image', 'html', 'linkReference', 'imageReference', 'definition'].includes(node.type)),
        ).toEqual([]);
        // Every piece of text outside code is the report's own words.
        const outside = nodes.filter((node): node is MdastNodes & { value: string } => node.type === 'text').map((node) => node.value);
        for (const text of outside)
          expect(text).toMatch(
            /^(?:Content check: 1 error|Checked every trust\. Errors must be fixed before the site can be published; nothing has been published\.|Error \(line 3|, |\): |\)|\(blank\)|\s)+$/,
          );
        const codes = nodes.filter((node) => node.type === 'inlineCode').map((node) => (node as { value: string }).value);
        // The code span holds the message itself, read back exactly (less the fence and its one space each side).
        const quoted = inert(message);
        const fence = /^`*/.exec(quoted)![0].length;
        if (fence > 0) expect(codes).toContain(quoted.slice(fence + 1, -fence - 1));
      }),
      runs,
    );
  });
});

describe('host configurations', () => {
  it('an nginx quoted value reads back as itself, or is refused', () => {
    fc.assert(
      fc.property(anyText, (value) => {
        let quoted: string;
        try {
          quoted = nginxQuoted(value);
        } catch {
          expect(value).toMatch(/[$\u0000-\u001f\u007f]/);
          return;
        }
        expect(quoted).toMatch(/^"(?:[^"\\$\u0000-\u001f]|\\["\\])*"$/);
        expect(quoted.slice(1, -1).replace(/\\(["\\])/g, '$1')).toBe(value);
      }),
      runs,
    );
  });

  it('a base path is written bare only when it is plain folders', () => {
    fc.assert(
      fc.property(anyText, (value) => {
        const path = `/${value}/`;
        let ok = true;
        try {
          hostPath(path);
        } catch {
          ok = false;
        }
        expect(ok).toBe(/^\/(?:[A-Za-z0-9._-]+\/)*$/.test(path) && !/\/\.\.?\//.test(path));
      }),
      runs,
    );
  });
});

describe('the nginx file (nginx -t reads the whole configuration)', () => {
  /** A folder name or old address as the settings might hold it: random text, or text in the allowed alphabet (so plenty are accepted). */
  const segment = fc.oneof({ arbitrary: anyText, weight: 1 }, { arbitrary: fc.stringMatching(/^[A-Za-z0-9._~-]{1,12}$/), weight: 6 });
  const sitePath = fc
    .array(segment, { minLength: 1, maxLength: 3 })
    .chain((parts) => fc.constantFrom(parts.join('/'), `${parts.join('/')}/`));
  const trustSettings = fc.record({
    folders: fc.array(segment, { maxLength: 2 }),
    redirects: fc.array(
      fc.record({
        from: sitePath,
        to: fc.oneof({ arbitrary: sitePath, weight: 2 }, { arbitrary: anyText.map((text) => `https://HOST/${text}`), weight: 3 }, anyText),
      }),
      { maxLength: 3 },
    ),
  });

  it.skipIf(!existsSync(NGINX) && !process.env.CI)(
    'every address and old address the settings accept is written as one valid configuration (one nginx -t over all of them)',
    () => {
      const servers: string[] = [];
      let refused = 0;
      let trusts = 0;
      fc.assert(
        fc.property(trustSettings, ({ folders, redirects }) => {
          const host = `t${trusts++}.example`;
          const url = `https://${host}/${folders.map((folder) => `${folder}/`).join('')}`;
          const given = redirects.map((redirect) => ({ ...redirect, to: redirect.to.replace('HOST', host) }));
          // What the settings check does with these values: the address, each redirect, then the cross-field rules.
          const issues: string[] = [];
          redirectsStayWithTrust({ url, redirects: given }, { addIssue: (issue) => issues.push(issue.message) });
          if (siteAddressProblem(url) || given.some((redirect) => !redirectSchema.safeParse(redirect).success) || issues.length > 0) {
            refused++;
            // The writer refuses what the check refuses, on its own, or writes it safely: never an exception nginx has to catch.
            try {
              nginxConfig({ slug: 't', url, docRoot: '/srv/www', listen: '127.0.0.1:8080', redirects: resolveRedirects(given, url, 't') });
            } catch {
              // refused by the writer too
            }
            return;
          }
          servers.push(
            nginxConfig({ slug: 't', url, docRoot: '/srv/www', listen: '127.0.0.1:8080', redirects: resolveRedirects(given, url, 't') }),
          );
        }),
        // Twice the usual count: most random values are refused, and at least 150 should reach the file.
        { numRuns: 1000, seed: 18 },
      );
      // The property means something only if plenty of random values get through to the file.
      expect(servers.length).toBeGreaterThan(150);
      expect(refused).toBeGreaterThan(100);
      if (!existsSync(NGINX)) throw new Error(`nginx is not installed (${NGINX}): run node scripts/ensure-test-tools.ts`);
      const work = mkdtempSync(path.join(tmpdir(), 'strategy-nginx-t-'));
      try {
        const config = path.join(work, 'nginx.conf');
        writeFileSync(
          config,
          `pid ${work}/nginx.pid;\nerror_log ${work}/error.log;\nevents { worker_connections 64; }\nhttp {\n  access_log off;\n${servers.join('\n')}\n}\n`,
        );
        const test = spawnSync(NGINX, ['-t', '-q', '-p', work, '-c', config, '-e', path.join(work, 'error.log')], { encoding: 'utf8' });
        // nginx names the line it could not read: show that server block.
        const line = Number(/nginx\.conf:(\d+)/.exec(test.stderr)?.[1] ?? 0);
        const lines = readFileSync(config, 'utf8').split('\n');
        expect(test.status, `${test.stderr}\n${lines.slice(Math.max(0, line - 8), line + 2).join('\n')}`).toBe(0);
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    },
  );
});

describe("the editor's page title (HTML parser reads back)", () => {
  it('a trust name is the title text and nothing else', () => {
    fc.assert(
      fc.property(fieldText, (name) => {
        const tree = fromHtml(
          `<!doctype html><html><head><title>Edit the strategy site - ${escapeHtml(name)}</title></head><body></body></html>`,
        );
        const elements = elementsOf(tree);
        expect(elements.map((element) => element.tagName)).toEqual(['html', 'head', 'title', 'body']);
        const text = (elements[2]!.children[0] as { value: string }).value;
        // The HTML parser's own normalisation: CR and CRLF become LF, NUL becomes U+FFFD.
        expect(text).toBe(`Edit the strategy site - ${name}`.replace(/\r\n?/g, '\n').replace(/\u0000/g, '\ufffd'));
      }),
      runs,
    );
  });
});

describe('page bodies: raw HTML the check accepts renders only allowed elements and attributes', () => {
  /** What Markdown itself makes, besides the raw HTML allow-list. */
  const markdownTags = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'img', 'em', 'strong', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'hr', 'br', 'del', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'input', 'sup', 'section', 'div', 'span']); // prettier-ignore
  const markdownAttributes = new Set(['href', 'src', 'alt', 'title', 'className', 'id', 'align', 'type', 'checked', 'disabled', 'start', 'dataFootnoteRef', 'dataFootnotes', 'dataFootnoteBackref', 'ariaDescribedBy', 'ariaLabel', 'ariaHidden']); // prettier-ignore
  const allowedTags = new Set([...(htmlSchema.tagNames ?? []), ...markdownTags, 'html', 'head', 'body']);
  const allowedAttributes = new Set([
    ...Object.values(htmlSchema.attributes ?? {})
      .flat()
      .map(String),
    ...markdownAttributes,
  ]);
  const pieces = [
    '<p title="', "<p title='", '"', "'", '>', '<!--', '-->', '\n\n', '\n', 'text ', '<details>', '</details>', '<b>', '</b>',
    '<a href="https://example.nhs.uk/">', '</a>', '<meta http-equiv=refresh content=0>', '"><meta http-equiv=refresh content=0>',
    `<p title='"><meta http-equiv=refresh>'>x</p>`, '<textarea>', '<table>', '<td>', '<img src=x onerror=1>', ' onmouseover=x ',
    '`', '```\n', '[a](', ')', '<', '</', '<p ', '=',
  ]; // prettier-ignore
  const body = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 14 }).map((parts) => parts.join(''));

  it('never a refused element or attribute in what the browser parses', () => {
    let accepted = 0;
    fc.assert(
      fc.property(body, (markdown) => {
        const tree = markdownToMdast(markdown, { features: { gfm: true, smartPunctuation: true, frontmatter: false } }) as MdastRoot;
        if (findUnsafeContent(tree, 'markdown').length > 0) return;
        accepted++;
        for (const element of elementsOf(fromHtml(markdownToHtml(markdown).html))) {
          expect(allowedTags, markdown).toContain(element.tagName);
          for (const name of Object.keys(element.properties)) expect(allowedAttributes, `${name} in ${markdown}`).toContain(name);
        }
      }),
      { numRuns: 2000, seed: 18 },
    );
    // The property means something only if plenty of bodies are accepted.
    expect(accepted).toBeGreaterThan(200);
  });
});
