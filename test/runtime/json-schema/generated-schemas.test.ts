// The run-time checks saved attempts against JSON Schema generated from the zod schemas; these
// generated modules must be exactly what `npm run schemas` writes today.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { jsonSchemaTargets, renderJsonSchemaModule } from '../../../scripts/json-schema-targets.js';

for (const target of jsonSchemaTargets) {
  test(`${target.file} is up to date with ${target.source} (else run npm run schemas)`, async () => {
    const committed = await readFile(resolve(process.cwd(), target.file), 'utf8');
    assert.equal(committed, renderJsonSchemaModule(target));
  });
}
