import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import process from 'node:process';
import { ReplayClock, needsPackage, replayTrace, type ReplayOutcome } from '../../src/harness/replay.js';
import { parseTrace, type Trace } from '../../src/harness/trace-schema.js';

const examples = resolve(process.cwd(), '../shared/contracts/examples');

async function example(name: string): Promise<Trace | undefined> {
  const text = await readFile(join(examples, name), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  return trace(JSON.parse(text));
}

function trace(document: unknown): Trace {
  const parsed = parseTrace(document);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return parsed.trace;
}

function failures(outcome: ReplayOutcome): unknown[] {
  assert.equal(outcome.kind, 'replayed');
  if (outcome.kind !== 'replayed') return [];
  assert.equal(outcome.error, undefined);
  return outcome.steps.filter((s) => !s.passed);
}

test('the single-SCO 2004 example passes', async (t) => {
  const single = await example('single-sco-2004.json');
  if (single === undefined) return t.skip(`${examples} is absent`);
  const outcome = await replayTrace(single);
  assert.deepEqual(failures(outcome), []);
  assert.equal(outcome.kind === 'replayed' ? outcome.steps.length : 0, 11);
});

test('the 1.2 suspend/resume example passes across two launches', async (t) => {
  const resume = await example('suspend-resume-12.json');
  if (resume === undefined) return t.skip(`${examples} is absent`);
  assert.deepEqual(failures(await replayTrace(resume)), []);
});

test('the two-SCO package example passes through the course session and the sequencer', async (t) => {
  const twoScos = await example('two-scos.json');
  if (twoScos === undefined) return t.skip(`${examples} is absent`);
  assert.deepEqual(failures(await replayTrace(twoScos, { traceFile: join(examples, 'two-scos.json') })), []);
});

test('a nav step without a package is skipped', async () => {
  const outcome = await replayTrace(trace({
    format: 'scorm-trace/1', title: 't', scorm: '2004', sessions: [[{ nav: 'start' }]],
  }));
  assert.deepEqual(outcome, { kind: 'skipped', reason: needsPackage });
});

test('a wrong expectation fails with the expected and actual answers', async () => {
  const outcome = await replayTrace(trace({
    format: 'scorm-trace/1',
    title: 't',
    scorm: '2004',
    sessions: [[
      { fn: 'Initialize', args: [''], ret: 'true', err: '0' },
      { fn: 'SetValue', args: ['cmi.score.scaled', '1.5'], ret: 'true', err: '0' },
    ]],
  }));
  assert.deepEqual(failures(outcome), [{
    session: 0,
    index: 1,
    fn: 'SetValue',
    args: ['cmi.score.scaled', '1.5'],
    passed: false,
    expected: { ret: 'true', err: '0', match: 'exact' },
    actual: { ret: 'false', err: '407' },
  }]);
});

test('the error code of GetLastError itself is not checked', async () => {
  const outcome = await replayTrace(trace({
    format: 'scorm-trace/1',
    title: 't',
    scorm: '1.2',
    sessions: [[{ fn: 'LMSGetLastError', args: [], ret: '0', err: '999' }]],
  }));
  assert.deepEqual(failures(outcome), []);
  assert.equal(outcome.kind === 'replayed' ? outcome.steps[0]?.actual.err : 'x', undefined);
});

test('launch values and the learner reach the content', async () => {
  const outcome = await replayTrace(trace({
    format: 'scorm-trace/1',
    title: 't',
    scorm: '1.2',
    launch: { learner: { id: 'u-9', name: 'Roe, Rick' }, dataModel: { 'cmi.launch_data': 'chapter=3' } },
    sessions: [[
      { fn: 'LMSInitialize', args: [''], ret: 'true' },
      { fn: 'LMSGetValue', args: ['cmi.core.student_id'], ret: 'u-9', err: '0' },
      { fn: 'LMSGetValue', args: ['cmi.launch_data'], ret: 'chapter=3', err: '0' },
    ]],
  }));
  assert.deepEqual(failures(outcome), []);
});

test('a launch value the run-time refuses stops the replay with the reason', async () => {
  const outcome = await replayTrace(trace({
    format: 'scorm-trace/1',
    title: 't',
    scorm: '2004',
    launch: { dataModel: { 'cmi.scaled_passing_score': 'high' } },
    sessions: [[{ fn: 'Initialize', args: [''], ret: 'true' }]],
  }));
  assert.equal(outcome.kind, 'replayed');
  const error = outcome.kind === 'replayed' ? outcome.error : undefined;
  assert.match(error ?? '', /^the replay stopped: .*cmi\.scaled_passing_score/);
});

test('the replay clock follows the steps of a session from where the last session ended', () => {
  const clock = new ReplayClock();
  clock.startSession();
  const start = clock.now();
  clock.at(1500);
  assert.equal(clock.now(), start + 1500);
  clock.at(undefined);
  assert.equal(clock.now(), start + 1500);
  clock.startSession();
  clock.at(200);
  assert.equal(clock.now(), start + 1700);
});

const threeScos = resolve(process.cwd(), 'conformance-suites/traces/multi-sco/flow-and-status.json');

test('a package trace stops at the first expectation that fails, naming what was found', async () => {
  const outcome = await replayTrace(trace({
    format: 'scorm-trace/1', title: 't', scorm: '2004', package: 'three-scos/imsmanifest.xml',
    sessions: [[{ nav: 'start' }, { expect: { delivered: 'quiz' } }, { nav: 'continue' }]],
  }), { traceFile: threeScos });
  assert.equal(outcome.kind === 'replayed' ? outcome.error : undefined, 'sessions[0][1] expect delivered: expected "quiz", got "intro"');
});

test('a call in a package trace before anything is delivered fails the replay', async () => {
  const outcome = await replayTrace(trace({
    format: 'scorm-trace/1', title: 't', scorm: '2004', package: 'three-scos/imsmanifest.xml',
    sessions: [[{ fn: 'Initialize', args: [''] }]],
  }), { traceFile: threeScos });
  assert.equal(outcome.kind === 'replayed' ? outcome.error : undefined, 'sessions[0][0] Initialize: nothing is delivered');
});
