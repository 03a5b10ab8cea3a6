// The RuntimeReport built from a session that ended: statuses as the data model evaluates them,
// what the content's calls showed (statuses set, session time), SCORM 1.2 lesson_status split.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRuntime } from '../../../src/runtime/index.js';
import type { RuntimeEvent } from '../../../src/runtime/events.js';
import { scorm12RuntimeReport, scorm2004RuntimeReport, SessionCalls } from '../../../src/runtime/course/runtime-report-builder.js';

async function ended<V extends '1.2' | '2004'>(scorm: V, play: (api: Record<string, (...args: string[]) => string>) => void) {
  const runtime = createRuntime({ scorm });
  const calls = new SessionCalls(scorm);
  runtime.on((event: RuntimeEvent) => {
    if (event.type === 'call') calls.record(event);
  });
  const session = await runtime.launch({ activityId: 'a' });
  play(session.api as unknown as Record<string, (...args: string[]) => string>);
  return { session, calls };
}

test('SCORM 2004: statuses, scores, objectives and the session time the content set', async () => {
  const { session, calls } = await ended('2004', (api) => {
    api.Initialize!('');
    api.SetValue!('cmi.success_status', 'passed');
    api.SetValue!('cmi.score.scaled', '0.9');
    api.SetValue!('cmi.objectives.0.id', 'o1');
    api.SetValue!('cmi.objectives.0.completion_status', 'completed');
    api.SetValue!('cmi.session_time', 'PT2M');
    api.Terminate!('');
  });
  const report = scorm2004RuntimeReport('a', session.dataModel, session.outcome!, calls);
  assert.equal(report.successStatus, 'passed');
  assert.equal(report.successStatusSet, true);
  assert.equal(report.completionStatusSet, false);
  assert.equal(report.scoreScaled, 0.9);
  assert.equal(report.sessionTime, 120_000);
  assert.deepEqual(report.objectives.map((o) => [o.id, o.completionStatus, o.successStatus]), [['o1', 'completed', 'unknown']]);
});

test('SCORM 1.2: lesson_status passed is a completed, passed attempt; raw score and session time kept', async () => {
  const { session, calls } = await ended('1.2', (api) => {
    api.LMSInitialize!('');
    api.LMSSetValue!('cmi.core.lesson_status', 'passed');
    api.LMSSetValue!('cmi.core.score.raw', '90');
    api.LMSSetValue!('cmi.core.session_time', '00:01:30');
    api.LMSFinish!('');
  });
  const report = scorm12RuntimeReport('a', session.dataModel, session.outcome!, calls);
  assert.equal(report.lessonStatus, 'passed');
  assert.equal(report.completionStatus, 'completed');
  assert.equal(report.successStatus, 'passed');
  assert.equal(report.scoreRaw, 90);
  assert.equal(report.sessionTime, 90_000);
  assert.equal(report.successStatusSet, true);
});

test('SCORM 1.2: browsed is not a completion', async () => {
  const { session, calls } = await ended('1.2', (api) => {
    api.LMSInitialize!('');
    api.LMSSetValue!('cmi.core.lesson_status', 'browsed');
    api.LMSFinish!('');
  });
  const report = scorm12RuntimeReport('a', session.dataModel, session.outcome!, calls);
  assert.equal(report.completionStatus, 'incomplete');
  assert.equal(report.successStatus, 'unknown');
  assert.equal(report.successStatusSet, false);
});
