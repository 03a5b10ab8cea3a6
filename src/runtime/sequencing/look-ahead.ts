/**
 * Look-ahead: whether a navigation request would be carried out now, found by running the
 * sequencing processes themselves on a throw-away workspace (SN book 4th ed. §5.3: the LMS may
 * evaluate a request before honouring it). Nothing is guessed, so a request is valid exactly
 * when navigating with it would succeed.
 *
 * The table of contents asks this of every activity at once; the processes that do not depend
 * on the target (the termination of the current attempt) run once, and only the target's
 * navigation, sequencing and delivery checks run per activity.
 */
import type { Activity, ActivityTree } from './activity-tree.js';
import { sequencingRulesCheckProcess } from './checks/up-2-sequencing-rules-check.js';
import { deliveryRequestProcess } from './delivery/db-1-1-delivery-request.js';
import { navigationRequestProcess } from './navigation/nb-2-1-navigation-request.js';
import type { TocAvailability } from './navigator.js';
import { overallSequencingProcess } from './overall/op-1-overall-sequencing.js';
import type { NavigationRequest, SequencingRequestType } from './requests.js';
import { prepareClustersForSession } from './selection/prepare-clusters.js';
import { sequencingRequestProcess } from './sequencing-request/sb-2-12-sequencing-request.js';
import { SequencingWorkspace, type SequencingEnvironment } from './sequencing-workspace.js';
import { terminationRequestProcess } from './termination/tb-2-3-termination-request.js';
import type { SequencingState } from './tracking-model.js';

/** Whether the Overall Sequencing Process would carry the request out from this state. */
export function isRequestValid(
  tree: ActivityTree,
  state: SequencingState,
  environment: SequencingEnvironment,
  request: NavigationRequest,
): boolean {
  return overallSequencingProcess(sessionWorkspace(tree, state, environment), request).exception === undefined;
}

/**
 * A workspace over the state as a request sees it: before a session's first request, with the
 * clusters' selection and randomization done (S's prepare-clusters, as sequence() does).
 */
export function sessionWorkspace(tree: ActivityTree, state: SequencingState, environment: SequencingEnvironment): SequencingWorkspace {
  const ws = new SequencingWorkspace(tree, state, environment);
  if (ws.currentActivity === undefined) prepareClustersForSession(ws);
  return ws;
}

const HIDDEN_FROM_CHOICE = ['hiddenFromChoice'] as const;

/**
 * Each activity's availability for choice: `hidden` when it is not visible or a
 * hiddenFromChoice pre-condition rule of it or of an ancestor fires (SN §3.4.2, SB.2.9-3),
 * `enabled` when a choice request for it would be carried out now, `disabled` otherwise.
 */
export function tocAvailability(
  tree: ActivityTree,
  state: SequencingState,
  environment: SequencingEnvironment,
): Map<string, TocAvailability> {
  const availability = new Map<string, TocAvailability>();
  // Every activity's record is read below, once per target: records made up for untouched
  // activities are made once here and shared, rather than once per throw-away workspace.
  const materialized = sessionWorkspace(tree, state, environment);
  for (const activity of tree.activities) materialized.tracking(activity);
  const base = materialized.commit();
  const before = new SequencingWorkspace(tree, base, environment);
  const choice = new ChoiceLookAhead(tree, base, environment, before);
  const hidden = new Set<Activity>();
  for (const activity of tree.activities) {
    if (isHidden(before, activity, hidden)) {
      hidden.add(activity);
      availability.set(activity.id, 'hidden');
    } else {
      availability.set(activity.id, choice.isValid(activity) ? 'enabled' : 'disabled');
    }
  }
  return availability;
}

/** Preorder: an activity's parent is decided before it. */
function isHidden(ws: SequencingWorkspace, activity: Activity, hidden: ReadonlySet<Activity>): boolean {
  if (!activity.isVisible) return true;
  if (activity.parent !== undefined && hidden.has(activity.parent)) return true;
  const rules = activity.sequencing.sequencingRules.preConditionRules;
  return rules.length > 0 && sequencingRulesCheckProcess(ws, activity, rules, HIDDEN_FROM_CHOICE) !== undefined;
}

/**
 * OP.1 for choice requests, sharing the termination: exiting the current attempt does not depend
 * on the target, and neither does a sequencing request the termination puts in the choice's place.
 */
class ChoiceLookAhead {
  readonly #tree: ActivityTree;
  readonly #environment: SequencingEnvironment;
  readonly #state: SequencingState;
  readonly #before: SequencingWorkspace;
  /** The state after the exit termination, its replacement request, or null when the termination fails. */
  #afterExit: { state: SequencingState; replacement: SequencingRequestType | undefined } | null | undefined;
  /** The outcome of a replacement request, the same for every target. */
  #replacementValid: boolean | undefined;

  constructor(tree: ActivityTree, state: SequencingState, environment: SequencingEnvironment, before: SequencingWorkspace) {
    this.#tree = tree;
    this.#environment = environment;
    this.#state = state;
    this.#before = before;
    this.#afterExit = before.currentActivity === undefined ? { state, replacement: undefined } : undefined;
    if (this.#afterExit === undefined && !before.tracking(before.currentActivity!).isActive) {
      this.#afterExit = { state, replacement: undefined };
    }
  }

  isValid(target: Activity): boolean {
    // NB.2.1 reads the state before termination and changes nothing.
    const navigation = navigationRequestProcess(this.#before, { type: 'choice', target: target.id });
    if (!navigation.valid) return false;
    const afterExit = this.#terminated();
    if (afterExit === null) return false;
    if (afterExit.replacement !== undefined) {
      this.#replacementValid ??= this.#sequence(afterExit.state, afterExit.replacement, undefined);
      return this.#replacementValid;
    }
    return this.#sequence(afterExit.state, 'choice', target);
  }

  /** TB.2.3 exit of the current attempt, once. */
  #terminated(): { state: SequencingState; replacement: SequencingRequestType | undefined } | null {
    if (this.#afterExit !== undefined) return this.#afterExit;
    const ws = new SequencingWorkspace(this.#tree, this.#state, this.#environment);
    const termination = terminationRequestProcess(ws, 'exit');
    this.#afterExit = termination.valid ? { state: ws.commit(), replacement: termination.sequencingRequest } : null;
    return this.#afterExit;
  }

  /**
   * SB.2.12 and DB.1.1. DB.2 is left out: its one exception (the Current Activity still active)
   * cannot arise once the termination has ended the current attempt.
   */
  #sequence(state: SequencingState, type: SequencingRequestType, target: Activity | undefined): boolean {
    const ws = new SequencingWorkspace(this.#tree, state, this.#environment);
    const sequencing = sequencingRequestProcess(ws, { type, target });
    if (sequencing.exception !== undefined) return false;
    if (sequencing.endSequencingSession === true || sequencing.deliveryRequest === undefined) return true;
    return deliveryRequestProcess(ws, sequencing.deliveryRequest).valid;
  }
}
