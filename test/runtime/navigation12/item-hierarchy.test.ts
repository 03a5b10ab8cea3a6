// The SCORM 1.2 navigator on items with children: a block's adlcp:prerequisites gate everything in
// it (SCORM 1.2 CAM §2.3.2.5, AICC blocks), and an item with children may launch its own resource,
// delivered before its children (preorder).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createScorm12Navigator, type Scorm12Navigator } from '../../../src/runtime/navigation12/index.js';
import type { NavigationRequest } from '../../../src/runtime/sequencing/requests.js';
import { block, report12, sco, tree12 } from './course12.js';

// ORG ─ A ; M (launches nothing, requires A) ─ [N (launches nothing) ─ B] , C (requires B) ; Z
const gated = tree12(`${sco('A')}${block('M', `${block('N', sco('B'))}${sco('C', 'B')}`, { prerequisites: 'A' })}${sco('Z')}`);

// ORG ─ P (launches) ─ K1, K2 ; Z (requires P)
const parentLaunches = tree12(`${block('P', `${sco('K1')}${sco('K2')}`, { launches: true })}${sco('Z', 'P')}`);

const choice = (target: string): NavigationRequest => ({ type: 'choice', target });

function delivered(navigator: Scorm12Navigator, request: NavigationRequest): string | undefined {
  const result = navigator.navigate(request);
  assert.equal(result.exception, undefined, `${request.type} refused`);
  return result.deliver?.id;
}

test('an item inside a block whose prerequisites are not met cannot be chosen (DB.1.1-3), however deep', () => {
  const navigator = createScorm12Navigator(gated);
  assert.equal(navigator.navigate(choice('B')).exception, 'DB.1.1-3');
  assert.equal(navigator.currentActivity, undefined);
});

test('the items of a block can be chosen once the block\'s prerequisites are met', () => {
  const navigator = createScorm12Navigator(gated);
  navigator.reportRuntime(report12('A', 'passed'));
  assert.equal(delivered(navigator, choice('B')), 'B');
});

test('an item\'s own prerequisites still apply inside a block that is open', () => {
  const navigator = createScorm12Navigator(gated);
  navigator.reportRuntime(report12('A', 'passed'));
  assert.equal(navigator.navigate(choice('C')).exception, 'DB.1.1-3');
  navigator.reportRuntime(report12('B', 'completed'));
  assert.equal(delivered(navigator, choice('C')), 'C');
});

test('continue passes over a whole block whose prerequisites are not met', () => {
  const navigator = createScorm12Navigator(gated);
  navigator.navigate(choice('A'));
  assert.equal(delivered(navigator, { type: 'continue' }), 'Z');
});

test('previous passes back over a whole block whose prerequisites are not met', () => {
  const navigator = createScorm12Navigator(gated);
  navigator.navigate(choice('Z'));
  assert.equal(delivered(navigator, { type: 'previous' }), 'A');
});

test('the table of contents disables the items of a block whose prerequisites are not met', () => {
  const navigator = createScorm12Navigator(gated);
  assert.deepEqual(Object.fromEntries(navigator.tocAvailability()), {
    ORG: 'disabled', A: 'enabled', M: 'disabled', N: 'disabled', B: 'disabled', C: 'disabled', Z: 'enabled',
  });
});

test('unusable prerequisites on an item that launches nothing are reported, and the block stays open', () => {
  const navigator = createScorm12Navigator(tree12(block('M', sco('B'), { prerequisites: 'A &amp;' })));
  assert.deepEqual(navigator.findings.map((f) => [f.code, f.path]), [
    ['prerequisites.malformed', 'manifest/organizations/organization[ORG]/item[M]'],
  ]);
  assert.equal(navigator.isValid(choice('B')), true);
});

test('start delivers an item with children that launches before its children', () => {
  const navigator = createScorm12Navigator(parentLaunches);
  assert.equal(delivered(navigator, { type: 'start' }), 'P');
});

test('continue goes from an item that launches into its children, then past them', () => {
  const navigator = createScorm12Navigator(parentLaunches);
  navigator.navigate({ type: 'start' });
  navigator.reportRuntime(report12('P', 'completed'));
  const continued = [1, 2, 3].map(() => delivered(navigator, { type: 'continue' }));
  assert.deepEqual(continued, ['K1', 'K2', 'Z']);
});

test('previous from the first child goes back to its parent when the parent launches', () => {
  const navigator = createScorm12Navigator(parentLaunches);
  navigator.navigate(choice('K1'));
  assert.equal(delivered(navigator, { type: 'previous' }), 'P');
});

test('an item with children that launches can be chosen', () => {
  const navigator = createScorm12Navigator(parentLaunches);
  navigator.navigate(choice('K2'));
  assert.equal(delivered(navigator, choice('P')), 'P');
});

test('the table of contents enables an item with children that launches', () => {
  const navigator = createScorm12Navigator(parentLaunches);
  assert.equal(navigator.tocAvailability().get('P'), 'enabled');
});

test('the prerequisites of an item that launches gate its children too', () => {
  const navigator = createScorm12Navigator(tree12(`${sco('A')}${block('P', sco('K'), { launches: true, prerequisites: 'A' })}`));
  assert.equal(navigator.navigate(choice('K')).exception, 'DB.1.1-3');
  navigator.reportRuntime(report12('A', 'passed'));
  assert.equal(delivered(navigator, choice('K')), 'K');
});

test('prerequisites naming an item that launches see the status its own SCO reported, not its children\'s', () => {
  const navigator = createScorm12Navigator(parentLaunches);
  assert.equal(navigator.isValid(choice('Z')), false);
  navigator.reportRuntime(report12('P', 'passed'));
  assert.equal(navigator.isValid(choice('Z')), true);
});

test('an item with children that launches is resumed from a saved state', () => {
  const first = createScorm12Navigator(parentLaunches);
  first.navigate({ type: 'start' });
  first.reportRuntime(report12('P', 'incomplete', { exit: 'suspend' }));
  first.navigate({ type: 'suspendAll' });
  const second = createScorm12Navigator(parentLaunches, { state: JSON.parse(JSON.stringify(first.saveState())) });
  assert.equal(second.progress('P')?.lessonStatus, 'incomplete');
  assert.equal(delivered(second, { type: 'start' }), 'P');
});
