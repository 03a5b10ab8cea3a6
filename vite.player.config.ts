import { defineConfig } from 'vite';

// `vite build --config vite.player.config.ts` bundles the three elements with everything they
// use (Lit, the run-time, the sequencer, the package code) into one minified ES module,
// dist/scorm-player.js, for pages without a bundler: `<script type="module" src="…/scorm-player.js">`
// registers <scorm-player>, <scorm-toc> and <scorm-debugger>. Applications with a bundler import
// `scorm-player` instead and share Lit with the rest of the page.
//
// Not a library build: Vite leaves library builds in the ES format unminified.
export default defineConfig({
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: 'dist',
    // dist also holds the TypeScript build and the service worker.
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    modulePreload: false,
    rolldownOptions: {
      input: 'src/components/index.ts',
      preserveEntrySignatures: 'exports-only',
      output: { format: 'es', entryFileNames: 'scorm-player.js' },
    },
  },
});
