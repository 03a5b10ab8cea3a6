import type { Activity } from '../activity-tree.js';
import type { SequencingWorkspace } from '../sequencing-workspace.js';
import { readChildrenForRollup, type ChildrenReads } from './rollup-reads.js';

/**
 * Measure Rollup Process — SN book 4th ed. RB.1.1 a. The activity's rolled-up (primary)
 * objective takes the mean of its tracked children's normalized measures, weighted by each
 * child's Rollup Objective Measure Weight; children without a known measure count in the weights
 * but add nothing. No known measure at all leaves the measure unknown.
 */
export function measureRollupProcess(
  ws: SequencingWorkspace,
  activity: Activity,
  { children, reads }: ChildrenReads = readChildrenForRollup(ws, activity),
): void {
  // 1-3
  let totalWeightedMeasure = 0;
  let validData = false;
  let countedMeasures = 0;
  // 4-5: the rolled-up objective is the primary objective, index 0 of the tracking record.
  // 6.1
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!;
    // 6.1.1
    if (!child.sequencing.deliveryControls.tracked) continue;
    const weight = child.sequencing.rollupRules.objectiveMeasureWeight;
    // 6.1.1.3.1
    countedMeasures += weight;
    // 6.1.1.3.2
    const { objective } = reads[index]!;
    if (objective.measureStatus) {
      totalWeightedMeasure += objective.normalizedMeasure * weight;
      validData = true;
    }
  }
  // 6.2-6.3
  if (validData && countedMeasures > 0) setMeasure(ws, activity, true, totalWeightedMeasure / countedMeasures);
  else setMeasure(ws, activity, false, 0);
}

/** Sets the primary objective's measure, copying the record only when it changes. */
function setMeasure(ws: SequencingWorkspace, activity: Activity, known: boolean, measure: number): void {
  const current = ws.tracking(activity).objectives[0];
  if (current !== undefined && current.measureStatus === known && (!known || current.normalizedMeasure === measure)) return;
  const objective = ws.edit(activity).objectives[0];
  if (objective === undefined) return;
  objective.measureStatus = known;
  if (known) objective.normalizedMeasure = measure;
}
