// `npm run size`: bundles public entries for the browser as an application's bundler would
// (minified, every dependency included), gzips them, and fails when one grows past its budget.
// A budget for code that comes on top of another entry ("adds") is measured as the growth of
// one bundle holding both, so shared dependencies are not counted twice.
import { build } from 'vite';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

const budgets = [
  {
    name: 'run-time (1.2 + 2004 APIs, data models, attempt state)',
    entries: ['src/runtime/index.ts'],
    budgetKiB: 25,
  },
  {
    name: 'package code the player page adds (XML reader, manifest, sequencing definitions, validation)',
    entries: ['src/runtime/package/index.ts'],
    on: ['src/runtime/index.ts'],
    budgetKiB: 15,
  },
  {
    name: 'SCORM 2004 sequencer (every SN process, look-ahead, tracking state)',
    entries: ['src/runtime/sequencing/index.ts'],
    on: ['src/runtime/index.ts', 'src/runtime/package/index.ts'],
    budgetKiB: 30,
  },
  {
    name: 'whole player (three elements, run-time, sequencer, 1.2 navigation, package code, Lit)',
    entries: ['src/components/index.ts'],
    budgetKiB: 80,
  },
  {
    name: 'service worker file (zip reader, fflate, serving), loaded by the worker, not the page',
    entries: ['src/service-worker/scorm-player-sw.ts'],
  },
];

/** The gzipped and minified size of one bundle made of `entries` (re-exported, so nothing is dropped). */
async function bundleSize(entries) {
  const virtualEntry = '\0size-entry';
  const result = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    plugins: [{
      name: 'size-entry',
      resolveId: (id) => (id === virtualEntry ? id : undefined),
      load: (id) => (id === virtualEntry ? entries.map((entry) => `export * from ${JSON.stringify(`/${entry}`)};`).join('\n') : undefined),
    }],
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      modulePreload: false,
      rolldownOptions: { input: virtualEntry, preserveEntrySignatures: 'exports-only', output: { format: 'es' } },
    },
  });
  const code = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output).filter((o) => o.type === 'chunk').map((o) => o.code).join('\n');
  return { minified: Buffer.byteLength(code), gzipped: gzipSync(code, { level: 9 }).length };
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
let overBudget = false;

for (const { name, entries, on, budgetKiB } of budgets) {
  const size = await bundleSize([...(on ?? []), ...entries]);
  const base = on === undefined ? { minified: 0, gzipped: 0 } : await bundleSize(on);
  const gzipped = size.gzipped - base.gzipped;
  const minified = size.minified - base.minified;
  const ok = budgetKiB === undefined || gzipped <= budgetKiB * 1024;
  overBudget ||= !ok;
  const verdict = budgetKiB === undefined ? 'info' : ok ? 'ok  ' : 'OVER';
  const budget = budgetKiB === undefined ? '' : ` (budget ${budgetKiB} KiB)`;
  console.log(`${verdict} ${name}: ${on === undefined ? '' : '+'}${kib(minified)} minified, ${on === undefined ? '' : '+'}${kib(gzipped)} gzipped${budget}`);
}

process.exit(overBudget ? 1 : 0);
