/**
 * What <scorm-player> shares with <scorm-toc> and <scorm-debugger> (the ScormPlayerController of
 * src/components/context), over the course session the player has open. One object for the
 * player's whole life: opening another package is a `package` change.
 */
import type { ActivityStatus, ScormPlayerChange, ScormPlayerChangeListener, ScormPlayerController } from '../context/index.js';
import type { CourseEvent, CourseSession } from '../../runtime/course/index.js';
import type { ActivityTree } from '../../runtime/sequencing/activity-tree.js';
import type { Navigator } from '../../runtime/sequencing/navigator.js';
import type { NavigationRequest } from '../../runtime/sequencing/requests.js';
import type { Runtime } from '../../runtime/index.js';
import { readActivityStatuses, type ActivityStatusReader } from './activity-statuses.js';

export class CoursePlayerController implements ScormPlayerController {
  readonly #navigate: (request: NavigationRequest) => void;
  #course: CourseSession | undefined;
  #packageUrl: string | undefined;
  /** Kept here: the course forgets its delivery only after it has announced the end. */
  #currentActivityId: string | undefined;
  #listeners: ScormPlayerChangeListener[] = [];
  #statuses: ActivityStatusReader | undefined;

  /** `navigate`: the player carries requests out (it owns the content's frame). */
  constructor(navigate: (request: NavigationRequest) => void) {
    this.#navigate = navigate;
  }

  get scorm(): '1.2' | '2004' | undefined {
    return this.#course?.runtime.scorm;
  }

  get tree(): ActivityTree | undefined {
    return this.#course?.tree;
  }

  get navigator(): Navigator | undefined {
    return this.#course?.navigator;
  }

  get runtime(): Runtime | undefined {
    return this.#course?.runtime;
  }

  get currentActivityId(): string | undefined {
    return this.#currentActivityId;
  }

  get packageUrl(): string | undefined {
    return this.#packageUrl;
  }

  navigate(request: NavigationRequest): void {
    this.#navigate(request);
  }

  activityStatus(activityId: string): ActivityStatus {
    this.#statuses ??= readActivityStatuses(this.#course?.navigator);
    return this.#statuses(activityId);
  }

  subscribe(listener: ScormPlayerChangeListener): () => void {
    this.#listeners = [...this.#listeners, listener];
    return () => {
      this.#listeners = this.#listeners.filter((known) => known !== listener);
    };
  }

  /** Another course is open (or none): everything is to be read again. */
  open(course: CourseSession | undefined, packageUrl: string | undefined): void {
    this.#course = course;
    this.#packageUrl = packageUrl;
    this.#currentActivityId = undefined;
    this.#emit({ type: 'package' });
  }

  /** Passes what the course did on as the change the elements understand. */
  courseEvent(event: CourseEvent): void {
    switch (event.type) {
      case 'delivery':
        this.#currentActivityId = event.delivery.activity.id;
        this.#emit({ type: 'delivery', activityId: event.delivery.activity.id });
        break;
      case 'navigation':
        this.#emit({ type: 'navigation', request: event.request, source: event.source, result: event.result });
        if (event.result.endSession) {
          this.#currentActivityId = undefined;
          this.#emit({ type: 'delivery', activityId: undefined });
        }
        break;
      case 'content-end':
        this.#emit({ type: 'tracking' });
        break;
      case 'state-saved':
        break;
    }
  }

  #emit(change: ScormPlayerChange): void {
    this.#statuses = undefined;
    for (const listener of this.#listeners) {
      try {
        listener(change);
      } catch {
        // One broken listener must not keep the others, or the player, from the change.
      }
    }
  }
}
