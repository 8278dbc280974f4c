/**
 * How every YAML in the product is read, in one place: the reader (./source-text.ts) and the
 * browser editor's file format (src/editor/file-formats.ts) parse with exactly these options,
 * so a value means the same wherever it is read. YAML 1.2's core schema: `2026-03-31` and `yes`
 * are text, only `true` and `false` are booleans; a key written twice is an error.
 */
import type { DocumentOptions, ParseOptions, SchemaOptions } from 'yaml';

export const YAML_OPTIONS = {
  version: '1.2',
  schema: 'core',
  strict: true,
  uniqueKeys: true,
  prettyErrors: false,
} as const satisfies DocumentOptions & ParseOptions & SchemaOptions;
