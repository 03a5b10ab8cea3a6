/** SN book 4th ed. SB.2.5 Start Sequencing Request Process. */
import type { SequencingWorkspace } from '../sequencing-workspace.js';
import { flowSubprocess } from './sb-2-3-flow.js';
import type { SequencingRequestResult } from './sequencing-request-result.js';

/** SN SB.2.5 Start Sequencing Request Process: the first deliverable activity of a new session. */
export function startSequencingRequestProcess(ws: SequencingWorkspace): SequencingRequestResult {
  // 1
  if (ws.currentActivity !== undefined) return { exception: 'SB.2.5-1' };
  const root = ws.tree.root;
  // 2: a course that is a single leaf delivers it.
  if (root.children.length === 0) return { deliveryRequest: root };
  // 3.1
  const flow = flowSubprocess(ws, root, 'forward', true);
  // 3.2
  if (!flow.deliverable) return { endSequencingSession: flow.endSequencingSession, exception: flow.exception };
  // 3.3
  return { deliveryRequest: flow.activity };
}
