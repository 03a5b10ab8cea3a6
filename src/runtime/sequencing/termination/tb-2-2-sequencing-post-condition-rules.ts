import { sequencingRulesCheckProcess } from '../checks/up-2-sequencing-rules-check.js';
import type { SequencingRequestType, TerminationRequest } from '../requests.js';
import type { SequencingWorkspace } from '../sequencing-workspace.js';

export interface PostConditionResult {
  readonly terminationRequest?: TerminationRequest;
  readonly sequencingRequest?: SequencingRequestType;
}

const NOTHING: PostConditionResult = {};

/** Sequencing Post Condition Rules Subprocess — SN book 4th ed. TB.2.2, on the Current Activity. */
export function sequencingPostConditionRulesSubprocess(ws: SequencingWorkspace): PostConditionResult {
  const current = ws.currentActivity;
  // 1 A suspended activity's attempt is not over: its post conditions wait.
  if (current === undefined || ws.tracking(current).isSuspended) return NOTHING;
  const rules = current.sequencing.sequencingRules.postConditionRules;
  if (rules.length === 0) return NOTHING;
  // 2
  const action = sequencingRulesCheckProcess(ws, current, rules);
  // 3
  switch (action) {
    case 'retry':
    case 'continue':
    case 'previous':
      return { sequencingRequest: action };
    case 'exitParent':
    case 'exitAll':
      return { terminationRequest: action };
    case 'retryAll':
      return { terminationRequest: 'exitAll', sequencingRequest: 'retry' };
    default:
      // 4
      return NOTHING;
  }
}
