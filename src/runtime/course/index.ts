/**
 * The course session: a package's organization taken by one learner, headless (Node, Deno,
 * workers, the page). What <scorm-player> and `scorm-harness` drive.
 */
export { createCourseSession } from './create-course-session.js';
export type { CourseSessionOptions, GlobalObjectiveStore } from './create-course-session.js';
export type { SharedDataStore } from '../datamodel/data-model.js';
export { CourseSession, CourseError } from './course-session.js';
export type { ObjectiveReader, CourseSessionHooks } from './course-session.js';
export type { Delivery } from './delivery.js';
export type {
  CourseEvent,
  CourseEventListener,
  DeliveryEvent,
  ContentEndEvent,
  NavigationEvent,
  StateSavedEvent,
} from './course-events.js';
export { contentNavigationRequest } from './content-navigation-request.js';
