/**
 * Decap CMS fields from the schemas: one widget per schema field, chosen from the field's
 * JSON Schema (src/schemas/json-schema.ts), with required/optional, the description as the
 * hint, defaults, and the patterns the check would refuse. A field no widget fits is an
 * error naming it, so a new kind of field cannot reach editors as a blank.
 */
import { withoutNull, type JsonSchema } from '../schemas/json-schema.ts';

/** A Decap CMS field, as written in its config.yml. */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  pattern?: [string, string];
  options?: string[];
  multiple?: boolean;
  fields?: CmsField[];
  field?: CmsField;
  min?: number;
  max?: number;
  value_type?: 'int' | 'float';
  collapsed?: boolean;
  summary?: string;
  date_format?: string;
  time_format?: boolean;
  format?: string;
  picker_utc?: boolean;
  choose_url?: boolean;
  media_library?: { config: { multiple: boolean } };
  buttons?: string[];
  editor_components?: string[];
}

export class NoWidgetError extends Error {}

/** More fields than this in one object and it starts folded in the editor. */
const FOLDED_FROM = 30;

/**
 * Fields that hold a sentence or more: a text area rather than a one-line box. The schemas
 * say "text" for both, so the editor keeps this short list by field name.
 */
const longTextNames = new Set(['description', 'statement', 'meaning', 'answer', 'explanation', 'contribution', 'plan', 'issue']);

/** A file inside the trust's files folder (src/schemas/fields.ts `trustFile`). */
const isTrustFilePattern = (pattern: string | undefined) => pattern?.startsWith('^files\\/') ?? false;
const isPictureName = (name: string) => /logo|picture|image/i.test(name);

/** "outcomesHeading" → "Outcomes heading", "contact" → "Contact". */
export function labelFor(name: string): string {
  const words = name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[-_]/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const SAFE_LIMIT = 1e15;

/** The widget for one field. `path` names the field in errors ("goals.outcomes"). */
export function cmsField(name: string, property: JsonSchema, required: boolean, path: string): CmsField {
  const shape = withoutNull(property);
  const field: CmsField = { name, label: labelFor(name), widget: 'string', required };
  const hint = property.description ?? shape.description;
  if (hint) field.hint = hint;
  const fallback = property.default ?? shape.default;
  // An empty list or object as the default is "nothing yet": Decap needs no default for that.
  const isEmptyDefault =
    (Array.isArray(fallback) && fallback.length === 0) ||
    (typeof fallback === 'object' && fallback !== null && Object.keys(fallback).length === 0);
  if (fallback !== undefined && !isEmptyDefault) field.default = fallback;
  if (fallback !== undefined) field.required = false;
  const widget = { ...field, ...widgetFor(name, shape, path) };
  // An optional group is filled in or not at all: its fields are asked for only when the
  // writer fills it in (the check then says what is missing). A default inside it would make
  // an unopened group look filled in, and demand the rest.
  if (!required && widget.widget === 'object' && widget.fields) widget.fields = widget.fields.map(optionalInside);
  return widget;
}

/** A field inside an optional group: never required, no default, and the same for its own groups. */
function optionalInside(field: CmsField): CmsField {
  const { default: _default, ...rest } = field;
  const inner: CmsField = { ...rest, required: false };
  if (inner.widget === 'hidden') return field;
  if (inner.widget === 'object' && inner.fields) inner.fields = inner.fields.map(optionalInside);
  return inner;
}

/** The field a collapsed list item is summarised by: its name or title, as a writer knows it. */
const SUMMARY_FIELDS = ['title', 'name', 'question', 'youSaid', 'what', 'issue', 'label', 'statement', 'description'];

function widgetFor(name: string, shape: JsonSchema, path: string): Partial<CmsField> {
  const options = shape.anyOf ?? shape.oneOf;
  if (options) {
    // "A date or words", "a number or words" and other unions of plain values: one text box,
    // whose value the check then reads as the schema says.
    const plain = (option: JsonSchema) =>
      ['string', 'number', 'integer'].includes(String(option.type)) || option.const !== undefined || option.enum !== undefined;
    if (options.every(plain)) {
      return { widget: longTextNames.has(name) ? 'text' : 'string' };
    }
    throw new NoWidgetError(`${path}: no editor widget for a union of ${options.map((option) => option.type ?? '?').join(' or ')}.`);
  }
  if (shape.const !== undefined) return { widget: 'hidden', default: shape.const };
  if (shape.enum) return { widget: 'select', options: shape.enum.map(String) };
  switch (shape.type) {
    case 'string':
      if (shape.format === 'date') {
        return { widget: 'datetime', date_format: 'YYYY-MM-DD', time_format: false, format: 'YYYY-MM-DD', picker_utc: true };
      }
      if (isTrustFilePattern(shape.pattern)) {
        // Chosen from the media library, which is the trust's files folder, and never a web
        // address: the value is always "files/<name>". (Decap tests a pattern on these
        // widgets against something other than the stored path, so none is set.)
        return { widget: isPictureName(path) ? 'image' : 'file', choose_url: false, media_library: { config: { multiple: false } } };
      }
      if (shape.format === 'email') {
        return { pattern: ['^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$', 'Write an email address, for example strategy@example.nhs.uk.'] };
      }
      if (shape.format === 'uri') {
        return { pattern: ['^https://\\S+$', 'Write a full web address starting with https://.'] };
      }
      return {
        widget: longTextNames.has(name) ? 'text' : 'string',
        ...(shape.pattern ? { pattern: [shape.pattern, 'This is not written the way this field needs: see the hint below it.'] as [string, string] } : {}),
      };
    case 'integer':
    case 'number':
      return {
        widget: 'number',
        value_type: shape.type === 'integer' ? 'int' : 'float',
        ...(shape.minimum !== undefined && Math.abs(shape.minimum) < SAFE_LIMIT ? { min: shape.minimum } : {}),
        ...(shape.maximum !== undefined && Math.abs(shape.maximum) < SAFE_LIMIT ? { max: shape.maximum } : {}),
      };
    case 'boolean':
      return { widget: 'boolean' };
    case 'array': {
      const items = withoutNull(shape.items ?? {});
      const min = shape.minItems ? { min: shape.minItems } : {};
      if (items.enum) return { widget: 'select', multiple: true, options: items.enum.map(String), ...min };
      if (items.type === 'object' && items.properties) {
        const fields = objectFields(items, `${path}[]`);
        const summary = SUMMARY_FIELDS.find((candidate) => fields.some((field) => field.name === candidate)) ?? fields[0]!.name;
        return { widget: 'list', collapsed: false, summary: `{{fields.${summary}}}`, fields, ...min };
      }
      return { widget: 'list', field: { ...cmsField('item', items, true, `${path}[]`), label: labelFor(name) }, ...min };
    }
    case 'object': {
      const fields = objectFields(shape, path);
      // A long set of optional fields (the trust's own wording) starts folded, so the settings around it stay in view.
      return { widget: 'object', collapsed: fields.length > FOLDED_FROM, fields };
    }
    default:
      throw new NoWidgetError(`${path}: no editor widget for a field of type ${JSON.stringify(shape.type ?? 'unknown')}.`);
  }
}

/**
 * The fields of an object, in the schema's order. A record with named keys (such as the
 * easy read rules) becomes one optional field per key.
 */
export function objectFields(shape: JsonSchema, path = ''): CmsField[] {
  const join = (name: string) => (path ? `${path}.${name}` : name);
  if (shape.properties) {
    return Object.entries(shape.properties).map(([name, property]) =>
      cmsField(name, property, shape.required?.includes(name) ?? false, join(name)),
    );
  }
  const keys = shape.propertyNames?.enum;
  if (keys && typeof shape.additionalProperties === 'object') {
    const value = shape.additionalProperties;
    return keys.map((key) => cmsField(String(key), value, false, join(String(key))));
  }
  throw new NoWidgetError(`${path || 'the schema'}: no editor widget for an object with no named fields.`);
}
