/** SN book 4th ed. UP.5 Check Activity Process. */
import type { Activity } from '../activity-tree.js';
import type { SequencingWorkspace } from '../sequencing-workspace.js';
import { limitConditionsCheckProcess } from './up-1-limit-conditions-check.js';
import { sequencingRulesCheckProcess } from './up-2-sequencing-rules-check.js';

const DISABLED = ['disabled'] as const;

/** SN UP.5 Check Activity Process: true when the activity is disabled or one of its limits is violated. */
export function checkActivityProcess(ws: SequencingWorkspace, activity: Activity): boolean {
  // 1-2
  const rules = activity.sequencing.sequencingRules.preConditionRules;
  if (rules.length > 0 && sequencingRulesCheckProcess(ws, activity, rules, DISABLED) !== undefined) return true;
  // 3-4
  if (limitConditionsCheckProcess(ws, activity)) return true;
  // 5
  return false;
}
