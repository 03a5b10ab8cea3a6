import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeStep, readTrace } from '../../../src/components/scorm-debugger/trace-reader.js';

const valid = { format: 'scorm-trace/1', title: 't', scorm: '2004', sessions: [[{ fn: 'Initialize', args: [''], ret: 'true', err: '0' }, { nav: 'continue' }, { expect: { ended: true } }]] };

test('a scorm-trace/1 document is read with its steps', () => {
  const result = readTrace(JSON.stringify(valid));
  assert.ok(result.ok);
  assert.equal(result.trace.sessions[0]?.length, 3);
});

test('a file that is not JSON or not a trace is refused with the path at fault', () => {
  assert.match((readTrace('{') as { error: string }).error, /^not JSON/);
  assert.deepEqual(readTrace(JSON.stringify({ ...valid, format: 'x' })), { ok: false, error: 'format: expected "scorm-trace/1"' });
  assert.deepEqual(readTrace(JSON.stringify({ ...valid, sessions: [[{ fn: 'Initialize' }]] })), {
    ok: false,
    error: 'sessions[0][0]: expected a step: an object with "fn", "nav" or "expect"',
  });
});

test('steps are described in one line each', () => {
  assert.equal(describeStep({ fn: 'SetValue', args: ['cmi.exit', 'suspend'], ret: 'true', err: '0' }), 'SetValue("cmi.exit", "suspend") → "true" [0]');
  assert.equal(describeStep({ nav: '{target=b}choice' }), 'navigation request: {target=b}choice');
});
