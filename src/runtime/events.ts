import type { SessionOutcome } from './datamodel/data-model.js';

/**
 * Everything the run-time does is observable as events: the debugger's live log and the trace
 * recorder consume them. Times are the injected clock's milliseconds.
 */
export type RuntimeEvent = ApiCallEvent | SessionStartEvent | SessionEndEvent | CommitEvent;

/** One API call made by content, with what the run-time answered. */
export interface ApiCallEvent {
  type: 'call';
  activityId: string;
  /** The API function's own name: `SetValue`, `LMSSetValue` … */
  fn: string;
  /** The arguments as the run-time read them (non-string arguments shown converted). */
  args: readonly string[];
  ret: string;
  /** The error code right after the call, as GetLastError would answer it. */
  err: string;
  t: number;
}

export interface SessionStartEvent {
  type: 'session-start';
  activityId: string;
  /** cmi.entry (1.2 cmi.core.entry) the content will read. */
  entry: string;
  t: number;
}

export interface SessionEndEvent {
  type: 'session-end';
  activityId: string;
  outcome: SessionOutcome;
  /** false when the content never called Terminate / LMSFinish and the page went away. */
  terminated: boolean;
  t: number;
}

/** A save of the attempt state through the persistence adapter. */
export interface CommitEvent {
  type: 'commit';
  activityId: string;
  trigger: 'commit' | 'terminate' | 'unload';
  /** saved: the adapter confirmed; failed: it refused (state kept, retried on the next save). */
  status: 'saved' | 'failed';
  /** The adapter's reason when it failed. */
  error?: string;
  t: number;
}

export type RuntimeEventListener = (event: RuntimeEvent) => void;

/** A listener set that never lets a listener's exception reach the content that made the call. */
export class EventStream<E = RuntimeEvent> {
  #listeners: ((event: E) => void)[] = [];

  get hasListeners(): boolean {
    return this.#listeners.length > 0;
  }

  on(listener: (event: E) => void): () => void {
    this.#listeners = [...this.#listeners, listener];
    return () => {
      this.#listeners = this.#listeners.filter((l) => l !== listener);
    };
  }

  emit(event: E): void {
    for (const listener of this.#listeners) {
      try {
        listener(event);
      } catch {
        // A broken listener (debugger, recorder, host page) must not break the learner's session or course.
      }
    }
  }
}
