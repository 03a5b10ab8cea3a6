import type { Activity } from '../activity-tree.js';
import { checkActivityProcess } from '../checks/up-5-check-activity.js';
import type { SequencingException } from '../requests.js';
import type { SequencingWorkspace } from '../sequencing-workspace.js';

export type DeliveryRequestResult =
  | { readonly valid: true }
  | { readonly valid: false; readonly exception: SequencingException };

/**
 * Delivery Request Process — SN book 4th ed. DB.1.1: only a leaf is delivered, and only when no
 * activity on its path from the root is disabled or past a limit.
 */
export function deliveryRequestProcess(ws: SequencingWorkspace, activity: Activity): DeliveryRequestResult {
  // 1
  if (activity.children.length > 0) return { valid: false, exception: 'DB.1.1-1' };
  // 2, 3 (the path from the root is never empty: it holds the activity itself), 4
  for (let walk: Activity | undefined = activity; walk !== undefined; walk = walk.parent) {
    if (checkActivityProcess(ws, walk)) return { valid: false, exception: 'DB.1.1-3' };
  }
  // 5
  return { valid: true };
}
