/**
 * What <scorm-player> shares with the elements that show its state (<scorm-toc>,
 * <scorm-debugger>): the activity tree, the navigator, the run-time's events, and a way to ask
 * for navigation. The elements only read through this interface, so any host can provide it.
 */
import type { AttemptDocument, RuntimeEventListener, SharedDataBucket } from '../../runtime/index.js';
import type { ActivityTree } from '../../runtime/sequencing/activity-tree.js';
import type { NavigationResult, Navigator } from '../../runtime/sequencing/navigator.js';
import type { NavigationRequest } from '../../runtime/sequencing/requests.js';

/** The run-time of the open package, as far as the elements read it. */
export interface RuntimeSource {
  readonly scorm: '1.2' | '2004';
  /** Every API call, session start and end, and save; returns the unsubscriber. */
  on(listener: RuntimeEventListener): () => void;
  /** A copy of the attempt document as it stands. */
  snapshot(): AttemptDocument;
}

/**
 * The tracking status of one activity, in the words of scorm-trace/1 `expect.status`
 * (completion: completed | incomplete | unknown; success: passed | failed | unknown).
 */
export interface ActivityStatus {
  /** Activity Progress Status (SN §4.2.2): attempted in this registration. */
  readonly attempted: boolean;
  readonly completion: 'completed' | 'incomplete' | 'unknown';
  readonly success: 'passed' | 'failed' | 'unknown';
  /** Activity is Suspended (SN §4.2.4). */
  readonly suspended: boolean;
  readonly attempts: number;
  /** The primary objective's normalized measure; null when unknown. */
  readonly measure: number | null;
}

/** What changed; every change asks the elements to read the controller again. */
export type ScormPlayerChange =
  /** Another package (tree, navigator, run-time) was opened or the open one was closed. */
  | { readonly type: 'package' }
  /** An activity was delivered (launched), or nothing is delivered any more (undefined). */
  | { readonly type: 'delivery'; readonly activityId: string | undefined }
  /**
   * A navigation request was carried out. `learner`: every request the content did not make
   * (controls, TOC, the player's own start or resumeAll at launch): a trace records it as a
   * `nav` step. `content`: adl.nav.request when the content terminated (the calls record it).
   */
  | {
      readonly type: 'navigation';
      readonly request: NavigationRequest;
      readonly source: 'learner' | 'content';
      readonly result: NavigationResult;
    }
  /** The tracking model changed (a run-time report, rollup) without a delivery. */
  | { readonly type: 'tracking' };

export type ScormPlayerChangeListener = (change: ScormPlayerChange) => void;

/** The launch values of an activity, as a scorm-trace/1 `launch` block records them. */
export interface ActivityLaunchValues {
  readonly learner?: { readonly id: string; readonly name: string };
  /** LMS-provided initial values (cmi.launch_data, cmi.completion_threshold …). */
  readonly dataModel?: Readonly<Record<string, string>>;
  readonly sharedData?: readonly SharedDataBucket[];
}

export interface ScormPlayerController {
  /** The SCORM version of the open package; undefined before one is open. */
  readonly scorm: '1.2' | '2004' | undefined;
  readonly tree: ActivityTree | undefined;
  /** Undefined before a package is open (and for a host that does not sequence). */
  readonly navigator: Navigator | undefined;
  readonly runtime: RuntimeSource | undefined;
  /** The activity delivered now. */
  readonly currentActivityId: string | undefined;
  /**
   * The manifest the package was opened from, as a scorm-trace/1 `package` would name it
   * (undefined when unknown: traces are then exported as single-SCO traces).
   */
  readonly packageUrl?: string | undefined;
  /** The learner asks for navigation (a TOC choice, a control); the outcome arrives as changes. */
  navigate(request: NavigationRequest): void;
  /** The tracking status of an activity after rollup. */
  activityStatus(activityId: string): ActivityStatus;
  /** What the activity's content was launched with, for traces that replay it. */
  launchValues?(activityId: string): ActivityLaunchValues;
  /** Subscribes to changes; returns the unsubscriber. */
  subscribe(listener: ScormPlayerChangeListener): () => void;
}

/**
 * The contract of `for="player-id"`: the element with that id exposes its controller as the
 * `controller` property, the same object for the element's whole life (packages opened later
 * are `package` changes, not a new controller).
 */
export interface ScormPlayerControllerHost extends Element {
  readonly controller: ScormPlayerController;
}

export function isControllerHost(element: Element | null): element is ScormPlayerControllerHost {
  if (element === null) return false;
  const controller: unknown = Reflect.get(element, 'controller');
  return typeof controller === 'object' && controller !== null && typeof Reflect.get(controller, 'subscribe') === 'function';
}

/** The status of an activity nothing is known of. */
export const unknownActivityStatus: ActivityStatus = Object.freeze({
  attempted: false,
  completion: 'unknown',
  success: 'unknown',
  suspended: false,
  attempts: 0,
  measure: null,
});
