/**
 * Global objectives scoped to one attempt on the course. With adlseq:objectivesGlobalToSystem
 * false (CAM 4th ed.) the global objectives an organization maps belong to the learner's attempt
 * on its activity tree, so they go back to unknown when that attempt is over. ADL's reference
 * implementation does so (ADLSeqUtilities.clearGlobalObjs, every value back to unknown) when the
 * root is to be retried (ADLSequencer.doTerminationRequest) and when a sequencing session ends
 * with the root not suspended (its sequencingEngine.jsp); the CTS expects both (RU-13d, OB-03b).
 */
import type { ActivityTree } from '../activity-tree.js';
import type { SequencingWorkspace } from '../sequencing-workspace.js';
import { initialObjectiveProgress } from '../tracking-model.js';

const targetIndexes = new WeakMap<ActivityTree, readonly string[]>();

/**
 * Sets every global objective the tree's objective maps name back to nothing known, when the
 * tree's global objectives are its own (objectivesGlobalToSystem false); else does nothing.
 */
export function clearCourseAttemptObjectives(ws: SequencingWorkspace): void {
  if (ws.tree.objectivesGlobalToSystem) return;
  for (const id of mappedGlobalObjectives(ws.tree)) {
    if (ws.globalObjective(id) === undefined) continue;
    Object.assign(ws.editGlobalObjective(id), initialObjectiveProgress());
  }
}

/** The targetObjectiveIDs of every imsss:mapInfo and adlseq:mapInfo in the tree, once each. */
function mappedGlobalObjectives(tree: ActivityTree): readonly string[] {
  let targets = targetIndexes.get(tree);
  if (targets === undefined) {
    const found = new Set<string>();
    for (const activity of tree.activities) {
      const { primaryObjective, objectives } = activity.sequencing;
      for (const definition of [primaryObjective, ...objectives]) {
        for (const map of definition.mapInfo) found.add(map.targetObjectiveID);
        for (const map of definition.extendedMapInfo) found.add(map.targetObjectiveID);
      }
    }
    targets = [...found];
    targetIndexes.set(tree, targets);
  }
  return targets;
}
