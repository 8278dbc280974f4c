/**
 * The schemas as JSON Schema, for the tools that describe them to people: the editor's
 * guide (scripts/editors-guide.ts) and the browser editor's configuration
 * (src/editor/cms-fields.ts). Both walk this one shape rather than zod's internals, so a
 * new page type, an optional field, a union or a default reaches both the same way.
 */
import { z } from 'astro/zod';

export interface JsonSchema {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  format?: string;
  pattern?: string;
  minItems?: number;
  minimum?: number;
  maximum?: number;
  propertyNames?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
}

/**
 * A schema as its input JSON Schema: what an editor writes, before defaults and transforms.
 * zod has no JSON Schema for a date; ours are written as YYYY-MM-DD, so they are described
 * as strings with `format: date` (the guide ignores it; the browser editor shows a date picker).
 */
export const toJsonSchema = (schema: z.ZodType): JsonSchema =>
  z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    override: (context) => {
      if ((context.zodSchema as { _zod: { def: { type: string } } })._zod.def.type === 'date') {
        context.jsonSchema.type = 'string';
        context.jsonSchema.format = 'date';
      }
    },
  }) as JsonSchema;

/** The one shape a field takes when it may be left out or empty: `anyOf` without its `null` option. */
export function withoutNull(schema: JsonSchema): JsonSchema {
  const options = (schema.anyOf ?? schema.oneOf)?.filter((option) => option.type !== 'null');
  if (options?.length !== 1) return schema;
  const description = schema.description ?? options[0]!.description;
  return description === undefined ? options[0]! : { ...options[0]!, description };
}
