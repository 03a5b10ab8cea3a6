// The sequencing of every organization and item of ADL's CTS 4th ed. manifests and the golf
// sequencing packages parses with no error finding; a few values checked against the XML by hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FindingList, type Finding } from '../../../../src/runtime/package/findings.js';
import { IMSCP, IMSSS } from '../../../../src/runtime/package/namespaces.js';
import { parseGlobalToSystem } from '../../../../src/runtime/package/sequencing/global-to-system.js';
import type { GlobalToSystem, SequencingDefinition } from '../../../../src/runtime/package/sequencing/model.js';
import { parseSequencing, readSequencingCollection } from '../../../../src/runtime/package/sequencing/sequencing-parser.js';
import { readXml } from '../../../../src/runtime/package/xml/xml-reader.js';
import { attributeValue, childElement, childElements, type XmlElement } from '../../../../src/runtime/package/xml/xml-tree.js';

const corpus = resolve(process.cwd(), '../shared/corpus');
const ctsManifests = join(corpus, 'adl-cts-2004-4ed/manifests');
const golf = join(corpus, 'golf');
const skip = existsSync(ctsManifests) && existsSync(golf) ? false : `corpus not found at ${corpus}`;

interface ParsedManifest {
  /** Each organization's and item's definition by (trimmed) identifier. */
  readonly activities: Map<string, SequencingDefinition>;
  readonly organizations: Map<string, GlobalToSystem>;
  readonly findings: readonly Finding[];
}

function parseManifestSequencing(file: string): ParsedManifest {
  const findings = new FindingList();
  const root = readXml(readFileSync(file, 'utf8'), 'imsmanifest.xml', findings);
  assert.ok(root, `${file} does not parse`);
  const collection = readSequencingCollection(root, findings);
  const activities = new Map<string, SequencingDefinition>();
  const organizations = new Map<string, GlobalToSystem>();
  const visit = (activity: XmlElement, path: string): void => {
    const id = (attributeValue(activity, 'identifier') ?? '').trim();
    const activityPath = `${path}/${activity.localName}[${id}]`;
    activities.set(id, parseSequencing(childElement(activity, IMSSS, 'sequencing'), collection, { path: activityPath, findings }, id));
    for (const item of childElements(activity, IMSCP, 'item')) visit(item, activityPath);
  };
  for (const organization of childElements(childElement(root, IMSCP, 'organizations') ?? root, IMSCP, 'organization')) {
    const id = (attributeValue(organization, 'identifier') ?? '').trim();
    organizations.set(id, parseGlobalToSystem(organization, { path: `manifest/organizations/organization[${id}]`, findings }));
    visit(organization, 'manifest/organizations');
  }
  return { activities, organizations, findings: findings.findings };
}

const cts = (id: string): ParsedManifest => parseManifestSequencing(join(ctsManifests, `LMSTestPackage_${id}.imsmanifest.xml`));

function activity(manifest: ParsedManifest, id: string): SequencingDefinition {
  const definition = manifest.activities.get(id);
  assert.ok(definition, `no activity ${id}`);
  return definition;
}

test('every CTS manifest\'s sequencing parses with no error finding', { skip }, () => {
  const files = readdirSync(ctsManifests).filter((name) => name.endsWith('.xml'));
  assert.ok(files.length > 100);
  let activities = 0;
  for (const name of files) {
    const parsed = parseManifestSequencing(join(ctsManifests, name));
    activities += parsed.activities.size;
    assert.deepEqual(parsed.findings.filter((finding) => finding.severity === 'error'), [], name);
  }
  assert.ok(activities > 1000, `only ${activities} activities`);
});

test('every golf package\'s sequencing parses with no error finding', { skip }, () => {
  for (const name of readdirSync(golf).filter((entry) => entry.includes('SCORM2004'))) {
    const parsed = parseManifestSequencing(join(golf, name, 'imsmanifest.xml'));
    assert.deepEqual(parsed.findings.filter((finding) => finding.severity === 'error'), [], name);
  }
});

test('the CTS sequencing manifests give no warning either', { skip }, () => {
  for (const name of readdirSync(ctsManifests).filter((entry) => entry.endsWith('.xml'))) {
    assert.deepEqual(parseManifestSequencing(join(ctsManifests, name)).findings, [], name);
  }
});

test('CM-01: root flow without choice, duration limits and satisfiedByMeasure thresholds', { skip }, () => {
  const manifest = cts('CM-01');
  assert.deepEqual([activity(manifest, 'CM-01').controlMode.flow, activity(manifest, 'CM-01').controlMode.choice], [true, false]);
  assert.equal(activity(manifest, 'activity_1').limitConditions.attemptAbsoluteDurationLimit, 'P5Y6M4DT12H30M58S');
  assert.equal(activity(manifest, 'activity_1').primaryObjective.satisfiedByMeasure, false);
  assert.deepEqual(
    [activity(manifest, 'activity_2').primaryObjective.satisfiedByMeasure, activity(manifest, 'activity_2').primaryObjective.minNormalizedMeasure],
    [true, 0.8],
  );
  assert.equal(activity(manifest, 'activity_3').limitConditions.attemptAbsoluteDurationLimit, 'P5Y6M4DT12H30M58.55S');
  assert.equal(activity(manifest, 'activity_3').primaryObjective.minNormalizedMeasure, 0.7);
});

test('CM-08: padded ID and IDRefs resolve to the collection\'s flow; activity_1 keeps its exitAll rule', { skip }, () => {
  const manifest = cts('CM-08');
  assert.equal(activity(manifest, 'CM-08').controlMode.flow, true);
  assert.equal(activity(manifest, 'activity_1').controlMode.flow, true);
  assert.deepEqual(activity(manifest, 'activity_1').sequencingRules.postConditionRules.map((rule) => [rule.conditions[0]?.condition, rule.action]), [
    ['always', 'exitAll'],
  ]);
});

test('RU-01ab: the cluster\'s own empty rollupRules replaces the collection\'s', { skip }, () => {
  const cluster = activity(cts('RU-01ab'), 'activity_2');
  assert.deepEqual(cluster.rollupRules.rules, []);
  assert.equal(cluster.controlMode.flow, true);
  assert.deepEqual(cluster.sequencingRules.exitConditionRules.map((rule) => rule.action), ['exit']);
  assert.deepEqual(cluster.sequencingRules.postConditionRules.map((rule) => rule.action), ['previous']);
});

test('RU-07a: attemptLimit 1 overrides the collection\'s 2; rollup settings of activity_3 and activity_4', { skip }, () => {
  const manifest = cts('RU-07a');
  const third = activity(manifest, 'activity_3');
  assert.equal(third.limitConditions.attemptLimit, 1);
  assert.equal(third.rollupRules.rollupProgressCompletion, false);
  assert.deepEqual(third.sequencingRules.preConditionRules.map((rule) => [rule.conditions[0]?.condition, rule.action]), [['attemptLimitExceeded', 'skip']]);
  assert.deepEqual(
    [third.rollupConsiderations.requiredForSatisfied, third.rollupConsiderations.requiredForNotSatisfied, third.rollupConsiderations.requiredForCompleted],
    ['ifNotSkipped', 'ifNotSkipped', 'always'],
  );
  const fourth = activity(manifest, 'activity_4').rollupConsiderations;
  assert.deepEqual([fourth.requiredForCompleted, fourth.requiredForIncomplete], ['ifAttempted', 'always']);
  const cluster = activity(manifest, 'activity_2').sequencingRules.postConditionRules[0]?.conditions[0];
  assert.deepEqual(cluster, { condition: 'satisfied', operator: 'not', referencedObjective: undefined, measureThreshold: 0 });
});

test('CO-01: extended maps write and read completion through gObj-CO01', { skip }, () => {
  const manifest = cts('CO-01');
  const writer = activity(manifest, 'activity_1').primaryObjective;
  assert.equal(writer.objectiveID, 'PRIMARYOBJ_1');
  assert.deepEqual(writer.extendedMapInfo.map((map) => [map.targetObjectiveID, map.writeCompletionStatus, map.readCompletionStatus]), [['gObj-CO01', true, true]]);
  const reader = activity(manifest, 'activity_2').primaryObjective;
  assert.deepEqual(reader.extendedMapInfo.map((map) => [map.targetObjectiveID, map.writeCompletionStatus]), [['gObj-CO01', false]]);
});

test('SX-11a: extended map flags on a non-primary objective', { skip }, () => {
  const manifest = cts('SX-11a');
  const [writes] = activity(manifest, 'activity_1').objectives[0]?.extendedMapInfo ?? [];
  assert.deepEqual([writes?.writeRawScore, writes?.writeMinScore, writes?.writeMaxScore, writes?.writeCompletionStatus, writes?.writeProgressMeasure], [true, true, true, true, true]);
  const [reads] = activity(manifest, 'activity_2').objectives[0]?.extendedMapInfo ?? [];
  assert.deepEqual([reads?.readRawScore, reads?.readMinScore, reads?.readMaxScore, reads?.readCompletionStatus, reads?.readProgressMeasure], [true, true, false, false, false]);
});

test('OB-12a and OB-11a: objective IDs with %20 and padding match as ADL matches them', { skip }, () => {
  const rule = activity(cts('OB-12a'), 'activity_2').sequencingRules.postConditionRules[0];
  assert.deepEqual(rule?.conditions.map((condition) => condition.referencedObjective), ['ob j 1', 'ob j 1']);
  assert.equal(activity(cts('OB-12a'), 'activity_2').objectives[0]?.objectiveID, 'ob j 1');
  const extended = activity(cts('OB-11a'), 'activity_1').objectives[0]?.extendedMapInfo;
  assert.deepEqual(extended?.map((map) => map.targetObjectiveID), ['gAdlObj - OB11a']);
});

test('OB-03b and DDMb: objectives and shared data local to the organization', { skip }, () => {
  assert.equal(cts('OB-03b').organizations.get('OB-03b')?.objectivesGlobalToSystem, false);
  assert.deepEqual(cts('DDMb').organizations.get('DDMb'), { objectivesGlobalToSystem: true, sharedDataGlobalToSystem: false });
});

test('golf SequencingRandomTest: the post test reorders its children on each new attempt', { skip }, () => {
  const manifest = parseManifestSequencing(join(golf, 'SequencingRandomTest_SCORM20043rdEdition/imsmanifest.xml'));
  const randomized = [...manifest.activities.values()].filter((definition) => definition.randomizationControls.reorderChildren);
  assert.equal(randomized.length, 1);
  assert.deepEqual(randomized[0]?.randomizationControls, {
    randomizationTiming: 'onEachNewAttempt',
    selectCount: undefined,
    reorderChildren: true,
    selectionTiming: 'never',
  });
  assert.deepEqual(randomized[0]?.primaryObjective.mapInfo.map((map) => [map.readSatisfiedStatus, map.readNormalizedMeasure]), [[false, true]]);
});
