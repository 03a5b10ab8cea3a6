/**
 * The value of one sequencing rule condition (SN book 4th ed. §3.4.2, UP.2.1 step 2) or rollup
 * rule condition (SN §3.7.2, RB.1.4.1 step 2) for an activity, in three-valued logic: a
 * condition on something the tracking model does not know is Unknown, and `not` keeps it so.
 *
 * As in ADL's reference sequencer (SeqConditionSet, SeqActivity): an activity that is not
 * tracked knows nothing of its objectives and progress, and an objective ID the activity does
 * not have reads as an objective nothing is known of.
 */
import type {
  RollupCondition,
  RuleCondition,
  SequencingRuleCondition,
} from '../../package/sequencing/model.js';
import type { Activity } from '../activity-tree.js';
import { objectiveDefinitions, type SequencingWorkspace } from '../sequencing-workspace.js';
import { initialObjectiveProgress, type ObjectiveProgress } from '../tracking-model.js';
import { attemptCompleted, peekObjective } from './objective-maps.js';
import { objectivesFromPriorAttempt, progressFromPriorAttempt } from './prior-attempt.js';
import { negateTrilean, type Trilean } from './trilean.js';
import { parseXsDuration } from './xs-duration.js';

const NOTHING_KNOWN: Readonly<ObjectiveProgress> = Object.freeze(initialObjectiveProgress());

/**
 * SN UP.2.1 step 2: the value of a sequencing rule condition for the activity, its operator
 * applied. `referencedObjective` names one of the activity's objectives; none means the primary.
 */
export function sequencingRuleConditionValue(ws: SequencingWorkspace, activity: Activity, condition: RuleCondition): Trilean {
  const value = conditionValue(ws, activity, condition.condition, objectiveIndex(activity, condition.referencedObjective), condition.measureThreshold, false);
  return condition.operator === 'not' ? negateTrilean(value) : value;
}

/**
 * What rollup conditions read of a child: its primary objective and its attempt's completion as
 * rollupConditionValue would read them, read once for all of its parent's rules.
 */
export interface RollupReads {
  readonly objective: Readonly<ObjectiveProgress>;
  readonly completed: Trilean;
}

/**
 * SN RB.1.4.1 step 2: the value of a rollup condition for a child activity, its operator applied.
 * Rollup reads the child's primary objective (the one that contributes to rollup), leaving out
 * the local information it recorded before its parent's current attempt (see prior-attempt.ts),
 * or takes them from `reads` when the caller has read them already.
 */
export function rollupConditionValue(ws: SequencingWorkspace, activity: Activity, condition: RollupCondition, reads?: RollupReads): Trilean {
  const value = conditionValue(ws, activity, condition.condition, 0, 0, true, reads);
  return condition.operator === 'not' ? negateTrilean(value) : value;
}

function conditionValue(
  ws: SequencingWorkspace,
  activity: Activity,
  condition: SequencingRuleCondition,
  objective: number,
  measureThreshold: number,
  forRollup: boolean,
  reads?: RollupReads,
): Trilean {
  switch (condition) {
    case 'satisfied': {
      const seen = objectiveSeen(ws, activity, objective, forRollup, reads);
      return seen.progressStatus ? seen.satisfiedStatus : undefined;
    }
    case 'objectiveStatusKnown':
      return objectiveSeen(ws, activity, objective, forRollup, reads).progressStatus;
    case 'objectiveMeasureKnown':
      return objectiveSeen(ws, activity, objective, forRollup, reads).measureStatus;
    case 'objectiveMeasureGreaterThan': {
      const seen = objectiveSeen(ws, activity, objective, forRollup, reads);
      return seen.measureStatus ? seen.normalizedMeasure > measureThreshold : undefined;
    }
    case 'objectiveMeasureLessThan': {
      const seen = objectiveSeen(ws, activity, objective, forRollup, reads);
      return seen.measureStatus ? seen.normalizedMeasure < measureThreshold : undefined;
    }
    case 'completed':
      return completionSeen(ws, activity, forRollup, reads);
    case 'activityProgressKnown':
      // Attempt Progress Status: whether the completion of the current attempt is known.
      return completionSeen(ws, activity, forRollup, reads) !== undefined;
    case 'attempted': {
      const tracking = ws.tracking(activity);
      return tracking.activityProgressStatus && tracking.activityAttemptCount > 0;
    }
    case 'attemptLimitExceeded': {
      const limit = activity.sequencing.limitConditions.attemptLimit;
      const tracking = ws.tracking(activity);
      return limit !== undefined && limit > 0 && tracking.activityProgressStatus && tracking.activityAttemptCount >= limit;
    }
    case 'timeLimitExceeded':
      return timeLimitExceeded(ws, activity);
    case 'outsideAvailableTimeRange':
      return outsideAvailableTimeRange(ws, activity);
    case 'always':
      return true;
  }
}

/** The index of the activity's objective with this objectiveID (undefined: primary), -1 when it has none. */
function objectiveIndex(activity: Activity, objectiveId: string | undefined): number {
  if (objectiveId === undefined) return 0;
  return objectiveDefinitions(activity).findIndex((definition) => definition.objectiveID === objectiveId);
}

/** The objective as the condition sees it; read it at once, the next read may overwrite it (see peekObjective). */
function objectiveSeen(
  ws: SequencingWorkspace,
  activity: Activity,
  index: number,
  forRollup: boolean,
  reads: RollupReads | undefined,
): Readonly<ObjectiveProgress> {
  if (reads !== undefined) return reads.objective;
  if (index < 0 || !activity.sequencing.deliveryControls.tracked) return NOTHING_KNOWN;
  return peekObjective(ws, activity, index, !forRollup || !objectivesFromPriorAttempt(ws, activity));
}

function completionSeen(ws: SequencingWorkspace, activity: Activity, forRollup: boolean, reads: RollupReads | undefined): Trilean {
  if (reads !== undefined) return reads.completed;
  if (!activity.sequencing.deliveryControls.tracked) return undefined;
  return attemptCompleted(ws, activity, !forRollup || !progressFromPriorAttempt(ws, activity));
}

/**
 * Time Limit Exceeded (SN §3.4.2, the duration limits of §3.5 as UP.1 checks them): a duration
 * limit the manifest sets is reached. An attempt in progress counts its absolute duration up to
 * now; experienced durations are what the content has reported.
 */
function timeLimitExceeded(ws: SequencingWorkspace, activity: Activity): boolean {
  const limits = activity.sequencing.limitConditions;
  if (
    limits.attemptAbsoluteDurationLimit === undefined &&
    limits.attemptExperiencedDurationLimit === undefined &&
    limits.activityAbsoluteDurationLimit === undefined &&
    limits.activityExperiencedDurationLimit === undefined
  ) {
    return false;
  }
  const tracking = ws.tracking(activity);
  const running = tracking.attemptStartedAt === null ? 0 : Math.max(0, ws.environment.clock.now() - tracking.attemptStartedAt);
  const attemptAbsolute = tracking.attemptStartedAt === null ? tracking.attemptAbsoluteDuration : running;
  return (
    reached(attemptAbsolute, limits.attemptAbsoluteDurationLimit) ||
    reached(tracking.attemptExperiencedDuration, limits.attemptExperiencedDurationLimit) ||
    reached(tracking.activityAbsoluteDuration + running, limits.activityAbsoluteDurationLimit) ||
    reached(tracking.activityExperiencedDuration, limits.activityExperiencedDurationLimit)
  );
}

function reached(duration: number, limit: string | undefined): boolean {
  if (limit === undefined) return false;
  const milliseconds = parseXsDuration(limit);
  return milliseconds !== undefined && duration >= milliseconds;
}

/** Outside Available Time Range (SN §3.4.2, §3.5 beginTimeLimit / endTimeLimit): now is before the begin or after the end. */
function outsideAvailableTimeRange(ws: SequencingWorkspace, activity: Activity): boolean {
  const { beginTimeLimit, endTimeLimit } = activity.sequencing.limitConditions;
  if (beginTimeLimit === undefined && endTimeLimit === undefined) return false;
  const now = ws.environment.clock.now();
  const begin = beginTimeLimit === undefined ? Number.NaN : Date.parse(beginTimeLimit);
  const end = endTimeLimit === undefined ? Number.NaN : Date.parse(endTimeLimit);
  return now < begin || now > end;
}
