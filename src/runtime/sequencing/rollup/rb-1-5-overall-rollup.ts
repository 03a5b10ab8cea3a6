import type { Activity } from '../activity-tree.js';
import { hasGlobalObjectiveReaders, readersOfGlobalObjective } from '../objectives/global-objective-readers.js';
import { writeObjectiveMaps } from '../objectives/objective-maps.js';
import { objectiveDefinitions, type SequencingWorkspace } from '../sequencing-workspace.js';
import { measureRollupProcess } from './rb-1-1-a-measure-rollup.js';
import { completionMeasureRollupProcess } from './rb-1-1-b-completion-measure-rollup.js';
import { objectiveRollupProcess } from './rb-1-2-objective-rollup.js';
import { activityProgressRollupProcess } from './rb-1-3-activity-progress-rollup.js';
import { readChildrenForRollup } from './rollup-reads.js';

/**
 * Overall Rollup Process — SN book 4th ed. RB.1.5: rolls the tracking information up the
 * activity path, from the activity to the root, each activity from its children as they now
 * stand. What rollup changes in an activity's objectives is shared through its write maps.
 *
 * Shared objectives reach further than the path: an activity off the path whose primary
 * objective reads a global objective the path's activities write changes its parent's rollup.
 * ADL's reference sequencer rolls up such parents too (ADLSequencer.invokeRollup), and the CTS
 * expects it up to the root, whatever objective wrote the global (OB-04, CO-03, RU-16: clusters
 * off the path become satisfied or completed from what their children read). Every activity is
 * rolled up once, the deepest first, so that each sees its children already rolled up.
 */
export function overallRollupProcess(ws: SequencingWorkspace, activity: Activity): void {
  // 1: the activity path, then the activities affected through shared objectives.
  const rollupSet = new Set<Activity>();
  addPathToRoot(activity, rollupSet);
  // A tree where no activity reads a global objective has no readers to reach: skip the search.
  if (hasGlobalObjectiveReaders(ws.tree)) {
    for (let current: Activity | undefined = activity; current !== undefined; current = current.parent) {
      addParentsOfReaders(ws, current, rollupSet);
    }
  }
  // 3
  const ordered = [...rollupSet].sort((a, b) => b.depth - a.depth || a.order - b.order);
  for (const current of ordered) rollUpActivity(ws, current);
}

/** SN RB.1.5 step 3 for one activity. */
function rollUpActivity(ws: SequencingWorkspace, activity: Activity): void {
  // Read once: rolling the activity up changes none of its children (see rollup-reads.ts).
  const children = activity.children.length > 0 ? readChildrenForRollup(ws, activity) : undefined;
  // 3.1
  if (children !== undefined) {
    measureRollupProcess(ws, activity, children);
    completionMeasureRollupProcess(ws, activity, children);
  }
  // 3.2
  objectiveRollupProcess(ws, activity, children);
  // 3.3
  activityProgressRollupProcess(ws, activity, children);
  // As ADL's sequencer sets shared objectives whenever rollup sets the local ones.
  writeObjectiveMaps(ws, activity);
}

function addPathToRoot(activity: Activity, rollupSet: Set<Activity>): void {
  for (let current: Activity | undefined = activity; current !== undefined && !rollupSet.has(current); current = current.parent) {
    rollupSet.add(current);
  }
}

/**
 * The parents, and their ancestors, of the activities that read into their primary objective
 * a global objective the activity writes (any write flag of imsss:mapInfo or adlseq:mapInfo, on
 * any of its objectives), when those readers are among their parents' available children.
 */
function addParentsOfReaders(ws: SequencingWorkspace, activity: Activity, rollupSet: Set<Activity>): void {
  if (!activity.sequencing.deliveryControls.tracked) return;
  for (const definition of objectiveDefinitions(activity)) {
    for (const map of definition.mapInfo) {
      if (map.writeSatisfiedStatus || map.writeNormalizedMeasure) addParents(ws, map.targetObjectiveID, rollupSet);
    }
    for (const map of definition.extendedMapInfo) {
      if (map.writeRawScore || map.writeMinScore || map.writeMaxScore || map.writeCompletionStatus || map.writeProgressMeasure) {
        addParents(ws, map.targetObjectiveID, rollupSet);
      }
    }
  }
}

function addParents(ws: SequencingWorkspace, targetObjectiveId: string, rollupSet: Set<Activity>): void {
  for (const reader of readersOfGlobalObjective(ws.tree, targetObjectiveId)) {
    const parent = reader.parent;
    if (parent !== undefined && !rollupSet.has(parent) && ws.availableChildren(parent).includes(reader)) addPathToRoot(parent, rollupSet);
  }
}
