// SN book §3.1 (the activity tree): built from a manifest's organization, in manifest order,
// with the relations the sequencing processes walk (ancestors, paths, common ancestors).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FindingList } from '../../../src/runtime/package/findings.js';
import { parseManifest } from '../../../src/runtime/package/manifest/manifest-parser.js';
import { readXml } from '../../../src/runtime/package/xml/xml-reader.js';
import { buildActivityTree, commonAncestor, isAncestorOrSelf, pathFromRoot } from '../../../src/runtime/sequencing/activity-tree.js';

const manifest = `<manifest identifier="M" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3" xmlns:imsss="http://www.imsglobal.org/xsd/imsss">
  <metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>
  <organizations default="ORG">
    <organization identifier="ORG">
      <title>Course</title>
      <item identifier="C1"><title>Module 1</title>
        <item identifier="A2" identifierref="R" parameters="?p=2"><title>Lesson 2</title></item>
        <item identifier="A3" identifierref="R" isvisible="false"><title>Lesson 3</title></item>
      </item>
      <item identifier="A4" identifierref="R"><title>Test</title>
        <imsss:sequencing><imsss:controlMode flow="true"/></imsss:sequencing>
      </item>
      <imsss:sequencing><imsss:controlMode choice="false" flow="true"/></imsss:sequencing>
    </organization>
    <organization identifier="OTHER"><title>Other</title><item identifier="B1" identifierref="R"><title>B</title></item></organization>
  </organizations>
  <resources><resource identifier="R" type="webcontent" adlcp:scormType="sco" href="sco/index.html"/></resources>
</manifest>`;

function parse() {
  const findings = new FindingList();
  const model = parseManifest(readXml(manifest, 'imsmanifest.xml', findings)!, 'imsmanifest.xml', findings);
  assert.equal(findings.hasErrors, false);
  return model;
}

function tree(organizationId?: string) {
  return buildActivityTree(parse(), organizationId)!;
}

test('the default organization is the root, its items the activities, in preorder', () => {
  const activities = tree().activities;
  assert.deepEqual(activities.map((a) => a.id), ['ORG', 'C1', 'A2', 'A3', 'A4']);
  assert.deepEqual(activities.map((a) => a.order), [0, 1, 2, 3, 4]);
  assert.deepEqual(activities.map((a) => a.depth), [0, 1, 2, 2, 1]);
});

test('another organization can be chosen by identifier; an unknown one gives no tree', () => {
  assert.deepEqual(tree('OTHER').activities.map((a) => a.id), ['OTHER', 'B1']);
  assert.equal(buildActivityTree(parse(), 'NOPE'), undefined);
});

test('leaves launch their resource with the item parameters; clusters launch nothing', () => {
  const t = tree();
  assert.equal(t.get('A2')!.launch!.url, 'sco/index.html?p=2');
  assert.equal(t.get('A4')!.launch!.url, 'sco/index.html');
  assert.equal(t.get('C1')!.launch, undefined);
  assert.equal(t.root.launch, undefined);
});

test('each activity carries its own sequencing definition and visibility', () => {
  const t = tree();
  assert.equal(t.root.sequencing.controlMode.choice, false);
  assert.equal(t.root.sequencing.controlMode.flow, true);
  assert.equal(t.get('A4')!.sequencing.controlMode.flow, true);
  assert.equal(t.get('C1')!.sequencing.controlMode.flow, false);
  assert.equal(t.get('A3')!.isVisible, false);
});

test('identifiers are looked up case-sensitively', () => {
  assert.equal(tree().get('a2'), undefined);
});

test('paths, ancestry and common ancestors follow the parent links', () => {
  const t = tree();
  const [a2, a3, a4, c1] = ['A2', 'A3', 'A4', 'C1'].map((id) => t.get(id)!);
  assert.deepEqual(pathFromRoot(a2!).map((a) => a.id), ['ORG', 'C1', 'A2']);
  assert.equal(isAncestorOrSelf(c1!, a2!), true);
  assert.equal(isAncestorOrSelf(a2!, c1!), false);
  assert.equal(isAncestorOrSelf(a2!, a2!), true);
  assert.equal(commonAncestor(a2!, a3!), c1);
  assert.equal(commonAncestor(a2!, a4!), t.root);
  assert.equal(commonAncestor(a2!, c1!), c1);
});

test('every item activity keeps its manifest item; the root, being the organization, has none', () => {
  const activities = tree();
  assert.equal(activities.root.item, undefined);
  assert.equal(activities.get('C1')!.item!.identifier, 'C1');
});

// SCORM 1.2 CAM §2.3.2.5: any item may reference a resource, children or not; 2004 only leaves.
test('a SCORM 1.2 item with children launches its own resource', () => {
  const findings = new FindingList();
  const model = parseManifest(readXml(`<manifest identifier="M12" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
      xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
    <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
    <organizations default="O"><organization identifier="O"><title>T</title>
      <item identifier="P" identifierref="R"><title>Parent</title>
        <item identifier="K" identifierref="R"><title>Kid</title></item>
      </item>
    </organization></organizations>
    <resources><resource identifier="R" type="webcontent" adlcp:scormtype="sco" href="a.html"/></resources>
  </manifest>`, 'imsmanifest.xml', findings)!, 'imsmanifest.xml', findings);
  const activities = buildActivityTree(model)!;
  assert.equal(activities.get('P')!.launch?.url, 'a.html');
  assert.equal(activities.get('K')!.launch?.url, 'a.html');
});

test('the tree carries its organization\'s adlseq:objectivesGlobalToSystem, true by default', () => {
  assert.equal(tree().objectivesGlobalToSystem, true);
  const findings = new FindingList();
  const scoped = manifest
    .replace('xmlns:imsss=', 'xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3" xmlns:imsss=')
    .replace('<organization identifier="ORG">', '<organization identifier="ORG" adlseq:objectivesGlobalToSystem="false">');
  const model = parseManifest(readXml(scoped, 'imsmanifest.xml', findings)!, 'imsmanifest.xml', findings);
  assert.equal(findings.hasErrors, false);
  assert.equal(buildActivityTree(model)!.objectivesGlobalToSystem, false);
});
