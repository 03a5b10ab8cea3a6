// The LMS side of SCORM 1.2 (RTE §3.4.4): entry, total_time, lesson_status at LMSFinish.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultLimits, type LaunchContext } from '../../../../src/runtime/datamodel/data-model.js';
import { scorm12Model, type Scorm12State } from '../../../../src/runtime/datamodel/scorm12/index.js';
import { launch } from './helpers.js';

/** One session: launch from `saved`, let `content` drive the data model, LMSFinish. */
function session(
  saved: Scorm12State | undefined,
  content: (set: (element: string, value: string) => void) => void,
  context: LaunchContext = launch,
) {
  const state = scorm12Model.beginSession(saved, context);
  const model = scorm12Model.createDataModel(state, { leniency: {}, limits: defaultLimits });
  content((element, value) => {
    const result = element.startsWith('lms:')
      ? model.lmsSetValue(element.slice(4), value)
      : model.setValue(element, value);
    assert.equal(result.error, 0, `${element} = ${value}: ${result.diagnostic}`);
  });
  const outcome = scorm12Model.endSession(state);
  return { state, outcome };
}

test('a new attempt starts not attempted, with no time and no data', () => {
  const state = scorm12Model.newAttemptState();
  assert.equal(state.core.lesson_status, 'not attempted');
  assert.equal(state.core.total_time, '0000:00:00.00');
  assert.equal(state.core.entry, 'ab-initio');
  assert.deepEqual(state.objectives, []);
});

test('the first launch has entry ab-initio and the learner from the launch', () => {
  const state = scorm12Model.beginSession(undefined, launch);
  assert.equal(state.core.entry, 'ab-initio');
  assert.equal(state.core.student_id, 'u-17');
  assert.equal(state.core.student_name, 'Doe, Jane');
  assert.equal(state.core.credit, 'credit');
  assert.equal(state.core.lesson_mode, 'normal');
});

test('after exit = suspend the next launch has entry resume', () => {
  const first = session(undefined, (set) => set('cmi.core.exit', 'suspend'));
  assert.equal(scorm12Model.beginSession(first.state, launch).core.entry, 'resume');
});

test('after any other exit the next launch has entry ""', () => {
  for (const exit of ['', 'logout', 'time-out']) {
    const first = session(undefined, (set) => set('cmi.core.exit', exit));
    assert.equal(scorm12Model.beginSession(first.state, launch).core.entry, '', exit);
  }
});

test('beginSession clears exit and session_time and leaves the saved state untouched', () => {
  const first = session(undefined, (set) => {
    set('cmi.core.exit', 'suspend');
    set('cmi.core.session_time', '00:01:00');
  });
  const snapshot = structuredClone(first.state);
  const next = scorm12Model.beginSession(first.state, launch);
  assert.equal(next.core.exit, '');
  assert.equal(next.core.session_time, '');
  assert.deepEqual(first.state, snapshot);
});

test('data persist from one launch to the next, whatever the exit', () => {
  const first = session(undefined, (set) => {
    set('cmi.core.lesson_location', 'page-4');
    set('cmi.suspend_data', 'q1=a');
    set('cmi.core.lesson_status', 'incomplete');
    set('cmi.objectives.0.id', 'obj1');
    set('cmi.interactions.0.id', 'q1');
    set('cmi.core.exit', 'logout');
  });
  assert.equal(first.outcome.attemptEnded, false);
  const next = scorm12Model.beginSession(first.state, launch);
  assert.equal(next.core.lesson_location, 'page-4');
  assert.equal(next.suspend_data, 'q1=a');
  assert.equal(next.core.lesson_status, 'incomplete');
  assert.equal(next.objectives.length, 1);
  assert.equal(next.interactions.length, 1);
});

test('the launch refreshes learner, credit and mode on every session', () => {
  const first = session(undefined, () => {});
  const next = scorm12Model.beginSession(first.state, { learnerId: 'u-2', learnerName: 'B', credit: 'no-credit', mode: 'review' });
  assert.deepEqual(
    [next.core.student_id, next.core.student_name, next.core.credit, next.core.lesson_mode],
    ['u-2', 'B', 'no-credit', 'review'],
  );
});

test('LMSFinish adds session_time to total_time, session after session', () => {
  const first = session(undefined, (set) => set('cmi.core.session_time', '00:01:30'));
  assert.equal(first.state.core.total_time, '0000:01:30.00');
  const second = session(first.state, (set) => set('cmi.core.session_time', '0000:59:30.5'));
  assert.equal(second.state.core.total_time, '0001:01:00.50');
});

test('a session without session_time leaves total_time as it was', () => {
  const first = session(undefined, (set) => set('lms:cmi.core.total_time', '0000:10:00.00'));
  assert.equal(first.state.core.total_time, '0000:10:00.00');
});

test('the suspend/resume trace: location, suspend data and total time come back', () => {
  const first = session(undefined, (set) => {
    set('cmi.core.lesson_location', 'page-4');
    set('cmi.suspend_data', 'q1=a;q2=c');
    set('cmi.core.session_time', '00:01:30');
    set('cmi.core.exit', 'suspend');
  });
  const next = scorm12Model.beginSession(first.state, launch);
  const model = scorm12Model.createDataModel(next, { leniency: {}, limits: defaultLimits });
  assert.equal(model.getValue('cmi.core.entry').value, 'resume');
  assert.equal(model.getValue('cmi.core.lesson_location').value, 'page-4');
  assert.equal(model.getValue('cmi.suspend_data').value, 'q1=a;q2=c');
  assert.equal(model.getValue('cmi.core.total_time').value, '0000:01:30.00');
});

test('the session outcome reports exit and suspension; an attempt never ends in 1.2', () => {
  const suspended = session(undefined, (set) => set('cmi.core.exit', 'suspend'));
  assert.deepEqual(suspended.outcome, { exit: 'suspend', suspended: true, attemptEnded: false, navRequest: '_none_' });
  const normal = session(undefined, () => {});
  assert.deepEqual(normal.outcome, { exit: '', suspended: false, attemptEnded: false, navRequest: '_none_' });
});

test('a SCO that leaves lesson_status "not attempted" is completed at LMSFinish', () => {
  assert.equal(session(undefined, () => {}).state.core.lesson_status, 'completed');
});

test('a status the SCO set is kept when there is no mastery score', () => {
  for (const status of ['incomplete', 'failed', 'passed', 'completed', 'browsed']) {
    const { state } = session(undefined, (set) => {
      set('cmi.core.lesson_status', status);
      set('cmi.core.score.raw', '20');
    });
    assert.equal(state.core.lesson_status, status);
  }
});

test('in browse mode a silent SCO is recorded as browsed', () => {
  const browse = { ...launch, credit: 'no-credit', mode: 'browse' } as const;
  assert.equal(session(undefined, () => {}, browse).state.core.lesson_status, 'browsed');
});

test('in review mode lesson_status does not change', () => {
  const review = { ...launch, credit: 'no-credit', mode: 'review' } as const;
  assert.equal(session(undefined, () => {}, review).state.core.lesson_status, 'not attempted');
});

test('with a mastery score and credit, score.raw decides passed or failed', () => {
  const judged = (raw: string, status?: string) =>
    session(undefined, (set) => {
      set('lms:cmi.student_data.mastery_score', '80');
      if (status !== undefined) set('cmi.core.lesson_status', status);
      set('cmi.core.score.raw', raw);
    }).state.core.lesson_status;
  assert.equal(judged('80'), 'passed');
  assert.equal(judged('79.5'), 'failed');
  assert.equal(judged('95', 'completed'), 'passed');
  assert.equal(judged('50', 'passed'), 'failed');
  assert.equal(judged('90', 'failed'), 'passed');
});

test('the mastery score does not override "incomplete"', () => {
  const { state } = session(undefined, (set) => {
    set('lms:cmi.student_data.mastery_score', '80');
    set('cmi.core.lesson_status', 'incomplete');
    set('cmi.core.score.raw', '95');
  });
  assert.equal(state.core.lesson_status, 'incomplete');
});

test('the mastery score needs a score.raw from the SCO', () => {
  const { state } = session(undefined, (set) => set('lms:cmi.student_data.mastery_score', '80'));
  assert.equal(state.core.lesson_status, 'completed');
});

test('without credit the mastery score changes nothing', () => {
  const noCredit = { ...launch, credit: 'no-credit' } as const;
  const { state } = session(
    undefined,
    (set) => {
      set('lms:cmi.student_data.mastery_score', '80');
      set('cmi.core.lesson_status', 'completed');
      set('cmi.core.score.raw', '10');
    },
    noCredit,
  );
  assert.equal(state.core.lesson_status, 'completed');
});
