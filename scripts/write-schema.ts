/**
 * `npm run schema`: writes content/data/prison-attacks.schema.json from the zod schema in
 * src/data/schema.ts. Run it after changing the schema; tests/unit/json-schema.test.ts fails
 * until the committed file matches.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { JSON_SCHEMA_FILE, datasetJsonSchemaText } from '../src/data/jsonSchema.ts';

const text = datasetJsonSchemaText();
let before = '';
try {
  before = readFileSync(JSON_SCHEMA_FILE, 'utf8');
} catch {
  // first run: no file yet
}
writeFileSync(JSON_SCHEMA_FILE, text);
console.log(
  `${before === text ? '✓ unchanged' : '✓ wrote'} ${JSON_SCHEMA_FILE} (${text.length.toLocaleString('en')} bytes)`,
);
