/** SN book 4th ed. SB.2.8 Previous Sequencing Request Process. */
import type { SequencingWorkspace } from '../sequencing-workspace.js';
import { flowSubprocess } from './sb-2-3-flow.js';
import type { SequencingRequestResult } from './sequencing-request-result.js';

/** SN SB.2.8 Previous Sequencing Request Process: the deliverable activity before the Current Activity. */
export function previousSequencingRequestProcess(ws: SequencingWorkspace): SequencingRequestResult {
  const current = ws.currentActivity;
  // 1
  if (current === undefined) return { exception: 'SB.2.8-1' };
  // 2
  if (current.parent !== undefined && !current.parent.sequencing.controlMode.flow) return { exception: 'SB.2.8-2' };
  // 3
  const flow = flowSubprocess(ws, current, 'backward', false);
  // 4
  if (!flow.deliverable) return { exception: flow.exception };
  // 5
  return { deliveryRequest: flow.activity };
}
