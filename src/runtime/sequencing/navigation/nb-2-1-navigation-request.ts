import { commonAncestor, type Activity } from '../activity-tree.js';
import type { NavigationRequest, SequencingException, SequencingRequestType, TerminationRequest } from '../requests.js';
import type { SequencingWorkspace } from '../sequencing-workspace.js';

/** What the Navigation Request Process decides: the requests to carry out, or why not. */
export type NavigationRequestResult =
  | {
      readonly valid: true;
      readonly terminationRequest?: TerminationRequest;
      readonly sequencingRequest?: SequencingRequestType;
      /** The target of choice and jump. */
      readonly target?: Activity;
    }
  | { readonly valid: false; readonly exception: SequencingException };

type ValidNavigation = Extract<NavigationRequestResult, { valid: true }>;

const invalid = (exception: SequencingException): NavigationRequestResult => ({ valid: false, exception });

/**
 * Navigation Request Process — SN book 4th ed. NB.2.1: checks a navigation request against the
 * Current Activity and translates it into a termination request and a sequencing request.
 */
export function navigationRequestProcess(ws: SequencingWorkspace, request: NavigationRequest): NavigationRequestResult {
  const current = ws.currentActivity;
  switch (request.type) {
    // 1
    case 'start':
      return current === undefined ? { valid: true, sequencingRequest: 'start' } : invalid('NB.2.1-1');
    // 2
    case 'resumeAll':
      if (current !== undefined) return invalid('NB.2.1-1');
      return ws.suspendedActivity !== undefined ? { valid: true, sequencingRequest: 'resumeAll' } : invalid('NB.2.1-3');
    // 3
    case 'continue':
      if (current === undefined) return invalid('NB.2.1-2');
      if (current.parent === undefined || !current.parent.sequencing.controlMode.flow) return invalid('NB.2.1-4');
      return exitIfActive(ws, current, 'continue');
    // 4
    case 'previous': {
      if (current === undefined) return invalid('NB.2.1-2');
      if (current.parent === undefined) return invalid('NB.2.1-6');
      const { flow, forwardOnly } = current.parent.sequencing.controlMode;
      if (!flow || forwardOnly) return invalid('NB.2.1-5');
      return exitIfActive(ws, current, 'previous');
    }
    // 5, 6 Defined by the book, issued by nothing in SCORM.
    case 'forward':
    case 'backward':
      return invalid('NB.2.1-7');
    // 7
    case 'choice':
      return choiceNavigationRequest(ws, current, request.target);
    // 8 (4th ed.) Jump ignores the control modes: only the target's existence is checked here.
    case 'jump': {
      const target = availableTarget(ws, request.target);
      if (target === undefined) return invalid('NB.2.1-11');
      if (current === undefined) return invalid('NB.2.1-2');
      return { ...exitIfActive(ws, current, 'jump'), target };
    }
    // 9
    case 'exit':
      if (current === undefined) return invalid('NB.2.1-2');
      if (!ws.tracking(current).isActive) return invalid('NB.2.1-12');
      return { valid: true, terminationRequest: 'exit', sequencingRequest: 'exit' };
    // 10
    case 'exitAll':
      if (current === undefined) return invalid('NB.2.1-2');
      return { valid: true, terminationRequest: 'exitAll', sequencingRequest: 'exit' };
    // 11
    case 'abandon':
      if (current === undefined) return invalid('NB.2.1-2');
      if (!ws.tracking(current).isActive) return invalid('NB.2.1-12');
      return { valid: true, terminationRequest: 'abandon', sequencingRequest: 'exit' };
    // 12
    case 'abandonAll':
      if (current === undefined) return invalid('NB.2.1-2');
      return { valid: true, terminationRequest: 'abandonAll', sequencingRequest: 'exit' };
    // 13
    case 'suspendAll':
      if (current === undefined) return invalid('NB.2.1-2');
      return { valid: true, terminationRequest: 'suspendAll', sequencingRequest: 'exit' };
    // 14
    default:
      return invalid('NB.2.1-13');
  }
}

/** The book's pattern for flow requests: end the current attempt first when it is still going on. */
function exitIfActive(ws: SequencingWorkspace, current: Activity, sequencingRequest: SequencingRequestType): ValidNavigation {
  return ws.tracking(current).isActive
    ? { valid: true, terminationRequest: 'exit', sequencingRequest }
    : { valid: true, sequencingRequest };
}

/** NB.2.1 step 7, choice. */
function choiceNavigationRequest(ws: SequencingWorkspace, current: Activity | undefined, id: string): NavigationRequestResult {
  // 7.1 The target exists and is among its parent's available children.
  const target = availableTarget(ws, id);
  if (target === undefined) return invalid('NB.2.1-11');
  // 7.1.1 Choice of an activity is allowed by its parent's control mode (the root always).
  if (target.parent !== undefined && !target.parent.sequencing.controlMode.choice) return invalid('NB.2.1-10');
  // 7.1.1.1
  if (current === undefined) return { valid: true, sequencingRequest: 'choice', target };
  // 7.1.1.2 Every active activity the choice would exit, from the Current Activity up to (not
  // including) the common ancestor, must allow choice exit.
  const ancestor = commonAncestor(current, target);
  for (let walk: Activity | undefined = current; walk !== undefined && walk !== ancestor; walk = walk.parent) {
    if (ws.tracking(walk).isActive && !walk.sequencing.controlMode.choiceExit) return invalid('NB.2.1-8');
  }
  // 7.1.1.3, 7.1.1.4
  return { ...exitIfActive(ws, current, 'choice'), target };
}

/** The activity with this identifier when it is in the tree and its parent makes it available. */
function availableTarget(ws: SequencingWorkspace, id: string): Activity | undefined {
  const target = ws.tree.get(id);
  if (target === undefined || target.parent === undefined) return target;
  return ws.availableChildren(target.parent).includes(target) ? target : undefined;
}
