// The SCORM 1.2 navigator: flow and choice over the organization (SCORM 1.2 CAM §2.3.2.5.1) with
// adlcp:prerequisites, session end and resume, look-ahead and the table of contents.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createScorm12Navigator } from '../../../src/runtime/navigation12/index.js';
import type { NavigationRequest } from '../../../src/runtime/sequencing/requests.js';
import { report12, sco, tree12 } from './course12.js';

// ORG ─ M1 (cluster) ─ A, B (hidden) ; C (no resource) ; D (requires A) ; E (asset)
const course = tree12(`
  <item identifier="M1"><title>Module</title>${sco('A')}${sco('B', undefined, 'isvisible="false"')}</item>
  <item identifier="C"><title>Nothing to launch</title></item>
  ${sco('D', 'A')}
  <item identifier="E" identifierref="ASSET"><title>Page</title></item>`);

const start: NavigationRequest = { type: 'start' };
const continueRequest: NavigationRequest = { type: 'continue' };
const previous: NavigationRequest = { type: 'previous' };
const choice = (target: string): NavigationRequest => ({ type: 'choice', target });

function delivered(navigator: ReturnType<typeof createScorm12Navigator>, request: NavigationRequest): string | undefined {
  const result = navigator.navigate(request);
  assert.equal(result.exception, undefined, `${request.type} refused`);
  return result.deliver?.id;
}

test('start delivers the first launchable item', () => {
  const navigator = createScorm12Navigator(course);
  assert.equal(delivered(navigator, start), 'A');
  assert.equal(navigator.currentActivity?.id, 'A');
  assert.equal(navigator.scorm, '1.2');
});

test('start goes to the first item not yet completed whose prerequisites are met', () => {
  const navigator = createScorm12Navigator(course);
  navigator.reportRuntime(report12('A', 'passed'));
  navigator.reportRuntime(report12('B', 'completed'));
  assert.equal(delivered(navigator, start), 'D');
});

test('start delivers the first available item when every item is completed', () => {
  const navigator = createScorm12Navigator(course);
  for (const id of ['A', 'B', 'D', 'E']) navigator.reportRuntime(report12(id, 'completed'));
  assert.equal(delivered(navigator, start), 'A');
});

test('start while an item is delivered is refused (NB.2.1-1) and changes nothing', () => {
  const navigator = createScorm12Navigator(course);
  navigator.navigate(start);
  assert.deepEqual(navigator.navigate(start), { exception: 'NB.2.1-1', deliver: undefined, endSession: false });
  assert.equal(navigator.currentActivity?.id, 'A');
});

test('continue walks the launchable items in preorder, hidden ones included, clusters and empty items passed over', () => {
  const navigator = createScorm12Navigator(course);
  navigator.reportRuntime(report12('A', 'passed'));
  navigator.navigate(choice('A'));
  assert.deepEqual([delivered(navigator, continueRequest), delivered(navigator, continueRequest), delivered(navigator, continueRequest)], ['B', 'D', 'E']);
});

test('continue passes over an item whose prerequisites are not met', () => {
  const navigator = createScorm12Navigator(course);
  navigator.navigate(start);
  assert.equal(delivered(navigator, continueRequest), 'B');
  assert.equal(delivered(navigator, continueRequest), 'E');
});

test('previous walks back, passing over items whose prerequisites are not met', () => {
  const navigator = createScorm12Navigator(course);
  navigator.navigate(choice('E'));
  assert.equal(delivered(navigator, previous), 'B');
  assert.equal(delivered(navigator, previous), 'A');
});

test('continue from the last item ends the session', () => {
  const navigator = createScorm12Navigator(course);
  navigator.navigate(choice('E'));
  assert.deepEqual(navigator.navigate(continueRequest), { exception: undefined, deliver: undefined, endSession: true });
  assert.equal(navigator.currentActivity, undefined);
});

test('continue is refused (DB.1.1-3) when every later item has unmet prerequisites', () => {
  const navigator = createScorm12Navigator(tree12(`${sco('A')}${sco('B', 'A')}`));
  navigator.navigate(start);
  assert.equal(navigator.navigate(continueRequest).exception, 'DB.1.1-3');
  assert.equal(navigator.currentActivity?.id, 'A');
});

test('previous from the first item is refused (SB.2.1-3)', () => {
  const navigator = createScorm12Navigator(course);
  navigator.navigate(start);
  assert.equal(navigator.navigate(previous).exception, 'SB.2.1-3');
});

test('flow requests need a delivered item (NB.2.1-2); forward and backward are unsupported (NB.2.1-7)', () => {
  const navigator = createScorm12Navigator(course);
  for (const type of ['continue', 'previous', 'exit', 'exitAll', 'suspendAll', 'abandon', 'abandonAll'] as const) {
    assert.equal(navigator.navigate({ type }).exception, 'NB.2.1-2', type);
  }
  assert.equal(navigator.navigate({ type: 'forward' }).exception, 'NB.2.1-7');
  assert.equal(navigator.navigate({ type: 'backward' }).exception, 'NB.2.1-7');
});

test('choice delivers a visible launchable item whose prerequisites are met, even before start', () => {
  const navigator = createScorm12Navigator(course);
  assert.equal(delivered(navigator, choice('E')), 'E');
  assert.equal(delivered(navigator, choice('A')), 'A');
});

test('choice is refused for unknown, hidden, cluster, empty and unavailable targets', () => {
  const navigator = createScorm12Navigator(course);
  assert.equal(navigator.navigate(choice('nope')).exception, 'NB.2.1-11');
  assert.equal(navigator.navigate(choice('__proto__')).exception, 'NB.2.1-11');
  assert.equal(navigator.navigate(choice('B')).exception, 'SB.2.9-3');
  assert.equal(navigator.navigate(choice('M1')).exception, 'DB.1.1-1');
  assert.equal(navigator.navigate(choice('ORG')).exception, 'DB.1.1-1');
  assert.equal(navigator.navigate(choice('C')).exception, 'DB.1.1-2');
  assert.equal(navigator.navigate(choice('D')).exception, 'DB.1.1-3');
  assert.equal(navigator.currentActivity, undefined);
});

test('choice becomes possible once the prerequisites are met', () => {
  const navigator = createScorm12Navigator(course);
  navigator.reportRuntime(report12('A', 'completed'));
  assert.equal(delivered(navigator, choice('D')), 'D');
});

test('jump is carried out as choice', () => {
  const navigator = createScorm12Navigator(course);
  assert.equal(navigator.navigate({ type: 'jump', target: 'D' }).exception, 'DB.1.1-3');
  assert.equal(delivered(navigator, { type: 'jump', target: 'A' }), 'A');
});

test('suspend all ends the session and start resumes the item', () => {
  const navigator = createScorm12Navigator(course);
  navigator.navigate(choice('E'));
  assert.deepEqual(navigator.navigate({ type: 'suspendAll' }), { exception: undefined, deliver: undefined, endSession: true });
  assert.equal(navigator.currentActivity, undefined);
  assert.equal(navigator.suspendedActivity?.id, 'E');
  assert.equal(delivered(navigator, start), 'E');
  assert.equal(navigator.suspendedActivity, undefined);
});

test('resume all delivers the suspended item, and is refused without one (NB.2.1-3)', () => {
  const navigator = createScorm12Navigator(course);
  assert.equal(navigator.navigate({ type: 'resumeAll' }).exception, 'NB.2.1-3');
  navigator.navigate(choice('A'));
  navigator.navigate({ type: 'suspendAll' });
  assert.equal(delivered(navigator, { type: 'resumeAll' }), 'A');
});

test('exit on an unfinished item ends the session with the item to resume', () => {
  const navigator = createScorm12Navigator(course);
  navigator.navigate(start);
  navigator.reportRuntime(report12('A', 'incomplete'));
  assert.equal(navigator.navigate({ type: 'exit' }).endSession, true);
  assert.equal(navigator.suspendedActivity?.id, 'A');
});

test('exit all on a completed item leaves nothing to resume: start goes on to the next item', () => {
  const navigator = createScorm12Navigator(course);
  navigator.navigate(start);
  navigator.reportRuntime(report12('A', 'passed'));
  assert.equal(navigator.navigate({ type: 'exitAll' }).endSession, true);
  assert.equal(navigator.suspendedActivity, undefined);
  assert.equal(delivered(navigator, start), 'B');
});

test('a completed item the SCO left with cmi.core.exit "suspend" is resumed', () => {
  const navigator = createScorm12Navigator(course);
  navigator.navigate(start);
  navigator.reportRuntime(report12('A', 'completed', { exit: 'suspend' }));
  navigator.navigate({ type: 'abandon' });
  assert.equal(navigator.suspendedActivity?.id, 'A');
});

test('isValid answers as navigate would and keeps nothing', () => {
  const navigator = createScorm12Navigator(course);
  assert.equal(navigator.isValid(start), true);
  assert.equal(navigator.currentActivity?.id, undefined);
  navigator.navigate(start);
  assert.equal(navigator.isValid(continueRequest), true);
  assert.equal(navigator.isValid(previous), false);
  assert.equal(navigator.isValid(choice('D')), false);
  assert.equal(navigator.isValid({ type: 'suspendAll' }), true);
  assert.equal(navigator.currentActivity?.id, 'A');
  assert.equal(navigator.suspendedActivity, undefined);
});

test('the table of contents: hidden for isvisible="false", disabled for what cannot be chosen, enabled otherwise', () => {
  const navigator = createScorm12Navigator(course);
  assert.deepEqual(Object.fromEntries(navigator.tocAvailability()), {
    ORG: 'disabled', M1: 'disabled', A: 'enabled', B: 'hidden', C: 'disabled', D: 'disabled', E: 'enabled',
  });
  navigator.reportRuntime(report12('A', 'passed'));
  assert.equal(navigator.tocAvailability().get('D'), 'enabled');
});

test('a report sets the item\'s lesson status, exit and score', () => {
  const navigator = createScorm12Navigator(course);
  navigator.reportRuntime(report12('A', 'failed', { exit: 'logout', scoreRaw: 40, scoreMin: 0, scoreMax: 100 }));
  assert.deepEqual(navigator.progress('A'), { lessonStatus: 'failed', exit: 'logout', scoreRaw: 40, scoreMin: 0, scoreMax: 100 });
});

test('a report without lesson_status is read from success, then completion status', () => {
  const navigator = createScorm12Navigator(course);
  const without = { ...report12('A', ''), lessonStatus: undefined };
  navigator.reportRuntime({ ...without, successStatus: 'passed', completionStatus: 'incomplete' });
  assert.equal(navigator.progress('A')?.lessonStatus, 'passed');
  navigator.reportRuntime({ ...without, activityId: 'D', completionStatus: 'completed' });
  assert.equal(navigator.progress('D')?.lessonStatus, 'completed');
});

test('a report with no usable status keeps the status known before', () => {
  const navigator = createScorm12Navigator(course);
  navigator.reportRuntime(report12('A', 'passed'));
  navigator.reportRuntime(report12('A', 'finished'));
  assert.equal(navigator.progress('A')?.lessonStatus, 'passed');
});

test('reports for unknown or non-launchable activities are ignored', () => {
  const navigator = createScorm12Navigator(course);
  navigator.reportRuntime(report12('nope', 'passed'));
  navigator.reportRuntime(report12('M1', 'passed'));
  navigator.reportRuntime(report12('__proto__', 'passed'));
  assert.deepEqual(navigator.saveState().items, []);
});

test('a delivered asset counts as completed and meets prerequisites naming it', () => {
  const navigator = createScorm12Navigator(tree12(`<item identifier="P" identifierref="ASSET"><title>P</title></item>${sco('Q', 'P')}`));
  assert.equal(navigator.isValid(choice('Q')), false);
  navigator.navigate(start);
  assert.equal(navigator.progress('P')?.lessonStatus, 'completed');
  assert.equal(delivered(navigator, continueRequest), 'Q');
});

test('prerequisites naming an aggregation are met when all its items are completed', () => {
  const navigator = createScorm12Navigator(tree12(`
    <item identifier="M"><title>M</title>${sco('A')}${sco('B')}</item>
    ${sco('X', 'M')}${sco('Y', 'M=incomplete')}`));
  assert.equal(navigator.isValid(choice('Y')), false);
  navigator.reportRuntime(report12('A', 'passed'));
  assert.equal(navigator.isValid(choice('X')), false);
  assert.equal(navigator.isValid(choice('Y')), true);
  navigator.reportRuntime(report12('B', 'completed'));
  assert.equal(navigator.isValid(choice('X')), true);
});

test('malformed prerequisites are reported as findings and treated as met', () => {
  const navigator = createScorm12Navigator(tree12(`${sco('A')}${sco('B', 'A &amp;')}${sco('C', 'A | Z')}`));
  assert.deepEqual(navigator.findings.map((f) => [f.code, f.severity, f.path]), [
    ['prerequisites.malformed', 'warning', 'manifest/organizations/organization[ORG]/item[B]'],
    ['prerequisites.unknown-identifier', 'warning', 'manifest/organizations/organization[ORG]/item[C]'],
  ]);
  assert.match(navigator.findings[1]!.message, /"Z"/);
  assert.equal(navigator.isValid(choice('B')), true);
  assert.equal(navigator.isValid(choice('C')), true);
});

test('prerequisites of another type than aicc_script are reported and ignored', () => {
  const items = `${sco('A')}<item identifier="B" identifierref="SCO"><title>B</title><adlcp:prerequisites type="other">A</adlcp:prerequisites></item>`;
  const navigator = createScorm12Navigator(tree12(items));
  assert.deepEqual(navigator.findings.map((f) => f.code), ['prerequisites.unsupported-type']);
  assert.equal(navigator.isValid(choice('B')), true);
});

test('a course without prerequisites has no findings', () => {
  assert.deepEqual(createScorm12Navigator(course).findings, []);
});
