import type { LaunchContext, SessionOutcome } from '../data-model.js';
import { formatTimeInterval, parseTimeInterval } from '../types/timeinterval.js';
import { newAttemptState, type Scorm2004State } from './state.js';
import { cloneJson } from '../clone-json.js';

/**
 * The LMS side of a session: what the run-time data looks like when the SCO is launched, and
 * what becomes of it when the SCO terminates (RTE §4.2.7 entry, §4.2.8 exit, §4.2.21
 * session_time, §4.2.25 total_time; the attempt rules ADL's CTS checks in DMB Act1).
 */

/**
 * The state the SCO sees at launch, built from the saved state (undefined for the first launch):
 * - no saved state, or the last session ended the attempt: a new attempt, entry "ab-initio",
 *   every element at its default (total_time PT0H0M0S, statuses unknown, suspend_data not
 *   initialized). Learner preferences are the learner's, not the attempt's: they carry over.
 * - the last session suspended the attempt: the same data, entry "resume";
 * - a session began but never ended: the same data, entry "" (RTE §4.2.7: neither first nor
 *   resumed);
 * - saved but never launched (an LMS-prepared state): that data, entry "ab-initio".
 * Session-only elements are cleared (exit, session_time, adl.nav.request) and the learner,
 * credit and mode come from `launch`. `saved` is not mutated.
 */
export function beginSession(saved: Scorm2004State | undefined, launch: LaunchContext): Scorm2004State {
  const progress = saved?.lms.attemptProgress ?? 'not-launched';
  const state = saved === undefined || progress === 'ended' ? newAttemptFor(saved) : cloneJson(saved);
  const cmi = state.cmi;
  cmi.entry = progress === 'suspended' ? 'resume' : progress === 'in-session' ? '' : 'ab-initio';
  cmi.exit = '';
  delete cmi.session_time;
  state.adl.nav.request = '_none_';
  cmi.learner_id = launch.learnerId;
  cmi.learner_name = launch.learnerName;
  cmi.credit = launch.credit;
  cmi.mode = launch.mode;
  state.lms.attemptProgress = 'in-session';
  return state;
}

function newAttemptFor(previous: Scorm2004State | undefined): Scorm2004State {
  const state = newAttemptState();
  if (previous !== undefined) state.cmi.learner_preference = { ...previous.cmi.learner_preference };
  return state;
}

/**
 * At Terminate: folds session_time into total_time (RTE §4.2.25, adding the durations, not the
 * strings) and decides the attempt's fate. `cmi.exit = "suspend"` suspends it, and so does
 * `adl.nav.request = "suspendAll"` whatever cmi.exit says (CTS DMB Act1V6, Act1V10); any other
 * exit ("normal", "time-out", "logout", "") ends it.
 */
export function endSession(state: Scorm2004State): SessionOutcome {
  const cmi = state.cmi;
  const sessionTime = cmi.session_time === undefined ? undefined : parseTimeInterval(cmi.session_time);
  if (sessionTime !== undefined) {
    cmi.total_time = formatTimeInterval((parseTimeInterval(cmi.total_time) ?? 0) + sessionTime);
  }
  delete cmi.session_time;
  const navRequest = state.adl.nav.request;
  const suspended = cmi.exit === 'suspend' || navRequest === 'suspendAll';
  state.lms.attemptProgress = suspended ? 'suspended' : 'ended';
  return { exit: cmi.exit, suspended, attemptEnded: !suspended, navRequest };
}
