/** SN book 4th ed. SB.2.6 Resume All Sequencing Request Process. */
import type { SequencingWorkspace } from '../sequencing-workspace.js';
import type { SequencingRequestResult } from './sequencing-request-result.js';

/** SN SB.2.6 Resume All Sequencing Request Process: the suspended activity, delivered again. */
export function resumeAllSequencingRequestProcess(ws: SequencingWorkspace): SequencingRequestResult {
  // 1
  if (ws.currentActivity !== undefined) return { exception: 'SB.2.6-1' };
  // 2
  const suspended = ws.suspendedActivity;
  if (suspended === undefined) return { exception: 'SB.2.6-2' };
  // 3
  return { deliveryRequest: suspended };
}
