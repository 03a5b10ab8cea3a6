// The tester's answers to ADL's UI questions: the Continue control as ADL's player offers it
// (ADLSequencer.validateRequests), while adl.nav.request_valid.continue stays the exact look-ahead.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createCourseSession } from '../../../src/runtime/course/create-course-session.js';
import { checkUiQuestions } from '../../../src/harness/cts-run/ui-answers.js';
import type { CtsUiQuestion } from '../../../src/harness/cts/script-model.js';
import { manifestOf, scorm2004Namespaces } from '../../runtime/course/course-fixture.js';

/** A flow root whose second SCO is always disabled: continuing from the first fails. */
const secondDisabled = `<manifest identifier="M" ${scorm2004Namespaces}>
  <metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>
  <organizations default="ORG"><organization identifier="ORG"><title>Course</title>
    <item identifier="A1" identifierref="R"><title>One</title></item>
    <item identifier="A2" identifierref="R"><title>Two</title>
      <imsss:sequencing><imsss:sequencingRules><imsss:preConditionRule>
        <imsss:ruleConditions><imsss:ruleCondition condition="always"/></imsss:ruleConditions>
        <imsss:ruleAction action="disabled"/>
      </imsss:preConditionRule></imsss:sequencingRules></imsss:sequencing>
    </item>
    <imsss:sequencing><imsss:controlMode flow="true"/></imsss:sequencing>
  </organization></organizations>
  <resources><resource identifier="R" type="webcontent" adlcp:scormType="sco" href="sco.html"/></resources>
</manifest>`;

const continueEnabled: CtsUiQuestion = {
  key: 'continue.enabled',
  text: 'Is Continue enabled?',
  asks: { kind: 'navigationControl', event: 'continue', enabled: true },
  expectedYes: true,
};

test('Continue is offered in a flow cluster even where continuing would fail, as ADL shows it (CTS CM-07d)', async () => {
  const course = await createCourseSession({ package: manifestOf(secondDisabled), clock: { now: () => 0 } });
  await course.start();
  assert.equal(course.delivery?.activity.id, 'A1');
  assert.equal(course.isValid({ type: 'continue' }), false, 'the exact look-ahead still refuses it');
  assert.equal(checkUiQuestions(course, [continueEnabled]), undefined);
});
