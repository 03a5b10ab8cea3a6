/**
 * The events <scorm-player> dispatches: all prefixed `scorm-`, bubbling and composed (they cross
 * shadow roots, so a page listening on an ancestor hears them), none cancelable. The payloads
 * are plain data: a page can log or send them as they are.
 */
import type { SessionOutcome } from '../../runtime/index.js';
import type { Finding } from '../../runtime/package/index.js';
import type { NavigationRequest, SequencingException } from '../../runtime/sequencing/requests.js';

/** `scorm-launch`: an activity's content is being loaded. */
export interface ScormLaunchDetail {
  readonly activityId: string;
  readonly title: string;
  /** The absolute URL the content frame loads. */
  readonly url: string;
  readonly scorm: '1.2' | '2004';
  /** Whether it opened in a window of its own (`launch-mode="window"`). */
  readonly newWindow: boolean;
}

/** `scorm-initialize`: the content called Initialize (1.2: LMSInitialize) successfully. */
export interface ScormInitializeDetail {
  readonly activityId: string;
  /** cmi.entry (1.2 cmi.core.entry) as the content reads it: `ab-initio`, `resume` or "". */
  readonly entry: string;
}

/** `scorm-commit`: the attempt state was saved through the persistence adapter, or not. */
export interface ScormCommitDetail {
  readonly activityId: string;
  readonly trigger: 'commit' | 'terminate' | 'unload';
  readonly status: 'saved' | 'failed';
  readonly error?: string;
}

/** `scorm-status-change`: the content set a different completion or success status. */
export interface ScormStatusChangeDetail {
  readonly activityId: string;
  /** completed | incomplete | not attempted | unknown (1.2: from cmi.core.lesson_status). */
  readonly completionStatus: string;
  /** passed | failed | unknown. */
  readonly successStatus: string;
}

/** `scorm-score-change`: the content set part of its score; absent parts were never set. */
export interface ScormScoreChangeDetail {
  readonly activityId: string;
  readonly scaled?: number;
  readonly raw?: number;
  readonly min?: number;
  readonly max?: number;
}

/** `scorm-navigate`: a navigation request, whoever made it, and what came of it. */
export interface ScormNavigateDetail {
  readonly request: NavigationRequest;
  /**
   * player: its own start or resume when it opens a course; controls: its buttons; toc: the
   * table of contents or `navigate()`; content: adl.nav.request at Terminate.
   */
  readonly source: 'player' | 'controls' | 'toc' | 'content';
  /** The activity delivered as a result; undefined when none was. */
  readonly delivered: string | undefined;
  /** The sequencing exception when the request was refused (SN book codes, e.g. `NB.2.1-2`). */
  readonly exception: SequencingException | undefined;
  readonly ended: boolean;
}

/** `scorm-session-end`: a delivered activity's run-time session ended. */
export interface ScormSessionEndDetail {
  readonly activityId: string;
  readonly outcome: SessionOutcome;
  /** false when the content never called Terminate (1.2: LMSFinish) and was taken down. */
  readonly terminated: boolean;
}

/**
 * Why the player cannot go on. Stable codes: `package.invalid` (with the findings),
 * `network` (the package could not be read), `api.not-found` (content never initialized),
 * `window.blocked` (pop-up refused), `course.failed` (the course could not start), and the codes
 * of PackageHostError (`service-worker.*`, `zip.*`, `package.storage-failed`).
 */
export interface ScormErrorDetail {
  readonly code: string;
  readonly message: string;
  readonly findings?: readonly Finding[];
}

export interface ScormPlayerEventMap {
  'scorm-launch': CustomEvent<ScormLaunchDetail>;
  'scorm-initialize': CustomEvent<ScormInitializeDetail>;
  'scorm-commit': CustomEvent<ScormCommitDetail>;
  'scorm-status-change': CustomEvent<ScormStatusChangeDetail>;
  'scorm-score-change': CustomEvent<ScormScoreChangeDetail>;
  'scorm-navigate': CustomEvent<ScormNavigateDetail>;
  'scorm-session-end': CustomEvent<ScormSessionEndDetail>;
  'scorm-error': CustomEvent<ScormErrorDetail>;
}

type DetailOf<K extends keyof ScormPlayerEventMap> = ScormPlayerEventMap[K] extends CustomEvent<infer D> ? D : never;

export function dispatchPlayerEvent<K extends keyof ScormPlayerEventMap>(target: EventTarget, type: K, detail: DetailOf<K>): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
