/**
 * The status an activity shows, read from the SCORM 2004 tracking model, for hosts whose
 * navigator saves a SequencingState (the SN sequencer does).
 */
import type { Navigator } from '../../runtime/sequencing/navigator.js';
import type { ActivityTracking, SequencingState } from '../../runtime/sequencing/tracking-model.js';
import { unknownActivityStatus, type ActivityStatus } from './scorm-player-controller.js';

/**
 * SN book 4th ed. §4.2.1 (objective progress information of the primary objective), §4.2.2
 * (activity progress), §4.2.3 (attempt progress) and §4.2.4 (Activity is Suspended): a status is
 * known only when its `…Status` flag says so.
 */
export function activityStatusFromTracking(tracking: ActivityTracking | undefined): ActivityStatus {
  if (tracking === undefined) return unknownActivityStatus;
  const primary = tracking.objectives[0];
  return {
    attempted: tracking.activityProgressStatus,
    completion: tracking.attemptProgressStatus ? (tracking.attemptCompletionStatus ? 'completed' : 'incomplete') : 'unknown',
    success: primary?.progressStatus === true ? (primary.satisfiedStatus ? 'passed' : 'failed') : 'unknown',
    suspended: tracking.isSuspended,
    attempts: tracking.activityAttemptCount,
    measure: primary?.measureStatus === true ? primary.normalizedMeasure : null,
  };
}

/** The navigator's state when it is the SN sequencer's SequencingState; undefined otherwise. */
export function sequencingStateOf(navigator: Navigator | undefined): SequencingState | undefined {
  const state: unknown = navigator?.saveState();
  if (typeof state !== 'object' || state === null) return undefined;
  return Reflect.get(state, 'format') === 'scorm-player/sequencing' ? (state as SequencingState) : undefined;
}

/** The tracking record of an activity in a state (untrusted identifiers never reach the prototype). */
export function trackingOf(state: SequencingState, activityId: string): ActivityTracking | undefined {
  return Object.hasOwn(state.activities, activityId) ? state.activities[activityId] : undefined;
}
