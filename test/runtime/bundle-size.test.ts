// `npm run size` measures each browser entry as a user's bundler would (minified, gzipped) and
// fails when one passes its budget. Issue 2: the run-time alone (1.2 + 2004, no sequencing, no UI)
// at most 25 KB. Issue 4: the sequencer adds at most 30 KB on top of the run-time and package code.
// Issue 5: the whole player, Lit included, at most 80 KB.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import process from 'node:process';
import { runCommand } from '../harness/run-command.js';

let run: Awaited<ReturnType<typeof runCommand>>;
before(async () => {
  run = await runCommand(process.execPath, ['scripts/bundle-size.mjs']);
});

test('every budgeted bundle stays within its budget (npm run size exits 0)', () => {
  assert.equal(run.code, 0, run.stdout + run.stderr);
});

test('the run-time bundle stays within its 25 KiB budget', () => {
  assert.match(run.stdout, /^ok +run-time/m, run.stdout + run.stderr);
});

test('the sequencer adds at most 30 KiB to the browser bundle', () => {
  assert.match(run.stdout, /^ok +SCORM 2004 sequencer/m, run.stdout + run.stderr);
});

test('the whole player stays within its 80 KiB budget', () => {
  assert.match(run.stdout, /^ok +whole player/m, run.stdout + run.stderr);
});
