/**
 * The objectives of an activity as the sequencing processes see them: its local Objective
 * Progress Information with shared (global) objectives read through its objective maps (SN
 * book 4th ed. §3.10 Objective Description, §4.2.1.1; imsss:mapInfo and the 4th edition's
 * adlseq:mapInfo), and the writes that share local values out.
 *
 * Reading follows ADL's reference sequencer (SeqObjectiveTracking with the global objective
 * records ADLSeqUtilities.createGlobalObjs makes, all unknown, when the learner registers): an
 * imsss:mapInfo read flag takes the global objective's satisfaction or measure, unknown
 * included, in place of the local one; an adlseq:mapInfo read flag takes a shared value only
 * when the global objective knows it. An objective satisfied by measure takes its status from
 * its (possibly shared) measure every time it is read, and has no status while its activity is
 * active unless adlseq:measureSatisfactionIfActive allows it.
 */
import type { ExtendedObjectiveMapInfo, ObjectiveDefinition, ObjectiveMapInfo } from '../../package/sequencing/model.js';
import type { Activity } from '../activity-tree.js';
import { objectiveDefinitions, type SequencingWorkspace } from '../sequencing-workspace.js';
import { initialObjectiveProgress, type ActivityTracking, type ObjectiveProgress } from '../tracking-model.js';
import { completionThresholdOf } from './completion-threshold.js';
import type { Trilean } from './trilean.js';

/** What an objective reads when its activity has no record of it (SN §4.2.1.1 initial values). */
const NOTHING_KNOWN: Readonly<ObjectiveProgress> = Object.freeze(initialObjectiveProgress());

/** Where peekObjective puts an objective it derives, so that rule conditions allocate nothing. */
const scratch: ObjectiveProgress = initialObjectiveProgress();

/**
 * The objective at `index` (0: primary) of the activity, as the processes see it: local values
 * with each read* map applied (SN §3.10.2; see readMap and readExtendedMap), and the
 * status of an objective satisfied by measure derived from its measure (SN §3.10.1, RB.1.2 a).
 * `withLocalValues` false leaves the local values out, as when they were recorded before the
 * parent's current attempt (ADL: a "dirty" objective still reads shared values).
 * Returns the local record itself when nothing applies; never change what it returns.
 */
export function readObjective(
  ws: SequencingWorkspace,
  activity: Activity,
  index: number,
  withLocalValues = true,
): Readonly<ObjectiveProgress> {
  const seen = peekObjective(ws, activity, index, withLocalValues);
  return seen === scratch ? { ...seen } : seen;
}

/**
 * readObjective for a caller that reads what it needs at once and keeps nothing: what it returns
 * may be overwritten by the next call.
 */
export function peekObjective(
  ws: SequencingWorkspace,
  activity: Activity,
  index: number,
  withLocalValues = true,
): Readonly<ObjectiveProgress> {
  return readObjectiveInto(scratch, ws, activity, index, withLocalValues);
}

/**
 * readObjective, deriving into `target` when maps or satisfaction by measure apply (it returns
 * `target` then), else returning the local record itself.
 */
export function readObjectiveInto(
  target: ObjectiveProgress,
  ws: SequencingWorkspace,
  activity: Activity,
  index: number,
  withLocalValues: boolean,
): Readonly<ObjectiveProgress> {
  const local = withLocalValues ? ws.tracking(activity).objectives[index] ?? NOTHING_KNOWN : NOTHING_KNOWN;
  const definition = objectiveDefinitionAt(activity, index);
  if (definition === undefined) return local;
  if (definition.mapInfo.length === 0 && definition.extendedMapInfo.length === 0 && !definition.satisfiedByMeasure) {
    return local;
  }
  const seen = copyObjectiveInto(target, local);
  for (const map of definition.mapInfo) readMap(ws, map, seen);
  for (const map of definition.extendedMapInfo) readExtendedMap(ws, map, seen);
  if (definition.satisfiedByMeasure) applySatisfiedByMeasure(ws, activity, definition, seen);
  return seen;
}

/** Copies every field of an objective's progress information into `target`, which it returns. */
function copyObjectiveInto(target: ObjectiveProgress, source: Readonly<ObjectiveProgress>): ObjectiveProgress {
  target.progressStatus = source.progressStatus;
  target.satisfiedStatus = source.satisfiedStatus;
  target.measureStatus = source.measureStatus;
  target.normalizedMeasure = source.normalizedMeasure;
  target.rawScore = source.rawScore;
  target.minScore = source.minScore;
  target.maxScore = source.maxScore;
  target.completionStatus = source.completionStatus;
  target.progressMeasure = source.progressMeasure;
  return target;
}

/** objectiveDefinitions(activity)[index], without building the list on this hot path. */
function objectiveDefinitionAt(activity: Activity, index: number): ObjectiveDefinition | undefined {
  const { primaryObjective, objectives } = activity.sequencing;
  return index === 0 ? primaryObjective : objectives[index - 1];
}

/**
 * imsss:mapInfo read flags (SN §3.10.2): the global's satisfaction and measure replace the local
 * ones even when unknown, as in ADL's reference implementation, whose global objective records
 * exist from registration on, so that a local status never shows through a read map (CTS CM-13:
 * a status the content never shared does not hide an activity from choice; OB-03b: cleared
 * global objectives hide what a cluster rolled up in an earlier attempt of the course).
 */
function readMap(ws: SequencingWorkspace, map: ObjectiveMapInfo, seen: ObjectiveProgress): void {
  if (!map.readSatisfiedStatus && !map.readNormalizedMeasure) return;
  const global = ws.globalObjective(map.targetObjectiveID) ?? NOTHING_KNOWN;
  if (map.readSatisfiedStatus) {
    seen.progressStatus = global.progressStatus;
    seen.satisfiedStatus = global.satisfiedStatus;
  }
  if (map.readNormalizedMeasure) {
    seen.measureStatus = global.measureStatus;
    seen.normalizedMeasure = global.normalizedMeasure;
  }
}

/** adlseq:mapInfo read flags (4th ed.): scores, completion status and progress measure, each when known. */
function readExtendedMap(ws: SequencingWorkspace, map: ExtendedObjectiveMapInfo, seen: ObjectiveProgress): void {
  const global = ws.globalObjective(map.targetObjectiveID);
  if (global === undefined) return;
  if (map.readRawScore && global.rawScore !== null) seen.rawScore = global.rawScore;
  if (map.readMinScore && global.minScore !== null) seen.minScore = global.minScore;
  if (map.readMaxScore && global.maxScore !== null) seen.maxScore = global.maxScore;
  if (map.readCompletionStatus && global.completionStatus !== 'unknown') seen.completionStatus = global.completionStatus;
  if (map.readProgressMeasure && global.progressMeasure !== null) seen.progressMeasure = global.progressMeasure;
}

/**
 * Objective Satisfied by Measure (SN §3.10.1): the measure decides, against the objective's
 * Minimum Normalized Measure; no measure, or an active activity without
 * adlseq:measureSatisfactionIfActive (SN RB.1.2 a step 3.1.2), leaves the status unknown.
 */
function applySatisfiedByMeasure(
  ws: SequencingWorkspace,
  activity: Activity,
  definition: ObjectiveDefinition,
  seen: ObjectiveProgress,
): void {
  const active = ws.tracking(activity).isActive;
  if (!seen.measureStatus || (active && !activity.sequencing.rollupConsiderations.measureSatisfactionIfActive)) {
    seen.progressStatus = false;
    return;
  }
  seen.progressStatus = true;
  seen.satisfiedStatus = seen.normalizedMeasure >= definition.minNormalizedMeasure;
}

/**
 * Shares the activity's local objective values through its write* maps (SN §3.10.2, 4th ed.
 * adlseq:mapInfo): each known value goes to every global objective a map names for it. An
 * unknown local value writes nothing, so it never erases what another activity shared (content
 * that sets a value back to unknown is the run-time report's to forget). Call after changing an
 * activity's objective information.
 */
export function writeObjectiveMaps(ws: SequencingWorkspace, activity: Activity): void {
  const definitions = objectiveDefinitions(activity);
  const tracking = ws.tracking(activity);
  for (let index = 0; index < definitions.length; index++) {
    const definition = definitions[index]!;
    const local = tracking.objectives[index];
    if (local === undefined) continue;
    for (const map of definition.mapInfo) writeMap(ws, map, local);
    if (definition.extendedMapInfo.length === 0) continue;
    const shared = index === 0 ? withAttemptProgress(activity, local, tracking) : local;
    for (const map of definition.extendedMapInfo) writeExtendedMap(ws, map, shared);
  }
}

/**
 * The primary objective as it is shared: its completion status and progress measure are the
 * activity's own (see ownCompletion, ownProgressMeasure).
 */
function withAttemptProgress(
  activity: Activity,
  local: Readonly<ObjectiveProgress>,
  tracking: Readonly<ActivityTracking>,
): Readonly<ObjectiveProgress> {
  const progressMeasure = ownProgressMeasure(local, tracking) ?? null;
  const completed = ownCompletion(activity, local, tracking, progressMeasure ?? undefined);
  const completionStatus = completed === undefined ? 'unknown' : completed ? 'completed' : 'incomplete';
  if (completionStatus === local.completionStatus && progressMeasure === local.progressMeasure) return local;
  return { ...local, completionStatus, progressMeasure };
}

/**
 * The activity's own progress measure (SN 4th ed. §4.2.1.1: cmi.progress_measure is the primary
 * objective's): what its primary objective record holds, else its attempt's completion amount
 * (which rollup sets for clusters). CTS CO-09: a content may report it as
 * cmi.objectives.n.progress_measure of its primary objective.
 */
function ownProgressMeasure(primary: Readonly<ObjectiveProgress>, tracking: Readonly<ActivityTracking>): number | undefined {
  if (primary.progressMeasure !== null) return primary.progressMeasure;
  return tracking.attemptCompletionAmountStatus ? tracking.attemptCompletionAmount : undefined;
}

/**
 * The activity's own completion (SN 4th ed. §4.2.1.1: cmi.completion_status is the primary
 * objective's): completed by measure, the progress measure's verdict alone (SN §3.14; CTS CO-04c:
 * none without a measure); else what its primary objective record holds, else what its attempt
 * knows, such as the completion End Attempt (UP.4) or rollup gives it (CTS CO-02b: a content
 * that set only cmi.objectives.n.completion_status of its primary objective).
 */
function ownCompletion(
  activity: Activity,
  primary: Readonly<ObjectiveProgress>,
  tracking: Readonly<ActivityTracking>,
  progressMeasure: number | undefined,
): Trilean {
  const threshold = completionThresholdOf(activity);
  if (threshold !== undefined && threshold.completedByMeasure) {
    return progressMeasure === undefined ? undefined : progressMeasure >= threshold.minProgressMeasure;
  }
  if (primary.completionStatus !== 'unknown') return primary.completionStatus === 'completed';
  return tracking.attemptProgressStatus ? tracking.attemptCompletionStatus : undefined;
}

function writeMap(ws: SequencingWorkspace, map: ObjectiveMapInfo, local: Readonly<ObjectiveProgress>): void {
  const satisfied = map.writeSatisfiedStatus && local.progressStatus;
  const measure = map.writeNormalizedMeasure && local.measureStatus;
  if (!satisfied && !measure) return;
  const global = ws.editGlobalObjective(map.targetObjectiveID);
  if (satisfied) {
    global.progressStatus = true;
    global.satisfiedStatus = local.satisfiedStatus;
  }
  if (measure) {
    global.measureStatus = true;
    global.normalizedMeasure = local.normalizedMeasure;
  }
}

function writeExtendedMap(ws: SequencingWorkspace, map: ExtendedObjectiveMapInfo, local: Readonly<ObjectiveProgress>): void {
  const raw = map.writeRawScore && local.rawScore !== null;
  const min = map.writeMinScore && local.minScore !== null;
  const max = map.writeMaxScore && local.maxScore !== null;
  const completion = map.writeCompletionStatus && local.completionStatus !== 'unknown';
  const progress = map.writeProgressMeasure && local.progressMeasure !== null;
  if (!raw && !min && !max && !completion && !progress) return;
  const global = ws.editGlobalObjective(map.targetObjectiveID);
  if (raw) global.rawScore = local.rawScore;
  if (min) global.minScore = local.minScore;
  if (max) global.maxScore = local.maxScore;
  if (completion) global.completionStatus = local.completionStatus;
  if (progress) global.progressMeasure = local.progressMeasure;
}

/**
 * Attempt Completion Status as known (SN §4.2.3): true completed, false incomplete, undefined
 * unknown. The primary objective's adlseq:mapInfo readCompletionStatus takes a completion the
 * global objective knows (CTS CO-01); with adlcp:completionThreshold completedByMeasure the
 * completion amount decides against minProgressMeasure (SN §3.14, RB.1.3 a); else the
 * activity's own completion (see ownCompletion). `withLocalValues` false reads only what is
 * shared, as readObjective.
 */
export function attemptCompleted(ws: SequencingWorkspace, activity: Activity, withLocalValues = true): Trilean {
  const threshold = completionThresholdOf(activity);
  if (threshold !== undefined && threshold.completedByMeasure) {
    const amount = attemptCompletionAmount(ws, activity, withLocalValues);
    return amount === undefined ? undefined : amount >= threshold.minProgressMeasure;
  }
  for (const map of activity.sequencing.primaryObjective.extendedMapInfo) {
    if (!map.readCompletionStatus) continue;
    const shared = ws.globalObjective(map.targetObjectiveID)?.completionStatus;
    if (shared !== undefined && shared !== 'unknown') return shared === 'completed';
  }
  if (!withLocalValues) return undefined;
  const tracking = ws.tracking(activity);
  return ownCompletion(activity, tracking.objectives[0] ?? NOTHING_KNOWN, tracking, undefined);
}

/**
 * Attempt Completion Amount (progress measure, SN §4.2.3) as known, with the primary
 * objective's adlseq:mapInfo readProgressMeasure applied when the global objective knows it;
 * else the activity's own (see ownProgressMeasure). `withLocalValues` false reads only what is
 * shared, as readObjective.
 */
export function attemptCompletionAmount(ws: SequencingWorkspace, activity: Activity, withLocalValues = true): number | undefined {
  for (const map of activity.sequencing.primaryObjective.extendedMapInfo) {
    if (!map.readProgressMeasure) continue;
    const shared = ws.globalObjective(map.targetObjectiveID)?.progressMeasure;
    if (shared !== undefined && shared !== null) return shared;
  }
  if (!withLocalValues) return undefined;
  const tracking = ws.tracking(activity);
  return ownProgressMeasure(tracking.objectives[0] ?? NOTHING_KNOWN, tracking);
}
