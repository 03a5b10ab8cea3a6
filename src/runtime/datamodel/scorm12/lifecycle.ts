import type { LaunchContext, SessionOutcome } from '../data-model.js';
import { parseCMIDecimal } from '../types/cmi-decimal.js';
import { addCMITimespans } from '../types/cmi-timespan.js';
import { newScorm12State, type Scorm12State } from './state.js';
import { cloneJson } from '../clone-json.js';

/**
 * The LMS side of SCORM 1.2: what the LMS does to a SCO's data before a launch and at LMSFinish.
 *
 * In SCORM 1.2 an attempt never ends on its own. The book has no attempt boundary: a SCO's data
 * (lesson_status, score, suspend_data, total_time, objectives, interactions…) persist from one
 * launch to the next whatever cmi.core.exit said, and only the LMS (a new registration, an
 * administrator) starts over. So endSession always answers `attemptEnded: false`.
 */

/**
 * SCORM 1.2 RTE §3.4.4 cmi.core.entry: "ab-initio" on the SCO's first launch, "resume" when the
 * last session left cmi.core.exit = "suspend", "" otherwise.
 */
export function entryForLaunch(previous: Scorm12State | undefined): string {
  if (previous === undefined) return 'ab-initio';
  return previous.core.exit === 'suspend' ? 'resume' : '';
}

/**
 * Before a launch: the saved data (or new data for a first launch) with entry set, the
 * session-only elements (exit, session_time) cleared, and learner, credit and mode filled from
 * the launch. `saved` is left untouched.
 */
export function beginSession(saved: Scorm12State | undefined, launch: LaunchContext): Scorm12State {
  const state = saved === undefined ? newScorm12State() : cloneJson(saved);
  state.core.entry = entryForLaunch(saved);
  state.core.exit = '';
  state.core.session_time = '';
  state.core.student_id = launch.learnerId;
  state.core.student_name = launch.learnerName;
  state.core.credit = launch.credit;
  state.core.lesson_mode = launch.mode;
  return state;
}

/**
 * At LMSFinish: session_time is folded into total_time, then the book's lesson_status rules run
 * in order. Call once per session.
 */
export function endSession(state: Scorm12State): SessionOutcome {
  accumulateTotalTime(state);
  lmsSetsStatusOfSilentSco(state);
  masteryScoreDecidesPassedOrFailed(state);
  return {
    exit: state.core.exit,
    suspended: state.core.exit === 'suspend',
    attemptEnded: false,
    navRequest: '_none_',
  };
}

/**
 * SCORM 1.2 RTE §3.4.4 cmi.core.total_time: the LMS adds each session's cmi.core.session_time
 * to the total. A session that reported no time adds none.
 */
export function accumulateTotalTime(state: Scorm12State): void {
  state.core.total_time = addCMITimespans(state.core.total_time, state.core.session_time);
}

/**
 * SCORM 1.2 RTE §3.4.4 cmi.core.lesson_status, Additional Behavior Requirements: the SCO need not
 * set lesson_status; "upon receiving the LMSFinish() call … the LMS should set the
 * cmi.core.lesson_status for the SCO to 'completed'". Read, as LMSs commonly do, as applying to a
 * SCO that left it "not attempted" (a value only the LMS can give it); a status the SCO set is its
 * own. In browse mode the SCO was previewed, not taken: the SCORM 1.2 Conformance Requirements
 * let the LMS record "browsed" then, whatever the credit. In review mode nothing changes.
 */
export function lmsSetsStatusOfSilentSco(state: Scorm12State): void {
  const { core } = state;
  if (core.lesson_status !== 'not attempted') return;
  if (core.lesson_mode === 'normal') core.lesson_status = 'completed';
  else if (core.lesson_mode === 'browse') core.lesson_status = 'browsed';
}

/**
 * SCORM 1.2 RTE §3.4.4 cmi.core.lesson_status and cmi.core.credit, with the SCORM 1.2
 * Conformance Requirements (cmi.core.lesson_status): when the SCO is taken for credit, in normal
 * mode, and the manifest gives a mastery score (cmi.student_data.mastery_score, from
 * adlcp:masteryscore) and the SCO set cmi.core.score.raw, the LMS decides: "passed" when raw ≥
 * mastery score, "failed" otherwise. Three cases are left alone: no mastery score ("the LMS
 * cannot override SCO determined status"), no-credit ("there is no change to the lesson_status"),
 * and a SCO that reported "incomplete" (the requirement applies when the value "is not set to
 * 'incomplete' by the SCO").
 *
 * The book can be read more narrowly (judge only a status the LMS itself just set to
 * "completed"); we follow the conformance requirement, which ADL wrote to be tested against.
 */
export function masteryScoreDecidesPassedOrFailed(state: Scorm12State): void {
  const { core } = state;
  if (core.credit !== 'credit' || core.lesson_mode !== 'normal') return;
  if (core.lesson_status === 'incomplete') return;
  const masteryScore = parseCMIDecimal(state.student_data.mastery_score);
  const raw = parseCMIDecimal(core.score.raw);
  if (masteryScore === undefined || raw === undefined) return;
  core.lesson_status = raw >= masteryScore ? 'passed' : 'failed';
}
