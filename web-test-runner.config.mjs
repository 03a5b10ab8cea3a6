import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromiumArgs, chromiumExecutablePath } from './scripts/browser.mjs';

const executablePath = chromiumExecutablePath();

export default {
  // Served from the project's parent folder so that tests reach ../shared/corpus (the Golf
  // samples) beside the project; they find it relative to their own URL and skip when absent.
  rootDir: '..',
  files: ['dist/test/browser/**/*.test.js'],
  nodeResolve: true,
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { ...(executablePath ? { executablePath } : {}), headless: true, args: chromiumArgs },
    }),
  ],
};
