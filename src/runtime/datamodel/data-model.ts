import type { JsonSchema } from '../json-schema/json-schema.js';

/**
 * The contract every version's data model fulfils.
 *
 * A data model is pure: it validates, stores and evaluates CMI values held in a plain,
 * JSON-serialisable state object. It knows nothing of the API's state machine (initialized or
 * terminated), of events, or of persistence: the API object (src/runtime/api) wraps it.
 *
 * Error numbers are the version's own codes (SCORM 2004: 301, 351, 401..408; SCORM 1.2: 201..405).
 */

/** What one GetValue / SetValue answered. `value` is "" whenever `error` is not 0. */
export interface DataModelResult {
  error: number;
  value: string;
  /** A human-readable reason for a non-zero error: what GetDiagnostic returns. "" on success. */
  diagnostic: string;
}

export interface RuntimeDataModel<State> {
  /** GetValue as the content sees it: access rules apply (write-only elements give an error). */
  getValue(element: string): DataModelResult;
  /** SetValue as the content sees it: access rules apply (read-only elements give an error). */
  setValue(element: string, value: string): DataModelResult;
  /**
   * The LMS side writing an element before launch (trace `launch.dataModel`, manifest values):
   * read-only elements and array entries can be written, keywords (`_count` …) cannot, and the
   * value is still type-checked. Returns the same result shape.
   */
  lmsSetValue(element: string, value: string): DataModelResult;
  /** The live state; JSON-serialisable, persisted by the attempt. */
  readonly state: State;
}

/**
 * Named, documented departures from the books for content that breaks rules in known ways.
 * Everything is strict by default; each flag relaxes exactly one rule.
 */
export interface LeniencyOptions {
  /**
   * SCORM 1.2: accept cmi.suspend_data longer than the 4096 characters of CMIString4096.
   * Articulate Storyline, Captivate and others routinely write more; strict LMSs lose it.
   */
  scorm12LongSuspendData?: boolean;
  /**
   * SCORM 1.2: accept any CMIString255 as cmi.interactions.n.student_response and
   * correct_responses.n.pattern, whatever the interaction's type. The book's CMIFeedback wants
   * single characters for choice, likert, matching and sequencing; Storyline, Captivate and
   * Lectora write the answers' text or long ids ("choice_2"), which strict LMSs refuse with 405.
   */
  scorm12FreeFormResponses?: boolean;
}

/** Hard limits that protect the player itself, far above every SCORM SPM. */
export interface DataModelLimits {
  /** Longest value SetValue stores, in UTF-16 code units. Longer values fail (2004: 351; 1.2: 405). */
  maxValueLength: number;
  /** Most entries an array (objectives, interactions, comments …) may grow to. */
  maxArrayEntries: number;
}

export const defaultLimits: DataModelLimits = {
  maxValueLength: 4 * 1024 * 1024,
  maxArrayEntries: 10_000,
};

/** Shared data buckets (SCORM 2004 adl.data, adlcp:data in the manifest). */
export interface SharedDataBucket {
  id: string;
  readSharedData: boolean;
  writeSharedData: boolean;
}

/** Where adl.data stores live: outside the SCO's own run-time data, shared between SCOs. */
export interface SharedDataStore {
  /** undefined when never written (GetValue answers 403). */
  get(bucketId: string): string | undefined;
  set(bucketId: string, value: string): void;
}

/** A navigation request's validity as the sequencer's look-ahead tells it (adl.nav.request_valid.*). */
export type NavValidity = 'true' | 'false' | 'unknown';

/** Answers adl.nav.request_valid.*; the sequencer provides a real one, without it all is "unknown". */
export interface NavigationValidity {
  continue(): NavValidity;
  previous(): NavValidity;
  choice(targetId: string): NavValidity;
  jump(targetId: string): NavValidity;
}

/** What the LMS knows at launch, for every version. */
export interface LaunchContext {
  learnerId: string;
  learnerName: string;
  credit: 'credit' | 'no-credit';
  mode: 'normal' | 'browse' | 'review';
}

export interface DataModelOptions {
  leniency: LeniencyOptions;
  limits: DataModelLimits;
  /** SCORM 2004 adl.data: the buckets this SCO maps (manifest adlcp:data) and their store. */
  sharedData?: { buckets: readonly SharedDataBucket[]; store: SharedDataStore };
  /** SCORM 2004 adl.nav.request_valid.*: answered by the sequencer's look-ahead. */
  navigation?: NavigationValidity;
}

/** What the LMS learns when a session ends (Terminate / LMSFinish). */
export interface SessionOutcome {
  /** cmi.exit (1.2 cmi.core.exit) as the content left it. */
  exit: string;
  /** The attempt is suspended: the next launch resumes it (entry "resume"). */
  suspended: boolean;
  /** The attempt is over: the next launch starts a new one (entry "ab-initio", data cleared). */
  attemptEnded: boolean;
  /** SCORM 2004 adl.nav.request at Terminate ("_none_" when none). Always "_none_" for 1.2. */
  navRequest: string;
}

/**
 * Everything version-specific the run-time needs: the data model and the LMS side of the book
 * (entry, total_time, attempt boundaries). Implemented once for SCORM 1.2, once for 2004.
 */
export interface ScormVersionModel<State> {
  readonly version: '1.2' | '2004';
  /**
   * The JSON Schema a saved state must meet when it is loaded back, so a corrupt save is caught
   * and named. Generated from the version's zod schema (state-schema.ts) by `npm run schemas`.
   */
  readonly stateJsonSchema: JsonSchema;
  /** The run-time data of an attempt nobody has launched yet. */
  newAttemptState(): State;
  /**
   * The LMS side before a launch: from the saved state (undefined for the first launch) build the
   * state the content will see: a new attempt where the last one ended, `entry` set (ab-initio,
   * resume or ""), session-only elements (exit, session_time, adl.nav.request) cleared, learner,
   * credit and mode filled from `launch`. Does not mutate `saved`.
   */
  beginSession(saved: State | undefined, launch: LaunchContext): State;
  createDataModel(state: State, options: DataModelOptions): RuntimeDataModel<State>;
  /**
   * The LMS side at Terminate / LMSFinish: folds session_time into total_time and applies the
   * book's end-of-session rules (1.2 lesson_status; 2004 nothing more), mutating `state`.
   */
  endSession(state: State): SessionOutcome;
}
