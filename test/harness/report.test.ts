import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { StepResult } from '../../src/harness/replay.js';
import { exitStatus, formatJson, formatText, type TraceReport } from '../../src/harness/report.js';

const passedStep: StepResult = {
  session: 0, index: 0, fn: 'Initialize', args: [''], passed: true,
  expected: { ret: 'true', err: '0', match: 'exact' }, actual: { ret: 'true', err: '0' },
};
const failedStep: StepResult = {
  session: 1, index: 4, fn: 'GetValue', args: ['cmi.score.scaled'], passed: false,
  expected: { ret: '0.85', err: '0', match: 'number' }, actual: { ret: '', err: '403' },
};

const passed: TraceReport = { title: 'good', file: 'a.json', outcome: { kind: 'replayed', steps: [passedStep] } };
const failed: TraceReport = {
  title: 'bad', file: 'b.json', outcome: { kind: 'replayed', steps: [passedStep, failedStep] },
};
const skipped: TraceReport = {
  title: 'later', file: 'c.json', outcome: { kind: 'skipped', reason: 'needs the sequencer (issue 4)' },
};
const invalid: TraceReport = {
  title: '', file: 'd.json', outcome: { kind: 'invalid', errors: ['sessions[0][0].fn: expected one of …'] },
};

test('the exit status is 0 when every trace passed or was skipped', () => {
  assert.equal(exitStatus([passed, skipped]), 0);
});

test('the exit status is 1 when a trace failed or was invalid', () => {
  assert.equal(exitStatus([passed, failed]), 1);
  assert.equal(exitStatus([invalid]), 1);
});

test('a replay the run-time broke off fails even with no failed step', () => {
  const broken: TraceReport = {
    title: 'x', file: 'e.json', outcome: { kind: 'replayed', steps: [], error: 'boom' },
  };
  assert.equal(exitStatus([broken]), 1);
  assert.match(formatText([broken]), /^FAIL e\.json: x\n {2}boom\n/);
});

test('the text report has a line per trace, the failed steps and a count', () => {
  assert.equal(formatText([passed, failed, skipped, invalid]), [
    'PASS a.json: good',
    'FAIL b.json: bad',
    '  sessions[1][4] GetValue("cmi.score.scaled"): expected "0.85" (number) err 0, got "" err 403',
    'SKIP c.json: later (needs the sequencer (issue 4))',
    'FAIL d.json',
    '  sessions[0][0].fn: expected one of …',
    '4 traces: 1 passed, 2 failed, 1 skipped',
    '',
  ].join('\n'));
});

test('the JSON report has one object per trace with its failed steps', () => {
  assert.deepEqual(JSON.parse(formatJson([passed, failed, skipped, invalid])), [
    { title: 'good', file: 'a.json', passed: true, failed: [] },
    {
      title: 'bad',
      file: 'b.json',
      passed: false,
      failed: [{
        session: 1,
        index: 4,
        fn: 'GetValue',
        args: ['cmi.score.scaled'],
        expected: { ret: '0.85', err: '0', match: 'number' },
        actual: { ret: '', err: '403' },
      }],
    },
    { title: 'later', file: 'c.json', passed: false, skipped: 'needs the sequencer (issue 4)', failed: [] },
    { title: '', file: 'd.json', passed: false, failed: [], errors: ['sessions[0][0].fn: expected one of …'] },
  ]);
});
