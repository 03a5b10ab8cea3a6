// SN book 4th ed. SR.1 Select Children Process and SR.2 Randomize Children Process, and the
// session-start preparation ADL's reference sequencer applies (ADLSequencer.prepareClusters).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prepareClustersForSession } from '../../../../src/runtime/sequencing/selection/prepare-clusters.js';
import { randomizeChildrenProcess } from '../../../../src/runtime/sequencing/selection/sr-2-randomize-children.js';
import { selectChildrenProcess } from '../../../../src/runtime/sequencing/selection/sr-1-select-children.js';
import { cluster, fixture, leaf, seq, treeOf } from '../sequencing-request/fixture.js';

const FOUR = leaf('A1') + leaf('A2') + leaf('A3') + leaf('A4');

function withControls(attributes: string, randoms: readonly number[] = []) {
  return fixture(treeOf(cluster('C', FOUR, seq(`<imsss:randomizationControls ${attributes}/>`))), { randoms });
}

function available(fx: ReturnType<typeof fixture>): string[] {
  return fx.ws.availableChildren(fx.get('C')).map((child) => child.id);
}

test('SR.1 step 4: selectCount children are drawn, kept in manifest order', () => {
  // Draws position 3 of [0,1,2,3], then position 1+0 of the rest: A4 and A2.
  const fx = withControls('selectCount="2" selectionTiming="once"', [0.9, 0]);
  selectChildrenProcess(fx.ws, fx.get('C'));
  assert.deepEqual(available(fx), ['A2', 'A4']);
  assert.equal(fx.ws.tracking(fx.get('C')).selectionDone, true);
});

test('SR.1 step 4: timing once selects a single time', () => {
  const fx = withControls('selectCount="2" selectionTiming="once"', [0.9, 0, 0, 0]);
  selectChildrenProcess(fx.ws, fx.get('C'));
  selectChildrenProcess(fx.ws, fx.get('C'));
  assert.deepEqual(available(fx), ['A2', 'A4']);
});

test('SR.1 step 3: timing never leaves every child available', () => {
  const fx = withControls('selectCount="2"', [0.9, 0]);
  selectChildrenProcess(fx.ws, fx.get('C'));
  assert.deepEqual(available(fx), ['A1', 'A2', 'A3', 'A4']);
  assert.equal(fx.ws.tracking(fx.get('C')).selectionDone, false);
});

test('SR.1 step 2: nothing is selected while the cluster is active', () => {
  const fx = withControls('selectCount="2" selectionTiming="onEachNewAttempt"', [0.9, 0]);
  fx.ws.edit(fx.get('C')).isActive = true;
  selectChildrenProcess(fx.ws, fx.get('C'));
  assert.deepEqual(available(fx), ['A1', 'A2', 'A3', 'A4']);
});

test('SR.1: timing onEachNewAttempt selects anew on each call, as ADL does', () => {
  const fx = withControls('selectCount="1" selectionTiming="onEachNewAttempt"', [0, 0.9]);
  selectChildrenProcess(fx.ws, fx.get('C'));
  assert.deepEqual(available(fx), ['A1']);
  selectChildrenProcess(fx.ws, fx.get('C'));
  assert.deepEqual(available(fx), ['A4']);
});

test('SR.1: a selectCount not smaller than the number of children selects them all', () => {
  const fx = withControls('selectCount="9" selectionTiming="once"');
  selectChildrenProcess(fx.ws, fx.get('C'));
  assert.deepEqual(available(fx), ['A1', 'A2', 'A3', 'A4']);
});

test('SR.2 step 4: reorderChildren shuffles the available children with the injected random source', () => {
  // Fisher–Yates from the end, always drawing position 0: swap 3↔0, then 2↔0, then 1↔0.
  const fx = withControls('reorderChildren="true" randomizationTiming="once"', [0, 0, 0]);
  randomizeChildrenProcess(fx.ws, fx.get('C'));
  assert.deepEqual(available(fx), ['A2', 'A3', 'A4', 'A1']);
  assert.equal(fx.ws.tracking(fx.get('C')).randomizationDone, true);
});

test('SR.2 step 4: timing once does not reorder after the first attempt has begun', () => {
  const fx = withControls('reorderChildren="true" randomizationTiming="once"', [0, 0, 0]);
  fx.ws.edit(fx.get('C')).activityProgressStatus = true;
  randomizeChildrenProcess(fx.ws, fx.get('C'));
  assert.deepEqual(available(fx), ['A1', 'A2', 'A3', 'A4']);
});

test('SR.2: without reorderChildren the order stays', () => {
  const fx = withControls('randomizationTiming="onEachNewAttempt"', [0, 0, 0]);
  randomizeChildrenProcess(fx.ws, fx.get('C'));
  assert.deepEqual(available(fx), ['A1', 'A2', 'A3', 'A4']);
});

test('SR.2 after SR.1: only the selected children are reordered', () => {
  const fx = withControls('selectCount="2" selectionTiming="once" reorderChildren="true" randomizationTiming="once"', [0.9, 0, 0]);
  selectChildrenProcess(fx.ws, fx.get('C'));
  randomizeChildrenProcess(fx.ws, fx.get('C'));
  assert.deepEqual(available(fx), ['A4', 'A2']);
});

test('prepareClustersForSession selects and randomizes each cluster not yet prepared, once', () => {
  const fx = withControls('selectCount="1" selectionTiming="onEachNewAttempt"', [0, 0.9]);
  prepareClustersForSession(fx.ws);
  assert.deepEqual(available(fx), ['A1']);
  prepareClustersForSession(fx.ws);
  assert.deepEqual(available(fx), ['A1']);
});
