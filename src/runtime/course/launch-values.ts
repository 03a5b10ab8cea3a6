/**
 * What the LMS gives content at launch, from the manifest and the tracking model: SCORM 2004 4th
 * ed. RTE §4.2 (cmi.launch_data ← adlcp:dataFromLMS, cmi.completion_threshold ←
 * adlcp:completionThreshold, cmi.scaled_passing_score ← the primary objective's
 * minNormalizedMeasure when satisfiedByMeasure, cmi.max_time_allowed ←
 * attemptAbsoluteDurationLimit, cmi.time_limit_action ← adlcp:timeLimitAction, cmi.objectives ←
 * the activity's objective IDs), adl.data buckets (adlcp:data); SCORM 1.2 RTE §3.4
 * (cmi.launch_data, cmi.student_data.*).
 */
import type { RuntimeDataModel, SharedDataBucket } from '../datamodel/data-model.js';
import type { Activity } from '../sequencing/activity-tree.js';
import { objectiveDefinitions } from '../sequencing/sequencing-workspace.js';
import type { ObjectiveProgress } from '../sequencing/tracking-model.js';

export interface ContentLaunchValues {
  readonly initialValues: Readonly<Record<string, string>>;
  readonly sharedDataBuckets: readonly SharedDataBucket[];
}

/** SCORM 2004: the scalar launch values and the adl.data buckets of a leaf. */
export function scorm2004LaunchValues(activity: Activity): ContentLaunchValues {
  const values: Record<string, string> = {};
  const item = activity.launch?.item;
  if (item?.dataFromLms !== undefined) values['cmi.launch_data'] = item.dataFromLms;
  // RTE §4.2.5: the threshold is the minimum progress measure, which applies only when completion is by measure.
  const threshold = item?.completionThreshold;
  if (threshold !== undefined && threshold.completedByMeasure) {
    values['cmi.completion_threshold'] = formatReal(threshold.minProgressMeasure);
  }
  const primary = activity.sequencing.primaryObjective;
  if (primary.satisfiedByMeasure) values['cmi.scaled_passing_score'] = formatReal(primary.minNormalizedMeasure);
  const limit = activity.sequencing.limitConditions.attemptAbsoluteDurationLimit;
  if (limit !== undefined) values['cmi.max_time_allowed'] = limit;
  if (item?.timeLimitAction !== undefined) values['cmi.time_limit_action'] = item.timeLimitAction;
  const sharedDataBuckets = (item?.sharedData ?? []).map((map) => ({
    id: map.targetId,
    readSharedData: map.readSharedData,
    writeSharedData: map.writeSharedData,
  }));
  return { initialValues: values, sharedDataBuckets };
}

/** SCORM 1.2: cmi.launch_data and cmi.student_data.* from the item (1.2 CAM §2.3.2, adlcp extensions). */
export function scorm12LaunchValues(activity: Activity): ContentLaunchValues {
  const values: Record<string, string> = {};
  const item = activity.launch?.item;
  if (item?.dataFromLms !== undefined) values['cmi.launch_data'] = item.dataFromLms;
  if (item?.masteryScore !== undefined) values['cmi.student_data.mastery_score'] = String(item.masteryScore);
  if (item?.maxTimeAllowed !== undefined) values['cmi.student_data.max_time_allowed'] = item.maxTimeAllowed;
  if (item?.timeLimitAction !== undefined) values['cmi.student_data.time_limit_action'] = item.timeLimitAction;
  return { initialValues: values, sharedDataBuckets: [] };
}

/**
 * Fills cmi.objectives with the activity's objectives that have an ID (a primary objective
 * without one is not exposed: CTS CM-02a), each with what the tracking model knows of it
 * (global objectives read through their maps). An objective the content's resumed data already
 * holds keeps its index; known values are refreshed, since shared objectives may have changed
 * while the content was away. Refusals are ignored: a launch value never stops a delivery.
 */
export function prepopulateObjectives(
  dataModel: RuntimeDataModel<unknown>,
  activity: Activity,
  objective: (index: number) => Readonly<ObjectiveProgress>,
): void {
  const existing = existingObjectiveIndexes(dataModel);
  objectiveDefinitions(activity).forEach((definition, index) => {
    const id = definition.objectiveID;
    if (id === undefined) return;
    let position = existing.get(id);
    if (position === undefined) {
      position = existing.size;
      if (dataModel.lmsSetValue(`cmi.objectives.${position}.id`, id).error !== 0) return;
      existing.set(id, position);
    }
    for (const [element, value] of knownObjectiveValues(objective(index))) {
      dataModel.lmsSetValue(`cmi.objectives.${position}.${element}`, value);
    }
  });
}

function existingObjectiveIndexes(dataModel: RuntimeDataModel<unknown>): Map<string, number> {
  const indexes = new Map<string, number>();
  const count = Number(dataModel.getValue('cmi.objectives._count').value) || 0;
  for (let index = 0; index < count; index++) indexes.set(dataModel.getValue(`cmi.objectives.${index}.id`).value, index);
  return indexes;
}

function knownObjectiveValues(progress: Readonly<ObjectiveProgress>): [string, string][] {
  const values: [string, string][] = [];
  if (progress.progressStatus) values.push(['success_status', progress.satisfiedStatus ? 'passed' : 'failed']);
  if (progress.measureStatus) values.push(['score.scaled', formatReal(progress.normalizedMeasure)]);
  if (progress.rawScore !== null) values.push(['score.raw', formatReal(progress.rawScore)]);
  if (progress.minScore !== null) values.push(['score.min', formatReal(progress.minScore)]);
  if (progress.maxScore !== null) values.push(['score.max', formatReal(progress.maxScore)]);
  if (progress.completionStatus !== 'unknown') values.push(['completion_status', progress.completionStatus]);
  if (progress.progressMeasure !== null) values.push(['progress_measure', formatReal(progress.progressMeasure)]);
  return values;
}

const TRAILING_ZEROS = /\.?0+$/;

/** A real(10,7) as text, never in exponent form (String(1e-7) is "1e-7"). */
export function formatReal(value: number): string {
  const text = String(value);
  return text.includes('e') ? value.toFixed(7).replace(TRAILING_ZEROS, '') : text;
}
