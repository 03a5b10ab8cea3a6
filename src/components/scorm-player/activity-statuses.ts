/**
 * Each activity's status as the table of contents shows it, read from the navigator's saved
 * state: the SN sequencer's tracking model (SCORM 2004), or the SCORM 1.2 navigator's record of
 * each item's cmi.core.lesson_status. Read once per change of the course, not once per activity:
 * saving a navigator's state copies it.
 */
import { activityStatusFromTracking, sequencingStateOf, trackingOf, unknownActivityStatus, type ActivityStatus } from '../context/index.js';
import type { Navigator } from '../../runtime/sequencing/navigator.js';
import { lessonStatusAsStatuses } from './status-watch.js';

export type ActivityStatusReader = (activityId: string) => ActivityStatus;

const NAVIGATION12_FORMAT = 'scorm-player/navigation12';

/** A reader over the navigator's state as it is now. */
export function readActivityStatuses(navigator: Navigator | undefined): ActivityStatusReader {
  if (navigator === undefined) return () => unknownActivityStatus;
  const sequencing = sequencingStateOf(navigator);
  if (sequencing !== undefined) return (activityId) => activityStatusFromTracking(trackingOf(sequencing, activityId));
  return scorm12Statuses(navigator);
}

/** SCORM 1.2: an item reported is attempted; its lesson status gives completion and success. */
function scorm12Statuses(navigator: Navigator): ActivityStatusReader {
  const state: unknown = navigator.saveState();
  const byId = new Map<string, ActivityStatus>();
  if (typeof state === 'object' && state !== null && Reflect.get(state, 'format') === NAVIGATION12_FORMAT) {
    const items: unknown = Reflect.get(state, 'items');
    const suspended: unknown = Reflect.get(state, 'suspended');
    for (const item of Array.isArray(items) ? (items as unknown[]) : []) {
      if (typeof item !== 'object' || item === null) continue;
      const id = Reflect.get(item, 'id');
      const lessonStatus = Reflect.get(item, 'lessonStatus');
      if (typeof id !== 'string' || typeof lessonStatus !== 'string') continue;
      const { completionStatus, successStatus } = lessonStatusAsStatuses(lessonStatus);
      byId.set(id, {
        attempted: lessonStatus !== 'not attempted',
        completion: completionStatus === 'completed' || completionStatus === 'incomplete' ? completionStatus : 'unknown',
        success: successStatus === 'passed' || successStatus === 'failed' ? successStatus : 'unknown',
        suspended: suspended === id,
        attempts: lessonStatus === 'not attempted' ? 0 : 1,
        measure: null,
      });
    }
  }
  return (activityId) => byId.get(activityId) ?? unknownActivityStatus;
}
