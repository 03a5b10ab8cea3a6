/** SN book 4th ed. SB.2.11 Exit Sequencing Request Process. */
import type { SequencingWorkspace } from '../sequencing-workspace.js';
import type { SequencingRequestResult } from './sequencing-request-result.js';

/** SN SB.2.11 Exit Sequencing Request Process: exiting the root ends the sequencing session. */
export function exitSequencingRequestProcess(ws: SequencingWorkspace): SequencingRequestResult {
  const current = ws.currentActivity;
  // 1
  if (current === undefined) return { exception: 'SB.2.11-1' };
  // 2
  if (ws.tracking(current).isActive) return { exception: 'SB.2.11-2' };
  // 3
  if (current.parent === undefined) return { endSequencingSession: true };
  // 4
  return {};
}
