/**
 * The data file's shape as a JSON Schema (draft 2020-12), generated from the zod schema so the two
 * cannot disagree. Editors' editors read it through the data file's `"$schema"` line: hover help
 * from each field's description, and mistakes underlined as they type. It describes the file as
 * editors write it (`io: 'input'`): fields that have a default may be left out.
 */
import { z } from 'zod';
import { Dataset } from './schema.ts';

/** Where the committed copy lives, next to the data file whose `"$schema"` points at it. */
export const JSON_SCHEMA_FILE = 'content/data/prison-attacks.schema.json';

export type JsonSchema = Record<string, unknown>;

/** The JSON Schema of the data file, with a note at the top saying where it comes from. */
export function datasetJsonSchema(): JsonSchema {
  const { $schema, ...rest } = z.toJSONSchema(Dataset, {
    io: 'input',
    target: 'draft-2020-12',
    override: lenientLinks,
  }) as JsonSchema;
  return {
    $schema,
    $comment: 'Generated from src/data/schema.ts by `npm run schema`. Do not edit by hand.',
    ...rest,
  };
}

/**
 * JSON Schema's "uri" format is RFC 3986, stricter than the WHATWG URL parser the build uses: real
 * sources have accented paths ("…/Centre_pénitentiaire…"), which would be underlined for nothing.
 * The links keep their `^https://` pattern, and the build checks the rest.
 */
function lenientLinks({ jsonSchema }: { jsonSchema: JsonSchema }): void {
  if (jsonSchema.format === 'uri') delete jsonSchema.format;
}

/** The schema as the committed file holds it: pretty-printed with two spaces, ending with a newline. */
export function datasetJsonSchemaText(): string {
  return `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`;
}
