// SN book 4th ed. RB.1.1 a Measure Rollup Process and RB.1.1 b Completion Measure Rollup Process.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { measureRollupProcess } from '../../../../src/runtime/sequencing/rollup/rb-1-1-a-measure-rollup.js';
import { completionMeasureRollupProcess } from '../../../../src/runtime/sequencing/rollup/rb-1-1-b-completion-measure-rollup.js';
import { cluster, fixture, leaf, objective, seq, track, type Fixture } from '../objectives/fixture.js';

function weight(value: number): string {
  return seq(`<imsss:rollupRules objectiveMeasureWeight="${value}"/>`);
}

function progressWeight(value: number): string {
  return `<adlcp:completionThreshold progressWeight="${value}"/>`;
}

function measureOf(f: Fixture, id: string): number | undefined {
  const primary = f.ws.tracking(f.get(id)).objectives[0]!;
  return primary.measureStatus ? primary.normalizedMeasure : undefined;
}

function amountOf(f: Fixture, id: string): number | undefined {
  const tracking = f.ws.tracking(f.get(id));
  return tracking.attemptCompletionAmountStatus ? tracking.attemptCompletionAmount : undefined;
}

test('CTS MS-02: measures weighted 0.75, 0.25, 0.25 roll up to 0.45', () => {
  const f = fixture(cluster('C2', leaf('A3', weight(0.75)) + leaf('A4', weight(0.25)) + leaf('A5', weight(0.25))));
  objective(f, 'A3', { measureStatus: true, normalizedMeasure: 0.25 });
  objective(f, 'A4', { measureStatus: true, normalizedMeasure: 1 });
  objective(f, 'A5', { measureStatus: true, normalizedMeasure: 0.5 });
  measureRollupProcess(f.ws, f.get('C2'));
  assert.ok(Math.abs(measureOf(f, 'C2')! - 0.45) < 1e-12);
});

test('a child without a measure counts in the weights but adds nothing', () => {
  const f = fixture(cluster('C1', leaf('A2') + leaf('A3')));
  objective(f, 'A2', { measureStatus: true, normalizedMeasure: 0.8 });
  measureRollupProcess(f.ws, f.get('C1'));
  assert.equal(measureOf(f, 'C1'), 0.4);
});

test('no child measure known: the measure becomes unknown', () => {
  const f = fixture(cluster('C1', leaf('A2') + leaf('A3')));
  objective(f, 'C1', { measureStatus: true, normalizedMeasure: 0.9 });
  measureRollupProcess(f.ws, f.get('C1'));
  assert.equal(measureOf(f, 'C1'), undefined);
});

test('untracked children are left out of measure rollup', () => {
  const f = fixture(cluster('C1', leaf('A2') + leaf('A3', seq('<imsss:deliveryControls tracked="false"/>'))));
  objective(f, 'A2', { measureStatus: true, normalizedMeasure: 0.6 });
  objective(f, 'A3', { measureStatus: true, normalizedMeasure: -1 });
  measureRollupProcess(f.ws, f.get('C1'));
  assert.equal(measureOf(f, 'C1'), 0.6);
});

test('children weighted zero add nothing and all-zero weights leave the measure unknown', () => {
  const f = fixture(cluster('C1', leaf('A2', weight(0)) + leaf('A3', weight(0))));
  objective(f, 'A2', { measureStatus: true, normalizedMeasure: 0.6 });
  measureRollupProcess(f.ws, f.get('C1'));
  assert.equal(measureOf(f, 'C1'), undefined);
});

test('a measure from before the parent\'s current attempt counts as unknown', () => {
  const f = fixture(cluster('C1', leaf('A2') + leaf('A3')));
  objective(f, 'A2', { measureStatus: true, normalizedMeasure: 0.6 });
  objective(f, 'A3', { measureStatus: true, normalizedMeasure: 0.2 });
  track(f, 'A3', { objectivesFromPriorAttempt: true });
  measureRollupProcess(f.ws, f.get('C1'));
  assert.equal(measureOf(f, 'C1'), 0.3);
});

test('a rollup that changes nothing leaves the record unedited', () => {
  const f = fixture(cluster('C1', leaf('A2')));
  const before = f.ws.tracking(f.get('C1'));
  measureRollupProcess(f.ws, f.get('C1'));
  completionMeasureRollupProcess(f.ws, f.get('C1'));
  assert.equal(f.ws.tracking(f.get('C1')), before);
});

test('CTS CT-02: progress weights 0.75, 0.25, 0.25 roll up to 0.45', () => {
  const f = fixture(cluster('C2', leaf('A3', progressWeight(0.75)) + leaf('A4', progressWeight(0.25)) + leaf('A5', progressWeight(0.25))));
  track(f, 'A3', { attemptCompletionAmountStatus: true, attemptCompletionAmount: 0.25 });
  track(f, 'A4', { attemptCompletionAmountStatus: true, attemptCompletionAmount: 1 });
  track(f, 'A5', { attemptCompletionAmountStatus: true, attemptCompletionAmount: 0.5 });
  completionMeasureRollupProcess(f.ws, f.get('C2'));
  assert.ok(Math.abs(amountOf(f, 'C2')! - 0.45) < 1e-12);
});

test('without a completion threshold a child weighs 1.0 in completion measure rollup', () => {
  const f = fixture(cluster('C1', leaf('A2') + leaf('A3', progressWeight(0.5))));
  track(f, 'A2', { attemptCompletionAmountStatus: true, attemptCompletionAmount: 0.3 });
  track(f, 'A3', { attemptCompletionAmountStatus: true, attemptCompletionAmount: 0.9 });
  completionMeasureRollupProcess(f.ws, f.get('C1'));
  assert.ok(Math.abs(amountOf(f, 'C1')! - 0.5) < 1e-12);
});

test('no child completion amount known: the amount becomes unknown', () => {
  const f = fixture(cluster('C1', leaf('A2')));
  track(f, 'C1', { attemptCompletionAmountStatus: true, attemptCompletionAmount: 0.3 });
  completionMeasureRollupProcess(f.ws, f.get('C1'));
  assert.equal(amountOf(f, 'C1'), undefined);
});

test('a completion amount from before the parent\'s current attempt counts as unknown', () => {
  const f = fixture(cluster('C1', leaf('A2') + leaf('A3')));
  track(f, 'A2', { attemptCompletionAmountStatus: true, attemptCompletionAmount: 1 });
  track(f, 'A3', { attemptCompletionAmountStatus: true, attemptCompletionAmount: 1, progressFromPriorAttempt: true });
  completionMeasureRollupProcess(f.ws, f.get('C1'));
  assert.equal(amountOf(f, 'C1'), 0.5);
});
