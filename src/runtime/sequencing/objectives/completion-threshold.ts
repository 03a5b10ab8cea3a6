/**
 * An activity's adlcp:completionThreshold (SN book 4th ed. §3.14 Completion Threshold; CAM 4th
 * ed. §3.4 <adlcp:completionThreshold>): Completed by Measure, Minimum Progress Measure and
 * Progress Weight, which measure-based completion and the completion measure rollup read.
 */
import type { CompletionThreshold } from '../../package/manifest/model.js';
import type { Activity } from '../activity-tree.js';

/**
 * The threshold the activity's item declares, clusters included; undefined when none (then
 * completion is not by measure and the progress weight is 1.0) and for the root.
 */
export function completionThresholdOf(activity: Activity): CompletionThreshold | undefined {
  return activity.item?.completionThreshold;
}
