// `npm run size`: bundles each public entry for the browser as a user's bundler would (minified,
// every dependency included), gzips it, and fails when one grows past its budget.
import { build } from 'vite';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const budgets = [
  { name: 'run-time (1.2 + 2004 APIs, data models, attempt state)', entry: 'src/runtime/index.ts', budgetKiB: 25 },
];

const root = fileURLToPath(new URL('..', import.meta.url));
let overBudget = false;

for (const { name, entry, budgetKiB } of budgets) {
  const result = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: { entry, formats: ['es'], fileName: 'bundle' },
      rollupOptions: { output: { inlineDynamicImports: true } },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  const code = outputs.filter((o) => o.type === 'chunk').map((o) => o.code).join('\n');
  const minified = Buffer.byteLength(code);
  const gzipped = gzipSync(code, { level: 9 }).length;
  const ok = gzipped <= budgetKiB * 1024;
  overBudget ||= !ok;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${name}: ${(minified / 1024).toFixed(1)} KiB minified, ${(gzipped / 1024).toFixed(1)} KiB gzipped (budget ${budgetKiB} KiB)`);
}

process.exit(overBudget ? 1 : 0);
