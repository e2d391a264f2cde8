/**
 * Writes schema/structure.schema.json from the zod structure schema, so
 * editors can validate and complete a company's structure file.
 * `--check` exits 1 when the committed file differs from the generated one.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { buildStructureJsonSchema } from '../src/structure/json-schema.ts';

const target = new URL('../schema/structure.schema.json', import.meta.url);
const text = `${JSON.stringify(buildStructureJsonSchema(), null, 2)}\n`;

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // A missing file is reported below like a stale one.
  }
  if (current !== text) {
    console.error(
      'schema/structure.schema.json is out of date: run `npm run schema` and commit it.',
    );
    process.exit(1);
  }
  console.log('schema/structure.schema.json is up to date.');
} else {
  writeFileSync(target, text);
  console.log(`Wrote ${target.pathname}`);
}
