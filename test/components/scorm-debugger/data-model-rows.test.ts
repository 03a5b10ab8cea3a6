import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dataModelRows } from '../../../src/components/scorm-debugger/data-model-rows.js';
import { createRuntime } from '../../../src/runtime/index.js';

async function snapshotAfter(scorm: '1.2' | '2004', calls: [string, string][]) {
  const runtime = createRuntime({ scorm });
  const session = await runtime.launch({ activityId: 'sco-1' });
  const api = session.api as unknown as Record<string, (...args: string[]) => string>;
  api[scorm === '1.2' ? 'LMSInitialize' : 'Initialize']!('');
  for (const [element, value] of calls) api[scorm === '1.2' ? 'LMSSetValue' : 'SetValue']!(element, value);
  return dataModelRows(runtime.snapshot());
}

const value = (rows: { element: string; value: string }[], element: string) => rows.find((row) => row.element === element)?.value;

test('SCORM 2004 values are listed under their element names, array entries by index', async () => {
  const [activity] = await snapshotAfter('2004', [['cmi.location', 'p7'], ['cmi.objectives.0.id', 'obj-1']]);
  assert.equal(activity?.activityId, 'sco-1');
  assert.equal(value([...activity!.rows], 'cmi.location'), 'p7');
  assert.equal(value([...activity!.rows], 'cmi.objectives.0.id'), 'obj-1');
  assert.equal(value([...activity!.rows], 'cmi.objectives._count'), '1');
});

test('SCORM 1.2 values get the cmi. root their element names have', async () => {
  const [activity] = await snapshotAfter('1.2', [['cmi.core.lesson_location', 'p2']]);
  assert.equal(value([...activity!.rows], 'cmi.core.lesson_location'), 'p2');
});

test('an activity never initialized has no rows at all', () => {
  assert.deepEqual(dataModelRows({ format: 'scorm-player/attempt', version: 1, scorm: '2004', registrationId: 'r', learner: { id: '', name: '' }, activities: {}, sharedData: {}, savedAt: '' } as never), []);
});
