/**
 * Each activity's status as the table of contents shows it: the SN sequencer's tracking model
 * (SCORM 2004, from its saved state, read once per change of the course since saving copies it),
 * or the SCORM 1.2 navigator's record of each item's cmi.core.lesson_status.
 */
import { activityStatusFromTracking, sequencingStateOf, trackingOf, unknownActivityStatus, type ActivityStatus } from '../context/index.js';
import type { Navigator } from '../../runtime/sequencing/navigator.js';
import { lessonStatusAsStatuses } from '../../runtime/navigation12/lesson-status.js';
import { Scorm12Navigator } from '../../runtime/navigation12/scorm12-navigator.js';

export type ActivityStatusReader = (activityId: string) => ActivityStatus;

/** A reader over the navigator's state as it is now. */
export function readActivityStatuses(navigator: Navigator | undefined): ActivityStatusReader {
  if (navigator === undefined) return () => unknownActivityStatus;
  const sequencing = sequencingStateOf(navigator);
  if (sequencing !== undefined) return (activityId) => activityStatusFromTracking(trackingOf(sequencing, activityId));
  if (navigator instanceof Scorm12Navigator) return (activityId) => scorm12Status(navigator, activityId);
  return () => unknownActivityStatus;
}

/** SCORM 1.2: an item reported is attempted; its lesson status gives completion and success. */
function scorm12Status(navigator: Scorm12Navigator, activityId: string): ActivityStatus {
  const progress = navigator.progress(activityId);
  if (progress === undefined) return unknownActivityStatus;
  const { lessonStatus } = progress;
  const { completionStatus, successStatus } = lessonStatusAsStatuses(lessonStatus);
  return {
    attempted: lessonStatus !== 'not attempted',
    completion: completionStatus === 'completed' || completionStatus === 'incomplete' ? completionStatus : 'unknown',
    success: successStatus === 'passed' || successStatus === 'failed' ? successStatus : 'unknown',
    suspended: navigator.suspendedActivity?.id === activityId,
    attempts: lessonStatus === 'not attempted' ? 0 : 1,
    measure: null,
  };
}
