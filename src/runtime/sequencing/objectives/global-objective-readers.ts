/**
 * Which activities read a global objective into their primary (rolled-up) objective: through an
 * imsss:mapInfo with readSatisfiedStatus or readNormalizedMeasure, or an adlseq:mapInfo with
 * readCompletionStatus or readProgressMeasure. A change to that global can change their
 * parents' rollup (ADL's reference sequencer, SeqActivityTree.scanObjectives).
 *
 * The index depends only on the tree's definitions, so it is built once per tree.
 */
import type { Activity, ActivityTree } from '../activity-tree.js';

const NONE: readonly Activity[] = Object.freeze([]);
const indexes = new WeakMap<ActivityTree, ReadonlyMap<string, readonly Activity[]>>();

/** The activities whose primary objective reads the global objective, in tree order. */
export function readersOfGlobalObjective(tree: ActivityTree, targetObjectiveId: string): readonly Activity[] {
  return indexOf(tree).get(targetObjectiveId) ?? NONE;
}

/** Whether any activity of the tree reads a global objective into its primary objective. */
export function hasGlobalObjectiveReaders(tree: ActivityTree): boolean {
  return indexOf(tree).size > 0;
}

function indexOf(tree: ActivityTree): ReadonlyMap<string, readonly Activity[]> {
  let index = indexes.get(tree);
  if (index === undefined) {
    index = buildIndex(tree);
    indexes.set(tree, index);
  }
  return index;
}

function buildIndex(tree: ActivityTree): ReadonlyMap<string, readonly Activity[]> {
  const index = new Map<string, Activity[]>();
  const add = (target: string, activity: Activity): void => {
    const readers = index.get(target);
    if (readers === undefined) index.set(target, [activity]);
    else if (readers[readers.length - 1] !== activity) readers.push(activity);
  };
  for (const activity of tree.activities) {
    const { mapInfo, extendedMapInfo } = activity.sequencing.primaryObjective;
    for (const map of mapInfo) {
      if (map.readSatisfiedStatus || map.readNormalizedMeasure) add(map.targetObjectiveID, activity);
    }
    for (const map of extendedMapInfo) {
      if (map.readCompletionStatus || map.readProgressMeasure) add(map.targetObjectiveID, activity);
    }
  }
  return index;
}
