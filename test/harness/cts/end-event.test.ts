import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeEndEvent } from '../../../src/harness/cts/end-event.js';
import { testDictionaries } from './dictionary-fixture.js';

const { instructions } = testDictionaries();

function steps(instruction: string) {
  const decoded = decodeEndEvent(instruction, instructions);
  assert.ok(decoded.ok, instruction);
  return decoded.event.steps;
}

test('Continue is a continue navigation event, with ADL\'s text', () => {
  const decoded = decodeEndEvent('Continue', instructions);
  assert.deepEqual(decoded, {
    ok: true,
    event: {
      instruction: 'Continue',
      text: 'Please trigger a Continue.',
      steps: [{ kind: 'navigation', request: 'continue' }],
    },
  });
});

test('Choice~title is a choice of that activity, the title filling ADL\'s text', () => {
  const decoded = decodeEndEvent('Choice~Activity 3', instructions);
  assert.ok(decoded.ok);
  assert.equal(decoded.event.text, 'Please choose Activity 3.');
  assert.deepEqual(decoded.event.steps, [{ kind: 'choice', target: { kind: 'title', title: 'Activity 3' } }]);
});

test('Exit is leaving the course; TRIGExitAll an Exit All that ends the attempt', () => {
  assert.deepEqual(steps('Exit'), [{ kind: 'leaveCourse' }]);
  assert.deepEqual(steps('TRIGExitAll'), [
    { kind: 'navigation', request: 'exitAll' },
    { kind: 'expect', state: 'attemptEnded' },
  ]);
});

test('relaunchnchoose~package~title: leave, then open the package by choosing the title', () => {
  assert.deepEqual(steps('relaunchnchoose~DDMb~Activity 1'), [
    { kind: 'leaveCourse' },
    { kind: 'launch', launch: { package: 'DDMb', choose: { kind: 'title', title: 'Activity 1' } } },
  ]);
});

test('RootSX4b chooses the root of SX-04b once the attempt has ended', () => {
  assert.deepEqual(steps('RootSX4b'), [
    { kind: 'expect', state: 'attemptEnded' },
    { kind: 'choice', target: { kind: 'root', organizationTitle: 'LMS Test Content Package SX-04b' } },
  ]);
});

test('an unknown instruction or a wrong number of arguments is not decoded', () => {
  assert.equal(decodeEndEvent('Teleport', instructions).ok, false);
  assert.equal(decodeEndEvent('Choice', instructions).ok, false);
  assert.equal(decodeEndEvent('Continue~extra', instructions).ok, false);
});
