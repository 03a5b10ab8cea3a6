// SCORM 2004 4th ed. RTE §4.2: every element outside the arrays — access, default, data type.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertError, assertSet, assertValue, launched } from './setup.js';

interface ElementCase {
  element: string;
  access: 'RO' | 'WO' | 'RW';
  /** The value at launch, or 403 when the element starts uninitialized. */
  initial: string | 403;
  valid: string[];
  invalid: Array<[value: string, error: number]>;
}

const unpairedSurrogate = '\uD800';

const elements: ElementCase[] = [
  { element: 'cmi.completion_status', access: 'RW', initial: 'unknown', valid: ['completed', 'incomplete', 'not attempted', 'unknown'], invalid: [['passed', 406], ['', 406], ['Completed', 406]] },
  { element: 'cmi.completion_threshold', access: 'RO', initial: 403, valid: ['0', '0.8', '1'], invalid: [['1.5', 407], ['-0.1', 407], ['high', 406]] },
  { element: 'cmi.credit', access: 'RO', initial: 'credit', valid: ['credit', 'no-credit'], invalid: [['none', 406]] },
  { element: 'cmi.entry', access: 'RO', initial: 'ab-initio', valid: ['ab-initio', 'resume', ''], invalid: [['restart', 406]] },
  { element: 'cmi.exit', access: 'WO', initial: '', valid: ['time-out', 'suspend', 'logout', 'normal', ''], invalid: [['quit', 406], ['Suspend', 406]] },
  { element: 'cmi.launch_data', access: 'RO', initial: 403, valid: ['', 'Launch Data Test', 'x'.repeat(5000)], invalid: [[unpairedSurrogate, 406]] },
  { element: 'cmi.learner_id', access: 'RO', initial: 'learner-1', valid: ['urn:adl:learner:7', 'jt12'], invalid: [['', 406], ['two words', 406]] },
  { element: 'cmi.learner_name', access: 'RO', initial: 'Doe, Jane', valid: ['{lang=en-us}John Testtaker', 'Jane'], invalid: [['{lang=}Jane', 406]] },
  { element: 'cmi.learner_preference.audio_level', access: 'RW', initial: '1', valid: ['0', '2.5', '100'], invalid: [['-1', 407], ['loud', 406]] },
  { element: 'cmi.learner_preference.language', access: 'RW', initial: '', valid: ['', 'en', 'fr-CA', 'EN'], invalid: [['frl', 406], ['{lang=en}', 406]] },
  { element: 'cmi.learner_preference.delivery_speed', access: 'RW', initial: '1', valid: ['0', '0.5', '2'], invalid: [['-0.5', 407], ['fast', 406]] },
  { element: 'cmi.learner_preference.audio_captioning', access: 'RW', initial: '0', valid: ['-1', '0', '1'], invalid: [['2', 406], ['on', 406]] },
  { element: 'cmi.location', access: 'RW', initial: 403, valid: ['', 'page 3', 'x'.repeat(2000)], invalid: [[unpairedSurrogate, 406]] },
  { element: 'cmi.max_time_allowed', access: 'RO', initial: 403, valid: ['PT1H30M', 'P1D'], invalid: [['90 minutes', 406], ['PT', 406]] },
  { element: 'cmi.mode', access: 'RO', initial: 'normal', valid: ['browse', 'normal', 'review'], invalid: [['preview', 406]] },
  { element: 'cmi.progress_measure', access: 'RW', initial: 403, valid: ['0', '0.5', '1'], invalid: [['1.1', 407], ['-0.1', 407], ['half', 406]] },
  { element: 'cmi.scaled_passing_score', access: 'RO', initial: 403, valid: ['-1', '0.6', '1'], invalid: [['1.5', 407], ['sixty', 406]] },
  { element: 'cmi.score.scaled', access: 'RW', initial: 403, valid: ['-1', '0.25', '1'], invalid: [['1.01', 407], ['-1.5', 407], ['', 406]] },
  { element: 'cmi.score.raw', access: 'RW', initial: 403, valid: ['95.5', '-300', '1000000'], invalid: [['100,000.00', 406], ['invalid', 406]] },
  { element: 'cmi.score.min', access: 'RW', initial: 403, valid: ['0', '-12.5'], invalid: [['zero', 406]] },
  { element: 'cmi.score.max', access: 'RW', initial: 403, valid: ['100', '7.000099999887765544'], invalid: [['34,000.00', 406]] },
  { element: 'cmi.session_time', access: 'WO', initial: 403, valid: ['PT1H5M30.5S', 'P1Y14DT4H6.34S'], invalid: [['1H', 406], ['P1Y6M14DT', 406]] },
  { element: 'cmi.success_status', access: 'RW', initial: 'unknown', valid: ['passed', 'failed', 'unknown'], invalid: [['completed', 406], ['', 406]] },
  { element: 'cmi.suspend_data', access: 'RW', initial: 403, valid: ['', 'visit=2', 'x'.repeat(70_000)], invalid: [[unpairedSurrogate, 406]] },
  { element: 'cmi.time_limit_action', access: 'RO', initial: 'continue,no message', valid: ['exit,message', 'continue,message', 'exit,no message', 'continue,no message'], invalid: [['exit', 406]] },
  { element: 'cmi.total_time', access: 'RO', initial: 'PT0H0M0S', valid: ['PT2H20S'], invalid: [['2 hours', 406]] },
  { element: 'adl.nav.request', access: 'RW', initial: '_none_', valid: ['continue', 'previous', 'exit', 'exitAll', 'abandon', 'abandonAll', 'suspendAll', '_none_', '{target=activity_2}choice', '{target=__CM-04a.Activity.3__}jump'], invalid: [['start', 406], ['_continue_', 406], ['resumeAll', 406], ['choice', 406], ['{target=}choice', 406], ['{target=a1}exit', 406]] },
];

for (const { element, access, initial, valid, invalid } of elements) {
  if (access === 'WO') {
    test(`${element} is write-only: GetValue answers 405`, () => {
      assertError(launched().getValue(element), 405);
    });
  } else if (initial === 403) {
    test(`${element} starts uninitialized: GetValue answers 403`, () => {
      assertError(launched().getValue(element), 403);
    });
  } else {
    test(`${element} starts as ${JSON.stringify(initial)}`, () => {
      assertValue(launched().getValue(element), initial);
    });
  }

  const write = access === 'RO' ? 'lmsSetValue' : 'setValue';
  if (access === 'RO') {
    test(`${element} is read-only: SetValue answers 404`, () => {
      assertError(launched().setValue(element, valid[0]!), 404);
    });
  }

  test(`${element} accepts ${valid.map((v) => JSON.stringify(v.slice(0, 30))).join(', ')} through ${write}`, () => {
    for (const value of valid) {
      const model = launched();
      assertSet(model[write](element, value));
      if (access !== 'WO') assertValue(model.getValue(element), value);
    }
  });

  for (const [value, error] of invalid) {
    test(`${element} refuses ${JSON.stringify(value)} with ${error} and keeps its value`, () => {
      const model = launched();
      const before = model.getValue(element);
      assertError(model[write](element, value), error);
      const after = model.getValue(element);
      if (access === 'WO') return;
      if (before.error === 0) assertValue(after, before.value);
      else assertError(after, before.error);
    });
  }
}

test('cmi._version is "1.0" and read-only', () => {
  const model = launched();
  assertValue(model.getValue('cmi._version'), '1.0');
  assertError(model.setValue('cmi._version', '1.0.0'), 404);
});

test('values are stored verbatim, not normalised', () => {
  const model = launched();
  assertSet(model.setValue('cmi.score.scaled', '0.50'));
  assertSet(model.setValue('cmi.score.raw', '+5'));
  assertValue(model.getValue('cmi.score.scaled'), '0.50');
  assertValue(model.getValue('cmi.score.raw'), '+5');
});

test('a read-only element set by the LMS is still type-checked', () => {
  assertError(launched().lmsSetValue('cmi.credit', 'free'), 406);
});

test('an LMS write of a status does not count as the SCO setting it', () => {
  const model = launched();
  assertSet(model.lmsSetValue('cmi.completion_status', 'incomplete'));
  assertSet(model.lmsSetValue('cmi.success_status', 'failed'));
  assertValue(model.getValue('cmi.completion_status'), 'incomplete');
  assertValue(model.getValue('cmi.success_status'), 'failed');
  assert.equal(model.state.lms.completionStatusSetBySco, false);
  assert.equal(model.state.lms.successStatusSetBySco, false);
});

test('a SCO write of a status is remembered as set by the SCO', () => {
  const model = launched();
  assertSet(model.setValue('cmi.completion_status', 'unknown'));
  assertSet(model.setValue('cmi.success_status', 'unknown'));
  assert.equal(model.state.lms.completionStatusSetBySco, true);
  assert.equal(model.state.lms.successStatusSetBySco, true);
});
