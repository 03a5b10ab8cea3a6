/**
 * Runs one case of ADL's SCORM 2004 4th ed. LMS conformance test against a course session, as
 * a tester with ADL's test SCOs would: open the package as the script's start says, and for
 * every delivery check it is the next expected visit (ADL's evaluateCorrectActivityLaunch),
 * answer the visit's UI questions, run its commands through the API and judge them
 * (TestCaseEvaluator), let the SCO terminate as its page does, and when the SCO's own request
 * delivered nothing, carry out the visit's end instruction through the player's controls.
 * The case fails at the first visit out of order or the first failed step.
 * Node and Deno only (`node:` built-ins).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { memoryAdapter } from '../../runtime/adapters/memory-adapter.js';
import type { PersistenceAdapter } from '../../runtime/adapters/persistence-adapter.js';
import type { Clock } from '../../runtime/clock.js';
import type { CourseSession } from '../../runtime/course/course-session.js';
import type { GlobalObjectiveStore } from '../../runtime/course/create-course-session.js';
import type { ObjectiveProgress } from '../../runtime/sequencing/tracking-model.js';
import type { Delivery } from '../../runtime/course/delivery.js';
import type { OpenedPackage } from '../../runtime/package/open-package.js';
import { memoryByteSource, openZipPackage } from '../../runtime/package/zip-package.js';
import type { NavigationResult } from '../../runtime/sequencing/navigator.js';
import type { NavigationRequest } from '../../runtime/sequencing/requests.js';
import { describeActivityReference } from '../cts/activity-reference.js';
import type { CtsCase, CtsEndStep, CtsGroup, CtsLaunch, CtsVisit } from '../cts/script-model.js';
import { runCommands, type CtsLearner } from './sco-driver.js';
import { scoIdentity, terminateTiming } from './sco-identity.js';
import { checkUiQuestions, findActivity } from './ui-answers.js';

export interface CtsCaseResult {
  readonly id: string;
  readonly group: CtsGroup | undefined;
  readonly passed: boolean;
  /** Why the case failed: the visit and the step. */
  readonly reason: string | undefined;
  /** How many visits were reached, the one the case failed at included. */
  readonly visitsRun: number;
}

/** What the cases of one run share: where the CTS is, the packages opened so far. */
export interface CtsRunContext {
  readonly directory: string;
  /** Opened packages by name (`CM-01`), so each zip is read once per run. */
  readonly packages: Map<string, Promise<OpenedPackage>>;
  /** Opens a course session; the SCORM 2004 sequencer's in real runs, a fake one in tests. */
  readonly openCourse: (options: CourseOpening) => Promise<CourseSession>;
  /**
   * The tester's global objectives: one learner takes every case, and ADL's cases read what
   * earlier ones wrote (SX-11c reads gObj-SX11 from SX-11b), as objectivesGlobalToSystem says.
   */
  readonly globalObjectives: GlobalObjectiveStore;
}

/** A learner's global objectives kept in memory for one run of the suite. */
export function memoryGlobalObjectives(): GlobalObjectiveStore {
  let objectives: Readonly<Record<string, ObjectiveProgress>> = {};
  return {
    read: () => objectives,
    write: (written) => {
      objectives = written;
    },
  };
}

export interface CourseOpening {
  readonly package: OpenedPackage;
  readonly adapter: PersistenceAdapter;
  readonly registrationId: string;
  readonly learner: CtsLearner;
  readonly clock: Clock;
  readonly random: () => number;
  readonly globalObjectives: GlobalObjectiveStore;
}

/** The learner the tester logs in as. */
export const CTS_LEARNER: CtsLearner = { id: 'cts-learner', name: 'Learner, CTS' };

/** Where the test packages lie below the CTS directory. */
export const PACKAGE_DIRECTORY = 'packages';

class CaseFailure extends Error {}

export async function runCtsCase(ctsCase: CtsCase, context: CtsRunContext): Promise<CtsCaseResult> {
  const run = new CaseRun(ctsCase, context);
  try {
    await run.run();
    return { id: ctsCase.id, group: ctsCase.group, passed: true, reason: undefined, visitsRun: run.visitsRun };
  } catch (thrown) {
    const reason = thrown instanceof CaseFailure ? thrown.message : `the run stopped: ${thrown instanceof Error ? thrown.message : String(thrown)}`;
    return { id: ctsCase.id, group: ctsCase.group, passed: false, reason, visitsRun: run.visitsRun };
  }
}

/** Advances a second at every delivery, so that durations are deterministic and non-zero. */
class SteppingClock implements Clock {
  #now = Date.UTC(2024, 0, 1);

  now(): number {
    return this.#now;
  }

  step(): void {
    this.#now += 1000;
  }
}

/** A small deterministic generator (mulberry32), so that randomized cases replay the same. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class CaseRun {
  readonly #case: CtsCase;
  readonly #context: CtsRunContext;
  readonly #adapter = memoryAdapter();
  readonly #clock = new SteppingClock();
  readonly #random = seededRandom(0x5c0a);
  #course: CourseSession | undefined;
  #deliveries: Delivery[] = [];
  #lastNavigation: { request: NavigationRequest; result: NavigationResult } | undefined;
  visitsRun = 0;

  constructor(ctsCase: CtsCase, context: CtsRunContext) {
    this.#case = ctsCase;
    this.#context = context;
  }

  async run(): Promise<void> {
    if (this.#case.undecoded.length > 0) throw new CaseFailure(`the script cannot be read as ADL reads it: ${this.#case.undecoded[0]!.reason}`);
    await this.#open(this.#case.startEvent);
    const visits = this.#case.visits;
    for (;;) {
      const delivery = this.#deliveries.shift();
      if (delivery === undefined) {
        const next = visits[this.visitsRun];
        if (next === undefined) break;
        throw new CaseFailure(`expected ${next.key}, but nothing was delivered${this.#describeLastNavigation()}`);
      }
      const visit = visits[this.visitsRun];
      if (visit === undefined) throw new CaseFailure(`${delivery.activity.id} was delivered after the last visit`);
      this.visitsRun++;
      await this.#runVisit(visit, delivery);
    }
    if (this.#case.asksWhetherSessionEnded && this.#course?.navigator.currentActivity !== undefined) {
      throw new CaseFailure(`the sequencing session did not end (current activity ${this.#course.navigator.currentActivity.id})`);
    }
  }

  async #runVisit(visit: CtsVisit, delivery: Delivery): Promise<void> {
    const course = this.#course!;
    const identity = scoIdentity(delivery.activity);
    if (identity === undefined || identity.activity !== visit.activity || identity.testCase !== this.#case.title) {
      const found = identity === undefined ? 'no act/tc parameters' : `act=${identity.activity} tc=${identity.testCase}`;
      throw new CaseFailure(`expected ${visit.key}, but ${delivery.activity.id} (${found}) was delivered`);
    }
    const fail = (reason: string): never => {
      throw new CaseFailure(`${visit.key}: ${reason}`);
    };
    const api = delivery.session.api;
    if (!('SetValue' in api)) fail('the delivered content has a SCORM 1.2 API');
    const api2004 = api as Extract<typeof api, { SetValue: unknown }>;
    const timing = terminateTiming(delivery.activity);
    delivery.onUnload = () => {
      if (delivery.session.outcome === undefined) api2004.Terminate('');
    };
    const ui = checkUiQuestions(course, visit.uiQuestions);
    if (ui !== undefined) fail(ui);
    const commands = runCommands(api2004, visit.commands, CTS_LEARNER);
    if (commands !== undefined) fail(commands);
    if (timing === 'afterCommands' && delivery.session.outcome === undefined) api2004.Terminate('');
    await course.idle();
    if (this.#deliveries.length > 0 || visit.endEvent === undefined) return;
    for (const step of visit.endEvent.steps) {
      await this.#carryOut(step, visit);
      if (this.#deliveries.length > 0) return;
    }
  }

  async #carryOut(step: CtsEndStep, visit: CtsVisit): Promise<void> {
    const course = this.#course!;
    switch (step.kind) {
      case 'navigation':
        await course.navigate({ type: step.request });
        return;
      case 'choice': {
        const target = findActivity(course, step.target);
        if (target === undefined) throw new CaseFailure(`${visit.key}: no activity is ${describeActivityReference(step.target)}`);
        await course.navigate({ type: 'choice', target: target.id });
        return;
      }
      case 'leaveCourse':
        // The player's "exit course" control: Exit All while the sequencing session goes on.
        if (course.navigator.currentActivity !== undefined) await course.navigate({ type: 'exitAll' });
        return;
      case 'launch':
        await this.#open(step.launch);
        return;
      case 'expect':
        // ADL leaves these to the tester's eyes; the next delivery is what it checks.
        return;
    }
  }

  async #open(launch: CtsLaunch): Promise<void> {
    const opened = await this.#package(launch.package);
    const course = await this.#context.openCourse({
      package: opened,
      adapter: this.#adapter,
      registrationId: `LMSTestPackage_${launch.package}`,
      learner: CTS_LEARNER,
      clock: this.#clock,
      random: this.#random,
      globalObjectives: this.#context.globalObjectives,
    });
    course.on((event) => {
      if (event.type === 'delivery') {
        this.#clock.step();
        this.#deliveries.push(event.delivery);
      } else if (event.type === 'navigation') {
        this.#lastNavigation = { request: event.request, result: event.result };
      }
    });
    this.#course = course;
    let target: string | undefined;
    if (launch.choose !== undefined) {
      target = findActivity(course, launch.choose)?.id;
      if (target === undefined) throw new CaseFailure(`no activity is ${describeActivityReference(launch.choose)} in ${launch.package}`);
    }
    await course.start(target);
  }

  #package(name: string): Promise<OpenedPackage> {
    let opened = this.#context.packages.get(name);
    if (opened === undefined) {
      const path = join(this.#context.directory, PACKAGE_DIRECTORY, `LMSTestPackage_${name}.zip`);
      opened = readFile(path).then((bytes) => openZipPackage(memoryByteSource(new Uint8Array(bytes)), path));
      this.#context.packages.set(name, opened);
    }
    return opened;
  }

  #describeLastNavigation(): string {
    const last = this.#lastNavigation;
    if (last === undefined) return '';
    const request = 'target' in last.request ? `${last.request.type} ${last.request.target}` : last.request.type;
    const outcome = last.result.exception ?? (last.result.endSession ? 'the session ended' : 'nothing to deliver');
    return ` (last request: ${request} → ${outcome})`;
  }
}
