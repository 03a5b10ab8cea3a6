/**
 * What the run-time data of a delivered SCO tells the tracking model when its session ends
 * (SN book 4th ed. §4.2 and RTE book §4.2, the mapping of cmi.* onto the tracking model):
 * cmi.completion_status → attempt completion, cmi.success_status → primary objective
 * satisfaction, cmi.score.scaled → its normalized measure, cmi.progress_measure → attempt
 * completion amount, cmi.objectives.n → the activity's objective with that objectiveID, the
 * 4th edition's raw/min/max/completion/progress into objective progress, cmi.session_time →
 * experienced durations, cmi.exit = suspend → the activity is suspended.
 *
 * Only the current, active, tracked leaf takes reports (as ADL's reference sequencer does), and
 * only what the content made known: a status it never set stays as the attempt began.
 */
import type { Activity } from './activity-tree.js';
import type { RuntimeObjectiveReport, RuntimeReport } from './navigator.js';
import { completionThresholdOf } from './objectives/completion-threshold.js';
import { readObjective, writeObjectiveMaps } from './objectives/objective-maps.js';
import { objectiveDefinitions, type SequencingWorkspace } from './sequencing-workspace.js';
import { forgetObjectiveValue, type ForgettableValue } from './termination/forget-objective-values.js';
import type { ActivityTracking } from './tracking-model.js';

/** Applies the report; returns false when it was not taken (not the current active tracked leaf). */
export function applyRuntimeReport(ws: SequencingWorkspace, report: RuntimeReport): boolean {
  const activity = ws.currentActivity;
  if (activity === undefined || activity.id !== report.activityId || activity.children.length > 0) return false;
  if (!activity.sequencing.deliveryControls.tracked || !ws.tracking(activity).isActive) return false;
  applyAttemptProgress(activity, ws.edit(activity), report);
  const definitions = objectiveDefinitions(activity);
  // cmi.objectives first: the cmi.* values of the primary objective, when the content set them, then prevail.
  // The primary objective's status set through its cmi.objectives record counts as set by the
  // content too (ADL reports primaryStatusSetBySCO for it), so End Attempt leaves it alone.
  let primarySuccessSet = report.successStatusSet;
  for (const objective of report.objectives) {
    const index = definitions.findIndex((definition) => definition.objectiveID === objective.id);
    if (index < 0) continue;
    const successSet = applyObjective(ws, activity, index, objective, EVERY_VALUE_REPORTED);
    if (index === 0 && successSet) primarySuccessSet = true;
  }
  applyObjective(ws, activity, 0, primaryObjectiveReport(report), {
    satisfaction: report.successStatusSet,
    completion: report.completionStatusSet,
    measure: false,
    progressMeasure: false,
  });
  const tracking = ws.edit(activity);
  if (report.completionStatusSet) tracking.completionStatusSetByContent = true;
  if (primarySuccessSet) tracking.successStatusSetByContent = true;
  // SN §4.2.3 experienced durations: the time the learner spent in the content.
  tracking.attemptExperiencedDuration += report.sessionTime;
  tracking.activityExperiencedDuration += report.sessionTime;
  // RTE §4.2.8 cmi.exit: suspend keeps the attempt open for the next delivery (ADL reportSuspension).
  tracking.isSuspended = report.exit === 'suspend';
  writeObjectiveMaps(ws, activity);
  return true;
}

function applyAttemptProgress(activity: Activity, tracking: ActivityTracking, report: RuntimeReport): void {
  if (report.progressMeasure !== undefined) {
    tracking.attemptCompletionAmountStatus = true;
    tracking.attemptCompletionAmount = report.progressMeasure;
  }
  // SN §3.14 / RTE §4.2.4.1: a measure-based completion threshold decides from the progress measure.
  const threshold = completionThresholdOf(activity);
  if (threshold?.completedByMeasure === true && report.progressMeasure !== undefined) {
    tracking.attemptProgressStatus = true;
    tracking.attemptCompletionStatus = report.progressMeasure >= threshold.minProgressMeasure;
    return;
  }
  const status = completionOf(report.completionStatus);
  if (status === undefined && !report.completionStatusSet) return;
  tracking.attemptProgressStatus = status !== undefined;
  tracking.attemptCompletionStatus = status === true;
}

/** The primary objective's view of the cmi.* values (the 4th edition shares all of them through adlseq:mapInfo). */
function primaryObjectiveReport(report: RuntimeReport): RuntimeObjectiveReport {
  return {
    id: '',
    successStatus: report.successStatus,
    completionStatus: report.completionStatus,
    scoreScaled: report.scoreScaled,
    scoreRaw: report.scoreRaw,
    scoreMin: report.scoreMin,
    scoreMax: report.scoreMax,
    progressMeasure: report.progressMeasure,
  };
}

/** Which of an objective's values, reported unknown, the content may have set to unknown. */
type UnknownMeansSet = Readonly<Record<ForgettableValue, boolean>>;

/** cmi.objectives.n: every value the content was given is its to change. */
const EVERY_VALUE_REPORTED: UnknownMeansSet = { satisfaction: true, measure: true, completion: true, progressMeasure: true };

/**
 * One objective's reported values. A value reported unknown where the content was given a known
 * one (its objective as the activity sees it, global reads included) was set back to unknown by
 * the content: it is forgotten, locally and in the globals it writes to. For the primary
 * objective's cmi.success_status and cmi.completion_status, only when the content set them
 * (CTS CO-13a, OB-17a/b, SX-11b/c). Returns whether the report made the satisfaction known or forgot it.
 */
function applyObjective(
  ws: SequencingWorkspace,
  activity: Activity,
  index: number,
  report: RuntimeObjectiveReport,
  unknownMeansSet: UnknownMeansSet,
): boolean {
  const definition = objectiveDefinitions(activity)[index]!;
  const seen = readObjective(ws, activity, index);
  const success = report.successStatus === 'passed' ? true : report.successStatus === 'failed' ? false : undefined;
  const completion = completionOf(report.completionStatus);
  const forgotten = success === undefined && unknownMeansSet.satisfaction && seen.progressStatus;
  if (forgotten) forgetObjectiveValue(ws, activity, index, 'satisfaction');
  if (report.scoreScaled === undefined && unknownMeansSet.measure && seen.measureStatus) forgetObjectiveValue(ws, activity, index, 'measure');
  if (completion === undefined && unknownMeansSet.completion && seen.completionStatus !== 'unknown') {
    forgetObjectiveValue(ws, activity, index, 'completion');
  }
  if (report.progressMeasure === undefined && unknownMeansSet.progressMeasure && seen.progressMeasure !== null) {
    forgetObjectiveValue(ws, activity, index, 'progressMeasure');
  }
  const objective = ws.edit(activity).objectives[index]!;
  if (success !== undefined) {
    objective.progressStatus = true;
    objective.satisfiedStatus = success;
  }
  if (report.scoreScaled !== undefined) {
    objective.measureStatus = true;
    objective.normalizedMeasure = report.scoreScaled;
    // SN §3.10.1 Objective Satisfied by Measure: the measure decides, whatever the content said.
    if (definition.satisfiedByMeasure) {
      objective.progressStatus = true;
      objective.satisfiedStatus = report.scoreScaled >= definition.minNormalizedMeasure;
    }
  }
  if (report.scoreRaw !== undefined) objective.rawScore = report.scoreRaw;
  if (report.scoreMin !== undefined) objective.minScore = report.scoreMin;
  if (report.scoreMax !== undefined) objective.maxScore = report.scoreMax;
  if (completion !== undefined) objective.completionStatus = completion ? 'completed' : 'incomplete';
  if (report.progressMeasure !== undefined) objective.progressMeasure = report.progressMeasure;
  return success !== undefined || forgotten;
}

/**
 * cmi.completion_status as a known/unknown completion: `not attempted` counts as incomplete, as
 * ADL's reference run-time reports it (spec-notes B2, SX-06).
 */
function completionOf(status: string): boolean | undefined {
  if (status === 'completed') return true;
  if (status === 'incomplete' || status === 'not attempted') return false;
  return undefined;
}
