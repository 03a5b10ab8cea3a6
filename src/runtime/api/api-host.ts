import type { Clock } from '../clock.js';
import type { RuntimeDataModel } from '../datamodel/data-model.js';
import type { EventStream } from '../events.js';

/**
 * What an API object needs from the LMS side around it (the run-time's session): the data model
 * of the delivered activity, time, the event stream, and the session's transitions.
 */
export interface ApiHost {
  readonly activityId: string;
  readonly dataModel: RuntimeDataModel<unknown>;
  readonly clock: Clock;
  readonly events: EventStream;
  /** Initialize / LMSInitialize succeeded: the session begins. */
  sessionStarted(): void;
  /**
   * Commit / LMSCommit: persist the data model's state.
   * @returns undefined when the save succeeded or is under way; the reason when it cannot be made.
   */
  commit(): string | undefined;
  /**
   * Terminate / LMSFinish: apply the LMS-side end-of-session rules and persist.
   * @returns undefined when the save succeeded or is under way; the reason when it cannot be made.
   */
  terminate(): string | undefined;
  /**
   * Gives the host the means to close the API instance when the content goes away without
   * Terminate: afterwards every call answers as after Terminate, so a late call from content
   * being torn down cannot reach the attempt state.
   */
  closeWith(close: () => void): void;
}

/** The three states of an API instance (SCORM 2004 RTE §3.1.6, figure 3.1.6a; 1.2 has the same). */
export type ApiInstanceState = 'not-initialized' | 'running' | 'terminated';
