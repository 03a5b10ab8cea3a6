import { test } from 'node:test';
import assert from 'node:assert/strict';
import { activityStatusFromTracking, sequencingStateOf, trackingOf } from '../../../src/components/context/activity-status.js';
import { unknownActivityStatus } from '../../../src/components/context/scorm-player-controller.js';
import { emptySequencingState, initialActivityTracking, type ActivityTracking } from '../../../src/runtime/sequencing/tracking-model.js';
import { courseTree, FakeNavigator } from './course-fixture.js';

function tracking(change: Partial<ActivityTracking>, primary: Partial<ActivityTracking['objectives'][number]> = {}): ActivityTracking {
  const record = { ...initialActivityTracking(1), ...change };
  record.objectives = [{ ...record.objectives[0]!, ...primary }];
  return record;
}

test('an activity without a tracking record is unknown and not attempted', () => {
  assert.deepEqual(activityStatusFromTracking(undefined), unknownActivityStatus);
  assert.deepEqual(activityStatusFromTracking(initialActivityTracking(1)), unknownActivityStatus);
});

test('completion is known only when Attempt Progress Status is true', () => {
  assert.equal(activityStatusFromTracking(tracking({ attemptCompletionStatus: true })).completion, 'unknown');
  assert.equal(activityStatusFromTracking(tracking({ attemptProgressStatus: true, attemptCompletionStatus: true })).completion, 'completed');
  assert.equal(activityStatusFromTracking(tracking({ attemptProgressStatus: true })).completion, 'incomplete');
});

test('success comes from the primary objective, known only with its Progress Status', () => {
  assert.equal(activityStatusFromTracking(tracking({}, { satisfiedStatus: true })).success, 'unknown');
  assert.equal(activityStatusFromTracking(tracking({}, { progressStatus: true, satisfiedStatus: true })).success, 'passed');
  assert.equal(activityStatusFromTracking(tracking({}, { progressStatus: true })).success, 'failed');
});

test('the measure is null unless Objective Measure Status is true', () => {
  assert.equal(activityStatusFromTracking(tracking({}, { normalizedMeasure: 0.5 })).measure, null);
  assert.equal(activityStatusFromTracking(tracking({}, { measureStatus: true, normalizedMeasure: 0.5 })).measure, 0.5);
});

test('attempts and suspension are read from the activity state', () => {
  const status = activityStatusFromTracking(tracking({ activityProgressStatus: true, activityAttemptCount: 2, isSuspended: true }));
  assert.equal(status.attempted, true);
  assert.equal(status.attempts, 2);
  assert.equal(status.suspended, true);
});

test('sequencingStateOf accepts only the SN sequencer state format', () => {
  const navigator = new FakeNavigator(courseTree());
  assert.equal(sequencingStateOf(navigator), undefined);
  navigator.state = emptySequencingState('ORG');
  assert.equal(sequencingStateOf(navigator)?.organizationId, 'ORG');
  assert.equal(sequencingStateOf(undefined), undefined);
});

test('trackingOf never resolves prototype names as activities', () => {
  const state = emptySequencingState('ORG');
  assert.equal(trackingOf(state, '__proto__'), undefined);
  assert.equal(trackingOf(state, 'constructor'), undefined);
  assert.equal(trackingOf(state, 'toString'), undefined);
});
