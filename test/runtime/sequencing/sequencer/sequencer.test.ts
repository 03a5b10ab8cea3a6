// The Sequencer: the pure sequence() entry point, saved states (restored, refused), refused
// requests changing nothing, reportRuntime, and exact look-ahead (isValid agrees with navigate).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSequencer, sequence } from '../../../../src/runtime/sequencing/sequencer.js';
import type { NavigationRequest } from '../../../../src/runtime/sequencing/requests.js';
import { emptySequencingState } from '../../../../src/runtime/sequencing/tracking-model.js';
import { cluster, CONTINUE, FLOW, leaf, ManualClock, PREVIOUS, rules, runtimeReport, Scenario, START, treeOf } from './scenario-driver.js';

const course = () =>
  treeOf(
    [
      leaf('A1'),
      cluster('C2', [leaf('A3'), leaf('A4', rules({ pre: [{ when: ['satisfied'], action: 'skip' }] })), leaf('A5')], '<imsss:controlMode flow="true" forwardOnly="true"/>'),
      cluster('C6', [leaf('A7'), leaf('A8', rules({ pre: [{ when: ['attempted'], action: 'disabled' }] }))], '<imsss:controlMode flow="true" choiceExit="false"/>'),
      leaf('A9', rules({ pre: [{ when: ['always'], action: 'hiddenFromChoice' }] })),
    ],
    '<imsss:controlMode flow="true"/>',
  );

test('sequence() is pure: the given state is not changed, the returned one carries the delivery', () => {
  const tree = course();
  const state = emptySequencingState('ORG');
  const frozen = JSON.stringify(state);
  const { state: after, result } = sequence(tree, state, START, { clock: new ManualClock(), random: () => 0 });
  assert.equal(JSON.stringify(state), frozen);
  assert.equal(result.deliver?.id, 'A1');
  assert.equal(after.currentActivity, 'A1');
});

test('a refused request changes nothing and names the book\'s exception', () => {
  const s = new Scenario(course());
  s.request(START);
  const before = s.sequencer.state;
  const result = s.request(PREVIOUS);
  assert.equal(result.exception, 'SB.2.1-3');
  assert.equal(s.sequencer.state, before);
});

test('a saved state restored into a new Sequencer continues where it was, through JSON', () => {
  const s = new Scenario(course());
  s.request(START);
  s.visit({ completion: 'completed' }, CONTINUE);
  const restored = createSequencer(course(), { state: JSON.parse(JSON.stringify(s.sequencer.saveState())) });
  assert.equal(restored.currentActivity?.id, 'A3');
  assert.deepEqual(restored.state, s.sequencer.state);
});

test('a saved state of another organization or with unknown activities is refused with a clear error', () => {
  const tree = course();
  assert.throws(() => createSequencer(tree, { state: emptySequencingState('OTHER') }), /organization "OTHER", not "ORG"/);
  const foreign = { ...emptySequencingState('ORG'), activities: { ZZ: createSequencer(tree).workspace().tracking(tree.get('A1')!) } };
  assert.throws(() => createSequencer(tree, { state: foreign }), /"ZZ", which is not an activity of this tree/);
  assert.throws(() => createSequencer(tree, { state: { ...emptySequencingState('ORG'), currentActivity: '__proto__' } }), /not an activity/);
  assert.throws(() => createSequencer(tree, { state: { nonsense: true } as never }), /format/);
});

test('reportRuntime is only taken for the current active SCO', () => {
  const s = new Scenario(course());
  s.request(START);
  const before = s.sequencer.state;
  s.sequencer.reportRuntime(runtimeReport('A3', { completion: 'completed' }));
  assert.equal(s.sequencer.state, before);
  s.sequencer.reportRuntime(runtimeReport('A1', { completion: 'completed', success: 'failed', scaled: 0.5, sessionTime: 7000 }));
  const a1 = s.sequencer.state.activities['A1']!;
  assert.deepEqual(
    [a1.attemptCompletionStatus, a1.objectives[0]!.progressStatus, a1.objectives[0]!.satisfiedStatus, a1.objectives[0]!.normalizedMeasure, a1.attemptExperiencedDuration],
    [true, true, false, 0.5, 7000],
  );
});

test('reportRuntime maps cmi.objectives by id onto the activity\'s objectives', () => {
  const objectives = '<imsss:objectives><imsss:primaryObjective objectiveID="P"/><imsss:objective objectiveID="o1"/></imsss:objectives>';
  const s = new Scenario(treeOf([leaf('A1', objectives), leaf('A2')]));
  s.request({ type: 'choice', target: 'A1' });
  const objective = { id: 'o1', successStatus: 'passed', completionStatus: 'completed', scoreScaled: 0.25, scoreRaw: 5, scoreMin: 0, scoreMax: 20, progressMeasure: 1 };
  s.sequencer.reportRuntime(runtimeReport('A1', { objectives: [objective, { ...objective, id: 'unknown-id' }] }));
  const o1 = s.sequencer.state.activities['A1']!.objectives[1]!;
  assert.deepEqual(o1, { progressStatus: true, satisfiedStatus: true, measureStatus: true, normalizedMeasure: 0.25, rawScore: 5, minScore: 0, maxScore: 20, completionStatus: 'completed', progressMeasure: 1 });
  assert.equal(s.sequencer.state.activities['A1']!.objectives[0]!.progressStatus, false);
});

const requests = (ids: readonly string[]): NavigationRequest[] => [
  START, { type: 'resumeAll' }, CONTINUE, PREVIOUS, { type: 'exit' }, { type: 'exitAll' }, { type: 'abandon' },
  { type: 'abandonAll' }, { type: 'suspendAll' },
  ...ids.flatMap((id): NavigationRequest[] => [{ type: 'choice', target: id }, { type: 'jump', target: id }]),
];

test('look-ahead is exact: isValid(x) is true exactly when navigate(x) succeeds, over many states', () => {
  const tree = course();
  const ids = tree.activities.map((activity) => activity.id);
  const all = requests(ids);
  let random = 7;
  const next = () => (random = (random * 48271) % 2147483647) / 2147483647;
  const s = new Scenario(tree);
  let checked = 0;
  for (let step = 0; step < 120; step++) {
    for (const request of all) {
      const probe = createSequencer(tree, { state: s.sequencer.state, clock: s.clock, random: () => 0.5 });
      const expected = probe.navigate(request).exception === undefined;
      assert.equal(s.sequencer.isValid(request), expected, `${JSON.stringify(request)} at step ${step}`);
      checked++;
    }
    const current = s.sequencer.currentActivity;
    if (current !== undefined && current.children.length === 0 && s.sequencer.state.activities[current.id]?.isActive) {
      s.sequencer.reportRuntime(runtimeReport(current.id, { success: next() < 0.5 ? 'passed' : 'failed', completion: next() < 0.5 ? 'completed' : 'incomplete' }));
    }
    s.request(all[Math.floor(next() * all.length)]!);
  }
  assert.ok(checked > 1000);
});

test('tocAvailability agrees with isValid(choice) for every activity and hides hiddenFromChoice activities', () => {
  const tree = course();
  const s = new Scenario(tree);
  for (const step of [undefined, START, CONTINUE, { type: 'choice', target: 'A7' } as NavigationRequest, { type: 'suspendAll' } as NavigationRequest]) {
    if (step !== undefined) s.request(step);
    const toc = s.sequencer.tocAvailability();
    for (const activity of tree.activities) {
      const availability = toc.get(activity.id);
      if (activity.id === 'A9') assert.equal(availability, 'hidden');
      else assert.equal(availability === 'enabled', s.sequencer.isValid({ type: 'choice', target: activity.id }), `${activity.id} after ${JSON.stringify(step)}`);
    }
  }
});

test('tocAvailability of a 500-activity tree takes at most 20 ms', () => {
  const items: string[] = [];
  for (let c = 0; c < 50; c++) {
    const leaves: string[] = [];
    for (let l = 0; l < 9; l++) leaves.push(leaf(`A${c}_${l}`));
    items.push(cluster(`C${c}`, leaves, FLOW.replace('choice="false"', '')));
  }
  const tree = treeOf(items, '<imsss:controlMode flow="true"/>');
  assert.ok(tree.activities.length >= 500);
  const s = new Scenario(tree);
  s.request(START);
  s.sequencer.tocAvailability();
  const started = performance.now();
  const runs = 5;
  for (let run = 0; run < runs; run++) s.sequencer.tocAvailability();
  const each = (performance.now() - started) / runs;
  assert.ok(each <= 20, `${each.toFixed(2)} ms`);
});
