// `npm run schemas`: writes the JSON Schema form of the zod schemas the run-time checks saved
// attempts with. The zod schemas are the source; the run-time ships only the generated JSON
// Schema and a small checker (src/runtime/json-schema). test/runtime/json-schemas.test.ts fails
// when a generated file is out of date.
import { writeFile } from 'node:fs/promises';
import { jsonSchemaTargets, renderJsonSchemaModule } from '../dist/scripts/json-schema-targets.js';

for (const target of jsonSchemaTargets) {
  await writeFile(new URL(`../${target.file}`, import.meta.url), renderJsonSchemaModule(target));
  console.log(`wrote ${target.file}`);
}
