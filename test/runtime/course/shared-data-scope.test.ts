// The scope of adl.data stores (SCORM 2004 4th ed.): CAM §3.4.1.7 adlcp:sharedDataGlobalToSystem
// on the organization; RTE §4.3.2: by default the LMS keeps the stores across the learner's
// attempts, and with false it resets them when a new learner attempt on the activity tree
// begins. ADL's CTS checks both in DDM (DDMa true, DDMb false).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { memoryAdapter } from '../../../src/runtime/index.js';
import { createCourseSession, type CourseSessionOptions } from '../../../src/runtime/course/create-course-session.js';
import type { CourseSession } from '../../../src/runtime/course/course-session.js';
import type { SharedDataStore } from '../../../src/runtime/course/index.js';
import type { Scorm2004Api } from '../../../src/runtime/api/scorm2004-api.js';
import { manifestOf, scorm2004Namespaces } from './course-fixture.js';

const fixedClock = { now: () => Date.UTC(2024, 0, 1) };

/** Two SCOs under a flow root, both reading and writing the bucket "notes". */
function sharedDataPackage(globalToSystem: boolean) {
  const map = '<adlcp:data><adlcp:map targetID="notes" readSharedData="true" writeSharedData="true"/></adlcp:data>';
  return manifestOf(`<manifest identifier="M" ${scorm2004Namespaces}>
    <organizations default="ORG">
      <organization identifier="ORG" adlcp:sharedDataGlobalToSystem="${globalToSystem}"><title>C</title>
        <item identifier="A1" identifierref="R"><title>One</title>${map}</item>
        <item identifier="A2" identifierref="R"><title>Two</title>${map}</item>
        <imsss:sequencing><imsss:controlMode flow="true"/></imsss:sequencing>
      </organization>
    </organizations>
    <resources><resource identifier="R" type="webcontent" adlcp:scormType="sco" href="sco.html"/></resources></manifest>`);
}

type Options = Omit<CourseSessionOptions, 'package'>;

/** Opens a course session on the package, starts it, and initializes the delivered SCO. */
async function launch(globalToSystem: boolean, options: Options): Promise<{ course: CourseSession; api: Scorm2004Api }> {
  const course = await createCourseSession({ ...options, package: sharedDataPackage(globalToSystem), clock: fixedClock });
  await course.start();
  const api = course.delivery!.session.api as Scorm2004Api;
  api.Initialize('');
  return { course, api };
}

/** The SCO asks for `request` and terminates; the course carries it out and saves. */
async function leave(course: CourseSession, api: Scorm2004Api, request: string): Promise<void> {
  api.SetValue('adl.nav.request', request);
  api.Terminate('');
  await course.idle();
  await course.runtime.flush();
}

function memorySharedData(): SharedDataStore & { readonly stores: Map<string, string> } {
  const stores = new Map<string, string>();
  return { stores, get: (id) => stores.get(id), set: (id, value) => void stores.set(id, value) };
}

test('sharedDataGlobalToSystem false: a new attempt on the course starts with empty stores (CTS DDMb Act1bV2)', async () => {
  const options = { adapter: memoryAdapter(), registrationId: 'r' };
  const first = await launch(false, options);
  assert.equal(first.api.SetValue('adl.data.0.store', 'first attempt'), 'true');
  await leave(first.course, first.api, 'exitAll');

  const second = await launch(false, options);
  assert.equal(second.api.GetValue('adl.data.0.store'), '');
  assert.equal(second.api.GetLastError(), '403');
});

test('sharedDataGlobalToSystem false: the stores are reset when the new attempt begins, not when the last one ended', async () => {
  const options = { adapter: memoryAdapter(), registrationId: 'r' };
  const first = await launch(false, options);
  first.api.SetValue('adl.data.0.store', 'first attempt');
  await leave(first.course, first.api, 'exitAll');
  assert.deepEqual(first.course.runtime.snapshot().sharedData, { notes: 'first attempt' });

  const second = await createCourseSession({ ...options, package: sharedDataPackage(false), clock: fixedClock });
  await second.start();
  assert.deepEqual(second.runtime.snapshot().sharedData, {});
});

test('sharedDataGlobalToSystem false: the next SCO of the same attempt reads what the first wrote (CTS DDMb Act2bV1)', async () => {
  const { course, api } = await launch(false, { adapter: memoryAdapter(), registrationId: 'r' });
  api.SetValue('adl.data.0.store', 'from A1');
  await leave(course, api, 'continue');
  assert.equal(course.delivery?.activity.id, 'A2');
  const next = course.delivery!.session.api as Scorm2004Api;
  next.Initialize('');
  assert.equal(next.GetValue('adl.data.0.store'), 'from A1');
});

test('sharedDataGlobalToSystem false: a suspended attempt resumes with its stores (CTS DDMb Act1bV4)', async () => {
  const options = { adapter: memoryAdapter(), registrationId: 'r' };
  const first = await launch(false, options);
  first.api.SetValue('adl.data.0.store', 'kept while suspended');
  await leave(first.course, first.api, 'suspendAll');

  const resumed = await launch(false, options);
  assert.equal(resumed.api.GetValue('cmi.entry'), 'resume');
  assert.equal(resumed.api.GetValue('adl.data.0.store'), 'kept while suspended');
});

test('sharedDataGlobalToSystem false: the learner-wide store is neither read nor written (CTS DDMb Act1bV1)', async () => {
  const learner = memorySharedData();
  learner.stores.set('notes', 'from a course global to system');
  const { api } = await launch(false, { adapter: memoryAdapter(), registrationId: 'r', sharedData: learner });
  assert.equal(api.GetValue('adl.data.0.store'), '');
  assert.equal(api.GetLastError(), '403');
  api.SetValue('adl.data.0.store', 'this attempt only');
  assert.equal(learner.stores.get('notes'), 'from a course global to system');
});

test('sharedDataGlobalToSystem true without a learner-wide store: the registration keeps its stores across attempts (CTS DDMa Act1aV2)', async () => {
  const options = { adapter: memoryAdapter(), registrationId: 'r' };
  const first = await launch(true, options);
  first.api.SetValue('adl.data.0.store', 'first attempt');
  await leave(first.course, first.api, 'exitAll');

  const second = await launch(true, options);
  assert.equal(second.api.GetValue('adl.data.0.store'), 'first attempt');
});

test('sharedDataGlobalToSystem true: the learner-wide store is shared by the learner\'s registrations', async () => {
  const learner = memorySharedData();
  const first = await launch(true, { adapter: memoryAdapter(), registrationId: 'course-1', sharedData: learner });
  first.api.SetValue('adl.data.0.store', 'written in course 1');
  assert.equal(learner.stores.get('notes'), 'written in course 1');
  assert.deepEqual(first.course.runtime.snapshot().sharedData, {});

  const other = await launch(true, { adapter: memoryAdapter(), registrationId: 'course-2', sharedData: learner });
  assert.equal(other.api.GetValue('adl.data.0.store'), 'written in course 1');
});
