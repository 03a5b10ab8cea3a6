// `npm run size`: bundles each public entry for the browser as a user's bundler would (minified,
// every dependency included, code split where the source imports on demand), gzips it, and fails
// when what a page loads up front grows past its budget. Chunks loaded on demand are listed apart,
// with the condition that loads them.
import { build } from 'vite';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const budgets = [
  {
    name: 'run-time (1.2 + 2004 APIs, data models, attempt state)',
    entry: 'src/runtime/index.ts',
    budgetKiB: 25,
  },
];

const root = fileURLToPath(new URL('..', import.meta.url));
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const gzipped = (code) => gzipSync(code, { level: 9 }).length;
let overBudget = false;

for (const { name, entry, budgetKiB } of budgets) {
  const result = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: true, lib: { entry, formats: ['es'], fileName: 'bundle' } },
  });
  const chunks = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output).filter((o) => o.type === 'chunk');
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  // What a page loads up front: the entry and everything it imports statically.
  const upFront = new Set();
  const visit = (chunk) => {
    if (upFront.has(chunk)) return;
    upFront.add(chunk);
    for (const imported of chunk.imports) visit(byName.get(imported));
  };
  for (const chunk of chunks.filter((c) => c.isEntry)) visit(chunk);
  const upFrontCode = [...upFront].map((c) => c.code).join('\n');
  const laterCode = chunks.filter((c) => !upFront.has(c)).map((c) => c.code).join('\n');
  const size = gzipped(upFrontCode);
  const ok = size <= budgetKiB * 1024;
  overBudget ||= !ok;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${name}: ${kib(Buffer.byteLength(upFrontCode))} minified, ${kib(size)} gzipped up front (budget ${budgetKiB} KiB)`);
  if (laterCode.length > 0) {
    console.log(`     + ${kib(gzipped(laterCode))} gzipped in chunks loaded on demand (dynamic import)`);
    console.log(`     = ${kib(gzipped(`${upFrontCode}\n${laterCode}`))} gzipped when everything is loaded`);
  }
}

process.exit(overBudget ? 1 : 0);
