/** SN book 4th ed. SB.2.10 Retry Sequencing Request Process. */
import type { SequencingWorkspace } from '../sequencing-workspace.js';
import { flowSubprocess } from './sb-2-3-flow.js';
import type { SequencingRequestResult } from './sequencing-request-result.js';

/** SN SB.2.10 Retry Sequencing Request Process: the Current Activity again, or the first deliverable leaf of it. */
export function retrySequencingRequestProcess(ws: SequencingWorkspace): SequencingRequestResult {
  const current = ws.currentActivity;
  // 1
  if (current === undefined) return { exception: 'SB.2.10-1' };
  // 2
  const tracking = ws.tracking(current);
  if (tracking.isActive || tracking.isSuspended) return { exception: 'SB.2.10-2' };
  // 3: a cluster is flowed into again from its start.
  if (current.children.length > 0) {
    const flow = flowSubprocess(ws, current, 'forward', true);
    // 3.2
    if (!flow.deliverable) return { exception: 'SB.2.10-3' };
    // 3.3
    return { deliveryRequest: flow.activity };
  }
  // 4
  return { deliveryRequest: current };
}
