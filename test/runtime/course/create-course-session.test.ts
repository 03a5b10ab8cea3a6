// createCourseSession: the package's organization, the navigator its version calls for (the
// SCORM 2004 sequencer, the SCORM 1.2 navigator), restored from the attempt document so that a
// suspended course resumes in a new course session (SN §4.2 suspendAll / resumeAll).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { memoryAdapter } from '../../../src/runtime/index.js';
import { createCourseSession, type GlobalObjectiveStore } from '../../../src/runtime/course/create-course-session.js';
import { CourseError } from '../../../src/runtime/course/course-session.js';
import type { Scorm12Api } from '../../../src/runtime/api/scorm12-api.js';
import type { Scorm2004Api } from '../../../src/runtime/api/scorm2004-api.js';
import type { ObjectiveProgress } from '../../../src/runtime/sequencing/tracking-model.js';
import { manifestOf, scorm2004Namespaces, threeScos } from './course-fixture.js';

const fixedClock = { now: () => Date.UTC(2024, 0, 1) };

test('a SCORM 2004 course starts with the sequencer and follows the content\'s continue', async () => {
  const course = await createCourseSession({ package: manifestOf(threeScos), clock: fixedClock });
  assert.equal(course.navigator.scorm, '2004');
  await course.start();
  assert.equal(course.delivery?.activity.id, 'A1');
  const api = course.delivery!.session.api as Scorm2004Api;
  api.Initialize('');
  api.SetValue('adl.nav.request', 'continue');
  api.Terminate('');
  await course.idle();
  assert.equal(course.delivery?.activity.id, 'A2');
});

test('after suspendAll a new course session on the same registration resumes the suspended activity', async () => {
  const adapter = memoryAdapter();
  const options = { package: manifestOf(threeScos), adapter, registrationId: 'learner-1', clock: fixedClock };
  const first = await createCourseSession(options);
  await first.start();
  await first.navigate({ type: 'choice', target: 'A2' });
  const api = first.delivery!.session.api as Scorm2004Api;
  api.Initialize('');
  api.SetValue('cmi.location', 'page 3');
  api.SetValue('adl.nav.request', 'suspendAll');
  api.Terminate('');
  await first.idle();
  await first.runtime.flush();

  const second = await createCourseSession(options);
  assert.equal(second.navigator.suspendedActivity?.id, 'A2');
  await second.start();
  assert.equal(second.delivery?.activity.id, 'A2');
  const resumed = second.delivery!.session.api as Scorm2004Api;
  resumed.Initialize('');
  assert.equal(resumed.GetValue('cmi.entry'), 'resume');
  assert.equal(resumed.GetValue('cmi.location'), 'page 3');
});

test('a saved sequencing state that does not fit the package is refused, not half-loaded', async () => {
  const adapter = memoryAdapter();
  const other = `<manifest identifier="M2" ${scorm2004Namespaces}>
    <organizations default="OTHER"><organization identifier="OTHER"><title>Other</title>
      <item identifier="B1" identifierref="R"><title>B</title></item></organization></organizations>
    <resources><resource identifier="R" type="webcontent" adlcp:scormType="sco" href="b.html"/></resources></manifest>`;
  const first = await createCourseSession({ package: manifestOf(other), adapter, registrationId: 'r' });
  await first.start();
  await first.runtime.flush();
  await assert.rejects(createCourseSession({ package: manifestOf(threeScos), adapter, registrationId: 'r' }));
});

test('a package without the named organization is refused with a CourseError', async () => {
  await assert.rejects(createCourseSession({ package: manifestOf(threeScos), organizationId: 'NOPE' }), CourseError);
});

test('global objectives are read from and written to the learner-wide store (objectivesGlobalToSystem)', async () => {
  const shared = `<manifest identifier="M" ${scorm2004Namespaces}>
    <organizations default="ORG"><organization identifier="ORG"><title>C</title>
      <item identifier="A1" identifierref="R"><title>One</title>
        <imsss:sequencing><imsss:objectives><imsss:primaryObjective objectiveID="p">
          <imsss:mapInfo targetObjectiveID="g1" writeSatisfiedStatus="true"/>
        </imsss:primaryObjective></imsss:objectives></imsss:sequencing>
      </item></organization></organizations>
    <resources><resource identifier="R" type="webcontent" adlcp:scormType="sco" href="a.html"/></resources></manifest>`;
  let written: Readonly<Record<string, ObjectiveProgress>> = {};
  const store: GlobalObjectiveStore = { read: () => ({}), write: (objectives) => (written = objectives) };
  const course = await createCourseSession({ package: manifestOf(shared), globalObjectives: store, clock: fixedClock });
  await course.start();
  const api = course.delivery!.session.api as Scorm2004Api;
  api.Initialize('');
  api.SetValue('cmi.success_status', 'passed');
  api.SetValue('adl.nav.request', 'exitAll');
  api.Terminate('');
  await course.idle();
  assert.equal(written['g1']?.progressStatus, true);
  assert.equal(written['g1']?.satisfiedStatus, true);
});

test('a SCORM 1.2 course uses the 1.2 navigator and gives the 1.2 launch values', async () => {
  const manifest = manifestOf(`<manifest identifier="M12" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
      xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
    <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
    <organizations default="ORG"><organization identifier="ORG"><title>C</title>
      <item identifier="I1" identifierref="R"><title>One</title>
        <adlcp:datafromlms>start=1</adlcp:datafromlms>
        <adlcp:masteryscore>80</adlcp:masteryscore>
        <adlcp:maxtimeallowed>00:30:00</adlcp:maxtimeallowed>
        <adlcp:timelimitaction>exit,message</adlcp:timelimitaction>
      </item></organization></organizations>
    <resources><resource identifier="R" type="webcontent" adlcp:scormtype="sco" href="one.html"/></resources></manifest>`);
  const course = await createCourseSession({ package: manifest });
  assert.equal(course.navigator.scorm, '1.2');
  await course.start();
  const api = course.delivery!.session.api as Scorm12Api;
  api.LMSInitialize('');
  assert.equal(api.LMSGetValue('cmi.launch_data'), 'start=1');
  assert.equal(api.LMSGetValue('cmi.student_data.mastery_score'), '80');
  assert.equal(api.LMSGetValue('cmi.student_data.max_time_allowed'), '00:30:00');
  assert.equal(api.LMSGetValue('cmi.student_data.time_limit_action'), 'exit,message');
});

test('a course left without exiting (the page closed) starts again: the old session is exited first', async () => {
  const adapter = memoryAdapter();
  const options = { package: manifestOf(threeScos), adapter, registrationId: 'r', clock: fixedClock };
  const first = await createCourseSession(options);
  await first.start();
  const api = first.delivery!.session.api as Scorm2004Api;
  api.Initialize('');
  api.Terminate('');
  await first.idle();
  await first.runtime.flush();
  const second = await createCourseSession(options);
  assert.equal(second.navigator.currentActivity?.id, 'A1');
  const result = await second.start();
  assert.equal(result.exception, undefined);
  assert.equal(second.delivery?.activity.id, 'A1');
});

test('with objectivesGlobalToSystem false, a course relaunched after Exit All starts with its global objectives unknown (CTS OB-03b)', async () => {
  const scoped = `<manifest identifier="M" ${scorm2004Namespaces}>
    <organizations default="ORG"><organization identifier="ORG" adlseq:objectivesGlobalToSystem="false"><title>C</title>
      <item identifier="A1" identifierref="R"><title>One</title>
        <imsss:sequencing><imsss:objectives><imsss:primaryObjective objectiveID="p">
          <imsss:mapInfo targetObjectiveID="g1" writeSatisfiedStatus="true"/>
        </imsss:primaryObjective></imsss:objectives></imsss:sequencing>
      </item></organization></organizations>
    <resources><resource identifier="R" type="webcontent" adlcp:scormType="sco" href="a.html"/></resources></manifest>`;
  const options = { package: manifestOf(scoped), adapter: memoryAdapter(), registrationId: 'r', clock: fixedClock };
  const first = await createCourseSession(options);
  await first.start();
  const api = first.delivery!.session.api as Scorm2004Api;
  api.Initialize('');
  api.SetValue('cmi.success_status', 'passed');
  api.SetValue('adl.nav.request', 'exitAll');
  api.Terminate('');
  await first.idle();
  await first.runtime.flush();

  const second = await createCourseSession(options);
  await second.start();
  const relaunched = second.delivery!.session.api as Scorm2004Api;
  relaunched.Initialize('');
  assert.equal(relaunched.GetValue('cmi.objectives.0.id'), 'p');
  assert.equal(relaunched.GetValue('cmi.objectives.0.success_status'), 'unknown');
});
