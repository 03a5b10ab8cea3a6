import { createCourseSession } from '../../runtime/course/create-course-session.js';
import type { CourseSession } from '../../runtime/course/course-session.js';
import type { CourseOpening } from './cts-case-runner.js';

/** The course session a CTS case runs against: our SCORM 2004 sequencer behind the run-time. */
export function openCtsCourse(opening: CourseOpening): Promise<CourseSession> {
  return createCourseSession({
    package: opening.package,
    adapter: opening.adapter,
    registrationId: opening.registrationId,
    learner: opening.learner,
    clock: opening.clock,
    random: opening.random,
    globalObjectives: opening.globalObjectives,
  });
}
