import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CoursePlayerController } from '../../../src/components/scorm-player/player-controller.js';
import type { ScormPlayerChange } from '../../../src/components/context/index.js';
import { createCourseSession, type CourseSession } from '../../../src/runtime/course/index.js';
import { memoryPackageFiles, openPackage } from '../../../src/runtime/package/index.js';
import type { Scorm12Api, Scorm2004Api } from '../../../src/runtime/index.js';
import type { NavigationRequest } from '../../../src/runtime/sequencing/requests.js';

const manifest2004 = `<?xml version="1.0"?>
<manifest identifier="m" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3" xmlns:imsss="http://www.imsglobal.org/xsd/imsss">
<metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>
<organizations default="org"><organization identifier="org"><title>Course</title>
<item identifier="one" identifierref="r"><title>One</title></item>
<item identifier="two" identifierref="r"><title>Two</title></item>
<imsss:sequencing><imsss:controlMode choice="true" flow="true"/></imsss:sequencing></organization></organizations>
<resources><resource identifier="r" type="webcontent" adlcp:scormType="sco" href="sco.html"><file href="sco.html"/></resource></resources></manifest>`;

const manifest12 = `<?xml version="1.0"?>
<manifest identifier="m" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
<metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
<organizations default="org"><organization identifier="org"><title>Course</title>
<item identifier="one" identifierref="r"><title>One</title></item>
<item identifier="two" identifierref="r"><title>Two</title></item></organization></organizations>
<resources><resource identifier="r" type="webcontent" adlcp:scormtype="sco" href="sco.html"><file href="sco.html"/></resource></resources></manifest>`;

async function course(manifest: string): Promise<CourseSession> {
  const opened = await openPackage(memoryPackageFiles({ 'imsmanifest.xml': manifest, 'sco.html': '' }));
  return createCourseSession({ package: opened });
}

/** A controller over `session`, with every change and request it passed on. */
function controllerOver(session: CourseSession) {
  const requests: NavigationRequest[] = [];
  const changes: ScormPlayerChange['type'][] = [];
  const controller = new CoursePlayerController((request) => requests.push(request));
  controller.subscribe((change) => changes.push(change.type));
  session.on((event) => controller.courseEvent(event));
  controller.open(session, 'https://example.test/course/imsmanifest.xml');
  return { controller, requests, changes };
}

test('requests from the table of contents go to the player, which carries them out', async () => {
  const { controller, requests } = controllerOver(await course(manifest2004));
  controller.navigate({ type: 'choice', target: 'two' });
  assert.deepEqual(requests, [{ type: 'choice', target: 'two' }]);
});

test('opening a course is a package change; a delivery names the current activity', async () => {
  const session = await course(manifest2004);
  const { controller, changes } = controllerOver(session);
  await session.start();
  assert.deepEqual(changes, ['package', 'navigation', 'delivery']);
  assert.equal(controller.currentActivityId, 'one');
  assert.equal(controller.packageUrl, 'https://example.test/course/imsmanifest.xml');
  assert.equal(controller.scorm, '2004');
});

test('the end of the sequencing session leaves no current activity', async () => {
  const session = await course(manifest2004);
  const { controller, changes } = controllerOver(session);
  await session.start();
  changes.length = 0;
  await session.navigate({ type: 'exitAll' });
  assert.equal(controller.currentActivityId, undefined);
  assert.deepEqual(changes.slice(-2), ['navigation', 'delivery']);
});

test('SCORM 2004: an activity\'s status is read from the tracking model after its content ends', async () => {
  const session = await course(manifest2004);
  const { controller } = controllerOver(session);
  await session.start();
  const api = session.delivery!.session.api as Scorm2004Api;
  api.Initialize('');
  api.SetValue('cmi.completion_status', 'completed');
  api.SetValue('cmi.success_status', 'passed');
  api.Terminate('');
  await session.idle();
  const status = controller.activityStatus('one');
  assert.deepEqual([status.attempted, status.completion, status.success], [true, 'completed', 'passed']);
  assert.equal(controller.activityStatus('two').attempted, false);
});

test('SCORM 1.2: an item\'s status comes from the lesson status its SCO reported', async () => {
  const session = await course(manifest12);
  const { controller } = controllerOver(session);
  await session.start();
  const api = session.delivery!.session.api as Scorm12Api;
  api.LMSInitialize('');
  api.LMSSetValue('cmi.core.lesson_status', 'failed');
  api.LMSFinish('');
  await session.idle();
  const status = controller.activityStatus('one');
  assert.deepEqual([status.attempted, status.completion, status.success], [true, 'completed', 'failed']);
});

test('identifiers such as __proto__ have no status of their own', async () => {
  const { controller } = controllerOver(await course(manifest12));
  assert.equal(controller.activityStatus('__proto__').attempted, false);
  assert.equal(controller.activityStatus('constructor').attempts, 0);
});
