import { defineConfig } from 'vite';

// `vite build --config vite.sw.config.ts` bundles the service worker that serves zipped packages
// (src/service-worker) into one self-contained, minified file, dist/scorm-player-sw.js, which
// users copy next to their page (docs/serving-zips.md). It imports and exports nothing, so it
// runs as a classic or a module worker alike.
//
// Not a library build: Vite leaves library builds in the ES format unminified.
export default defineConfig({
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: 'dist',
    // dist also holds the TypeScript build.
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    modulePreload: false,
    rolldownOptions: {
      input: 'src/service-worker/scorm-player-sw.ts',
      output: { format: 'es', entryFileNames: 'scorm-player-sw.js' },
    },
  },
});
