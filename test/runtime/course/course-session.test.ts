// The course session with a navigator of the tests' own (LeafNavigator): the order of things at
// the end of a content session (RTE 4th ed. §4.4, SN §4.2: data reported, then the request),
// launch values from the manifest (RTE §4.2), cmi.objectives from the tracking model, the
// navigator's state kept in the attempt document.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRuntime, memoryAdapter } from '../../../src/runtime/index.js';
import { CourseSession, type ObjectiveReader } from '../../../src/runtime/course/course-session.js';
import type { CourseEvent } from '../../../src/runtime/course/course-events.js';
import type { Scorm2004Api } from '../../../src/runtime/api/scorm2004-api.js';
import { buildActivityTree } from '../../../src/runtime/sequencing/activity-tree.js';
import { initialObjectiveProgress } from '../../../src/runtime/sequencing/tracking-model.js';
import { LeafNavigator, manifestOf, threeScos } from './course-fixture.js';

function course(options: { objective?: ObjectiveReader } = {}) {
  const tree = buildActivityTree(manifestOf(threeScos))!;
  const navigator = new LeafNavigator(tree);
  const adapter = memoryAdapter();
  const runtime = createRuntime({ scorm: '2004', adapter, registrationId: 'r1' });
  const session = new CourseSession(runtime, navigator, options.objective === undefined ? {} : { objective: options.objective });
  const events: CourseEvent[] = [];
  session.on((event) => events.push(event));
  return { session, navigator, adapter, runtime, events };
}

function api(session: CourseSession): Scorm2004Api {
  return session.delivery!.session.api as Scorm2004Api;
}

test('start delivers the first activity with its launch URL and a delivery event', async () => {
  const { session, events } = course();
  const result = await session.start();
  assert.equal(result.deliver?.id, 'A1');
  assert.equal(session.delivery?.activity.id, 'A1');
  assert.equal(session.delivery?.url, 'sco.html?n=1');
  assert.deepEqual(events.filter((e) => e.type === 'delivery').map((e) => e.type === 'delivery' && e.delivery.activity.id), ['A1']);
});

test('the content sees the launch values its item gives (RTE §4.2.5, §4.2.10, §4.2.14, §4.2.19, §4.2.23)', async () => {
  const { session } = course();
  await session.start();
  const content = api(session);
  content.Initialize('');
  assert.equal(content.GetValue('cmi.launch_data'), 'hello');
  assert.equal(content.GetValue('cmi.completion_threshold'), '0.75');
  assert.equal(content.GetValue('cmi.scaled_passing_score'), '0.6');
  assert.equal(content.GetValue('cmi.max_time_allowed'), 'PT1H');
  assert.equal(content.GetValue('cmi.time_limit_action'), 'exit,message');
});

test('an item without those values leaves the elements uninitialized (403)', async () => {
  const { session } = course();
  await session.start();
  api(session).Terminate('');
  await session.navigate({ type: 'continue' });
  const content = api(session);
  content.Initialize('');
  assert.equal(content.GetValue('cmi.completion_threshold'), '');
  assert.equal(content.GetLastError(), '403');
  assert.equal(content.GetValue('cmi.time_limit_action'), 'continue,no message');
});

test('cmi.objectives holds the objectives with an ID, with what the tracking model knows (CM-02a)', async () => {
  const { session } = course({
    objective: (_activity, index) => (index === 2 ? { ...initialObjectiveProgress(), progressStatus: true, satisfiedStatus: true, measureStatus: true, normalizedMeasure: 0.5 } : initialObjectiveProgress()),
  });
  await session.start();
  const content = api(session);
  content.Initialize('');
  assert.equal(content.GetValue('cmi.objectives._count'), '2');
  assert.equal(content.GetValue('cmi.objectives.0.id'), 'obj1');
  assert.equal(content.GetValue('cmi.objectives.0.success_status'), 'unknown');
  assert.equal(content.GetValue('cmi.objectives.1.id'), 'obj2');
  assert.equal(content.GetValue('cmi.objectives.1.success_status'), 'passed');
  assert.equal(content.GetValue('cmi.objectives.1.score.scaled'), '0.5');
});

test("the content's request is processed after Terminate, once its data reached the navigator", async () => {
  const { session, navigator } = course();
  await session.start();
  const content = api(session);
  content.Initialize('');
  // Evaluated against the completion threshold (0.75) as RTE §4.2.4.1 says: completed.
  content.SetValue('cmi.completion_status', 'incomplete');
  content.SetValue('cmi.progress_measure', '0.8');
  content.SetValue('cmi.session_time', 'PT1M30S');
  content.SetValue('adl.nav.request', 'continue');
  assert.equal(content.Terminate(''), 'true');
  // Terminate returned before the request was carried out.
  assert.equal(session.delivery?.activity.id, 'A1');
  await session.idle();
  assert.equal(session.delivery?.activity.id, 'A2');
  assert.deepEqual(navigator.requests.map((r) => r.type), ['start', 'continue']);
  const [report] = navigator.reports;
  assert.equal(report?.activityId, 'A1');
  assert.equal(report?.completionStatus, 'completed');
  assert.equal(report?.completionStatusSet, true);
  assert.equal(report?.successStatusSet, false);
  assert.equal(report?.sessionTime, 90_000);
});

test('Terminate with no request (_none_) leaves the course waiting for the learner', async () => {
  const { session, navigator } = course();
  await session.start();
  api(session).Initialize('');
  api(session).Terminate('');
  await session.idle();
  assert.equal(navigator.reports.length, 1);
  assert.deepEqual(navigator.requests.map((r) => r.type), ['start']);
  await session.navigate({ type: 'continue' });
  assert.equal(session.delivery?.activity.id, 'A2');
});

test("a learner's request takes the content away; a request the content leaves on its way out is not processed", async () => {
  const { session, navigator } = course();
  await session.start();
  const delivery = session.delivery!;
  const content = api(session);
  content.Initialize('');
  content.SetValue('adl.nav.request', '{target=A3}choice');
  delivery.onUnload = () => content.Terminate('');
  await session.navigate({ type: 'continue' });
  await session.idle();
  assert.equal(session.delivery?.activity.id, 'A2');
  assert.deepEqual(navigator.requests.map((r) => r.type), ['start', 'continue']);
  assert.equal(navigator.reports.length, 1);
});

test('content that never terminates is ended when taken away, and its data still reported', async () => {
  const { session, navigator } = course();
  await session.start();
  const content = api(session);
  content.Initialize('');
  // Evaluated against the scaled passing score (0.6): passed.
  content.SetValue('cmi.score.scaled', '0.7');
  await session.navigate({ type: 'exitAll' });
  assert.equal(navigator.reports[0]?.successStatus, 'passed');
  assert.equal(session.delivery, undefined);
  assert.equal(content.GetValue('cmi.success_status'), '');
});

test("adl.nav.request_valid is the navigator's look-ahead", async () => {
  const { session } = course();
  await session.start();
  const content = api(session);
  content.Initialize('');
  assert.equal(content.GetValue('adl.nav.request_valid.continue'), 'true');
  assert.equal(content.GetValue('adl.nav.request_valid.previous'), 'false');
  assert.equal(content.GetValue('adl.nav.request_valid.choice.{target=A3}'), 'true');
  assert.equal(content.GetValue('adl.nav.request_valid.jump.{target=NOPE}'), 'false');
});

test("the navigator's state is saved in the attempt document's sequencing field", async () => {
  const { session, adapter, events } = course();
  await session.start();
  api(session).Initialize('');
  api(session).Terminate('');
  await session.idle();
  const saved = (await adapter.load('r1')) as { sequencing?: unknown };
  assert.deepEqual(saved.sequencing, { current: 'A1', reports: 1 });
  assert.ok(events.some((event) => event.type === 'state-saved' && event.error === undefined));
});

test('a refused request is reported with its exception and delivers nothing', async () => {
  const { session, events } = course();
  await session.start();
  api(session).Initialize('');
  api(session).Terminate('');
  const result = await session.navigate({ type: 'previous' });
  assert.equal(result.exception, 'NB.2.1-1');
  const navigation = events.filter((event) => event.type === 'navigation').at(-1);
  assert.ok(navigation?.type === 'navigation' && navigation.source === 'learner' && navigation.result.exception === 'NB.2.1-1');
});

test("a failure while carrying out the content's request is reported by idle(), once", async () => {
  const { session, navigator } = course();
  await session.start();
  navigator.navigate = () => {
    throw new Error('navigator fault');
  };
  const content = api(session);
  content.Initialize('');
  content.SetValue('adl.nav.request', 'continue');
  assert.equal(content.Terminate(''), 'true');
  await assert.rejects(session.idle(), /navigator fault/);
  await session.idle();
});

test('content suspended by cmi.exit resumes when the navigator continues its attempt (RTE §4.2.7 entry)', async () => {
  const { session } = course();
  await session.start();
  const first = api(session);
  first.Initialize('');
  first.SetValue('cmi.location', 'p2');
  first.SetValue('cmi.exit', 'suspend');
  first.Terminate('');
  await session.navigate({ type: 'continue' });
  await session.navigate({ type: 'previous' });
  const again = api(session);
  again.Initialize('');
  assert.equal(again.GetValue('cmi.entry'), 'resume');
  assert.equal(again.GetValue('cmi.location'), 'p2');
});

test('content suspended by cmi.exit starts afresh when the navigator began a new attempt (SN DB.2)', async () => {
  const tree = buildActivityTree(manifestOf(threeScos))!;
  const navigator = new LeafNavigator(tree);
  const attempts = new Map<string, number>();
  const navigate = navigator.navigate.bind(navigator);
  navigator.navigate = (request) => {
    const result = navigate(request);
    if (result.deliver !== undefined) attempts.set(result.deliver.id, (attempts.get(result.deliver.id) ?? 0) + 1);
    return result;
  };
  const runtime = createRuntime({ scorm: '2004' });
  const session = new CourseSession(runtime, navigator, {
    attemptCounts: () => {
      const counts = new Map(attempts);
      return (id) => counts.get(id) ?? 0;
    },
  });
  await session.start();
  const first = api(session);
  first.Initialize('');
  first.SetValue('cmi.location', 'p2');
  first.SetValue('cmi.exit', 'suspend');
  first.Terminate('');
  await session.navigate({ type: 'continue' });
  await session.navigate({ type: 'previous' });
  const again = api(session);
  again.Initialize('');
  assert.equal(again.GetValue('cmi.entry'), 'ab-initio');
  assert.equal(again.GetValue('cmi.location'), '');
});
