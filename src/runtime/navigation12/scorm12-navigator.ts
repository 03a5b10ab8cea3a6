/**
 * The SCORM 1.2 navigator: the `Navigator` a player uses for a SCORM 1.2 package (flow and
 * choice over the organization, adlcp:prerequisites), beside the SCORM 2004 sequencer.
 */
import type { Activity, ActivityTree } from '../sequencing/activity-tree.js';
import type { NavigationResult, Navigator, RuntimeReport, TocAvailability } from '../sequencing/navigator.js';
import type { NavigationRequest } from '../sequencing/requests.js';
import type { Finding } from '../package/findings.js';
import { readItemPrerequisites } from './item-prerequisites.js';
import {
  INITIAL_STATE,
  restoreNavigation12State,
  saveNavigation12State,
  type ItemProgress,
  type Navigation12State,
  type SavedNavigation12State,
} from './navigation12-state.js';
import { choiceRefusal, navigationCourse, processNavigationRequest, type Navigation12Course } from './navigation12-process.js';
import { applyRuntimeReport } from './runtime-report12.js';

export interface Scorm12NavigatorOptions {
  /** A state from `saveState()`; refused with a `Navigation12StateError` when it does not fit the tree. */
  readonly state?: unknown;
}

export class Scorm12Navigator implements Navigator {
  readonly scorm = '1.2';
  readonly tree: ActivityTree;
  /** Prerequisites that could not be used (each item concerned is treated as having none). */
  readonly findings: readonly Finding[];
  readonly #course: Navigation12Course;
  #state: Navigation12State;

  constructor(tree: ActivityTree, options: Scorm12NavigatorOptions = {}) {
    const prerequisites = readItemPrerequisites(tree);
    this.tree = tree;
    this.findings = prerequisites.findings;
    this.#course = navigationCourse(tree, prerequisites.expressions);
    this.#state = options.state === undefined ? INITIAL_STATE : restoreNavigation12State(tree, options.state);
  }

  get currentActivity(): Activity | undefined {
    return this.#state.current;
  }

  get suspendedActivity(): Activity | undefined {
    return this.#state.suspended;
  }

  navigate(request: NavigationRequest): NavigationResult {
    const outcome = processNavigationRequest(this.#course, this.#state, request);
    this.#state = outcome.state;
    return outcome.result;
  }

  isValid(request: NavigationRequest): boolean {
    return processNavigationRequest(this.#course, this.#state, request).result.exception === undefined;
  }

  /** Hidden for isvisible="false"; enabled when choosing the item would deliver it now; disabled otherwise. */
  tocAvailability(): ReadonlyMap<string, TocAvailability> {
    const availability = new Map<string, TocAvailability>();
    for (const activity of this.tree.activities) {
      if (!activity.isVisible) availability.set(activity.id, 'hidden');
      else availability.set(activity.id, choiceRefusal(this.#course, this.#state, activity) === undefined ? 'enabled' : 'disabled');
    }
    return availability;
  }

  reportRuntime(report: RuntimeReport): void {
    this.#state = applyRuntimeReport(this.tree, this.#state, report);
  }

  /** What the navigator knows of a launchable item's progress; undefined before it reported or was delivered. */
  progress(activityId: string): ItemProgress | undefined {
    const activity = this.tree.get(activityId);
    return activity === undefined ? undefined : this.#state.progress.get(activity);
  }

  saveState(): SavedNavigation12State {
    return saveNavigation12State(this.tree, this.#state);
  }
}

/** The navigator of a SCORM 1.2 package's activity tree (from `buildActivityTree`). */
export function createScorm12Navigator(tree: ActivityTree, options?: Scorm12NavigatorOptions): Scorm12Navigator {
  return new Scorm12Navigator(tree, options);
}
