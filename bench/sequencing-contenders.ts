/**
 * One sequencing engine in its own worker thread, for bench/sequencing-vs-scorm-again.ts: the
 * same generated trees (bench/sequencing-tree.ts's shape) in ours or in scorm-again's, brought to
 * the same state (half way through), then the operations timed one run at a time from that state.
 *
 * Ours is pure (state in, state out), so each run starts from the saved state as it is.
 * scorm-again's engine changes its activity objects in place, so before each run (untimed) its
 * saved sequencing state is restored (its own getSequencingState / restoreSequencingState).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Scorm2004API } from 'scorm-again';
import { BENCH_SCORE, halfWay, passedReport, sequencingTree } from './sequencing-tree.js';
import type { Activity, ActivityTree } from '../src/runtime/sequencing/activity-tree.js';
import { overallRollupProcess } from '../src/runtime/sequencing/rollup/rb-1-5-overall-rollup.js';
import { createSequencer, sequence } from '../src/runtime/sequencing/sequencer.js';
import { SequencingWorkspace, type SequencingEnvironment } from '../src/runtime/sequencing/sequencing-workspace.js';

/** The large tree (5,051 activities) for requests and rollup, the small one (511) for look-ahead. */
export const LARGE = [50, 10, 9] as const;
export const SMALL = [10, 5, 9] as const;
/**
 * `…Alone`: the request without what scorm-again's delivery adds to it, a refresh of
 * adl.nav.request_valid (the choice and jump validity of every activity of the tree); ours has
 * no such step in a request, so for ours the two are the same.
 */
export const operations = ['continue', 'continueAlone', 'choice', 'choiceAlone', 'rollup', 'toc'] as const;
export type Operation = (typeof operations)[number];

/** What each operation answers, compared between the engines before anything is timed. */
export type Answers = Record<Operation, string>;

/** One operation: `reset` (untimed) brings the engine back to the saved state, `run` is timed. */
interface Measured {
  reset(): void;
  run(): void;
}

interface Contender {
  answers: Answers;
  operations: Record<Operation, Measured>;
}

const SCORE = BENCH_SCORE;

// ---------------------------------------------------------------------------------------------
// scorm-player

const environment: SequencingEnvironment = { clock: { now: () => 1_700_000_000_000 }, random: () => 0.5 };

function ourStatus(ws: SequencingWorkspace, activity: Activity): string {
  const tracking = ws.tracking(activity);
  const completion = tracking.attemptProgressStatus ? (tracking.attemptCompletionStatus ? 'completed' : 'incomplete') : 'unknown';
  const objective = tracking.objectives[0];
  const success = objective?.progressStatus === true ? (objective.satisfiedStatus ? 'passed' : 'failed') : 'unknown';
  return `${activity.id}:${completion}/${success}`;
}

function scormPlayer(): Contender {
  const large = sequencingTree(...LARGE);
  const state = halfWay(large, environment);
  const far = large.activities.at(-1)!.id;
  const current = large.get(state.currentActivity!)!;
  const small = sequencingTree(...SMALL);
  const smallSequencer = createSequencer(small, { ...environment, state: halfWay(small, environment) });

  const delivered = (request: Parameters<typeof sequence>[2]) => sequence(large, state, request, environment).result.deliver?.id ?? 'none';
  const rolledUp = () => {
    const ws = new SequencingWorkspace(large, state, environment);
    overallRollupProcess(ws, current);
    const path: string[] = [];
    for (let activity = current.parent; activity !== undefined; activity = activity.parent) path.push(ourStatus(ws, activity));
    return path.join(' ');
  };
  const enabled = () => [...smallSequencer.tocAvailability()].filter(([, availability]) => availability === 'enabled').map(([id]) => id);
  const none = () => {};
  return {
    answers: {
      continue: delivered({ type: 'continue' }),
      continueAlone: delivered({ type: 'continue' }),
      choice: delivered({ type: 'choice', target: far }),
      choiceAlone: delivered({ type: 'choice', target: far }),
      rollup: rolledUp(),
      toc: enabled().sort().join(' '),
    },
    operations: {
      continue: { reset: none, run: () => sequence(large, state, { type: 'continue' }, environment) },
      continueAlone: { reset: none, run: () => sequence(large, state, { type: 'continue' }, environment) },
      choice: { reset: none, run: () => sequence(large, state, { type: 'choice', target: far }, environment) },
      choiceAlone: { reset: none, run: () => sequence(large, state, { type: 'choice', target: far }, environment) },
      rollup: { reset: none, run: () => overallRollupProcess(new SequencingWorkspace(large, state, environment), current) },
      toc: { reset: none, run: () => smallSequencer.tocAvailability() },
    },
  };
}

// ---------------------------------------------------------------------------------------------
// scorm-again: its sequencing classes are not exported; they are reached through the
// Scorm2004API it builds them in (getSequencingService().getOverallSequencingProcess()), and the
// fields below are the ones its dist and types declare (some private in TypeScript only).

interface SaObjective {
  progressStatus: boolean;
  satisfiedStatusKnown: boolean;
  initializeFromCMI(satisfied: boolean, measure: number, measureStatus: boolean): void;
}

interface SaActivity {
  readonly id: string;
  readonly parent: SaActivity | null;
  readonly children: SaActivity[];
  attemptCount: number;
  objectiveInfoAvailableInCurrentParentAttempt: boolean;
  progressInfoAvailableInCurrentParentAttempt: boolean;
  completionStatus: string;
  successStatus: string;
  attemptProgressStatus: boolean;
  objectiveSatisfiedStatus: boolean;
  objectiveSatisfiedStatusKnown: boolean;
  objectiveNormalizedMeasure: number;
  objectiveMeasureStatus: boolean;
  readonly primaryObjective: SaObjective | null;
}

interface SaOverallSequencingProcess {
  readonly activityTree: { readonly currentActivity: SaActivity | null; getActivity(id: string): SaActivity | null };
  readonly rollupProcess: { overallRollupProcess(activity: SaActivity, globalObjectives?: Map<string, unknown>): unknown };
  processNavigationRequest(request: string, targetActivityId?: string | null): { valid: boolean; targetActivity: SaActivity | null; exception: string | null };
  getSequencingState(): unknown;
  restoreSequencingState(state: unknown): boolean;
  getGlobalObjectiveMap(): Map<string, unknown>;
  getAvailableChoices(): string[];
  invalidateNavigationCache(): void;
  updateNavigationValidity(): void;
  readonly deliveryHandler: { setUpdateNavigationValidityCallback(callback: () => void): void };
}

interface SaActivitySettings {
  id: string;
  title: string;
  children?: SaActivitySettings[];
  sequencingControls?: { choice: boolean; flow: boolean };
  sequencingRules?: { preConditionRules: { action: string; conditions: { condition: string }[] }[] };
}

/** bench/sequencing-tree.ts's tree as scorm-again's activity settings: same identifiers, controls and rules. */
function scormAgainTree(modules: number, lessons: number, pages: number): SaActivitySettings {
  const cluster = { choice: true, flow: true };
  const skipWhenSatisfied = { preConditionRules: [{ action: 'skip', conditions: [{ condition: 'satisfied' }] }] };
  const moduleSettings: SaActivitySettings[] = [];
  for (let m = 0; m < modules; m++) {
    const lessonSettings: SaActivitySettings[] = [];
    for (let l = 0; l < lessons; l++) {
      const pageSettings: SaActivitySettings[] = [];
      for (let p = 0; p < pages; p++) pageSettings.push({ id: `M${m}L${l}P${p}`, title: `Page ${p}`, sequencingRules: skipWhenSatisfied });
      lessonSettings.push({ id: `M${m}L${l}`, title: `Lesson ${l}`, children: pageSettings, sequencingControls: cluster });
    }
    moduleSettings.push({ id: `M${m}`, title: `Module ${m}`, children: lessonSettings, sequencingControls: cluster });
  }
  return { id: 'O', title: 'Course', children: moduleSettings, sequencingControls: cluster };
}

function scormAgainEngine(shape: readonly [number, number, number]): SaOverallSequencingProcess {
  const api = new Scorm2004API({ logLevel: 5, sequencing: { activityTree: scormAgainTree(...shape), logLevel: 'error' } } as never);
  const process = api.getSequencingService()?.getOverallSequencingProcess();
  if (process === null || process === undefined) throw new Error('scorm-again built no sequencing process');
  return process as unknown as SaOverallSequencingProcess;
}

/** What our passedReport() tells ours, set as scorm-again's RTE data transfer sets it at termination. */
function reportToScormAgain(activity: SaActivity): void {
  activity.completionStatus = 'completed';
  activity.attemptProgressStatus = true;
  activity.objectiveSatisfiedStatus = true;
  activity.objectiveSatisfiedStatusKnown = true;
  activity.successStatus = 'passed';
  activity.objectiveNormalizedMeasure = SCORE;
  activity.objectiveMeasureStatus = true;
  const primary = activity.primaryObjective;
  if (primary !== null) {
    primary.initializeFromCMI(true, SCORE, true);
    primary.satisfiedStatusKnown = true;
    primary.progressStatus = true;
  }
}

/**
 * The same state as ours reaches by stepping (halfWay), reached directly: stepping scorm-again
 * through its 2,249 continue requests on the large tree did not finish in ten minutes (each about 180 ms,
 * and memory grows to gigabytes), so the leaves before the middle one are given their first
 * attempt, completed and passed, the middle one is chosen (OP.1 from no current activity) and
 * reported, and the done leaves are rolled up (its RB.1.5). That the states agree where the measured
 * operations look is checked by their answers (same deliveries, same rolled-up path).
 */
function scormAgainHalfWay(engine: SaOverallSequencingProcess, shape: readonly [number, number, number]): unknown {
  const [modules, lessons, pages] = shape;
  const leaves: SaActivity[] = [];
  for (let m = 0; m < modules; m++) {
    for (let l = 0; l < lessons; l++) {
      for (let p = 0; p < pages; p++) leaves.push(engine.activityTree.getActivity(`M${m}L${l}P${p}`)!);
    }
  }
  const middle = Math.ceil(leaves.length / 2) - 1;
  const done = leaves.slice(0, middle);
  for (const leaf of done) {
    leaf.attemptCount = 1;
    reportToScormAgain(leaf);
  }
  const delivery = engine.processNavigationRequest('choice', leaves[middle]!.id);
  if (!delivery.valid) throw new Error(`scorm-again: choice of the middle leaf failed (${delivery.exception})`);
  reportToScormAgain(engine.activityTree.currentActivity!);
  // Delivery began attempts on the middle leaf's ancestors and so marked their children's
  // information as from a prior attempt; stepping there, every leaf was done within the
  // ancestors' one attempt, as ours has it.
  for (const leaf of done) {
    for (let activity: SaActivity | null = leaf; activity !== null; activity = activity.parent) {
      activity.objectiveInfoAvailableInCurrentParentAttempt = true;
      activity.progressInfoAvailableInCurrentParentAttempt = true;
    }
  }
  for (const leaf of done) engine.rollupProcess.overallRollupProcess(leaf, engine.getGlobalObjectiveMap());
  return engine.getSequencingState();
}

function theirStatus(activity: SaActivity): string {
  const success = activity.objectiveSatisfiedStatusKnown ? (activity.objectiveSatisfiedStatus ? 'passed' : 'failed') : 'unknown';
  return `${activity.id}:${activity.completionStatus}/${success}`;
}

function scormAgain(): Contender {
  // restoreSequencingState says so on console.debug, and each delivery on console.log.
  console.debug = () => {};
  console.log = () => {};
  const large = scormAgainEngine(LARGE);
  const saved = scormAgainHalfWay(large, LARGE);
  const small = scormAgainEngine(SMALL);
  const smallSaved = scormAgainHalfWay(small, SMALL);
  const far = `M${LARGE[0] - 1}L${LARGE[1] - 1}P${LARGE[2] - 1}`;
  const restore = () => {
    if (!large.restoreSequencingState(saved)) throw new Error('scorm-again: restore failed');
    large.deliveryHandler.setUpdateNavigationValidityCallback(() => large.updateNavigationValidity());
  };
  const restoreAlone = () => {
    restore();
    large.deliveryHandler.setUpdateNavigationValidityCallback(() => {});
  };
  const current = () => large.activityTree.currentActivity!;
  const delivered = (request: string, target?: string, alone = false) => {
    if (alone) restoreAlone();
    else restore();
    return large.processNavigationRequest(request, target).targetActivity?.id ?? 'none';
  };
  const rolledUp = () => {
    restore();
    const leaf = current();
    large.rollupProcess.overallRollupProcess(leaf, large.getGlobalObjectiveMap());
    const path: string[] = [];
    for (let activity = leaf.parent; activity !== null; activity = activity.parent) path.push(theirStatus(activity));
    return path.join(' ');
  };
  const resetSmall = () => {
    if (!small.restoreSequencingState(smallSaved)) throw new Error('scorm-again: restore failed');
    small.invalidateNavigationCache();
  };
  const enabled = () => {
    resetSmall();
    return small.getAvailableChoices();
  };
  return {
    answers: {
      continue: delivered('continue'),
      continueAlone: delivered('continue', undefined, true),
      choice: delivered('choice', far),
      choiceAlone: delivered('choice', far, true),
      rollup: rolledUp(),
      toc: enabled().sort().join(' '),
    },
    operations: {
      continue: { reset: restore, run: () => large.processNavigationRequest('continue') },
      continueAlone: { reset: restoreAlone, run: () => large.processNavigationRequest('continue') },
      choice: { reset: restore, run: () => large.processNavigationRequest('choice', far) },
      choiceAlone: { reset: restoreAlone, run: () => large.processNavigationRequest('choice', far) },
      rollup: { reset: restore, run: () => large.rollupProcess.overallRollupProcess(current(), large.getGlobalObjectiveMap()) },
      toc: { reset: resetSmall, run: () => small.getAvailableChoices() },
    },
  };
}

// ---------------------------------------------------------------------------------------------

if (parentPort !== null) {
  const port = parentPort;
  const name = (workerData as { contender: 'scorm-player' | 'scorm-again' }).contender;
  const contender = name === 'scorm-again' ? scormAgain() : scormPlayer();
  port.postMessage({ answers: contender.answers });
  /** One block: warm-up runs, then measured runs, each from the saved state; answers the times in ms. */
  port.on('message', ({ operation, warmUpRuns, runs }: { operation: Operation; warmUpRuns: number; runs: number }) => {
    const measured = contender.operations[operation];
    for (let i = 0; i < warmUpRuns; i++) {
      measured.reset();
      measured.run();
    }
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      measured.reset();
      const start = performance.now();
      measured.run();
      times.push(performance.now() - start);
    }
    port.postMessage(times);
  });
}
