// ADL's test SCO played headless against a real run-time session: each call followed by
// GetLastError, judged as TestCaseEvaluator does; `&id&` elements looked up by id first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRuntime } from '../../../src/runtime/index.js';
import type { Scorm2004Api } from '../../../src/runtime/api/scorm2004-api.js';
import { runCommands } from '../../../src/harness/cts-run/sco-driver.js';
import type { CtsApiCall, CtsCommand } from '../../../src/harness/cts/script-model.js';

const learner = { id: 'L1', name: 'Doe, Jane' };

async function api(): Promise<Scorm2004Api> {
  const session = await createRuntime({ scorm: '2004', learner }).launch({ activityId: 'a' });
  return session.api;
}

function call(method: CtsApiCall['method'], argument: string, expected: CtsApiCall['expected'], code: string, value?: string): CtsApiCall {
  return {
    kind: 'api', key: `Act1V1.commands.${method}`, text: `${method} ${argument}`, method, argument, value,
    addressedById: undefined, expected, error: { kind: 'code', code }, written: { value: '', error: code },
  };
}

test('every command passing gives no failure', async () => {
  const commands: CtsCommand[] = [
    call('Initialize', '', { kind: 'exactly', value: 'true' }, '0'),
    call('GetValue', 'cmi.learner_id', { kind: 'learnerId' }, '0'),
    call('SetValue', 'cmi.score.scaled', { kind: 'exactly', value: 'true' }, '0', '0.50'),
    call('GetValue', 'cmi.score.scaled', { kind: 'equalAsType', value: '0.5', interactionType: undefined }, '0'),
  ];
  assert.equal(runCommands(await api(), commands, learner), undefined);
});

test('a wrong value fails the visit at that command, naming what came back', async () => {
  const commands: CtsCommand[] = [
    call('Initialize', '', { kind: 'exactly', value: 'true' }, '0'),
    call('GetValue', 'cmi.completion_status', { kind: 'equalAsType', value: 'completed', interactionType: undefined }, '0'),
    call('GetValue', 'cmi.nothing', { kind: 'empty' }, '401'),
  ];
  const failure = runCommands(await api(), commands, learner);
  assert.match(failure ?? '', /returned "unknown" \(error 0\), expected "completed"/);
});

test('a wrong error code fails the visit', async () => {
  const failure = runCommands(await api(), [call('GetValue', 'cmi.location', { kind: 'empty' }, '0')], learner);
  assert.match(failure ?? '', /error 122/);
});

test('an element addressed by id uses the index of the record with that id', async () => {
  const sco = await api();
  sco.Initialize('');
  sco.SetValue('cmi.objectives.0.id', 'first');
  sco.SetValue('cmi.objectives.1.id', 'second');
  const byId: CtsApiCall = {
    ...call('SetValue', 'cmi.objectives.&second&.success_status', { kind: 'exactly', value: 'true' }, '0', 'passed'),
    addressedById: { collection: 'cmi.objectives', id: 'second', before: 'cmi.objectives.', after: '.success_status' },
  };
  assert.equal(runCommands(sco, [byId], learner), undefined);
  assert.equal(sco.GetValue('cmi.objectives.1.success_status'), 'passed');
  const missing: CtsApiCall = { ...byId, addressedById: { ...byId.addressedById!, id: 'third' } };
  assert.match(runCommands(sco, [missing], learner) ?? '', /no cmi\.objectives record has the id "third"/);
});

test('compareObjectiveIds wants exactly the listed ids, in any order', async () => {
  const sco = await api();
  sco.Initialize('');
  sco.SetValue('cmi.objectives.0.id', 'b');
  sco.SetValue('cmi.objectives.1.id', 'a');
  const compare = (ids: string[]): CtsCommand => ({ kind: 'compareObjectiveIds', key: 'k', text: 'COI', ids });
  assert.equal(runCommands(sco, [compare(['a', 'b'])], learner), undefined);
  assert.match(runCommands(sco, [compare(['a'])], learner) ?? '', /ids are \{b, a\}, expected \{a\}/);
});
