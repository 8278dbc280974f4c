/**
 * The browser editor's configuration for one trust, generated from the schemas: Decap CMS
 * sees only `content/<slug>/`, with trust.yaml as a file collection, one folder collection
 * per page type (filtered by `type`), and the easy read twins as their own collection.
 *
 * Where files go follows the build's path rules: a front-matter file is written
 * `files/<name>` (src/schemas/fields.ts `trustFile`), and a picture in an easy read page is
 * written `../files/pictures/<name>` from the page's own file (src/markdown/picture-paths.ts).
 *
 * The backend (GitHub in production, the local proxy on a laptop) is added by `withBackend`,
 * so the committed copy in editor/ is the same whichever backend a trust uses.
 */
import { easyReadSchema } from '../schemas/easy-read.ts';
import { toJsonSchema } from '../schemas/json-schema.ts';
import { typeName } from '../page-types/define.ts';
import { pageSchemas, pageTypeDefinitions } from '../page-types/registry.ts';
import { trustSchema } from '../schemas/trust.ts';
import { formats } from './file-formats.ts';
import { objectFields, type CmsField } from './cms-fields.ts';

export interface CmsCollection {
  name: string;
  label: string;
  label_singular?: string;
  description?: string;
  folder?: string;
  files?: Array<{ name: string; label: string; file: string; fields: CmsField[] }>;
  filter?: { field: string; value: string };
  extension?: string;
  format?: string;
  create?: boolean;
  delete?: boolean;
  slug?: string;
  identifier_field?: string;
  summary?: string;
  hide?: boolean;
  sortable_fields?: string[];
  media_folder?: string;
  public_folder?: string;
  editor?: { preview: boolean };
  fields?: CmsField[];
}

export interface CmsConfig {
  backend?: Record<string, unknown>;
  publish_mode?: string;
  local_backend?: boolean;
  site_url?: string;
  display_url?: string;
  logo_url?: string;
  locale: string;
  load_config_file?: boolean;
  media_folder: string;
  public_folder: string;
  slug: { encoding: string; clean_accents: boolean };
  collections: CmsCollection[];
}

/** The page text under the front matter, with the toolbar its kind of page allows. */
const bodyField = (hint: string, toolbar: (typeof toolbars)[keyof typeof toolbars]): CmsField => ({
  name: 'body',
  label: 'Page text',
  widget: 'markdown',
  required: false,
  hint,
  buttons: [...toolbar.buttons],
  editor_components: [...toolbar.editor_components],
});

/** A page type's fields: `type` first (as the sample pages are written), then the schema's order. */
function pageFields(schema: (typeof pageSchemas)[keyof typeof pageSchemas]): CmsField[] {
  const fields = objectFields(toJsonSchema(schema));
  const type = fields.filter((field) => field.name === 'type');
  return [...type, ...fields.filter((field) => field.name !== 'type')];
}

export interface TrustIdentity {
  slug: string;
  /** The trust's public site address, from trust.yaml, shown as "view live". */
  url?: string | undefined;
  /** The page types the trust's folder uses (src/editor/trust-page-types.ts); the others are hidden. Every type when left out. */
  pageTypes?: readonly string[] | undefined;
}

/** Each page type's collection as a comms officer would name it, from its folder (src/page-types/<type>/page-type.ts). */
export const collectionLabels = Object.fromEntries(
  pageTypeDefinitions.map((definition) => [typeName(definition), { label: definition.labels.editor, singular: definition.labels.editorSingular }]),
) as Record<keyof typeof pageSchemas, { label: string; singular: string }>;

/**
 * The Markdown toolbar each kind of page allows, no more than the check accepts: an easy read
 * page has no italics, strikethrough, code or headings (src/checks/easy-read-lint.ts); no page
 * has raw code blocks or strikethrough.
 */
export const toolbars = {
  standard: { buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'], editor_components: ['image'] },
  easyRead: { buttons: ['bold', 'link', 'bulleted-list', 'numbered-list'], editor_components: ['image'] },
} as const;

/** Everything but the backend: generated from the schemas for one trust folder. */
export function cmsConfig(trust: TrustIdentity): CmsConfig {
  const root = `content/${trust.slug}`;
  const pageTypes = Object.entries(pageSchemas).map(([type, schema]): CmsCollection => {
    const about = toJsonSchema(schema).description;
    const { label, singular } = collectionLabels[type as keyof typeof pageSchemas];
    // The types this trust has are listed; the rest are hidden, and "Other pages" is the plain way to add one.
    const hidden = trust.pageTypes !== undefined && type !== 'page' && !trust.pageTypes.includes(type);
    return {
      name: type,
      label,
      label_singular: singular,
      ...(hidden ? { hide: true } : {}),
      ...(about
        ? {
            description:
              type === 'page'
                ? `Add a page: ${about} For a page of another kind (goals, values, engagement...), copy the template.md of that type from src/page-types/<type>/ into the trust's folder.`
                : about,
          }
        : {}),
      folder: root,
      filter: { field: 'type', value: type },
      extension: 'md',
      format: formats.markdown,
      create: true,
      slug: '{{slug}}',
      identifier_field: 'title',
      summary: '{{title}} ({{filename}}.md)',
      sortable_fields: ['order', 'title'],
      fields: [
        ...pageFields(schema),
        bodyField('Ordinary Markdown. A picture is written as a path from this page, for example files/pictures/talking.svg.', toolbars.standard),
      ],
    };
  });
  return {
    ...(trust.url ? { site_url: trust.url, display_url: trust.url } : {}),
    // The trust's name in its colours on the login screen (written by the editor build).
    logo_url: 'trust-name.svg',
    locale: 'en',
    // Media uploaded from a front-matter field is stored in the trust's files folder and
    // written as "files/<name>", the path the schemas accept.
    media_folder: `${root}/files`,
    public_folder: 'files',
    slug: { encoding: 'ascii', clean_accents: true },
    collections: [
      {
        name: 'settings',
        label: 'Trust settings',
        description: "The trust's name, address, colours, contact details, strategy and accessibility facts.",
        delete: false,
        format: formats.yaml,
        editor: { preview: false },
        files: [{ name: 'trust', label: 'Trust settings (trust.yaml)', file: `${root}/trust.yaml`, fields: objectFields(toJsonSchema(trustSchema)) }],
      },
      ...pageTypes,
      {
        name: 'easy-read',
        label: 'Easy read pages',
        label_singular: 'Easy read page',
        description:
          'The easy read version of each page, with the same file name as its standard page (easy-read/goals.md is the easy read goals.md). Each row is a picture on its own line, then a few short sentences.',
        folder: `${root}/easy-read`,
        extension: 'md',
        format: formats.markdown,
        create: true,
        slug: '{{slug}}',
        identifier_field: 'title',
        // Shows which standard page each twin pairs with: easy-read/goals.md pairs with goals.md.
        summary: '{{title}} (easy read of {{filename}}.md)',
        // Pictures are written as a path from the page's own file, so they also show on the
        // git host: easy-read/goals.md → ../files/pictures/clock.svg.
        media_folder: '../files/pictures',
        public_folder: '../files/pictures',
        fields: [
          ...objectFields(toJsonSchema(easyReadSchema)),
          bodyField(
            'Rows: a picture on its own line, then short sentences (15 words or fewer). Put hard words in bold and explain them.',
            toolbars.easyRead,
          ),
        ],
      },
    ],
  };
}

export type Backend =
  | { kind: 'github'; repo: string; branch: string; authUrl?: string | undefined }
  | { kind: 'local'; proxyUrl: string; branch?: string };

/**
 * The config with its backend. GitHub uses the editorial workflow, so every save is a pull
 * request that CI checks; the local proxy (decap-server, on a laptop) writes files directly.
 */
export function withBackend(config: CmsConfig, backend: Backend): CmsConfig {
  if (backend.kind === 'local') {
    // Saving on this computer publishes nothing: no link to the live site.
    const { site_url: _site, display_url: _display, ...local } = config;
    return { backend: { name: 'proxy', proxy_url: backend.proxyUrl, branch: backend.branch ?? 'main' }, publish_mode: 'simple', ...local };
  }
  return {
    backend: {
      name: 'github',
      repo: backend.repo,
      branch: backend.branch,
      ...(backend.authUrl ? { base_url: backend.authUrl } : {}),
      squash_merges: true,
      commit_messages: {
        create: 'Add {{collection}} "{{slug}}" (browser editor)',
        update: 'Update {{collection}} "{{slug}}" (browser editor)',
        delete: 'Delete {{collection}} "{{slug}}" (browser editor)',
        uploadMedia: 'Add file "{{path}}" (browser editor)',
        deleteMedia: 'Delete file "{{path}}" (browser editor)',
      },
    },
    publish_mode: 'editorial_workflow',
    ...config,
  };
}
