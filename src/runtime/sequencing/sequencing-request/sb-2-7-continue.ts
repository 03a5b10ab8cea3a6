/** SN book 4th ed. SB.2.7 Continue Sequencing Request Process. */
import type { SequencingWorkspace } from '../sequencing-workspace.js';
import { endAttemptProcess } from '../termination/up-4-end-attempt.js';
import { flowSubprocess } from './sb-2-3-flow.js';
import type { SequencingRequestResult } from './sequencing-request-result.js';

/**
 * SN SB.2.7 Continue Sequencing Request Process: the next deliverable activity after the
 * Current Activity.
 *
 * When the flow walks off the end of the tree, the Flow Tree Traversal Subprocess has ended the
 * attempts below the root (SB.2.1 step 3.1.1); as ADL's reference sequencer does (ADLSequencer
 * doSequencingRequest, continue), the root's attempt ends too, so that the course's attempt is
 * over with the session and its rollup is final.
 */
export function continueSequencingRequestProcess(ws: SequencingWorkspace): SequencingRequestResult {
  const current = ws.currentActivity;
  // 1
  if (current === undefined) return { exception: 'SB.2.7-1' };
  // 2
  if (current.parent !== undefined && !current.parent.sequencing.controlMode.flow) return { exception: 'SB.2.7-2' };
  // 3
  const flow = flowSubprocess(ws, current, 'forward', false);
  // 4
  if (!flow.deliverable) {
    if (flow.endSequencingSession === true && ws.tracking(ws.tree.root).isActive) endAttemptProcess(ws, ws.tree.root);
    return { endSequencingSession: flow.endSequencingSession, exception: flow.exception };
  }
  // 5
  return { deliveryRequest: flow.activity };
}
