import { test } from 'node:test';
import assert from 'node:assert/strict';
import { controlStates } from '../../../src/components/scorm-player/navigation-controls.js';
import type { Activity } from '../../../src/runtime/sequencing/activity-tree.js';
import type { Navigator } from '../../../src/runtime/sequencing/navigator.js';
import type { HiddenLmsUi } from '../../../src/runtime/package/index.js';
import type { NavigationRequest } from '../../../src/runtime/sequencing/requests.js';

/** A navigator whose look-ahead allows `valid` and whose current activity hides `hidden`. */
function navigatorWith(valid: readonly NavigationRequest['type'][], hidden: readonly HiddenLmsUi[], delivered = true): Navigator {
  const activity = { id: 'sco-1', hideLmsUi: hidden } as unknown as Activity;
  return {
    currentActivity: delivered ? activity : undefined,
    isValid: (request: NavigationRequest) => valid.includes(request.type),
  } as unknown as Navigator;
}

function summary(navigator: Navigator | undefined): Record<string, string> {
  return Object.fromEntries(controlStates(navigator).map((state) => [state.name, state.hidden ? 'hidden' : state.enabled ? 'enabled' : 'disabled']));
}

test('controls are usable exactly when the look-ahead says their request is valid', () => {
  assert.deepEqual(summary(navigatorWith(['continue', 'suspendAll'], [])), {
    previous: 'disabled',
    continue: 'enabled',
    exit: 'disabled',
    suspend: 'enabled',
  });
});

test('exit and suspend ask for exitAll and suspendAll', () => {
  const requests = Object.fromEntries(controlStates(navigatorWith([], [])).map((state) => [state.name, state.request.type]));
  assert.deepEqual(requests, { previous: 'previous', continue: 'continue', exit: 'exitAll', suspend: 'suspendAll' });
});

test('hideLMSUI of the delivered activity hides a control even when its request is valid', () => {
  assert.deepEqual(summary(navigatorWith(['previous', 'continue', 'exitAll', 'suspendAll'], ['continue', 'exitAll'])), {
    previous: 'enabled',
    continue: 'hidden',
    exit: 'hidden',
    suspend: 'enabled',
  });
});

test('hideLMSUI "exit" (exit the activity) does not hide the Exit control, which exits the course', () => {
  assert.equal(summary(navigatorWith(['exitAll'], ['exit'])).exit, 'enabled');
});

test('every control is disabled when nothing is delivered or no course is open', () => {
  const all = ['previous', 'continue', 'exitAll', 'suspendAll'] as const;
  assert.deepEqual(Object.values(summary(navigatorWith(all, [], false))), ['disabled', 'disabled', 'disabled', 'disabled']);
  assert.deepEqual(Object.values(summary(undefined)), ['disabled', 'disabled', 'disabled', 'disabled']);
});
