/** SN book 4th ed. SB.2.13 Jump Sequencing Request Process. */
import type { Activity } from '../activity-tree.js';
import type { SequencingWorkspace } from '../sequencing-workspace.js';
import type { SequencingRequestResult } from './sequencing-request-result.js';

/**
 * SN SB.2.13 Jump Sequencing Request Process: the target, whatever the control modes and rules
 * (the Navigation Request Process has checked that it exists and is available). It may be the
 * Current Activity itself, which is then delivered again (CTS CM-03a).
 */
export function jumpSequencingRequestProcess(ws: SequencingWorkspace, target: Activity): SequencingRequestResult {
  // 1
  if (ws.currentActivity === undefined) return { exception: 'SB.2.13-1' };
  // 2
  return { deliveryRequest: target };
}
