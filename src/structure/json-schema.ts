import * as z from 'zod/mini';
import { structureSchema } from './schema.ts';

/** Address of the published JSON Schema, the `$id` editors resolve. */
export const structureSchemaId = 'https://unpkg.com/crm-view360/schema/structure.schema.json';

/**
 * Builds the JSON Schema (draft 2020-12) of a data structure as a company
 * writes it, defaults optional. Checks that JSON Schema cannot express, such
 * as unique tab ids, stay in `parseStructure`.
 */
export function buildStructureJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(structureSchema, { io: 'input', unrepresentable: 'any' });
  return {
    ...generated,
    $id: structureSchemaId,
    title: 'crm-view360 data structure',
    description:
      'Tabs, sections, fields and list columns of the crm-view360 elements. Validate with parseStructure() for the checks JSON Schema cannot express.',
  };
}
