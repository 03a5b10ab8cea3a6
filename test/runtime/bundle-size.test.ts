// Issue 2: the run-time alone (1.2 + 2004, no sequencing, no UI) is at most 25 KB minified and
// gzipped. `npm run size` measures it as a user's bundler would; it must stay within budget.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import process from 'node:process';
import { runCommand } from '../harness/run-command.js';

test('the run-time bundle stays within its 25 KiB budget (npm run size)', async () => {
  const run = await runCommand(process.execPath, ['scripts/bundle-size.mjs']);
  assert.equal(run.code, 0, run.stdout + run.stderr);
  assert.match(run.stdout, /^ok +run-time/m);
});

// Issue 4: the sequencer adds at most 30 KB minified and gzipped on top of the run-time and package code.
test('the sequencer adds at most 30 KiB to the browser bundle (npm run size)', async () => {
  const run = await runCommand(process.execPath, ['scripts/bundle-size.mjs']);
  assert.match(run.stdout, /^ok +SCORM 2004 sequencer/m, run.stdout + run.stderr);
});
