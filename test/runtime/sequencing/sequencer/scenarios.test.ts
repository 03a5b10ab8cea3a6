// The CTS scenarios of ../shared/spec-notes/sequencing-scenarios.md (restated there from ADL's
// SCORM 2004 4th ed. test suite), played end to end through createSequencer + reportRuntime:
// the delivered order is the CTS's oracle.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  choice, cluster, CONTINUE, EXIT_ALL, FLOW, jump, leaf, PREVIOUS, rules, Scenario, START, treeOf,
} from './scenario-driver.js';

test('S2 CM-02a: End Attempt satisfies a SCO that reported nothing, so its skip rule fires both ways (UP.4)', () => {
  const s = new Scenario(treeOf([leaf('A1'), leaf('A2', rules({ pre: [{ when: ['satisfied'], action: 'skip' }] })), leaf('A3')], FLOW));
  s.request(START);
  s.visit({}, CONTINUE);
  s.visit({}, CONTINUE);
  s.visit({}, PREVIOUS);
  s.visit({}, CONTINUE);
  s.visit({}, PREVIOUS);
  assert.deepEqual(s.delivered, ['A1', 'A2', 'A3', 'A1', 'A3', 'A1']);
});

test('S20 SX-12a: NOT satisfied of an unattempted activity is unknown, so its skip does not fire (UP.2 tri-state)', () => {
  const s = new Scenario(treeOf([leaf('A1'), leaf('A2', rules({ pre: [{ when: ['not satisfied'], action: 'skip' }] })), leaf('A3')], FLOW));
  s.request(START);
  s.visit({}, CONTINUE);
  assert.deepEqual(s.delivered, ['A1', 'A2']);
});

test('S6 CM-08: a post-condition exitAll replaces the pending continue and choice and ends the session (OP.1, TB.2.3)', () => {
  const tree = treeOf([leaf('A1', `<imsss:controlMode flow="true"/>${rules({ post: [{ when: ['always'], action: 'exitAll' }] })}`), leaf('A2')], '<imsss:controlMode flow="true"/>');
  const s = new Scenario(tree);
  s.request(START);
  assert.equal(s.visit({}, CONTINUE).endSession, true);
  s.request(START);
  assert.equal(s.visit({}, choice('A2')).endSession, true);
  assert.deepEqual(s.delivered, ['A1', 'A1']);
});

test('S7 CM-09cb: a post-condition continue replaces the learner\'s choice (OP.1 step 1.3.3)', () => {
  const tree = treeOf([leaf('A1'), leaf('A2'), leaf('A3', rules({ post: [{ when: ['always'], action: 'continue' }] })), leaf('A4')], '<imsss:controlMode flow="true"/>');
  const s = new Scenario(tree);
  s.request(START);
  s.visit({}, choice('A3'));
  s.visit({}, choice('A1'));
  assert.deepEqual(s.delivered, ['A1', 'A3', 'A4']);
});

test('S8 CM-15: jump ignores choice=false; a SCO that reports unknown keeps its objective unknown, so retry does not fire', () => {
  const tree = treeOf(
    [
      cluster('C1', [leaf('A2', rules({ post: [{ when: ['objectiveStatusKnown'], action: 'retry' }] })), leaf('A3')], FLOW),
      cluster('C4', [leaf('A5'), leaf('A6')]),
    ],
    '<imsss:controlMode choice="false"/>',
  );
  const s = new Scenario(tree);
  s.request(choice('A5'));
  s.visit({}, jump('A2'));
  s.visit({ success: 'unknown' }, CONTINUE);
  s.visit({}, choice('A6'));
  assert.deepEqual(s.delivered, ['A5', 'A2', 'A3', 'A6']);
});

test('S9 CM-16: suspendAll, then a new session resumes the suspended SCO from the saved state', () => {
  const tree = treeOf([leaf('A1'), leaf('A2'), leaf('A3')], '<adlseq:constrainedChoiceConsiderations constrainChoice="true"/>');
  const first = new Scenario(tree);
  first.request(choice('A2'));
  assert.equal(first.visit({}, { type: 'suspendAll' }).endSession, true);
  const saved = JSON.parse(JSON.stringify(first.sequencer.saveState()));
  const second = new Scenario(tree, saved);
  assert.equal(second.sequencer.isValid(START), false);
  second.request({ type: 'resumeAll' });
  second.visit({}, choice('A3'));
  second.visit({}, choice('A1'));
  assert.deepEqual([...first.delivered, ...second.delivered], ['A2', 'A2', 'A3', 'A1']);
});

test('S14 RU-01ab: an ancestor\'s exit action rule, then its post-condition previous (TB.2.1, TB.2.2)', () => {
  const c2 = `${FLOW}${rules({ exit: [{ when: ['satisfied'], action: 'exit' }], post: [{ when: ['satisfied'], action: 'previous' }] })}`;
  const s = new Scenario(treeOf([leaf('A1'), cluster('C2', [leaf('A3'), leaf('A4'), leaf('A5')], c2), leaf('A6')], FLOW));
  s.request(START);
  s.visit({}, CONTINUE);
  s.visit({ success: 'passed' }, CONTINUE);
  s.visit({ success: 'passed' }, CONTINUE);
  s.visit({ success: 'passed' }, CONTINUE);
  assert.deepEqual(s.delivered, ['A1', 'A3', 'A4', 'A5', 'A1']);
});

test('S17 RU-09: retryAll exits everything and retries the root; attempt counts survive', () => {
  const c2 = `${FLOW}${rules({
    exit: [{ when: ['satisfied'], action: 'exit' }],
    post: [{ when: ['not completed'], action: 'retryAll' }, { when: ['completed'], action: 'continue' }],
  })}`;
  const a4 = `${rules({ pre: [{ when: ['attemptLimitExceeded'], action: 'skip' }] })}<imsss:limitConditions attemptLimit="2"/><adlseq:rollupConsiderations requiredForSatisfied="ifNotSkipped" requiredForCompleted="ifNotSkipped" requiredForIncomplete="ifNotSkipped"/>`;
  const s = new Scenario(treeOf([leaf('A1'), cluster('C2', [leaf('A3'), leaf('A4', a4), leaf('A5')], c2), leaf('A6')], FLOW));
  s.request(START);
  s.visit({}, CONTINUE);
  s.visit({ completion: 'completed' }, CONTINUE);
  s.visit({ completion: 'incomplete' }, CONTINUE);
  s.visit({ completion: 'completed' }, CONTINUE);
  s.visit({}, CONTINUE);
  s.visit({ completion: 'incomplete' }, CONTINUE);
  s.visit({ completion: 'completed' }, CONTINUE);
  s.visit({ completion: 'completed' }, CONTINUE);
  s.visit({}, CONTINUE);
  s.visit({ completion: 'completed' }, CONTINUE);
  s.visit({ completion: 'completed' }, PREVIOUS);
  assert.deepEqual(s.delivered, ['A1', 'A3', 'A4', 'A5', 'A1', 'A3', 'A4', 'A5', 'A1', 'A3', 'A5', 'A6']);
});

test('S18 SX-04b: abandon records nothing, the session stays open, and choosing the root delivers A1 again', () => {
  const tree = treeOf(
    [leaf('A1', rules({ pre: [{ when: ['satisfied', 'completed'], action: 'skip', combination: 'any' }] })), leaf('A2'), leaf('A3')],
    '<imsss:controlMode flow="true"/>',
  );
  const s = new Scenario(tree);
  s.request(START);
  const abandoned = s.visit({ success: 'passed' }, { type: 'abandon' });
  assert.deepEqual([abandoned.exception, abandoned.deliver, abandoned.endSession], [undefined, undefined, false]);
  s.request(choice('ORG'));
  assert.deepEqual(s.delivered, ['A1', 'A1']);
});

test('B1 SX-04a: abandonAll ends the session without writing the status to the global objective', () => {
  const a1 = `${rules({ pre: [{ when: ['satisfied'], action: 'skip' }] })}<imsss:objectives><imsss:primaryObjective objectiveID="P1"><imsss:mapInfo targetObjectiveID="gObj" writeSatisfiedStatus="true"/></imsss:primaryObjective></imsss:objectives>`;
  const s = new Scenario(treeOf([leaf('A1', a1), leaf('A2'), leaf('A3')], FLOW));
  s.request(START);
  assert.equal(s.visit({ success: 'passed' }, { type: 'abandonAll' }).endSession, true);
  s.request(START);
  assert.deepEqual(s.delivered, ['A1', 'A1']);
});

test('B3 SX-08a: a single SCO under a default root is started by flow and offers no choice (ADL buildActivityTree)', () => {
  const s = new Scenario(treeOf([leaf('A1')]));
  assert.equal(s.sequencer.tree.root.sequencing.controlMode.flow, true);
  assert.equal(s.sequencer.tree.root.sequencing.controlMode.choice, false);
  s.request(START);
  assert.deepEqual(s.delivered, ['A1']);
  assert.equal(s.sequencer.tocAvailability().get('A1'), 'disabled');
});

test('S4 CM-03a: previous into a forwardOnly cluster enters at its first child; jump may re-deliver the current SCO', () => {
  const skip = rules({ pre: [{ when: ['attempted', 'not completed'], action: 'skip' }] });
  const tree = treeOf(
    [
      cluster('C1', [leaf('A2'), leaf('A3')], FLOW),
      cluster('C4', [leaf('A5', skip), leaf('A6', skip), leaf('A7', skip)], '<imsss:controlMode flow="true" choice="false" forwardOnly="true"/>'),
      leaf('A8'),
    ],
    FLOW,
  );
  const s = new Scenario(tree);
  s.request(START);
  s.visit({}, CONTINUE);
  s.visit({}, CONTINUE);
  s.visit({ completion: 'completed' }, CONTINUE);
  s.visit({ completion: 'incomplete' }, CONTINUE);
  s.visit({ completion: 'incomplete' }, CONTINUE);
  s.visit({}, PREVIOUS);
  s.visit({}, jump('A7'));
  s.visit({}, jump('A7'));
  assert.deepEqual(s.delivered, ['A2', 'A3', 'A5', 'A6', 'A7', 'A8', 'A5', 'A7', 'A7']);
});

test('S19 SX-07e: satisfiedByMeasure overrides the SCO\'s failed; auto-satisfied and completed SCOs are skipped forward', () => {
  const skipSatisfied = rules({ pre: [{ when: ['satisfied'], action: 'skip' }] });
  const a5 = `${skipSatisfied}<imsss:objectives><imsss:primaryObjective satisfiedByMeasure="true"><imsss:minNormalizedMeasure>0.0</imsss:minNormalizedMeasure></imsss:primaryObjective></imsss:objectives>`;
  const tree = treeOf(
    [
      leaf('A1'),
      cluster('C2', [leaf('A3'), leaf('A4', skipSatisfied), leaf('A5', a5), leaf('A6', rules({ pre: [{ when: ['completed'], action: 'skip' }] }))], '<imsss:controlMode flow="true" choice="false" forwardOnly="true"/>'),
      leaf('A7'),
    ],
    FLOW,
  );
  const s = new Scenario(tree);
  s.request(START);
  s.visit({}, CONTINUE);
  s.visit({}, CONTINUE);
  s.visit({}, CONTINUE);
  s.visit({ success: 'failed', scaled: 0.9 }, CONTINUE);
  s.visit({ completion: 'completed' }, CONTINUE);
  s.visit({}, PREVIOUS);
  s.visit({}, CONTINUE);
  assert.deepEqual(s.delivered, ['A1', 'A3', 'A4', 'A5', 'A6', 'A7', 'A3', 'A7']);
});

test('continue past the last SCO ends the session and leaves nothing current', () => {
  const s = new Scenario(treeOf([leaf('A1'), leaf('A2')], FLOW));
  s.request(START);
  s.visit({}, CONTINUE);
  assert.equal(s.visit({}, CONTINUE).endSession, true);
  assert.equal(s.sequencer.currentActivity, undefined);
  s.request(START);
  assert.deepEqual(s.delivered, ['A1', 'A2', 'A1']);
});

test('exitAll ends the session (TB.2.3 exit all)', () => {
  const s = new Scenario(treeOf([leaf('A1'), leaf('A2')], FLOW));
  s.request(START);
  assert.equal(s.visit({}, EXIT_ALL).endSession, true);
  assert.equal(s.sequencer.state.activities['ORG']!.isActive, false);
});
