/**
 * Replays a scorm-trace/1 document against the run-time, through its public entry only, and
 * checks every call step's return value and error code. A trace that names a package is played
 * through the course session and the sequencer (replay-package.ts).
 *
 * Each session is one launch in a run-time of its own: the only thing carried from one session
 * to the next is what the persistence adapter holds, as on a real relaunch of the page.
 */
import { createRuntime, memoryAdapter } from '../runtime/index.js';
import { matches } from './matchers.js';
import type { ApiFunction, CallStep, MatchKind, Trace } from './trace-schema.js';

export interface StepResult {
  /** Which session of the trace, and which step in it (counting every step kind). */
  session: number;
  index: number;
  fn: ApiFunction;
  args: readonly string[];
  passed: boolean;
  /** What the trace checks; an absent `ret` or `err` is not checked. */
  expected: { ret?: string; err?: string; match: MatchKind };
  /** `err` is absent for the GetLastError functions, whose own answer is the error code. */
  actual: { ret: string; err?: string };
}

export type ReplayOutcome =
  /** `error`: why the replay stopped early (the run-time threw, a launch value was refused). */
  | { kind: 'replayed'; steps: StepResult[]; error?: string }
  | { kind: 'skipped'; reason: string };

export interface ReplayOptions {
  /** The activity the trace's SCO is launched as ('sco' unless told). */
  activityId?: string;
  /** The trace's file: a `package` is found relative to it (the working directory otherwise). */
  traceFile?: string;
}

export const needsPackage = 'nav and expect steps need a package to navigate';

/** Where the replay clock starts; fixed so that a replay is the same every time. */
const replayEpoch = Date.UTC(2024, 0, 1);

export async function replayTrace(
  trace: Trace,
  options: ReplayOptions = {},
): Promise<ReplayOutcome> {
  const clock = new ReplayClock();
  if (trace.package !== undefined) {
    // Loaded here: only traces of packages need the course session and the sequencer.
    const { replayPackageTrace } = await import('./replay-package.js');
    return replayPackageTrace({ ...trace, package: trace.package }, options.traceFile, clock, (api, step, session, index) =>
      replayCall(api, trace.scorm, step, session, index));
  }
  const onlyCalls = trace.sessions.every((steps) => steps.every((step) => 'fn' in step));
  if (!onlyCalls) return { kind: 'skipped', reason: needsPackage };
  const adapter = memoryAdapter();
  const steps: StepResult[] = [];
  try {
    for (const [session, sessionSteps] of trace.sessions.entries()) {
      clock.startSession();
      const runtime = createRuntime({
        scorm: trace.scorm,
        adapter,
        clock,
        learner: trace.launch?.learner,
      });
      const launched = await runtime.launch({
        activityId: options.activityId,
        initialValues: trace.launch?.dataModel,
        sharedDataBuckets: trace.launch?.sharedData,
      });
      for (const [index, step] of sessionSteps.entries()) {
        if (!('fn' in step)) continue;
        clock.at(step.t);
        steps.push(replayCall(launched.api, trace.scorm, step, session, index));
      }
      await launched.unload();
      await runtime.flush();
    }
  } catch (thrown) {
    return { kind: 'replayed', steps, error: `the replay stopped: ${String(thrown)}` };
  }
  return { kind: 'replayed', steps };
}

type ApiMethod = (...args: string[]) => string;

function replayCall(
  api: object,
  scorm: Trace['scorm'],
  step: CallStep,
  session: number,
  index: number,
): StepResult {
  const ret = apiMethod(api, step.fn).apply(api, step.args);
  const readsError = step.fn === 'GetLastError' || step.fn === 'LMSGetLastError';
  const err = readsError ? undefined : apiMethod(api, lastErrorFunction(scorm)).call(api);
  const match = step.match ?? 'exact';
  // With `nonempty` the expected `ret` is only informative, so the check needs none.
  const retChecked = step.ret !== undefined || match === 'nonempty';
  const passed =
    (!retChecked || matches(match, step.ret ?? '', ret)) &&
    (step.err === undefined || err === undefined || err === step.err);
  return {
    session,
    index,
    fn: step.fn,
    args: step.args,
    passed,
    expected: { ret: step.ret, err: readsError ? undefined : step.err, match },
    actual: { ret, err },
  };
}

function lastErrorFunction(scorm: Trace['scorm']): ApiFunction {
  return scorm === '1.2' ? 'LMSGetLastError' : 'GetLastError';
}

/** `fn` comes from the trace schema's closed list of API function names, never free text. */
function apiMethod(api: object, fn: ApiFunction): ApiMethod {
  const method: unknown = Reflect.get(api, fn);
  if (typeof method !== 'function') throw new TypeError(`the API object has no ${fn} function`);
  return method as ApiMethod;
}

/**
 * The run-time's clock during a replay: a step's recorded `t` (milliseconds since its session
 * started) sets the time; a session starts where the previous one's last step left the time.
 */
export class ReplayClock {
  #now = replayEpoch;
  #sessionStart = replayEpoch;

  now(): number {
    return this.#now;
  }

  startSession(): void {
    this.#sessionStart = this.#now;
  }

  at(t: number | undefined): void {
    if (t !== undefined) this.#now = this.#sessionStart + t;
  }
}
