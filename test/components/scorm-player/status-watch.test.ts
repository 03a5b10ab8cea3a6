import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRuntime, type ApiCallEvent, type Scorm12Api, type Scorm2004Api } from '../../../src/runtime/index.js';
import { StatusWatch, type StatusChanges } from '../../../src/components/scorm-player/status-watch.js';
import { lessonStatusAsStatuses } from '../../../src/runtime/navigation12/lesson-status.js';

/** A launched session whose every call goes through a StatusWatch; returns the changes it saw. */
async function watched(scorm: '1.2' | '2004', initialValues: Record<string, string> = {}) {
  const runtime = createRuntime({ scorm });
  const session = await runtime.launch({ activityId: 'sco', initialValues });
  const watch = new StatusWatch(scorm, 'sco', session.dataModel);
  const changes: StatusChanges[] = [];
  runtime.on((event) => {
    if (event.type !== 'call') return;
    const seen = watch.observe(event as ApiCallEvent);
    if (seen.status !== undefined || seen.score !== undefined) changes.push(seen);
  });
  return { api: session.api, changes };
}

test('SCORM 2004: a new completion status is reported once, with the success status', async () => {
  const { api, changes } = await watched('2004');
  const sco = api as Scorm2004Api;
  sco.Initialize('');
  sco.SetValue('cmi.completion_status', 'completed');
  sco.SetValue('cmi.completion_status', 'completed');
  sco.SetValue('cmi.location', 'p2');
  assert.deepEqual(changes, [{ status: { activityId: 'sco', completionStatus: 'completed', successStatus: 'unknown' }, score: undefined }]);
});

test('SCORM 2004: the status is read as evaluated, so a progress measure past the threshold completes', async () => {
  const { api, changes } = await watched('2004', { 'cmi.completion_threshold': '0.5' });
  const sco = api as Scorm2004Api;
  sco.Initialize('');
  sco.SetValue('cmi.progress_measure', '0.6');
  assert.equal(changes[0]?.status?.completionStatus, 'completed');
});

test('SCORM 2004: each score change is reported with every part set so far', async () => {
  const { api, changes } = await watched('2004');
  const sco = api as Scorm2004Api;
  sco.Initialize('');
  sco.SetValue('cmi.score.raw', '8');
  sco.SetValue('cmi.score.max', '10');
  assert.deepEqual(changes.map((change) => change.score), [
    { activityId: 'sco', raw: 8 },
    { activityId: 'sco', raw: 8, max: 10 },
  ]);
});

test('a refused SetValue changes nothing', async () => {
  const { api, changes } = await watched('2004');
  const sco = api as Scorm2004Api;
  sco.Initialize('');
  sco.SetValue('cmi.completion_status', 'done');
  assert.deepEqual(changes, []);
});

test('SCORM 1.2: lesson_status passed reports completed and passed', async () => {
  const { api, changes } = await watched('1.2');
  const sco = api as Scorm12Api;
  sco.LMSInitialize('');
  sco.LMSSetValue('cmi.core.lesson_status', 'passed');
  sco.LMSSetValue('cmi.core.score.raw', '90');
  assert.deepEqual(changes, [
    { status: { activityId: 'sco', completionStatus: 'completed', successStatus: 'passed' }, score: undefined },
    { status: undefined, score: { activityId: 'sco', raw: 90 } },
  ]);
});

test('SCORM 1.2 lesson statuses map onto completion and success', () => {
  assert.deepEqual(
    ['failed', 'completed', 'browsed', 'not attempted'].map((status) => lessonStatusAsStatuses(status)),
    [
      { completionStatus: 'completed', successStatus: 'failed' },
      { completionStatus: 'completed', successStatus: 'unknown' },
      { completionStatus: 'incomplete', successStatus: 'unknown' },
      { completionStatus: 'not attempted', successStatus: 'unknown' },
    ],
  );
});
