// The SCORM 1.2 navigator's saved state: JSON out, the same navigation back in, and a clear
// refusal of a state that is not one or does not fit the course.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createScorm12Navigator, Navigation12StateError } from '../../../src/runtime/navigation12/index.js';
import { report12, sco, tree12 } from './course12.js';

const course = tree12(`${sco('A')}${sco('B', 'A')}${sco('C')}`);

function roundTrip(state: unknown): unknown {
  return JSON.parse(JSON.stringify(state));
}

test('a new navigator saves an empty state of its organization', () => {
  assert.deepEqual(createScorm12Navigator(course).saveState(), {
    format: 'scorm-player/navigation12', version: 1, organization: 'ORG', items: [],
  });
});

test('progress and the item to resume survive saving and restoring through JSON', () => {
  const first = createScorm12Navigator(course);
  first.navigate({ type: 'start' });
  first.reportRuntime(report12('A', 'passed', { scoreRaw: 90, exit: 'suspend' }));
  first.navigate({ type: 'continue' });
  first.navigate({ type: 'suspendAll' });
  const second = createScorm12Navigator(course, { state: roundTrip(first.saveState()) });
  assert.equal(second.suspendedActivity?.id, 'B');
  assert.deepEqual(second.progress('A'), { lessonStatus: 'passed', exit: 'suspend', scoreRaw: 90, scoreMin: undefined, scoreMax: undefined });
  assert.deepEqual(second.saveState(), first.saveState());
  assert.equal(second.navigate({ type: 'start' }).deliver?.id, 'B');
});

test('a state saved while an item was delivered restores with that item to resume', () => {
  const first = createScorm12Navigator(course);
  first.navigate({ type: 'choice', target: 'C' });
  assert.equal(first.saveState().current, 'C');
  const second = createScorm12Navigator(course, { state: roundTrip(first.saveState()) });
  assert.equal(second.currentActivity, undefined);
  assert.equal(second.suspendedActivity?.id, 'C');
});

const valid = { format: 'scorm-player/navigation12', version: 1, organization: 'ORG', items: [] };

function assertRefused(state: unknown, reason: RegExp): void {
  assert.throws(() => createScorm12Navigator(course, { state }), (error: unknown) => {
    assert.ok(error instanceof Navigation12StateError);
    assert.match(error.message, /^The saved SCORM 1\.2 navigation state cannot be used: /);
    assert.match(error.message, reason);
    return true;
  });
}

test('a state that is not a saved navigation state is refused', () => {
  assertRefused(null, /not an object/);
  assertRefused([], /not an object/);
  assertRefused({ ...valid, format: 'scorm-player/sequencing' }, /format/);
  assertRefused({ ...valid, version: 2 }, /format/);
  assertRefused({ ...valid, items: {} }, /"items" is not a list/);
});

test('a state of another organization is refused', () => {
  assertRefused({ ...valid, organization: 'OTHER' }, /organization "OTHER"/);
});

test('a state naming items the course does not have, or cannot launch, is refused', () => {
  assertRefused({ ...valid, suspended: 'Z' }, /"suspended" names "Z"/);
  assertRefused({ ...valid, current: 'ORG' }, /"current" names "ORG"/);
  assertRefused({ ...valid, items: [{ id: '__proto__', lessonStatus: 'passed', exit: '' }] }, /"__proto__", which is no launchable item/);
  assertRefused({ ...valid, items: [{ id: 'toString', lessonStatus: 'passed', exit: '' }] }, /"toString"/);
});

test('a state with bad item progress is refused', () => {
  assertRefused({ ...valid, items: [{ id: 'A', lessonStatus: 'done', exit: '' }] }, /lesson status "done"/);
  assertRefused({ ...valid, items: [{ id: 'A', lessonStatus: 'passed' }] }, /no exit/);
  assertRefused({ ...valid, items: [{ id: 'A', lessonStatus: 'passed', exit: '', scoreRaw: '9' }] }, /scoreRaw "9"/);
  const twice = { id: 'A', lessonStatus: 'passed', exit: '' };
  assertRefused({ ...valid, items: [twice, twice] }, /listed twice/);
  assertRefused({ ...valid, items: [7] }, /not an object/);
});
