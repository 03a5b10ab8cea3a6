// The LMS side of sessions: entry, exit, total_time and the attempt (RTE §4.2.7, §4.2.8,
// §4.2.25; CTS DMB Act1).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultLimits } from '../../../../src/runtime/datamodel/data-model.js';
import { scorm2004Model } from '../../../../src/runtime/datamodel/scorm2004/index.js';
import type { Scorm2004State } from '../../../../src/runtime/datamodel/scorm2004/state.js';
import { assertError, assertSet, assertValue, launch, setAll } from './setup.js';

/** Runs one session: launch from `saved`, apply the SCO's SetValues, terminate. */
function session(saved: Scorm2004State | undefined, sets: ReadonlyArray<readonly [string, string]>) {
  const state = scorm2004Model.beginSession(saved, launch);
  const model = scorm2004Model.createDataModel(state, { leniency: {}, limits: defaultLimits });
  const entry = model.getValue('cmi.entry').value;
  setAll(model, sets);
  const outcome = scorm2004Model.endSession(state);
  return { state, entry, outcome };
}

function resumed(saved: Scorm2004State) {
  const state = scorm2004Model.beginSession(saved, launch);
  return scorm2004Model.createDataModel(state, { leniency: {}, limits: defaultLimits });
}

test('the first launch is ab-initio with the defaults', () => {
  const model = resumed(scorm2004Model.newAttemptState());
  assertValue(model.getValue('cmi.entry'), 'ab-initio');
  assertValue(model.getValue('cmi.total_time'), 'PT0H0M0S');
  assertValue(model.getValue('cmi.completion_status'), 'unknown');
  assertError(model.getValue('cmi.suspend_data'), 403);
});

test('the launch context fills learner, credit and mode', () => {
  const state = scorm2004Model.beginSession(undefined, { learnerId: 'u-17', learnerName: '{lang=en}Doe, Jane', credit: 'no-credit', mode: 'review' });
  assert.deepEqual(
    [state.cmi.learner_id, state.cmi.learner_name, state.cmi.credit, state.cmi.mode],
    ['u-17', '{lang=en}Doe, Jane', 'no-credit', 'review'],
  );
});

test('exit "suspend" suspends: the next launch resumes with the data kept', () => {
  const first = session(undefined, [['cmi.suspend_data', 'visit=2'], ['cmi.location', 'p3'], ['cmi.exit', 'suspend']]);
  assert.deepEqual(first.outcome, { exit: 'suspend', suspended: true, attemptEnded: false, navRequest: '_none_' });
  const model = resumed(first.state);
  assertValue(model.getValue('cmi.entry'), 'resume');
  assertValue(model.getValue('cmi.suspend_data'), 'visit=2');
  assertValue(model.getValue('cmi.location'), 'p3');
});

test('adl.nav.request "suspendAll" suspends even without exit or with exit "normal" (DMB Act1V6, Act1V10)', () => {
  for (const sets of [[['adl.nav.request', 'suspendAll']], [['cmi.exit', 'normal'], ['adl.nav.request', 'suspendAll']]] as const) {
    const first = session(undefined, [['cmi.suspend_data', 'foobar'], ...sets]);
    assert.equal(first.outcome.suspended, true);
    assert.equal(first.outcome.navRequest, 'suspendAll');
    const model = resumed(first.state);
    assertValue(model.getValue('cmi.entry'), 'resume');
    assertValue(model.getValue('cmi.suspend_data'), 'foobar');
  }
});

test('exit normal, time-out, logout or "" ends the attempt: the next launch starts afresh', () => {
  for (const exit of ['normal', 'time-out', 'logout', '']) {
    const first = session(undefined, [['cmi.suspend_data', 'x'], ['cmi.completion_status', 'completed'], ['cmi.session_time', 'PT1M'], ['cmi.exit', exit]]);
    assert.deepEqual(first.outcome, { exit, suspended: false, attemptEnded: true, navRequest: '_none_' });
    const model = resumed(first.state);
    assertValue(model.getValue('cmi.entry'), 'ab-initio');
    assertValue(model.getValue('cmi.total_time'), 'PT0H0M0S');
    assertValue(model.getValue('cmi.completion_status'), 'unknown');
    assertError(model.getValue('cmi.suspend_data'), 403);
  }
});

test('session_time is added to total_time as a duration (DMB: PT1M + PT01H059M020S = PT2H20S)', () => {
  const first = session(undefined, [['cmi.session_time', 'PT01M'], ['cmi.exit', 'suspend']]);
  assert.equal(first.state.cmi.total_time, 'PT1M');
  const second = session(first.state, [['cmi.session_time', 'PT01H059M020S'], ['cmi.exit', 'suspend']]);
  assert.equal(second.state.cmi.total_time, 'PT2H20S');
});

test('a session without session_time leaves total_time alone', () => {
  const first = session(undefined, [['cmi.exit', 'suspend']]);
  assert.equal(first.state.cmi.total_time, 'PT0H0M0S');
});

test('session-only elements are cleared at the next launch', () => {
  const first = session(undefined, [['cmi.exit', 'suspend'], ['cmi.session_time', 'PT5S'], ['adl.nav.request', 'suspendAll']]);
  const state = scorm2004Model.beginSession(first.state, launch);
  assert.equal(state.cmi.exit, '');
  assert.equal(state.cmi.session_time, undefined);
  assert.equal(state.adl.nav.request, '_none_');
});

test('a session that never ended gives entry "" with the data kept', () => {
  const state = scorm2004Model.beginSession(undefined, launch);
  const model = scorm2004Model.createDataModel(state, { leniency: {}, limits: defaultLimits });
  assertSet(model.setValue('cmi.location', 'p9'));
  const again = resumed(state);
  assertValue(again.getValue('cmi.entry'), '');
  assertValue(again.getValue('cmi.location'), 'p9');
});

test('learner preferences carry over into a new attempt', () => {
  const first = session(undefined, [['cmi.learner_preference.audio_level', '0.5'], ['cmi.exit', 'normal']]);
  assertValue(resumed(first.state).getValue('cmi.learner_preference.audio_level'), '0.5');
});

test('a new attempt forgets that the SCO set its statuses', () => {
  const first = session(undefined, [['cmi.completion_status', 'completed'], ['cmi.exit', 'normal']]);
  const state = scorm2004Model.beginSession(first.state, launch);
  assert.equal(state.lms.completionStatusSetBySco, false);
});

test('beginSession does not change the saved state', () => {
  const first = session(undefined, [['cmi.location', 'p1'], ['cmi.exit', 'suspend']]);
  const before = JSON.stringify(first.state);
  const model = resumed(first.state);
  assertSet(model.setValue('cmi.location', 'p2'));
  assert.equal(JSON.stringify(first.state), before);
});
