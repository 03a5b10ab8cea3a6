// A multi-SCO session recorded as <scorm-debugger> records it (its DebuggerRecording over the
// player's CoursePlayerController), exported as a scorm-trace/1 file that names the demo's
// package, and replayed by the harness from that file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import type { ReactiveElement } from 'lit';
import { DebuggerRecording } from '../../../src/components/scorm-debugger/debugger-recording.js';
import type { TraceDocument, TraceStep } from '../../../src/components/scorm-debugger/trace-document.js';
import { CoursePlayerController } from '../../../src/components/scorm-player/player-controller.js';
import { createCourseSession, type CourseSession } from '../../../src/runtime/course/index.js';
import { memoryAdapter, type Scorm2004Api } from '../../../src/runtime/index.js';
import { openPackage } from '../../../src/runtime/package/open-package.js';
import { directoryPackageFiles } from '../../../src/harness/node-package-files.js';
import { readTraceFile } from '../../../src/harness/trace-files.js';
import { replayTrace, type ReplayOutcome } from '../../../src/harness/replay.js';

const packageFolder = resolve('demo/packages/multi-sco-2004');

/** The debugger's host element as far as its recording uses it: nothing is rendered here. */
const host = { addController() {}, requestUpdate() {} } as unknown as ReactiveElement;

/** What the demo's sample SCO does when it loads (demo/packages/multi-sco-2004/sco.html). */
function scoLoads(api: Scorm2004Api): void {
  api.Initialize('');
  const resumed = api.GetValue('cmi.entry') === 'resume';
  const visits = (resumed ? Number(api.GetValue('cmi.suspend_data')) || 0 : 0) + 1;
  api.GetValue('cmi.learner_name');
  api.SetValue('cmi.suspend_data', String(visits));
  api.SetValue('cmi.exit', 'suspend');
  api.SetValue('cmi.completion_status', 'incomplete');
}

/** The SCO's "Pass the quiz (80%)" button. */
function scoPasses(api: Scorm2004Api): void {
  api.SetValue('cmi.score.raw', '80');
  api.SetValue('cmi.score.min', '0');
  api.SetValue('cmi.score.max', '100');
  api.SetValue('cmi.score.scaled', '0.8');
  api.SetValue('cmi.success_status', 'passed');
  api.SetValue('cmi.completion_status', 'completed');
  api.Commit('');
}

/** The SCO's "Finish and continue" button. */
function scoContinues(api: Scorm2004Api): void {
  api.SetValue('adl.nav.request', 'continue');
  api.Terminate('');
}

function deliveredApi(course: CourseSession, activityId: string): Scorm2004Api {
  assert.equal(course.delivery?.activity.id, activityId);
  return course.delivery!.session.api as Scorm2004Api;
}

/**
 * Plays the whole course as a learner in the player would: start → Introduction (passed, the
 * SCO's own continue) → The basics (left with the player's continue control) → Summary (the
 * SCO's continue past the last activity ends the course). Returns the trace file written in a
 * temporary folder, its `package` relative to that folder.
 */
async function recordSession(folder: string): Promise<{ file: string; trace: TraceDocument; warnings: readonly string[] }> {
  const opened = await openPackage(await directoryPackageFiles(packageFolder));
  const course = await createCourseSession({ package: opened, adapter: memoryAdapter(), learner: { id: 'u-7', name: 'Doe, Jane' } });
  const controller = new CoursePlayerController((request) => void course.navigate(request));
  const recording = new DebuggerRecording(host, () => controller, 1000);
  controller.subscribe((change) => recording.changed(change));
  course.on((event) => controller.courseEvent(event));
  recording.hostConnected();
  controller.open(course, relative(folder, join(packageFolder, 'imsmanifest.xml')).split(sep).join('/'));

  await course.start();
  let api = deliveredApi(course, 'intro');
  scoLoads(api);
  scoPasses(api);
  scoContinues(api);
  await course.idle();

  api = deliveredApi(course, 'basics');
  scoLoads(api);
  api.SetValue('cmi.completion_status', 'completed');
  api.Commit('');
  controller.navigate({ type: 'continue' });
  await course.idle();

  api = deliveredApi(course, 'summary');
  scoLoads(api);
  scoContinues(api);
  await course.idle();
  assert.equal(course.delivery, undefined, 'continuing past the last activity ends the course');
  await course.runtime.flush();

  const { trace, warnings } = recording.exportTrace('Multi-SCO demo, start to end');
  const file = join(folder, 'multi-sco.trace.json');
  await writeFile(file, JSON.stringify(trace, null, 2));
  return { file, trace, warnings };
}

/** Replays the trace file as `scorm-harness replay FILE` does. */
async function replayFile(file: string): Promise<Extract<ReplayOutcome, { kind: 'replayed' }>> {
  const read = await readTraceFile(file);
  assert.ok(read.ok, read.ok ? '' : read.errors.join('\n'));
  const outcome = await replayTrace(read.trace, { traceFile: file });
  assert.equal(outcome.kind, 'replayed');
  return outcome as Extract<ReplayOutcome, { kind: 'replayed' }>;
}

async function inTemporaryFolder(body: (folder: string) => Promise<void>): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), 'multi-sco-export-'));
  try {
    await body(folder);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

function callCount(trace: TraceDocument): number {
  return trace.sessions.flat().filter((step) => 'fn' in step).length;
}

test('the export of a multi-SCO session names the package and records navigation and deliveries', async () => {
  await inTemporaryFolder(async (folder) => {
    const { trace, warnings } = await recordSession(folder);
    assert.deepEqual(warnings, []);
    assert.equal(trace.scorm, '2004');
    assert.ok(trace.package !== undefined && !trace.package.startsWith('/'), `package is relative: ${trace.package}`);
    assert.equal(trace.sessions.length, 1);
    const navigation = trace.sessions[0]!.filter((step) => !('fn' in step));
    assert.deepEqual(navigation, [
      { nav: 'start' },
      { expect: { delivered: 'intro' } },
      { expect: { delivered: 'basics' } },
      { nav: 'continue' },
      { expect: { delivered: 'summary' } },
      { expect: { delivered: null } },
    ]);
  });
});

test('the exported multi-SCO trace, replayed by the harness from its file, passes every step', async () => {
  await inTemporaryFolder(async (folder) => {
    const { file, trace } = await recordSession(folder);
    const outcome = await replayFile(file);
    assert.equal(outcome.error, undefined);
    assert.equal(outcome.steps.length, callCount(trace));
    assert.deepEqual(outcome.steps.filter((step) => !step.passed), []);
  });
});

test('a tampered return value in the exported trace fails its step on replay', async () => {
  await inTemporaryFolder(async (folder) => {
    const { file, trace } = await recordSession(folder);
    const steps = trace.sessions[0]!.map((step): TraceStep =>
      'fn' in step && step.fn === 'GetValue' && step.args[0] === 'cmi.learner_name' ? { ...step, ret: 'Someone, Else' } : step);
    await writeFile(file, JSON.stringify({ ...trace, sessions: [steps] }));
    const outcome = await replayFile(file);
    const failed = outcome.steps.filter((step) => !step.passed);
    assert.equal(failed.length, 3, 'one GetValue of cmi.learner_name per SCO');
    assert.ok(failed.every((step) => step.args[0] === 'cmi.learner_name' && step.actual.ret === 'Doe, Jane'));
  });
});

test('a tampered delivery in the exported trace stops the replay with what was delivered', async () => {
  await inTemporaryFolder(async (folder) => {
    const { file, trace } = await recordSession(folder);
    const steps = trace.sessions[0]!.map((step): TraceStep =>
      'expect' in step && step.expect.delivered === 'summary' ? { expect: { delivered: 'intro' } } : step);
    await writeFile(file, JSON.stringify({ ...trace, sessions: [steps] }));
    const outcome = await replayFile(file);
    assert.match(outcome.error ?? '', /expect delivered: expected "intro", got "summary"/);
  });
});
