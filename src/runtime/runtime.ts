import { Scorm12Api } from './api/scorm12-api.js';
import { Scorm2004Api } from './api/scorm2004-api.js';
import type { ApiHost } from './api/api-host.js';
import { systemClock, type Clock } from './clock.js';
import {
  defaultLimits,
  type DataModelLimits,
  type LaunchContext,
  type LeniencyOptions,
  type NavigationValidity,
  type RuntimeDataModel,
  type ScormVersionModel,
  type SessionOutcome,
  type SharedDataBucket,
  type SharedDataStore,
} from './datamodel/data-model.js';
import { scorm12Model } from './datamodel/scorm12/index.js';
import { scorm2004Model } from './datamodel/scorm2004/index.js';
import { cloneJson } from './datamodel/clone-json.js';
import { EventStream, type RuntimeEventListener } from './events.js';
import { memoryAdapter } from './adapters/memory-adapter.js';
import type { PersistenceAdapter } from './adapters/persistence-adapter.js';
import { AttemptStore } from './attempt/attempt-store.js';
import { getActivityRecord, setActivityRecord, type AttemptDocument } from './attempt/attempt-document.js';

export type ScormVersion = '1.2' | '2004';

/** The API object a version's content finds: `API_1484_11` for 2004, `API` for 1.2. */
export type ApiFor<V extends ScormVersion> = V extends '2004' ? Scorm2004Api : V extends '1.2' ? Scorm12Api : Scorm2004Api | Scorm12Api;

export interface RuntimeOptions<V extends ScormVersion = ScormVersion> {
  scorm: V;
  /** Where attempt state is loaded from and saved to. Default: in memory (lost on reload). */
  adapter?: PersistenceAdapter;
  /** The attempt's key in the adapter: one learner taking one course. Default "default". */
  registrationId?: string;
  learner?: { id: string; name: string };
  credit?: LaunchContext['credit'];
  mode?: LaunchContext['mode'];
  clock?: Clock;
  leniency?: LeniencyOptions;
  limits?: Partial<DataModelLimits>;
}

export interface LaunchOptions {
  /** The activity (SCO) being launched: its identifier in the manifest. Default "sco". */
  activityId?: string;
  /**
   * Values the LMS sets before the content starts (from the manifest or the host): any element,
   * read-only ones and array entries included, type-checked (`cmi.completion_threshold`,
   * `cmi.launch_data`, `cmi.student_data.mastery_score` …).
   */
  initialValues?: Readonly<Record<string, string>>;
  /** SCORM 2004 adl.data buckets this SCO maps (manifest adlcp:data). */
  sharedDataBuckets?: readonly SharedDataBucket[];
  /**
   * Where the buckets' stores live. Default: the attempt document, shared by every SCO of the
   * registration. A course whose shared data is global to system gives the learner's own store.
   */
  sharedDataStore?: SharedDataStore;
  /** SCORM 2004 adl.nav.request_valid.* answers; the sequencer provides them. */
  navigation?: NavigationValidity;
  /**
   * The sequencer began a new attempt on the activity (SN DB.2): the content starts afresh even
   * when its last session was suspended (an Exit All since has ended that attempt). Default false.
   */
  newAttempt?: boolean;
}

/** An LMS-provided launch value the data model refused: a fault of the host, named precisely. */
export class LaunchValueError extends Error {
  override readonly name = 'LaunchValueError';
}

const versionModels: Readonly<Record<'1.2' | '2004', ScormVersionModel<unknown>>> = {
  '1.2': scorm12Model as ScormVersionModel<unknown>,
  '2004': scorm2004Model as ScormVersionModel<unknown>,
};

/**
 * The run-time of one registration: it launches activities one at a time, each with a fresh
 * API object, and keeps the attempt state that outlives them. No DOM: it runs the same in a
 * page, a worker, Node and Deno.
 */
export class Runtime<V extends ScormVersion = ScormVersion> {
  readonly scorm: V;
  readonly #options: RuntimeOptions<V>;
  readonly #model: ScormVersionModel<unknown>;
  readonly #events = new EventStream();
  readonly #store: AttemptStore;
  readonly #clock: Clock;
  #current: Session<V> | undefined;

  constructor(options: RuntimeOptions<V>) {
    this.scorm = options.scorm;
    this.#options = options;
    this.#model = versionModels[options.scorm];
    this.#clock = options.clock ?? systemClock;
    this.#store = new AttemptStore({
      scorm: options.scorm,
      registrationId: options.registrationId ?? 'default',
      learner: options.learner ?? { id: '', name: '' },
      adapter: options.adapter ?? memoryAdapter(),
      runtimeJsonSchema: this.#model.stateJsonSchema,
      clock: this.#clock,
      events: this.#events,
    });
  }

  /** Subscribes to every API call, session start and end, and save. Returns the unsubscriber. */
  on(listener: RuntimeEventListener): () => void {
    return this.#events.on(listener);
  }

  /**
   * Prepares the launch of an activity: loads the attempt state (first time only), applies the
   * LMS side of the book (entry, new attempt, launch values) and makes a fresh API object.
   * A session still open is unloaded first: one activity is delivered at a time.
   * @throws LaunchValueError when an initial value is refused; the adapter's error when loading fails.
   */
  async launch(options: LaunchOptions = {}): Promise<Session<V>> {
    if (this.#current !== undefined) await this.#current.unload();
    const document = await this.#store.load();
    const activityId = options.activityId ?? 'sco';
    const launchContext: LaunchContext = {
      learnerId: this.#options.learner?.id ?? '',
      learnerName: this.#options.learner?.name ?? '',
      credit: this.#options.credit ?? 'credit',
      mode: this.#options.mode ?? 'normal',
    };
    const saved = options.newAttempt === true ? undefined : getActivityRecord(document, activityId)?.runtime;
    const state = this.#model.beginSession(saved, launchContext);
    const dataModel = this.#model.createDataModel(state, {
      leniency: this.#options.leniency ?? {},
      limits: { ...defaultLimits, ...this.#options.limits },
      ...(options.sharedDataBuckets === undefined
        ? {}
        : { sharedData: { buckets: options.sharedDataBuckets, store: options.sharedDataStore ?? sharedDataStore(document) } }),
      ...(options.navigation === undefined ? {} : { navigation: options.navigation }),
    });
    for (const [element, value] of Object.entries(options.initialValues ?? {})) {
      const result = dataModel.lmsSetValue(element, value);
      if (result.error !== 0) {
        throw new LaunchValueError(`The launch value ${element} = "${value}" was refused (error ${result.error}): ${result.diagnostic}`);
      }
    }
    const session = new Session<V>(activityId, dataModel, this.#model, this.#store, this.#events, this.#clock);
    this.#current = session;
    return session;
  }

  /**
   * The navigator's saved state (the attempt document's `sequencing`), loading the document
   * first; undefined when none was saved.
   * @throws AttemptDocumentError, or the adapter's error, when loading fails.
   */
  async loadSequencingState(): Promise<unknown> {
    return (await this.#store.load()).sequencing;
  }

  /**
   * Keeps the navigator's state in the attempt document and saves the document (reported as a
   * `commit` event of `activityId`, the activity the state changed around).
   * @returns as AttemptStore.save: undefined when saved or under way, else why it failed.
   */
  saveSequencingState(state: unknown, activityId: string): string | undefined {
    this.#store.document.sequencing = state;
    return this.#store.save(activityId, 'commit');
  }

  /**
   * Empties the adl.data stores kept in the attempt document; saved with the next save. SCORM
   * 2004 RTE 4th ed. §4.3.2: with adlcp:sharedDataGlobalToSystem false the LMS resets the data
   * stores when a new learner attempt on the activity tree begins.
   * @throws Error when the document has not been loaded yet.
   */
  clearSharedData(): void {
    this.#store.document.sharedData = {};
  }

  /** A copy of the attempt document as it stands (for inspectors and tests). */
  snapshot(): AttemptDocument {
    return cloneJson(this.#store.document);
  }

  /** Resolves when every save asked for so far has been answered by the adapter. */
  flush(): Promise<void> {
    return this.#store.flush();
  }
}

/** adl.data stores live in the attempt document, shared by every SCO of the registration. */
function sharedDataStore(document: AttemptDocument): SharedDataStore {
  return {
    get: (bucketId) => (Object.hasOwn(document.sharedData, bucketId) ? document.sharedData[bucketId] : undefined),
    set: (bucketId, value) => {
      Object.defineProperty(document.sharedData, bucketId, { value, enumerable: true, writable: true, configurable: true });
    },
  };
}

/**
 * One launch of one activity: the API object the content talks to, and the LMS side around it.
 * The activity's record is written into the attempt document only once the content has
 * initialized, so a launch the content never starts changes nothing.
 */
export class Session<V extends ScormVersion = ScormVersion> {
  readonly activityId: string;
  /** The object content finds: `API_1484_11` for 2004, `API` for 1.2. */
  readonly api: ApiFor<V>;
  readonly dataModel: RuntimeDataModel<unknown>;
  readonly #model: ScormVersionModel<unknown>;
  readonly #store: AttemptStore;
  readonly #events: EventStream;
  readonly #clock: Clock;
  #phase: 'launched' | 'running' | 'ended' = 'launched';
  #outcome: SessionOutcome | undefined;
  #closeApi: () => void = () => {};

  constructor(
    activityId: string,
    dataModel: RuntimeDataModel<unknown>,
    model: ScormVersionModel<unknown>,
    store: AttemptStore,
    events: EventStream,
    clock: Clock,
  ) {
    this.activityId = activityId;
    this.dataModel = dataModel;
    this.#model = model;
    this.#store = store;
    this.#events = events;
    this.#clock = clock;
    const host: ApiHost = {
      activityId,
      dataModel,
      clock,
      events,
      sessionStarted: () => this.#started(),
      commit: () => this.#store.save(activityId, 'commit'),
      terminate: () => this.#end('terminate'),
      closeWith: (close) => {
        this.#closeApi = close;
      },
    };
    this.api = (model.version === '2004' ? new Scorm2004Api(host) : new Scorm12Api(host)) as ApiFor<V>;
  }

  /** How the session ended; undefined while it has not. */
  get outcome(): SessionOutcome | undefined {
    return this.#outcome;
  }

  /**
   * The content went away (page unload, iframe replaced). If it initialized and never
   * terminated, the LMS ends the session itself and saves what the content had set, so
   * nothing is lost. Afterwards the API object no longer reaches the attempt state.
   */
  async unload(): Promise<void> {
    this.#closeApi();
    if (this.#phase === 'running') this.#end('unload');
    this.#phase = 'ended';
    await this.#store.flush();
  }

  #started(): void {
    this.#phase = 'running';
    const document = this.#store.document;
    const previous = getActivityRecord(document, this.activityId);
    setActivityRecord(document, this.activityId, {
      runtime: this.dataModel.state,
      suspended: false,
      sessions: (previous?.sessions ?? 0) + 1,
    });
    if (!this.#events.hasListeners) return;
    const entry = this.dataModel.getValue(this.#model.version === '2004' ? 'cmi.entry' : 'cmi.core.entry');
    this.#events.emit({ type: 'session-start', activityId: this.activityId, entry: entry.value, t: this.#clock.now() });
  }

  #end(trigger: 'terminate' | 'unload'): string | undefined {
    const outcome = this.#model.endSession(this.dataModel.state);
    this.#outcome = outcome;
    this.#phase = 'ended';
    const record = getActivityRecord(this.#store.document, this.activityId);
    if (record !== undefined) record.suspended = outcome.suspended;
    this.#events.emit({
      type: 'session-end',
      activityId: this.activityId,
      outcome,
      terminated: trigger === 'terminate',
      t: this.#clock.now(),
    });
    return this.#store.save(this.activityId, trigger);
  }
}

export function createRuntime<V extends ScormVersion>(options: RuntimeOptions<V>): Runtime<V> {
  return new Runtime(options);
}
