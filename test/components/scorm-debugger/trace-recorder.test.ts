import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TraceRecorder, navigationStep } from '../../../src/components/scorm-debugger/trace-recorder.js';
import { createRuntime, memoryAdapter, type RuntimeEvent } from '../../../src/runtime/index.js';
import { parseTrace } from '../../../src/harness/trace-schema.js';
import { replayTrace } from '../../../src/harness/replay.js';

type Api = Record<string, (...args: string[]) => string>;

/** Runs each session's script against one run-time (one page), recording every event. */
async function record(scorm: '1.2' | '2004', sessions: ((api: Api) => void)[], learner = { id: 'u-7', name: 'Doe, Jane' }) {
  const recorder = new TraceRecorder('single-sco');
  const runtime = createRuntime({ scorm, adapter: memoryAdapter(), learner });
  runtime.on((event) => recorder.record(event));
  for (const script of sessions) {
    recorder.delivered('sco');
    const session = await runtime.launch({ activityId: 'sco' });
    script(session.api as unknown as Api);
    await session.unload();
  }
  await runtime.flush();
  return recorder.toTrace('recorded', scorm, { launch: { learner } });
}

async function replayAll(trace: unknown) {
  const parsed = parseTrace(JSON.parse(JSON.stringify(trace)));
  assert.ok(parsed.ok, parsed.ok ? '' : parsed.errors.join('\n'));
  const outcome = await replayTrace(parsed.trace);
  assert.equal(outcome.kind, 'replayed');
  if (outcome.kind !== 'replayed') return [];
  assert.equal(outcome.error, undefined);
  return outcome.steps;
}

test('a recorded SCORM 2004 suspend and resume replays with every step passing', async () => {
  const { trace, warnings } = await record('2004', [
    (api) => {
      api.Initialize!('');
      api.GetValue!('cmi.learner_name');
      api.SetValue!('cmi.score.scaled', '0.85');
      api.SetValue!('cmi.score.scaled', '1.5');
      api.GetLastError!();
      api.GetErrorString!('407');
      api.GetDiagnostic!('');
      api.SetValue!('cmi.location', 'page-3');
      api.SetValue!('cmi.exit', 'suspend');
      api.SetValue!('cmi.session_time', 'PT1M');
      api.Terminate!('');
    },
    (api) => {
      api.Initialize!('');
      api.GetValue!('cmi.entry');
      api.GetValue!('cmi.location');
      api.GetValue!('cmi.total_time');
      api.Terminate!('');
    },
  ]);
  assert.deepEqual(warnings, []);
  assert.equal(trace.sessions.length, 2);
  const steps = await replayAll(trace);
  assert.equal(steps.length, 16);
  assert.deepEqual(steps.filter((step) => !step.passed), []);
});

test('a recorded SCORM 1.2 session with errors replays with every step passing', async () => {
  const { trace } = await record('1.2', [
    (api) => {
      api.LMSGetValue!('cmi.core.student_id');
      api.LMSInitialize!('');
      api.LMSGetValue!('cmi.core.student_name');
      api.LMSSetValue!('cmi.core.lesson_status', 'done');
      api.LMSSetValue!('cmi.core.lesson_status', 'completed');
      api.LMSCommit!('');
      api.LMSFinish!('');
      api.LMSGetValue!('cmi.core.lesson_status');
    },
  ]);
  assert.equal(trace.sessions.length, 1);
  const steps = await replayAll(trace);
  assert.equal(steps.length, 8);
  assert.deepEqual(steps.filter((step) => !step.passed), []);
});

test('a call step holds the function, arguments, answer and error code; GetLastError has no err', () => {
  const recorder = new TraceRecorder('single-sco');
  const call = (fn: string, args: string[], ret: string, err: string, t: number): RuntimeEvent => ({ type: 'call', activityId: 'sco', fn, args, ret, err, t });
  recorder.record({ type: 'session-start', activityId: 'sco', entry: 'ab-initio', t: 1000 });
  recorder.record(call('Initialize', [''], 'true', '0', 1000));
  recorder.record(call('SetValue', ['cmi.score.scaled', '2'], 'false', '407', 1250));
  recorder.record(call('GetLastError', [], '407', '407', 1300));
  assert.deepEqual(recorder.toTrace('t', '2004').trace.sessions, [[
    { fn: 'Initialize', args: [''], ret: 'true', err: '0', t: 0 },
    { fn: 'SetValue', args: ['cmi.score.scaled', '2'], ret: 'false', err: '407', t: 250 },
    { fn: 'GetLastError', args: [], ret: '407', t: 300 },
  ]]);
});

test('calls after Terminate stay in their session; a session start after the end opens the next', () => {
  const recorder = new TraceRecorder('single-sco');
  const call = (fn: string, t: number): RuntimeEvent => ({ type: 'call', activityId: 'sco', fn, args: [''], ret: 'x', err: '0', t });
  recorder.record({ type: 'session-start', activityId: 'sco', entry: 'ab-initio', t: 0 });
  recorder.record(call('Initialize', 0));
  recorder.record(call('Terminate', 5));
  recorder.record({ type: 'session-end', activityId: 'sco', outcome: {} as never, terminated: true, t: 5 });
  recorder.record(call('GetValue', 6));
  recorder.record({ type: 'session-start', activityId: 'sco', entry: 'resume', t: 10 });
  recorder.record(call('Initialize', 10));
  const sessions = recorder.toTrace('t', '2004').trace.sessions;
  assert.deepEqual(sessions.map((steps) => steps.map((step) => ('fn' in step ? step.fn : ''))), [['Initialize', 'Terminate', 'GetValue'], ['Initialize']]);
});

test('a delivery opens a new session in single-SCO mode, so calls before Initialize go with their launch', () => {
  const recorder = new TraceRecorder('single-sco');
  const call = (fn: string): RuntimeEvent => ({ type: 'call', activityId: 'sco', fn, args: [''], ret: 'x', err: '0', t: 0 });
  recorder.record(call('Initialize'));
  recorder.delivered('sco');
  recorder.record(call('GetValue'));
  recorder.record(call('Initialize'));
  assert.equal(recorder.toTrace('t', '2004').trace.sessions.length, 2);
});

test('calls from several activities without a package are warned about', () => {
  const recorder = new TraceRecorder('single-sco');
  recorder.record({ type: 'call', activityId: 'a', fn: 'Initialize', args: [''], ret: 'true', err: '0', t: 0 });
  recorder.delivered('b');
  recorder.record({ type: 'call', activityId: 'b', fn: 'Initialize', args: [''], ret: 'true', err: '0', t: 0 });
  assert.equal(recorder.toTrace('t', '2004').warnings.length, 1);
});

test('a recording that starts mid-session is warned about', () => {
  const recorder = new TraceRecorder('single-sco');
  recorder.record({ type: 'call', activityId: 'a', fn: 'GetValue', args: ['cmi.location'], ret: '', err: '0', t: 0 });
  assert.match(recorder.toTrace('t', '2004').warnings[0] ?? '', /Initialize/);
});

test('package mode records the learner\'s requests as nav steps and deliveries as expect steps', () => {
  const recorder = new TraceRecorder('package');
  recorder.navigated({ type: 'start' }, false);
  recorder.delivered('a');
  recorder.record({ type: 'call', activityId: 'a', fn: 'Initialize', args: [''], ret: 'true', err: '0', t: 0 });
  recorder.navigated({ type: 'choice', target: 'b' }, false);
  recorder.delivered('b');
  recorder.navigated({ type: 'exitAll' }, true);
  const { trace } = recorder.toTrace('t', '2004', { packageUrl: 'course/imsmanifest.xml' });
  assert.equal(trace.package, 'course/imsmanifest.xml');
  assert.deepEqual(trace.sessions, [[
    { nav: 'start' },
    { expect: { delivered: 'a' } },
    { fn: 'Initialize', args: [''], ret: 'true', err: '0', t: 0 },
    { nav: '{target=b}choice' },
    { expect: { delivered: 'b' } },
    { nav: 'exitAll' },
    { expect: { ended: true } },
  ]]);
  assert.ok(parseTrace(JSON.parse(JSON.stringify(trace))).ok);
});

test('navigation steps are written as the contract spells them', () => {
  assert.equal(navigationStep({ type: 'jump', target: 'x' }), '{target=x}jump');
  assert.equal(navigationStep({ type: 'suspendAll' }), 'suspendAll');
});
