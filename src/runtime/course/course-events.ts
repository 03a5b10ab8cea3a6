/**
 * What a course session tells the player, the debugger and the harness: each delivery, each end
 * of content's session with what it reported, each navigation request carried out, each save of
 * the navigator's state. Listeners never break the course: their exceptions are swallowed.
 */
import type { Delivery } from './delivery.js';
import type { NavigationResult, RuntimeReport } from '../sequencing/navigator.js';
import type { NavigationRequest } from '../sequencing/requests.js';
import { EventStream } from '../events.js';

export type CourseEvent = DeliveryEvent | ContentEndEvent | NavigationEvent | StateSavedEvent;

/** An activity was launched: the host loads `delivery.url` and exposes `delivery.session.api`. */
export interface DeliveryEvent {
  readonly type: 'delivery';
  readonly delivery: Delivery;
}

/** The content's session ended (Terminate, or taken away) and its data went to the navigator. */
export interface ContentEndEvent {
  readonly type: 'content-end';
  readonly activityId: string;
  readonly report: RuntimeReport;
  /** The content's adl.nav.request, when it left one and it is processed (not when the learner's request took the content away). */
  readonly request: NavigationRequest | undefined;
}

/** A navigation request was carried out (or refused: `result.exception`). */
export interface NavigationEvent {
  readonly type: 'navigation';
  readonly request: NavigationRequest;
  /** Who asked: the learner through the player's controls, or the content through adl.nav.request. */
  readonly source: 'learner' | 'content';
  readonly result: NavigationResult;
}

/** The navigator's state went into the attempt document; `error` when the adapter refused it. */
export interface StateSavedEvent {
  readonly type: 'state-saved';
  readonly error: string | undefined;
}

export type CourseEventListener = (event: CourseEvent) => void;

/** The course session's events, delivered as the run-time's are: a broken listener never breaks the course. */
export class CourseEvents extends EventStream<CourseEvent> {}
