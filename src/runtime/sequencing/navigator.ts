/**
 * What the player, the table of contents and the harness need from navigation, whatever the
 * SCORM version: the SCORM 2004 sequencer (SN book) and the SCORM 1.2 navigator (flow and
 * choice over the organization, adlcp:prerequisites) both implement it.
 */
import type { Activity, ActivityTree } from './activity-tree.js';
import type { NavigationRequest, SequencingException } from './requests.js';

/** What the run-time data model of the delivered activity tells the tracking model when it ends. */
export interface RuntimeReport {
  /** The activity (leaf) whose content reported. */
  readonly activityId: string;
  /** cmi.completion_status (1.2: derived from cmi.core.lesson_status): completed | incomplete | not attempted | unknown. */
  readonly completionStatus: string;
  /** cmi.success_status (1.2: derived from lesson_status): passed | failed | unknown. */
  readonly successStatus: string;
  /**
   * The content set cmi.completion_status / cmi.success_status during the session (even to
   * "unknown"): End Attempt's automatic completion and satisfaction (UP.4) apply only when it did not.
   */
  readonly completionStatusSet: boolean;
  readonly successStatusSet: boolean;
  /** cmi.score.scaled, -1 to 1; undefined when not set. */
  readonly scoreScaled: number | undefined;
  readonly scoreRaw: number | undefined;
  readonly scoreMin: number | undefined;
  readonly scoreMax: number | undefined;
  /** cmi.progress_measure, 0 to 1; undefined when not set. */
  readonly progressMeasure: number | undefined;
  /** cmi.objectives.n, by id. */
  readonly objectives: readonly RuntimeObjectiveReport[];
  /** cmi.session_time of the session that ended, in milliseconds (0 when not set). */
  readonly sessionTime: number;
  /** cmi.exit as the content left it. */
  readonly exit: string;
  /** SCORM 1.2 only: cmi.core.lesson_status verbatim (prerequisites compare it, `browsed` included). */
  readonly lessonStatus?: string;
}

export interface RuntimeObjectiveReport {
  readonly id: string;
  readonly successStatus: string;
  readonly completionStatus: string;
  readonly scoreScaled: number | undefined;
  readonly scoreRaw: number | undefined;
  readonly scoreMin: number | undefined;
  readonly scoreMax: number | undefined;
  readonly progressMeasure: number | undefined;
}

/** The outcome of carrying out a navigation request (SN OP.1). */
export interface NavigationResult {
  /** Set when the request was refused or failed; nothing changed then, except what the book says persists. */
  readonly exception: SequencingException | undefined;
  /** The activity to launch now, when there is one. */
  readonly deliver: Activity | undefined;
  /** The sequencing session has ended (exit all, suspend all, the end of the course). */
  readonly endSession: boolean;
}

/** How the table of contents shows an activity: as look-ahead decides (SN §3.4, choice). */
export type TocAvailability = 'enabled' | 'disabled' | 'hidden';

export interface Navigator {
  readonly scorm: '1.2' | '2004';
  readonly tree: ActivityTree;
  readonly currentActivity: Activity | undefined;
  readonly suspendedActivity: Activity | undefined;
  /** Carries out a request and keeps the resulting state. */
  navigate(request: NavigationRequest): NavigationResult;
  /** Whether the request would be carried out now: the same processes run tentatively, nothing kept. */
  isValid(request: NavigationRequest): boolean;
  /** Each activity's availability for choice, by identifier. */
  tocAvailability(): ReadonlyMap<string, TocAvailability>;
  /** Hands the run-time data of the activity whose session ended to the tracking model. */
  reportRuntime(report: RuntimeReport): void;
  /** The state to save (JSON); restored by the navigator's factory. */
  saveState(): unknown;
}
