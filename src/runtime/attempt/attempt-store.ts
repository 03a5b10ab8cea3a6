import type { Clock } from '../clock.js';
import type { JsonSchema } from '../json-schema/json-schema.js';
import type { EventStream } from '../events.js';
import type { PersistenceAdapter, SaveReason } from '../adapters/persistence-adapter.js';
import { attemptDocumentFormat, attemptDocumentVersion, parseAttemptDocument, type AttemptDocument } from './attempt-document.js';

export interface AttemptStoreOptions {
  scorm: '1.2' | '2004';
  registrationId: string;
  learner: { id: string; name: string };
  adapter: PersistenceAdapter;
  /** The JSON Schema of the version's run-time state, which each activity's saved state must meet. */
  runtimeJsonSchema: JsonSchema;
  clock: Clock;
  events: EventStream;
}

/**
 * Holds a registration's attempt document and moves it through the persistence adapter.
 *
 * Saves are serialised: while an asynchronous save is under way, further saves wait and are
 * coalesced into one save of the newest document, so a backend never receives an older state
 * after a newer one. A failed save is reported and remembered; the document stays in memory
 * and goes out again with the next save, so nothing is lost.
 */
export class AttemptStore {
  readonly #options: AttemptStoreOptions;
  #document: AttemptDocument | undefined;
  #inFlight: Promise<void> | undefined;
  #queued: { activityId: string; reason: SaveReason } | undefined;
  #lastFailure: string | undefined;

  constructor(options: AttemptStoreOptions) {
    this.#options = options;
  }

  /** The document, loaded (or created) by `load()`. */
  get document(): AttemptDocument {
    if (this.#document === undefined) throw new Error('The attempt state has not been loaded yet.');
    return this.#document;
  }

  /** Loads the registration's document once; later calls reuse it. */
  async load(): Promise<AttemptDocument> {
    if (this.#document !== undefined) return this.#document;
    const { adapter, registrationId, scorm, learner } = this.#options;
    const saved = await adapter.load(registrationId);
    if (saved === undefined || saved === null) {
      this.#document = {
        format: attemptDocumentFormat,
        version: attemptDocumentVersion,
        scorm,
        registrationId,
        learner: { ...learner },
        activities: {},
        sharedData: {},
        savedAt: new Date(this.#options.clock.now()).toISOString(),
      };
    } else {
      // The document is used as it came (JSON), so an activity id like __proto__ stays data.
      this.#document = parseAttemptDocument(saved, scorm, this.#options.runtimeJsonSchema);
    }
    return this.#document;
  }

  /**
   * Saves the document.
   * @returns undefined when saved or under way; the reason when the save failed now or the
   *   previous asynchronous save failed (so the content learns its data is not yet stored).
   */
  save(activityId: string, reason: SaveReason): string | undefined {
    if (this.#inFlight !== undefined) {
      this.#queued = { activityId, reason };
      return this.#lastFailure;
    }
    return this.#saveNow(activityId, reason);
  }

  /** Resolves when every save asked for so far has been answered by the adapter. */
  async flush(): Promise<void> {
    while (this.#inFlight !== undefined) await this.#inFlight;
  }

  #saveNow(activityId: string, reason: SaveReason): string | undefined {
    const { adapter, registrationId, clock } = this.#options;
    const document = this.document;
    document.savedAt = new Date(clock.now()).toISOString();
    let pending: void | Promise<void>;
    try {
      pending = adapter.save(registrationId, document, reason);
    } catch (fault) {
      return this.#failed(activityId, reason, fault);
    }
    if (pending === undefined) {
      this.#saved(activityId, reason);
      return undefined;
    }
    const previousFailure = this.#lastFailure;
    this.#inFlight = pending.then(
      () => this.#saved(activityId, reason),
      (fault: unknown) => void this.#failed(activityId, reason, fault),
    ).finally(() => {
      this.#inFlight = undefined;
      const queued = this.#queued;
      this.#queued = undefined;
      if (queued !== undefined) this.#saveNow(queued.activityId, queued.reason);
    });
    return previousFailure;
  }

  #saved(activityId: string, trigger: SaveReason): void {
    this.#lastFailure = undefined;
    this.#options.events.emit({ type: 'commit', activityId, trigger, status: 'saved', t: this.#options.clock.now() });
  }

  #failed(activityId: string, trigger: SaveReason, fault: unknown): string {
    const error = fault instanceof Error ? fault.message : String(fault);
    this.#lastFailure = error;
    this.#options.events.emit({ type: 'commit', activityId, trigger, status: 'failed', error, t: this.#options.clock.now() });
    return error;
  }
}
