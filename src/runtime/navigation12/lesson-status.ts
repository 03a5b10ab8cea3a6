/**
 * cmi.core.lesson_status as SCORM 1.2 navigation uses it: the status prerequisites test and the
 * progress the navigator keeps per item.
 */
import type { RuntimeReport } from '../sequencing/navigator.js';

/** SCORM 1.2 RTE §3.4.4, cmi.core.lesson_status (CMIVocabulary "Status"). */
export type LessonStatus = 'passed' | 'completed' | 'failed' | 'incomplete' | 'browsed' | 'not attempted';

const LESSON_STATUSES: ReadonlyMap<string, LessonStatus> = new Map([
  ['passed', 'passed'],
  ['completed', 'completed'],
  ['failed', 'failed'],
  ['incomplete', 'incomplete'],
  ['browsed', 'browsed'],
  ['not attempted', 'not attempted'],
]);

/**
 * AICC CMI001 "Core Vocabulary": a status in a prerequisites script may be written in full or by
 * its first letter, in any case ("Passed", "P", "n").
 */
const SCRIPT_STATUSES: ReadonlyMap<string, LessonStatus> = new Map([
  ...LESSON_STATUSES,
  ['p', 'passed'],
  ['c', 'completed'],
  ['f', 'failed'],
  ['i', 'incomplete'],
  ['b', 'browsed'],
  ['n', 'not attempted'],
]);

/** A lesson_status value exactly as the data model stores it, or undefined for anything else. */
export function lessonStatusOf(value: string): LessonStatus | undefined {
  return LESSON_STATUSES.get(value);
}

/** A status as a prerequisites script writes it (full word or first letter, any case). */
export function scriptStatusOf(word: string): LessonStatus | undefined {
  return SCRIPT_STATUSES.get(word.toLowerCase());
}

/**
 * AICC CMI001 prerequisites logic, as quoted in the SCORM 1.2 CAM examples: an identifier alone is
 * true when its unit is passed or completed ("~A35" is "A35<>passed & A35<>completed"). Browsed
 * is not completion: the learner only looked at it in browse mode.
 */
export function isCompleted(status: LessonStatus): boolean {
  return status === 'passed' || status === 'completed';
}

/**
 * The lesson_status a report carries: verbatim from a SCORM 1.2 SCO, else derived from the
 * 2004-style completion and success statuses (success first, as 1.2 folds them into one value).
 */
export function reportedLessonStatus(report: RuntimeReport): LessonStatus | undefined {
  if (report.lessonStatus !== undefined) return lessonStatusOf(report.lessonStatus);
  if (report.successStatus === 'passed' || report.successStatus === 'failed') return report.successStatus;
  if (report.completionStatus === 'completed' || report.completionStatus === 'incomplete') return report.completionStatus;
  return undefined;
}

/**
 * The status of an aggregation (an item that launches nothing) named in a prerequisites script:
 * the AICC guidelines let a block be a prerequisite; it is done when everything it delivers is.
 * passed when all its launchable items are passed, completed when all are passed or completed,
 * incomplete once any was attempted, not attempted otherwise.
 */
export function aggregatedStatus(statuses: readonly LessonStatus[]): LessonStatus {
  if (statuses.length === 0) return 'not attempted';
  if (statuses.every((status) => status === 'passed')) return 'passed';
  if (statuses.every(isCompleted)) return 'completed';
  return statuses.some((status) => status !== 'not attempted') ? 'incomplete' : 'not attempted';
}

/**
 * SCORM 1.2 has one cmi.core.lesson_status (1.2 RTE §3.4.4) for both of the 2004 pair it stands
 * for: passed and failed are completed, browsed is incomplete (the learner only looked at it),
 * success only from passed and failed.
 */
export function lessonStatusAsStatuses(lessonStatus: string): { completionStatus: string; successStatus: string } {
  switch (lessonStatus) {
    case 'passed':
    case 'failed':
      return { completionStatus: 'completed', successStatus: lessonStatus };
    case 'completed':
      return { completionStatus: 'completed', successStatus: 'unknown' };
    case 'incomplete':
    case 'browsed':
      return { completionStatus: 'incomplete', successStatus: 'unknown' };
    default:
      return { completionStatus: 'not attempted', successStatus: 'unknown' };
  }
}
