/**
 * SN book 4th ed. UP.1 Limit Conditions Check Process.
 *
 * ADL's reference sequencer (ADLSequencer.evaluateLimitConditions) tests only the attempt limit;
 * the book also tests the duration and time limits, which this follows. A limit the manifest
 * reader accepted but that cannot be read as a duration or a time is no limit.
 */
import type { Activity } from '../activity-tree.js';
import { parseXsDuration } from '../objectives/xs-duration.js';
import type { SequencingWorkspace } from '../sequencing-workspace.js';

/** SN UP.1 Limit Conditions Check Process: true when a limit condition is violated. */
export function limitConditionsCheckProcess(ws: SequencingWorkspace, activity: Activity): boolean {
  // 1: untracked activities have no limits.
  if (!activity.sequencing.deliveryControls.tracked) return false;
  const tracking = ws.tracking(activity);
  // 2: limits are only checked before an activity is (re)entered, never while it is in progress.
  if (tracking.isActive || tracking.isSuspended) return false;
  const limits = activity.sequencing.limitConditions;
  // 3
  if (limits.attemptLimit !== undefined && tracking.activityProgressStatus && tracking.activityAttemptCount >= limits.attemptLimit) {
    return true;
  }
  // 4
  if (tracking.activityProgressStatus && reached(tracking.activityAbsoluteDuration, limits.activityAbsoluteDurationLimit)) return true;
  // 5
  if (tracking.activityProgressStatus && reached(tracking.activityExperiencedDuration, limits.activityExperiencedDurationLimit)) return true;
  // 6
  if (tracking.activityProgressStatus && tracking.attemptProgressStatus && reached(tracking.attemptAbsoluteDuration, limits.attemptAbsoluteDurationLimit)) {
    return true;
  }
  // 7
  if (tracking.activityProgressStatus && tracking.attemptProgressStatus && reached(tracking.attemptExperiencedDuration, limits.attemptExperiencedDurationLimit)) {
    return true;
  }
  // 8-9
  if (limits.beginTimeLimit === undefined && limits.endTimeLimit === undefined) return false;
  const now = ws.environment.clock.now();
  const begin = timeOf(limits.beginTimeLimit);
  if (begin !== undefined && now < begin) return true;
  const end = timeOf(limits.endTimeLimit);
  if (end !== undefined && now > end) return true;
  // 10
  return false;
}

/**
 * Whether a duration in milliseconds is at or past an xs:duration limit (undefined: no limit).
 * Parsed when met: few activities declare limits, so the common path costs one comparison.
 */
function reached(duration: number, limit: string | undefined): boolean {
  if (limit === undefined) return false;
  const milliseconds = parseXsDuration(limit);
  return milliseconds !== undefined && duration >= milliseconds;
}

/** An xs:dateTime limit as epoch milliseconds (undefined: no limit). */
function timeOf(limit: string | undefined): number | undefined {
  if (limit === undefined) return undefined;
  const time = Date.parse(limit);
  return Number.isNaN(time) ? undefined : time;
}
