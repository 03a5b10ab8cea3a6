import { defineConfig } from 'vite';

// `npm start` serves the demo: the run-time in a page, talking to a sample SCO in an iframe.
export default defineConfig({
  root: 'demo',
  server: { host: '127.0.0.1', port: 5173, fs: { allow: ['..'] } },
  build: { outDir: '../dist/demo', emptyOutDir: true },
});
