import type { ActivityTree } from '../../runtime/sequencing/activity-tree.js';
import type { Navigator } from '../../runtime/sequencing/navigator.js';
import type { NavigationRequest } from '../../runtime/sequencing/requests.js';
import {
  unknownActivityStatus,
  type ActivityLaunchValues,
  type ActivityStatus,
  type RuntimeSource,
  type ScormPlayerChange,
  type ScormPlayerChangeListener,
  type ScormPlayerController,
} from './scorm-player-controller.js';

export interface MemoryPlayerControllerOptions {
  scorm?: '1.2' | '2004';
  tree?: ActivityTree;
  navigator?: Navigator;
  runtime?: RuntimeSource;
  currentActivityId?: string;
  packageUrl?: string;
  launchValues?: ActivityLaunchValues;
}

/**
 * A controller held in memory, for tests, stories and hosts without a <scorm-player>: its
 * fields are set directly and `change` announces them. Navigation goes to the navigator when
 * there is one, and every request is kept in `requests`.
 */
export class MemoryPlayerController implements ScormPlayerController {
  scorm: '1.2' | '2004' | undefined;
  tree: ActivityTree | undefined;
  navigator: Navigator | undefined;
  runtime: RuntimeSource | undefined;
  currentActivityId: string | undefined;
  packageUrl: string | undefined;
  readonly statuses = new Map<string, ActivityStatus>();
  readonly requests: NavigationRequest[] = [];
  readonly #launchValues: ActivityLaunchValues;
  #listeners: ScormPlayerChangeListener[] = [];

  constructor(options: MemoryPlayerControllerOptions = {}) {
    this.scorm = options.scorm ?? options.runtime?.scorm;
    this.tree = options.tree;
    this.navigator = options.navigator;
    this.runtime = options.runtime;
    this.currentActivityId = options.currentActivityId ?? options.navigator?.currentActivity?.id;
    this.packageUrl = options.packageUrl;
    this.#launchValues = options.launchValues ?? {};
  }

  navigate(request: NavigationRequest): void {
    this.requests.push(request);
    if (this.navigator === undefined) return;
    const result = this.navigator.navigate(request);
    this.change({ type: 'navigation', request, source: 'learner', result });
    if (result.deliver !== undefined || result.endSession) {
      this.currentActivityId = result.deliver?.id;
      this.change({ type: 'delivery', activityId: this.currentActivityId });
    }
  }

  activityStatus(activityId: string): ActivityStatus {
    return this.statuses.get(activityId) ?? unknownActivityStatus;
  }

  launchValues(): ActivityLaunchValues {
    return this.#launchValues;
  }

  subscribe(listener: ScormPlayerChangeListener): () => void {
    this.#listeners = [...this.#listeners, listener];
    return () => {
      this.#listeners = this.#listeners.filter((candidate) => candidate !== listener);
    };
  }

  /** Tells every subscriber that something changed. */
  change(change: ScormPlayerChange): void {
    for (const listener of this.#listeners) listener(change);
  }
}
