/**
 * Carrying out a navigation request in a SCORM 1.2 course. The SCORM 1.2 books leave navigation
 * to the LMS (CAM 1.2 §2.3.2.5.1 "Sequencing/Navigation Today": only the organization's order and
 * adlcp:prerequisites); this is the behaviour common to 1.2 LMSs:
 * - flow (continue / previous) walks the launchable items in manifest (preorder) order, an item
 *   that launches and has children coming before its children, passing over items that are not
 *   available; items hidden with isvisible="false" are still delivered by flow, as isvisible
 *   only concerns the menu;
 * - choice (and jump) delivers any visible launchable item that is available;
 * - an item is available when its prerequisites and those of every item above it are met;
 * - start resumes where the learner left off, else the first item not yet completed;
 * - exit, exit all, abandon and suspend all end the session.
 * Refusals use the SN book's exception codes of the same meaning (SN 4th ed. Appendix, NB.2.1,
 * SB.2.1, SB.2.9, DB.1.1), so players treat both versions alike.
 *
 * A pure function of the state: trying a request (isValid, the table of contents) is running it
 * and dropping the result.
 */
import { isAncestorOrSelf, type Activity, type ActivityTree } from '../sequencing/activity-tree.js';
import type { NavigationResult } from '../sequencing/navigator.js';
import type { NavigationRequest, SequencingException } from '../sequencing/requests.js';
import { aggregatedStatus, isCompleted, type LessonStatus } from './lesson-status.js';
import { NOT_ATTEMPTED, type Navigation12State } from './navigation12-state.js';
import { prerequisitesMet } from './prerequisites-evaluation.js';
import type { PrerequisitesExpression } from './prerequisites-script.js';

/** The course as navigation sees it; built once per navigator. */
export interface Navigation12Course {
  readonly tree: ActivityTree;
  /** The items that launch something, in preorder: what flow walks. */
  readonly launchable: readonly Activity[];
  readonly prerequisites: ReadonlyMap<Activity, PrerequisitesExpression>;
}

export interface Navigation12Outcome {
  readonly state: Navigation12State;
  readonly result: NavigationResult;
}

/** The SN book's exceptions reused for the same situations. */
const Refusal = {
  sessionAlreadyBegun: 'NB.2.1-1',
  sessionNotBegun: 'NB.2.1-2',
  noSuspendedActivity: 'NB.2.1-3',
  unsupportedRequest: 'NB.2.1-7',
  targetDoesNotExist: 'NB.2.1-11',
  noPreviousActivity: 'SB.2.1-3',
  hiddenFromChoice: 'SB.2.9-3',
  notALeaf: 'DB.1.1-1',
  nothingToDeliver: 'DB.1.1-2',
  /** Prerequisites not met: the activity is disabled (DB.1.1 step 3, "Check Activity Process"). */
  targetUnavailable: 'DB.1.1-3',
} as const satisfies Record<string, SequencingException>;

export function navigationCourse(tree: ActivityTree, prerequisites: ReadonlyMap<Activity, PrerequisitesExpression>): Navigation12Course {
  return { tree, launchable: tree.activities.filter((activity) => activity.launch !== undefined), prerequisites };
}

export function processNavigationRequest(course: Navigation12Course, state: Navigation12State, request: NavigationRequest): Navigation12Outcome {
  switch (request.type) {
    case 'start':
      if (state.current !== undefined) return refused(state, Refusal.sessionAlreadyBegun);
      return state.suspended === undefined ? deliverFirst(course, state) : deliver(state, state.suspended);
    case 'resumeAll':
      if (state.current !== undefined) return refused(state, Refusal.sessionAlreadyBegun);
      if (state.suspended === undefined) return refused(state, Refusal.noSuspendedActivity);
      return deliver(state, state.suspended);
    case 'continue':
    case 'previous':
      if (state.current === undefined) return refused(state, Refusal.sessionNotBegun);
      return flow(course, state, state.current, request.type);
    case 'choice':
    case 'jump': {
      const target = course.tree.get(request.target);
      if (target === undefined) return refused(state, Refusal.targetDoesNotExist);
      const refusal = choiceRefusal(course, state, target);
      return refusal === undefined ? deliver(state, target) : refused(state, refusal);
    }
    case 'exit':
    case 'exitAll':
    case 'abandon':
    case 'abandonAll':
      if (state.current === undefined) return refused(state, Refusal.sessionNotBegun);
      return endSession(state, resumable(state, state.current) ? state.current : undefined);
    case 'suspendAll':
      if (state.current === undefined) return refused(state, Refusal.sessionNotBegun);
      return endSession(state, state.current);
    case 'forward':
    case 'backward':
      return refused(state, Refusal.unsupportedRequest);
  }
}

/** Why choosing `target` is refused now, or undefined when it can be delivered. */
export function choiceRefusal(course: Navigation12Course, state: Navigation12State, target: Activity): SequencingException | undefined {
  if (!target.isVisible) return Refusal.hiddenFromChoice;
  if (target.launch === undefined) return target.children.length > 0 ? Refusal.notALeaf : Refusal.nothingToDeliver;
  return available(course, state, target) ? undefined : Refusal.targetUnavailable;
}

/**
 * The lesson status a prerequisites script sees for an item: its own when it launches (children or
 * not, as its SCO reports it), else that of the launchable items under it together.
 */
export function lessonStatus(course: Navigation12Course, state: Navigation12State, activity: Activity): LessonStatus {
  if (activity.launch !== undefined) return (state.progress.get(activity) ?? NOT_ATTEMPTED).lessonStatus;
  const statuses: LessonStatus[] = [];
  for (const item of course.launchable) {
    if (isAncestorOrSelf(activity, item)) statuses.push((state.progress.get(item) ?? NOT_ATTEMPTED).lessonStatus);
  }
  return aggregatedStatus(statuses);
}

/**
 * CAM 1.2 §2.3.2.5: an item may be entered when its prerequisites (if any) are met. An item with
 * children is an AICC block, and the AICC's prerequisites are conditions for entering: nothing in
 * a block can be entered before the block's own prerequisites are met, whether or not the block
 * launches something itself.
 */
function available(course: Navigation12Course, state: Navigation12State, item: Activity): boolean {
  const statusOf = (id: string): LessonStatus => lessonStatus(course, state, course.tree.get(id)!);
  for (let current: Activity | undefined = item; current !== undefined; current = current.parent) {
    const expression = course.prerequisites.get(current);
    if (expression !== undefined && !prerequisitesMet(expression, statusOf)) return false;
  }
  return true;
}

/** Start with nothing to resume: the first available item not yet completed, else the first available item. */
function deliverFirst(course: Navigation12Course, state: Navigation12State): Navigation12Outcome {
  let firstAvailable: Activity | undefined;
  for (const item of course.launchable) {
    if (!available(course, state, item)) continue;
    if (!isCompleted(lessonStatus(course, state, item))) return deliver(state, item);
    firstAvailable ??= item;
  }
  if (firstAvailable !== undefined) return deliver(state, firstAvailable);
  return refused(state, course.launchable.length === 0 ? Refusal.nothingToDeliver : Refusal.targetUnavailable);
}

/**
 * Continue / previous: the nearest available item after / before the current one. Continuing
 * from the last item ends the session, as a forward traversal past the last activity does in
 * SCORM 2004 (SN SB.2.1 step 3.1); items left behind that cannot be entered yet refuse instead.
 */
function flow(course: Navigation12Course, state: Navigation12State, current: Activity, direction: 'continue' | 'previous'): Navigation12Outcome {
  const position = course.launchable.indexOf(current);
  const step = direction === 'continue' ? 1 : -1;
  let candidates = 0;
  for (let index = position + step; index >= 0 && index < course.launchable.length; index += step) {
    const item = course.launchable[index]!;
    candidates += 1;
    if (available(course, state, item)) return deliver(state, item);
  }
  if (candidates > 0) return refused(state, Refusal.targetUnavailable);
  if (direction === 'previous') return refused(state, Refusal.noPreviousActivity);
  return endSession(state, resumable(state, current) ? current : undefined);
}

/**
 * Whether a session that ends on `item` resumes there: when the SCO asked to be resumed
 * (cmi.core.exit "suspend") or is not finished yet.
 */
function resumable(state: Navigation12State, item: Activity): boolean {
  const progress = state.progress.get(item) ?? NOT_ATTEMPTED;
  return progress.exit === 'suspend' || !isCompleted(progress.lessonStatus);
}

/**
 * Delivers `item`; a new session replaces any resume point. An asset has no API to report
 * through, so being launched is all the completion it can have: it counts as completed, as LMSs
 * commonly treat assets, so that prerequisites naming it can be met.
 */
function deliver(state: Navigation12State, item: Activity): Navigation12Outcome {
  let progress = state.progress;
  if (item.launch?.resource.scormType === 'asset' && progress.get(item)?.lessonStatus !== 'completed') {
    progress = new Map(progress).set(item, { ...(progress.get(item) ?? NOT_ATTEMPTED), lessonStatus: 'completed' });
  }
  return {
    state: { current: item, suspended: undefined, progress },
    result: { exception: undefined, deliver: item, endSession: false },
  };
}

function endSession(state: Navigation12State, resumeAt: Activity | undefined): Navigation12Outcome {
  return {
    state: { current: undefined, suspended: resumeAt, progress: state.progress },
    result: { exception: undefined, deliver: undefined, endSession: true },
  };
}

function refused(state: Navigation12State, exception: SequencingException): Navigation12Outcome {
  return { state, result: { exception, deliver: undefined, endSession: false } };
}
