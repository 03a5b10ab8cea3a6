/**
 * A course session: one learner taking one organization of a package, with no DOM. It ties the
 * run-time (one content session at a time), the navigator (the SCORM 2004 sequencer, or the
 * SCORM 1.2 navigator) and the package's launch values together, in the order the books give:
 * content terminates → its run-time data goes to the tracking model → its adl.nav.request is
 * processed (SN 4th ed. §4.2, RTE 4th ed. §4.4 and §4.2); a request from the player's controls
 * takes the content away first (its session ends, its data is reported), then is processed.
 * The navigator's state is saved in the attempt document with the run-time data, so a new
 * course session on the same adapter and registration resumes where the last one stopped.
 */
import type { Runtime } from '../runtime.js';
import type { Activity, ActivityTree } from '../sequencing/activity-tree.js';
import type { ObjectiveProgress } from '../sequencing/tracking-model.js';
import type { NavigationValidity, SessionOutcome, SharedDataStore } from '../datamodel/data-model.js';
import type { ApiCallEvent, RuntimeEvent } from '../events.js';
import type { NavigationResult, Navigator, TocAvailability } from '../sequencing/navigator.js';
import type { NavigationRequest } from '../sequencing/requests.js';
import { contentNavigationRequest } from './content-navigation-request.js';
import { CourseEvents, type CourseEventListener } from './course-events.js';
import type { Delivery } from './delivery.js';
import { prepopulateObjectives, scorm12LaunchValues, scorm2004LaunchValues } from './launch-values.js';
import { scorm12RuntimeReport, scorm2004RuntimeReport, SessionCalls } from './runtime-report-builder.js';

/** The package cannot be taken as a course: no manifest, no such organization. */
export class CourseError extends Error {
  override readonly name = 'CourseError';
}

/**
 * What the tracking model knows of an activity's objective (index 0 the primary one), global
 * objectives read through its maps: the values cmi.objectives starts with (SCORM 2004).
 */
export type ObjectiveReader = (activity: Activity, index: number) => Readonly<ObjectiveProgress>;

/** What the course session needs from the navigator beyond the Navigator interface. */
export interface CourseSessionHooks {
  /** SCORM 2004: the tracking model's objectives, to start cmi.objectives with. */
  readonly objective?: ObjectiveReader;
  /** Called after each save of the navigator's state (to share global objectives beyond the registration). */
  readonly stateSaved?: () => void;
  /**
   * SCORM 2004: how many attempts each activity has had, as the navigator's state stands now
   * (SN Activity Attempt Count). A delivery that raised the count began a new attempt, and the
   * content starts afresh even if its last session was suspended.
   */
  readonly attemptCounts?: () => (activityId: string) => number;
  /** SCORM 2004: where the adl.data stores live; the registration's attempt document when not given. */
  readonly sharedData?: SharedDataStore;
  /**
   * SCORM 2004: the adl.data stores belong to the learner's attempt on the activity tree
   * (adlcp:sharedDataGlobalToSystem false) and are reset when a new one begins (RTE 4th ed.
   * §4.3.2), as attemptCounts tells of the root.
   */
  readonly sharedDataPerAttempt?: boolean;
}

export class CourseSession {
  readonly runtime: Runtime;
  readonly navigator: Navigator;
  readonly #events = new CourseEvents();
  #delivery: Delivery | undefined;
  #calls: SessionCalls | undefined;
  /** True while the course takes content away: its adl.nav.request then gives way to the learner's. */
  #takingAway = false;
  /** Navigation work, one request after the other. */
  #work: Promise<unknown> = Promise.resolve();
  /** A failure while carrying out the content's request, for idle() to report. */
  #failure: unknown;
  readonly #hooks: CourseSessionHooks;

  /** See createCourseSession, which builds the runtime and the navigator from a package. */
  constructor(runtime: Runtime, navigator: Navigator, hooks: CourseSessionHooks = {}) {
    this.runtime = runtime;
    this.navigator = navigator;
    this.#hooks = hooks;
    runtime.on((event) => this.#onRuntimeEvent(event));
  }

  get tree(): ActivityTree {
    return this.navigator.tree;
  }

  /** The content delivered last; its session may have ended (Terminate without a request). */
  get delivery(): Delivery | undefined {
    return this.#delivery;
  }

  on(listener: CourseEventListener): () => void {
    return this.#events.on(listener);
  }

  /**
   * Begins the sequencing session: Resume All when a suspended activity was saved, else Start,
   * or the choice of `activityId` when given (the learner picked it in the table of contents).
   * A saved session the learner left without exiting or suspending (the page closed) is ended
   * first with Exit All, as the player's own exit would have: Start is refused while an activity
   * is current (SN NB.2.1).
   */
  async start(activityId?: string): Promise<NavigationResult> {
    const { currentActivity, suspendedActivity } = this.navigator;
    if (this.#delivery === undefined && currentActivity !== undefined && suspendedActivity === undefined) {
      await this.navigate({ type: 'exitAll' });
    }
    const request: NavigationRequest = activityId !== undefined
      ? { type: 'choice', target: activityId }
      : this.navigator.suspendedActivity !== undefined ? { type: 'resumeAll' } : { type: 'start' };
    return this.navigate(request);
  }

  /** A request from the player's controls: the content is taken away first, then the request is processed. */
  navigate(request: NavigationRequest): Promise<NavigationResult> {
    return this.#queue(async () => {
      // The attempt document must be loaded before the navigator's state can be saved in it.
      await this.runtime.loadSequencingState();
      await this.#takeAwayContent();
      return this.#carryOut(request, 'learner');
    });
  }

  /** Whether a request would be carried out now (the navigator's look-ahead). */
  isValid(request: NavigationRequest): boolean {
    return this.navigator.isValid(request);
  }

  tocAvailability(): ReadonlyMap<string, TocAvailability> {
    return this.navigator.tocAvailability();
  }

  /**
   * Resolves once every request asked for so far, the content's included, has been carried out;
   * rejects with the failure of a content's request carried out meanwhile (a launch value the
   * run-time refused, a navigator fault), once.
   */
  async idle(): Promise<void> {
    let work: Promise<unknown>;
    do {
      work = this.#work;
      await work;
    } while (work !== this.#work);
    const failure = this.#failure;
    this.#failure = undefined;
    if (failure !== undefined) throw failure;
  }

  #queue<T>(job: () => Promise<T>): Promise<T> {
    const run = this.#work.then(job, job);
    this.#work = run.catch(() => undefined);
    return run;
  }

  async #takeAwayContent(): Promise<void> {
    const delivery = this.#delivery;
    if (delivery === undefined) return;
    this.#takingAway = true;
    try {
      delivery.onUnload?.();
      await delivery.session.unload();
    } finally {
      this.#takingAway = false;
    }
  }

  async #carryOut(request: NavigationRequest, source: 'learner' | 'content'): Promise<NavigationResult> {
    const attemptsBefore = this.#hooks.attemptCounts?.();
    const result = this.navigator.navigate(request);
    // Only a delivery begins attempts (SN DB.2 increments the Activity Attempt Count of each activity it makes active).
    const attemptsAfter = result.deliver === undefined ? undefined : this.#hooks.attemptCounts?.();
    const attemptBegan = (id: string) =>
      attemptsBefore !== undefined && attemptsAfter !== undefined && attemptsAfter(id) > attemptsBefore(id);
    // RTE 4th ed. §4.3.2: stores not global to system are reset when a new attempt on the activity tree begins.
    if (this.#hooks.sharedDataPerAttempt === true && attemptBegan(this.tree.root.id)) this.runtime.clearSharedData();
    this.#saveState();
    this.#events.emit({ type: 'navigation', request, source, result });
    if (result.deliver !== undefined) {
      await this.#deliver(result.deliver, attemptBegan(result.deliver.id));
    } else if (result.endSession) {
      await this.#takeAwayContent();
      this.#delivery = undefined;
    }
    return result;
  }

  /** SN DB.2 as far as the LMS goes: launch the activity's content with its launch values. */
  async #deliver(activity: Activity, newAttempt: boolean): Promise<void> {
    const scorm2004 = this.runtime.scorm === '2004';
    const values = scorm2004 ? scorm2004LaunchValues(activity) : scorm12LaunchValues(activity);
    this.#calls = new SessionCalls(this.runtime.scorm);
    const session = await this.runtime.launch({
      activityId: activity.id,
      initialValues: values.initialValues,
      sharedDataBuckets: values.sharedDataBuckets,
      ...(this.#hooks.sharedData === undefined ? {} : { sharedDataStore: this.#hooks.sharedData }),
      newAttempt,
      ...(scorm2004 ? { navigation: this.#navigationValidity() } : {}),
    });
    const objective = this.#hooks.objective;
    if (scorm2004 && objective !== undefined) {
      prepopulateObjectives(session.dataModel, activity, (index) => objective(activity, index));
    }
    const delivery: Delivery = { activity, url: activity.launch?.url ?? '', session, onUnload: undefined };
    this.#delivery = delivery;
    this.#events.emit({ type: 'delivery', delivery });
  }

  /** adl.nav.request_valid.*, answered by the navigator's look-ahead when the content asks. */
  #navigationValidity(): NavigationValidity {
    const answer = (request: NavigationRequest) => (this.navigator.isValid(request) ? 'true' : 'false');
    return {
      continue: () => answer({ type: 'continue' }),
      previous: () => answer({ type: 'previous' }),
      choice: (target) => answer({ type: 'choice', target }),
      jump: (target) => answer({ type: 'jump', target }),
    };
  }

  #onRuntimeEvent(event: RuntimeEvent): void {
    const delivery = this.#delivery;
    if (delivery === undefined || event.activityId !== delivery.activity.id) return;
    if (event.type === 'call') this.#calls?.record(event as ApiCallEvent);
    else if (event.type === 'session-end') this.#contentEnded(delivery, event.outcome, event.terminated);
  }

  /**
   * The content's session ended: its data goes to the tracking model now (before any request is
   * processed); its own request is processed once Terminate has returned to it, unless the
   * course is taking it away for the learner's request.
   */
  #contentEnded(delivery: Delivery, outcome: SessionOutcome, terminated: boolean): void {
    const calls = this.#calls ?? new SessionCalls(this.runtime.scorm);
    const build = this.runtime.scorm === '2004' ? scorm2004RuntimeReport : scorm12RuntimeReport;
    const report = build(delivery.activity.id, delivery.session.dataModel, outcome, calls);
    this.navigator.reportRuntime(report);
    this.#saveState();
    const request = terminated && !this.#takingAway ? contentNavigationRequest(outcome.navRequest) : undefined;
    this.#events.emit({ type: 'content-end', activityId: delivery.activity.id, report, request });
    if (request !== undefined) {
      // Nobody awaits the content's request: a failure is kept for idle() to report.
      this.#queue(() => this.#carryOut(request, 'content')).catch((failure: unknown) => {
        this.#failure ??= failure;
      });
    }
  }

  #saveState(): void {
    const activityId = this.#delivery?.activity.id ?? this.navigator.tree.root.id;
    const error = this.runtime.saveSequencingState(this.navigator.saveState(), activityId);
    this.#hooks.stateSaved?.();
    this.#events.emit({ type: 'state-saved', error });
  }
}
