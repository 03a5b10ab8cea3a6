/**
 * The tracking model (SN book 4th ed. §4.2): what the sequencer knows of the learner's progress,
 * one record per activity plus the global objectives, as plain JSON so that it is saved with the
 * attempt document and restored unchanged.
 *
 * Field names are the book's own terms in camelCase ("Objective Satisfied Status" →
 * `satisfiedStatus`), so the pseudo-code reads the same in code. A `…Status` boolean says whether
 * the value beside it is known, as the book pairs them. Durations are milliseconds.
 */

/** Objective Progress Information (SN §4.2.1.1), with the 4th edition's shared fields (adlseq:mapInfo). */
export interface ObjectiveProgress {
  /** Objective Progress Status: the satisfied status is known. */
  progressStatus: boolean;
  /** Objective Satisfied Status. */
  satisfiedStatus: boolean;
  /** Objective Measure Status: the normalized measure is known. */
  measureStatus: boolean;
  /** Objective Normalized Measure, -1 to 1. */
  normalizedMeasure: number;
  /** cmi.objectives.n.score.raw/min/max; null when unknown (4th ed., shared through adlseq:mapInfo). */
  rawScore: number | null;
  minScore: number | null;
  maxScore: number | null;
  /** cmi.objectives.n.completion_status as the tracking model holds it (4th ed.). */
  completionStatus: 'unknown' | 'completed' | 'incomplete';
  /** cmi.objectives.n.progress_measure; null when unknown (4th ed.). */
  progressMeasure: number | null;
}

/** The tracking record of one activity: SN §4.2.1 objective, §4.2.2 activity, §4.2.3 attempt and §4.2.4 state information. */
export interface ActivityTracking {
  /**
   * Objective Progress Information of each of the activity's objectives: index 0 is the
   * primary objective, then the others in the order of the sequencing definition.
   */
  objectives: ObjectiveProgress[];
  /**
   * The objective information was recorded in an earlier attempt of the parent (set when the
   * parent begins a new attempt, cleared when this activity is attempted again): with the
   * parent's useCurrentAttemptObjectiveInfo it then counts as unknown in rollup.
   */
  objectivesFromPriorAttempt: boolean;
  /** As objectivesFromPriorAttempt, for attempt progress (useCurrentAttemptProgressInfo). */
  progressFromPriorAttempt: boolean;

  /** Activity Progress Status: the activity has been attempted in this registration. */
  activityProgressStatus: boolean;
  activityAbsoluteDuration: number;
  activityExperiencedDuration: number;
  activityAttemptCount: number;

  /** Attempt Progress Status: the attempt completion status is known. */
  attemptProgressStatus: boolean;
  attemptCompletionStatus: boolean;
  /** Attempt Completion Amount Status: the completion amount (progress measure) is known. */
  attemptCompletionAmountStatus: boolean;
  /** Attempt Completion Amount, 0 to 1. */
  attemptCompletionAmount: number;
  attemptAbsoluteDuration: number;
  attemptExperiencedDuration: number;
  /** Clock time the current attempt began (for absolute durations); null when not in an attempt. */
  attemptStartedAt: number | null;
  /**
   * The content set cmi.completion_status / cmi.success_status in the current attempt, even to
   * "unknown". Not a term of the book: ADL's reference run-time tells its sequencer so
   * (primaryStatusSetBySCO) and End Attempt (UP.4) completes or satisfies a tracked leaf
   * automatically only when the content did not; the CTS expects it (CM-06, CM-15).
   */
  completionStatusSetByContent: boolean;
  successStatusSetByContent: boolean;

  /** Activity is Active (SN §4.2.4). */
  isActive: boolean;
  /** Activity is Suspended. */
  isSuspended: boolean;
  /**
   * Available Children: identifiers chosen and ordered by Select Children (SR.1) and Randomize
   * Children (SR.2); null until either changes them, meaning all children in manifest order.
   */
  availableChildren: string[] | null;
  /** Selection (SR.1) has run for this activity, for randomizationTiming/selectionTiming `once`. */
  selectionDone: boolean;
  /** Randomization (SR.2) has run for this activity. */
  randomizationDone: boolean;
}

/** The sequencer's whole state: what is saved and restored (suspendAll / resumeAll included). */
export interface SequencingState {
  readonly format: 'scorm-player/sequencing';
  readonly version: 1;
  /** The organization (root activity) the state belongs to. */
  readonly organizationId: string;
  /** Current Activity (SN §4.2.4); null before the first delivery and after the session ends. */
  readonly currentActivity: string | null;
  /** Suspended Activity; null when nothing is suspended. */
  readonly suspendedActivity: string | null;
  /** Per activity identifier. An activity missing here has never been touched: see initialActivityTracking. */
  readonly activities: Readonly<Record<string, ActivityTracking>>;
  /**
   * Global (shared) objectives by targetObjectiveID. Their scope follows
   * adlseq:objectivesGlobalToSystem; the host decides where a system-wide store lives.
   */
  readonly globalObjectives: Readonly<Record<string, ObjectiveProgress>>;
}

/** An objective nothing is known of (SN §4.2.1.1 initial values). */
export function initialObjectiveProgress(): ObjectiveProgress {
  return {
    progressStatus: false,
    satisfiedStatus: false,
    measureStatus: false,
    normalizedMeasure: 0,
    rawScore: null,
    minScore: null,
    maxScore: null,
    completionStatus: 'unknown',
    progressMeasure: null,
  };
}

/** The tracking record of an activity never attempted (SN §4.2 initial values). */
export function initialActivityTracking(objectiveCount: number): ActivityTracking {
  const objectives: ObjectiveProgress[] = [];
  for (let index = 0; index < objectiveCount; index++) objectives.push(initialObjectiveProgress());
  return {
    objectives,
    objectivesFromPriorAttempt: false,
    progressFromPriorAttempt: false,
    activityProgressStatus: false,
    activityAbsoluteDuration: 0,
    activityExperiencedDuration: 0,
    activityAttemptCount: 0,
    attemptProgressStatus: false,
    attemptCompletionStatus: false,
    attemptCompletionAmountStatus: false,
    attemptCompletionAmount: 0,
    attemptAbsoluteDuration: 0,
    attemptExperiencedDuration: 0,
    attemptStartedAt: null,
    completionStatusSetByContent: false,
    successStatusSetByContent: false,
    isActive: false,
    isSuspended: false,
    availableChildren: null,
    selectionDone: false,
    randomizationDone: false,
  };
}

/** A copy that can be changed without touching the original (objectives copied one level deep). */
export function copyActivityTracking(tracking: ActivityTracking): ActivityTracking {
  return {
    ...tracking,
    objectives: tracking.objectives.map((objective) => ({ ...objective })),
    availableChildren: tracking.availableChildren === null ? null : [...tracking.availableChildren],
  };
}

export function emptySequencingState(organizationId: string): SequencingState {
  return {
    format: 'scorm-player/sequencing',
    version: 1,
    organizationId,
    currentActivity: null,
    suspendedActivity: null,
    activities: {},
    globalObjectives: {},
  };
}
