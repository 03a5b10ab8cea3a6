import type { Activity } from '../activity-tree.js';
import { overallRollupProcess } from '../rollup/rb-1-5-overall-rollup.js';
import type { SequencingException, SequencingRequestType, TerminationRequest } from '../requests.js';
import type { SequencingWorkspace } from '../sequencing-workspace.js';
import { discardAbandonedStatus } from './abandoned-status.js';
import { sequencingExitActionRulesSubprocess } from './tb-2-1-sequencing-exit-action-rules.js';
import { sequencingPostConditionRulesSubprocess } from './tb-2-2-sequencing-post-condition-rules.js';
import { terminateDescendentAttemptsProcess } from './up-3-terminate-descendent-attempts.js';
import { endAttemptProcess } from './up-4-end-attempt.js';

export type TerminationRequestResult =
  /** `sequencingRequest` replaces the pending one (post-condition rules, exit all, …). */
  | { readonly valid: true; readonly sequencingRequest?: SequencingRequestType }
  | { readonly valid: false; readonly exception: SequencingException };

const invalid = (exception: SequencingException): TerminationRequestResult => ({ valid: false, exception });

/** Termination Request Process — SN book 4th ed. TB.2.3. */
export function terminationRequestProcess(ws: SequencingWorkspace, request: TerminationRequest): TerminationRequestResult {
  const current = ws.currentActivity;
  // 1
  if (current === undefined) return invalid('TB.2.3-1');
  // 2
  if ((request === 'exit' || request === 'abandon') && !ws.tracking(current).isActive) return invalid('TB.2.3-2');
  switch (request) {
    case 'exit':
      return exitTermination(ws);
    case 'exitAll':
      return exitAllTermination(ws, undefined);
    case 'suspendAll':
      return suspendAllTermination(ws);
    case 'abandon':
      // 6 The content's reports of the abandoned attempt are not kept (see discardAbandonedStatus).
      discardAbandonedStatus(ws, current);
      ws.edit(current).isActive = false;
      return { valid: true };
    case 'abandonAll': {
      // 7
      discardAbandonedStatus(ws, current);
      for (let walk: Activity | undefined = current; walk !== undefined; walk = walk.parent) {
        ws.edit(walk).isActive = false;
      }
      ws.currentActivity = ws.tree.root;
      return { valid: true, sequencingRequest: 'exit' };
    }
    default:
      // 8
      return invalid('TB.2.3-7');
  }
}

/** TB.2.3 step 3: exit, with the exit action rules and the post-condition loop. */
function exitTermination(ws: SequencingWorkspace): TerminationRequestResult {
  // 3.1
  endAttemptProcess(ws, ws.currentActivity!);
  // 3.2 May move the Current Activity up to an ancestor whose exit rule fired.
  sequencingExitActionRulesSubprocess(ws);
  // 3.3 Post conditions of the Current Activity; an exitParent moves up and evaluates again.
  for (;;) {
    const current = ws.currentActivity!;
    const post = sequencingPostConditionRulesSubprocess(ws);
    // 3.3.3 exitAll (and retryAll, which comes back as exitAll + retry) goes to the exit all case.
    if (post.terminationRequest === 'exitAll') return exitAllTermination(ws, post.sequencingRequest);
    // 3.3.4
    if (post.terminationRequest === 'exitParent') {
      if (current.parent === undefined) return invalid('TB.2.3-4');
      ws.currentActivity = current.parent;
      endAttemptProcess(ws, current.parent);
      continue;
    }
    // 3.3.5 Leaving the root ends the sequencing session, unless it is to be retried.
    if (current.parent === undefined && post.sequencingRequest !== 'retry') return { valid: true, sequencingRequest: 'exit' };
    // 3.4
    return post.sequencingRequest === undefined ? { valid: true } : { valid: true, sequencingRequest: post.sequencingRequest };
  }
}

/**
 * TB.2.3 step 4: exit all. `pending` is the retry a retryAll post condition asked for: as in
 * ADL's reference sequencer, it survives, so the root begins a new attempt (spec-notes S17).
 */
function exitAllTermination(ws: SequencingWorkspace, pending: SequencingRequestType | undefined): TerminationRequestResult {
  const root = ws.tree.root;
  const current = ws.currentActivity!;
  // 4.1
  if (ws.tracking(current).isActive) endAttemptProcess(ws, current);
  // 4.2
  terminateDescendentAttemptsProcess(ws, root);
  // 4.3
  endAttemptProcess(ws, root);
  // 4.4
  ws.currentActivity = root;
  // 4.5
  return { valid: true, sequencingRequest: pending === 'retry' ? 'retry' : 'exit' };
}

/** TB.2.3 step 5: suspend all. */
function suspendAllTermination(ws: SequencingWorkspace): TerminationRequestResult {
  const current = ws.currentActivity!;
  const tracking = ws.tracking(current);
  // 5.1
  if (tracking.isActive || tracking.isSuspended) {
    overallRollupProcess(ws, current);
    ws.suspendedActivity = current;
  } else {
    // 5.2
    if (current.parent === undefined) return invalid('TB.2.3-3');
    ws.suspendedActivity = current.parent;
  }
  // 5.3 - 5.5 From the suspended activity up to the root.
  for (let walk: Activity | undefined = ws.suspendedActivity; walk !== undefined; walk = walk.parent) {
    const edited = ws.edit(walk);
    edited.isActive = false;
    edited.isSuspended = true;
  }
  // 5.6
  ws.currentActivity = ws.tree.root;
  // 5.7
  return { valid: true, sequencingRequest: 'exit' };
}
