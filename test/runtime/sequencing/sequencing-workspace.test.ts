// The sequencing workspace: a copy-on-write overlay over a saved SequencingState (SN §4.2
// tracking model). Look-ahead runs on one and throws it away; a carried-out request commits it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FindingList } from '../../../src/runtime/package/findings.js';
import { parseManifest } from '../../../src/runtime/package/manifest/manifest-parser.js';
import { readXml } from '../../../src/runtime/package/xml/xml-reader.js';
import { buildActivityTree } from '../../../src/runtime/sequencing/activity-tree.js';
import { objectiveDefinitions, SequencingWorkspace } from '../../../src/runtime/sequencing/sequencing-workspace.js';
import { emptySequencingState } from '../../../src/runtime/sequencing/tracking-model.js';

const manifest = `<manifest identifier="M" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3" xmlns:imsss="http://www.imsglobal.org/xsd/imsss">
  <metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>
  <organizations default="ORG">
    <organization identifier="ORG"><title>Course</title>
      <item identifier="A1" identifierref="R"><title>One</title>
        <imsss:sequencing><imsss:objectives>
          <imsss:primaryObjective objectiveID="P"/>
          <imsss:objective objectiveID="O1"/><imsss:objective objectiveID="O2"/>
        </imsss:objectives></imsss:sequencing>
      </item>
      <item identifier="A2" identifierref="R"><title>Two</title></item>
    </organization>
  </organizations>
  <resources><resource identifier="R" type="webcontent" adlcp:scormType="sco" href="sco.html"/></resources>
</manifest>`;

function tree() {
  const findings = new FindingList();
  const model = parseManifest(readXml(manifest, 'imsmanifest.xml', findings)!, 'imsmanifest.xml', findings);
  return buildActivityTree(model)!;
}

const environment = { clock: { now: () => 0 }, random: () => 0.5 };

test('an untouched activity reads as never attempted, with one objective record per objective definition', () => {
  const activities = tree();
  const workspace = new SequencingWorkspace(activities, emptySequencingState('ORG'), environment);
  const a1 = activities.get('A1')!;
  assert.equal(workspace.tracking(a1).activityAttemptCount, 0);
  assert.equal(workspace.tracking(a1).objectives.length, objectiveDefinitions(a1).length);
  assert.deepEqual(objectiveDefinitions(a1).map((objective) => objective.objectiveID), ['P', 'O1', 'O2']);
});

test('edits stay in the overlay: the base state is unchanged until commit, and a discarded workspace leaves no trace', () => {
  const activities = tree();
  const base = new SequencingWorkspace(activities, emptySequencingState('ORG'), environment).commit();
  const workspace = new SequencingWorkspace(activities, base, environment);
  workspace.edit(activities.get('A1')!).activityAttemptCount = 3;
  workspace.currentActivity = activities.get('A1');
  assert.equal(base.currentActivity, null);
  assert.equal(Object.hasOwn(base.activities, 'A1'), false);
  const next = workspace.commit();
  assert.equal(next.activities['A1']!.activityAttemptCount, 3);
  assert.equal(next.currentActivity, 'A1');
});

test('a commit shares the records it did not change and copies the one it did', () => {
  const activities = tree();
  const first = new SequencingWorkspace(activities, emptySequencingState('ORG'), environment);
  first.edit(activities.get('A1')!);
  first.edit(activities.get('A2')!);
  const base = first.commit();
  const second = new SequencingWorkspace(activities, base, environment);
  second.edit(activities.get('A2')!).isActive = true;
  const next = second.commit();
  assert.equal(next.activities['A1'], base.activities['A1']);
  assert.notEqual(next.activities['A2'], base.activities['A2']);
  assert.equal(base.activities['A2']!.isActive, false);
});

test('objective records are copied with their activity, so editing one does not reach the base', () => {
  const activities = tree();
  const base = new SequencingWorkspace(activities, emptySequencingState('ORG'), environment).commit();
  const workspace = new SequencingWorkspace(activities, base, environment);
  workspace.edit(activities.get('A1')!).objectives[0]!.satisfiedStatus = true;
  const next = workspace.commit();
  assert.equal(next.activities['A1']!.objectives[0]!.satisfiedStatus, true);
  const untouched = new SequencingWorkspace(activities, base, environment);
  assert.equal(untouched.tracking(activities.get('A1')!).objectives[0]!.satisfiedStatus, false);
});

test('global objectives are created on first edit and committed by their target identifier', () => {
  const activities = tree();
  const workspace = new SequencingWorkspace(activities, emptySequencingState('ORG'), environment);
  assert.equal(workspace.globalObjective('g1'), undefined);
  workspace.editGlobalObjective('g1').progressStatus = true;
  assert.equal(workspace.globalObjective('g1')!.progressStatus, true);
  assert.equal(workspace.commit().globalObjectives['g1']!.progressStatus, true);
});

test('identifiers such as __proto__ are plain keys of the saved state, never prototype lookups', () => {
  const activities = tree();
  const workspace = new SequencingWorkspace(activities, emptySequencingState('ORG'), environment);
  assert.equal(workspace.globalObjective('__proto__'), undefined);
  assert.equal(workspace.globalObjective('toString'), undefined);
  workspace.editGlobalObjective('__proto__').satisfiedStatus = true;
  const state = workspace.commit();
  assert.equal(Object.hasOwn(state.globalObjectives, '__proto__'), true);
  assert.equal(Object.getPrototypeOf(state.globalObjectives), Object.prototype);
});

test('available children follow the saved selection and order, and default to all children in manifest order', () => {
  const activities = tree();
  const workspace = new SequencingWorkspace(activities, emptySequencingState('ORG'), environment);
  assert.deepEqual(workspace.availableChildren(activities.root).map((child) => child.id), ['A1', 'A2']);
  workspace.edit(activities.root).availableChildren = ['A2', 'A1'];
  assert.deepEqual(workspace.availableChildren(activities.root).map((child) => child.id), ['A2', 'A1']);
});
