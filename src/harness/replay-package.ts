/**
 * Replays a scorm-trace/1 document that names a `package`: the course session sets up the
 * run-time and the navigator from the package as the player does, `nav` steps are the learner's
 * requests, calls act on the content delivered, `expect` steps check what the player shows.
 * Each session is a new course session on the same persistence adapter, as a relaunch of the
 * page is. The first `expect` or `nav` step that fails stops the replay, with what was found.
 * Node and Deno only (`node:` built-ins).
 */
import { dirname, resolve } from 'node:path';
import { memoryAdapter } from '../runtime/index.js';
import { createCourseSession } from '../runtime/course/create-course-session.js';
import type { CourseSession } from '../runtime/course/course-session.js';
import { contentNavigationRequest } from '../runtime/course/content-navigation-request.js';
import type { OpenedPackage } from '../runtime/package/open-package.js';
import type { NavigationRequest } from '../runtime/sequencing/requests.js';
import { Sequencer } from '../runtime/sequencing/sequencer.js';
import { readObjective } from '../runtime/sequencing/objectives/objective-maps.js';
import { openPackageTarget } from './open-package-target.js';
import type { ReplayClock, ReplayOutcome, StepResult } from './replay.js';
import type { CallStep, Trace, TraceStep } from './trace-schema.js';

export type CallReplayer = (api: object, step: CallStep, session: number, index: number) => StepResult;

class StepFailure extends Error {}

export async function replayPackageTrace(
  trace: Trace & { package: string },
  traceFile: string | undefined,
  clock: ReplayClock,
  replayCall: CallReplayer,
): Promise<ReplayOutcome> {
  const steps: StepResult[] = [];
  try {
    const opened = await openTracePackage(trace.package, traceFile);
    const adapter = memoryAdapter();
    for (const [session, sessionSteps] of trace.sessions.entries()) {
      clock.startSession();
      const course = await createCourseSession({ package: opened, adapter, clock, learner: trace.launch?.learner });
      for (const [index, step] of sessionSteps.entries()) {
        const where = `sessions[${session}][${index}]`;
        if ('fn' in step) {
          clock.at(step.t);
          const api = course.delivery?.session.api;
          if (api === undefined) throw new StepFailure(`${where} ${step.fn}: nothing is delivered`);
          steps.push(replayCall(api, step, session, index));
          await course.idle();
        } else if ('nav' in step) {
          await navigate(course, step.nav, where);
        } else {
          checkExpectation(course, step, where);
        }
      }
      await course.delivery?.session.unload();
      await course.runtime.flush();
    }
  } catch (thrown) {
    const reason = thrown instanceof StepFailure ? thrown.message : `the replay stopped: ${String(thrown)}`;
    return { kind: 'replayed', steps, error: reason };
  }
  return { kind: 'replayed', steps };
}

/**
 * A manifest (the folder around it is the package) or a zip, relative to the trace file, or a
 * URL of either: a debugger export from a page names the package by its URL.
 */
async function openTracePackage(path: string, traceFile: string | undefined): Promise<OpenedPackage> {
  const target = /^https?:\/\//i.test(path) ? path : resolve(traceFile === undefined ? '.' : dirname(traceFile), path);
  const opened = await openPackageTarget(target);
  if (opened.manifest === undefined) throw new Error(`${path} cannot be opened: ${opened.findings[0]?.message ?? 'no manifest'}`);
  return opened;
}

async function navigate(course: CourseSession, nav: string, where: string): Promise<void> {
  const request: NavigationRequest | undefined = nav === 'start' || nav === 'resumeAll' ? { type: nav } : contentNavigationRequest(nav);
  if (request === undefined) throw new StepFailure(`${where} nav "${nav}" is not a navigation request`);
  const result = await course.navigate(request);
  if (result.exception !== undefined) throw new StepFailure(`${where} nav "${nav}" was refused: ${result.exception}`);
}

type ExpectStep = Extract<TraceStep, { expect: unknown }>;

function checkExpectation(course: CourseSession, step: ExpectStep, where: string): void {
  const { delivered, deliveredOneOf, ended, valid, status } = step.expect;
  const current = course.delivery?.activity.id ?? null;
  const fail = (what: string, expected: unknown, found: unknown): never => {
    throw new StepFailure(`${where} expect ${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(found)}`);
  };
  if (delivered !== undefined && delivered !== current) fail('delivered', delivered, current);
  if (deliveredOneOf !== undefined && (current === null || !deliveredOneOf.includes(current))) fail('deliveredOneOf', deliveredOneOf, current);
  if (ended !== undefined) {
    const hasEnded = course.navigator.currentActivity === undefined;
    if (hasEnded !== ended) fail('ended', ended, hasEnded);
  }
  if (valid?.continue !== undefined && course.isValid({ type: 'continue' }) !== valid.continue) fail('valid.continue', valid.continue, !valid.continue);
  if (valid?.previous !== undefined && course.isValid({ type: 'previous' }) !== valid.previous) fail('valid.previous', valid.previous, !valid.previous);
  for (const [target, expected] of Object.entries(valid?.choice ?? {})) {
    const selectable = course.tocAvailability().get(target) === 'enabled' && course.isValid({ type: 'choice', target });
    if (selectable !== expected) fail(`valid.choice.${target}`, expected, selectable);
  }
  for (const [activityId, expected] of Object.entries(status ?? {})) {
    const found = activityStatus(course, activityId);
    if (found === undefined) fail(`status.${activityId}`, expected, 'no such activity in the sequencing state');
    for (const [field, value] of Object.entries(expected)) {
      const actual = found![field as keyof ActivityStatus];
      if (actual !== value) fail(`status.${activityId}.${field}`, value, actual);
    }
  }
}

interface ActivityStatus {
  completion: 'completed' | 'incomplete' | 'unknown';
  success: 'passed' | 'failed' | 'unknown';
  measure: number | null;
  attempts: number;
  suspended: boolean;
}

/**
 * An activity's tracking status as the SCORM 2004 sequencer's processes see it (SN §4.2): the
 * primary objective read through its maps, as a rule condition would read it.
 */
function activityStatus(course: CourseSession, activityId: string): ActivityStatus | undefined {
  const activity = course.tree.get(activityId);
  if (activity === undefined || !(course.navigator instanceof Sequencer)) return undefined;
  const workspace = course.navigator.workspace();
  const tracking = workspace.tracking(activity);
  const primary = readObjective(workspace, activity, 0);
  return {
    completion: !tracking.attemptProgressStatus ? 'unknown' : tracking.attemptCompletionStatus ? 'completed' : 'incomplete',
    success: !primary.progressStatus ? 'unknown' : primary.satisfiedStatus ? 'passed' : 'failed',
    measure: primary.measureStatus ? primary.normalizedMeasure : null,
    attempts: tracking.activityAttemptCount,
    suspended: tracking.isSuspended,
  };
}
