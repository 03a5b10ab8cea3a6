/**
 * Taking in what a SCO's data model says when its session ends (LMSFinish, or the LMS closing
 * it): SCORM 1.2 RTE §3.4.4 cmi.core.lesson_status, cmi.core.exit and cmi.core.score.
 */
import type { ActivityTree } from '../sequencing/activity-tree.js';
import type { RuntimeReport } from '../sequencing/navigator.js';
import { reportedLessonStatus } from './lesson-status.js';
import { NOT_ATTEMPTED, type Navigation12State } from './navigation12-state.js';

/**
 * The state with the reporting item's progress replaced. In 1.2 a SCO's data persist from one
 * launch to the next, so the report holds the whole current picture; a report without a usable
 * status keeps the status known before. Reports for anything but a launchable item are ignored.
 */
export function applyRuntimeReport(tree: ActivityTree, state: Navigation12State, report: RuntimeReport): Navigation12State {
  const item = tree.get(report.activityId);
  if (item?.launch === undefined) return state;
  const before = state.progress.get(item) ?? NOT_ATTEMPTED;
  const progress = new Map(state.progress).set(item, {
    lessonStatus: reportedLessonStatus(report) ?? before.lessonStatus,
    exit: report.exit,
    scoreRaw: report.scoreRaw,
    scoreMin: report.scoreMin,
    scoreMax: report.scoreMax,
  });
  return { ...state, progress };
}
