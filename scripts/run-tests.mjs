// `npm test`: compiles, runs the Node test files, then the browser test files in Chromium, and
// ends with one line `N passed, N failed, N skipped` that CI reads.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';

function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      process.stderr.write(chunk);
      output += chunk;
    });
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** The last number the runner printed for `pattern` (progress lines repeat it as it grows). */
function count(output, pattern) {
  const matches = [...output.matchAll(new RegExp(pattern, 'g'))];
  return matches.length > 0 ? Number(matches[matches.length - 1][1]) : 0;
}

const totals = { passed: 0, failed: 0, skipped: 0 };

// A clean build: tsc never removes what it compiled from files since deleted, and a stale test
// would still run.
rmSync('dist', { recursive: true, force: true });
const build = await run('npx', ['tsc', '-p', 'tsconfig.json']);
// The browser tests register the built service worker (dist/scorm-player-sw.js) and load the
// one-file bundle (dist/scorm-player.js) the way a page without a bundler does.
const buildWorker = build.code === 0 ? await run('npx', ['vite', 'build', '--config', 'vite.sw.config.ts', '--logLevel', 'warn']) : build;
const buildBundle = buildWorker.code === 0 ? await run('npx', ['vite', 'build', '--config', 'vite.player.config.ts', '--logLevel', 'warn']) : buildWorker;
if (build.code !== 0 || buildWorker.code !== 0 || buildBundle.code !== 0) {
  console.log('The build failed: no test was run.');
  totals.failed += 1;
} else {
  const nodeTests = ['dist/test/runtime', 'dist/test/harness', 'dist/test/service-worker', 'dist/test/components', 'dist/test/demo'];
  const node = await run(process.execPath, ['--test', '--test-reporter=spec', ...nodeTests]);
  const pass = count(node.output, /ℹ pass (\d+)/);
  const fail = count(node.output, /ℹ fail (\d+)/);
  totals.passed += pass;
  totals.failed += fail + (node.code !== 0 && fail === 0 ? 1 : 0);
  totals.skipped += count(node.output, /ℹ skipped (\d+)/) + count(node.output, /ℹ todo (\d+)/);

  const browser = await run('npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs']);
  const browserPassed = count(browser.output, /(\d+) passed/);
  const browserFailed = count(browser.output, /(\d+) failed/);
  totals.passed += browserPassed;
  totals.failed += browserFailed + (browser.code !== 0 && browserFailed === 0 ? 1 : 0);
  totals.skipped += count(browser.output, /(\d+) skipped/);
}

console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed === 0 ? 0 : 1);
