// CAM 4th ed. §5 <imsss:sequencingCollection> and IDRef.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FindingList } from '../../../../src/runtime/package/findings.js';
import { readSequencingCollection } from '../../../../src/runtime/package/sequencing/sequencing-parser.js';
import type { XmlElement } from '../../../../src/runtime/package/xml/xml-tree.js';
import { codes, parse, sequencing, xml } from './helpers.js';

function collectionOf(...entries: XmlElement[]): { collection: Map<string, XmlElement>; findings: FindingList } {
  const findings = new FindingList();
  const root = xml('imscp:manifest', {}, xml('imscp:organizations'), xml('imsss:sequencingCollection', {}, ...entries));
  return { collection: readSequencingCollection(root, findings), findings };
}

const rollupRule = xml(
  'imsss:rollupRule',
  { childActivitySet: 'none' },
  xml('imsss:rollupConditions', {}, xml('imsss:rollupCondition', { condition: 'satisfied' })),
  xml('imsss:rollupAction', { action: 'satisfied' }),
);

test('a manifest without sequencingCollection has an empty collection', () => {
  const findings = new FindingList();
  assert.equal(readSequencingCollection(xml('imscp:manifest'), findings).size, 0);
});

test('collection IDs and IDRefs are whitespace-collapsed (CM-08)', () => {
  const { collection } = collectionOf(sequencing({ ID: 'GeneralSequencing   ' }, xml('imsss:controlMode', { flow: 'true' })));
  assert.deepEqual([...collection.keys()], ['GeneralSequencing']);
  const { definition, findings } = parse(sequencing({ IDRef: '  GeneralSequencing  ' }), collection);
  assert.equal(definition.controlMode.flow, true);
  assert.deepEqual(findings, []);
});

test('the item takes each element it does not have from the collection', () => {
  const { collection } = collectionOf(
    sequencing({ ID: 'shared' }, xml('imsss:controlMode', { flow: 'true', choice: 'false' }), xml('imsss:limitConditions', { attemptLimit: '2' })),
  );
  const { definition } = parse(sequencing({ IDRef: 'shared' }, xml('imsss:deliveryControls', { tracked: 'false' })), collection);
  assert.equal(definition.controlMode.flow, true);
  assert.equal(definition.limitConditions.attemptLimit, 2);
  assert.equal(definition.deliveryControls.tracked, false);
});

test('an element on the item replaces the whole same element of the collection, attributes not merged', () => {
  const { collection } = collectionOf(sequencing({ ID: 'shared' }, xml('imsss:controlMode', { flow: 'true', choice: 'false' })));
  const { definition } = parse(sequencing({ IDRef: 'shared' }, xml('imsss:controlMode', { forwardOnly: 'true' })), collection);
  assert.deepEqual(
    [definition.controlMode.flow, definition.controlMode.choice, definition.controlMode.forwardOnly],
    [false, true, true],
  );
});

test('an empty element on the item replaces the collection\'s, leaving the defaults (RU-01ab)', () => {
  const { collection } = collectionOf(sequencing({ ID: 'shared' }, xml('imsss:rollupRules', { rollupObjectiveSatisfied: 'false' }, rollupRule)));
  const { definition } = parse(sequencing({ IDRef: 'shared' }, xml('imsss:rollupRules')), collection);
  assert.deepEqual(definition.rollupRules, { rollupObjectiveSatisfied: true, rollupProgressCompletion: true, objectiveMeasureWeight: 1, rules: [] });
});

test('a local attemptLimit overrides the collection\'s limitConditions (RU-07a)', () => {
  const { collection } = collectionOf(sequencing({ ID: 'shared' }, xml('imsss:limitConditions', { attemptLimit: '2' })));
  const { definition } = parse(sequencing({ IDRef: 'shared' }, xml('imsss:limitConditions', { attemptLimit: '1' })), collection);
  assert.equal(definition.limitConditions.attemptLimit, 1);
});

test('local sequencingRules replace the collection\'s rules entirely (SX-06)', () => {
  const rule = (actionName: string, condition: string) =>
    xml(
      'imsss:postConditionRule',
      {},
      xml('imsss:ruleConditions', {}, xml('imsss:ruleCondition', { condition })),
      xml('imsss:ruleAction', { action: actionName }),
    );
  const { collection } = collectionOf(sequencing({ ID: 'shared' }, xml('imsss:sequencingRules', {}, rule('exitAll', 'completed'))));
  const { definition } = parse(sequencing({ IDRef: 'shared' }, xml('imsss:sequencingRules', {}, rule('continue', 'completed'), rule('retry', 'attempted'))), collection);
  assert.deepEqual(definition.sequencingRules.postConditionRules.map((r) => r.action), ['continue', 'retry']);
});

test('imsss:objectives and adlseq:objectives are different elements: each is taken on its own', () => {
  const { collection } = collectionOf(
    sequencing(
      { ID: 'shared' },
      xml('imsss:objectives', {}, xml('imsss:primaryObjective', { objectiveID: 'from-collection' })),
      xml('adlseq:objectives', {}, xml('adlseq:objective', { objectiveID: 'local' }, xml('adlseq:mapInfo', { targetObjectiveID: 'g' }))),
    ),
  );
  const { definition, findings } = parse(
    sequencing({ IDRef: 'shared' }, xml('imsss:objectives', {}, xml('imsss:primaryObjective', { objectiveID: 'local' }))),
    collection,
  );
  assert.equal(definition.primaryObjective.objectiveID, 'local');
  assert.deepEqual(definition.primaryObjective.extendedMapInfo.map((map) => map.targetObjectiveID), ['g']);
  assert.deepEqual(findings, []);
});

test('findings about a collection element name the collection entry', () => {
  const { collection } = collectionOf(sequencing({ ID: 'shared' }, xml('imsss:controlMode', { flow: 'maybe' })));
  const { findings } = parse(sequencing({ IDRef: 'shared' }), collection);
  assert.equal(findings[0]?.path, 'manifest/sequencingCollection/sequencing[shared]/controlMode');
});

test('an IDRef to no collection entry is an error; the item\'s own elements are still read', () => {
  const { collection } = collectionOf(sequencing({ ID: 'shared' }));
  const { definition, findings } = parse(sequencing({ IDRef: 'Shared' }, xml('imsss:controlMode', { flow: 'true' })), collection);
  assert.equal(definition.controlMode.flow, true);
  assert.deepEqual(codes(findings), ['error sequencing.unknown-collection-ref']);
  assert.equal(findings[0]?.path, 'manifest/organizations/organization[O]/item[I]/sequencing');
});

test('a collection entry without ID, or with an ID already used, is a warning', () => {
  const { collection, findings } = collectionOf(
    sequencing({ ID: 'a' }, xml('imsss:controlMode', { flow: 'true' })),
    sequencing({ ID: ' a ' }),
    sequencing({}),
  );
  assert.deepEqual([...collection.keys()], ['a']);
  assert.equal(collection.get('a')?.children.length, 1);
  assert.deepEqual(codes(findings.findings), ['warning sequencing.duplicate-collection-id', 'warning sequencing.collection-entry-without-id']);
});

test('collection IDs like __proto__ are plain keys', () => {
  const { collection } = collectionOf(sequencing({ ID: '__proto__' }, xml('imsss:controlMode', { flow: 'true' })));
  assert.equal(parse(sequencing({ IDRef: '__proto__' }), collection).definition.controlMode.flow, true);
  assert.deepEqual(codes(parse(sequencing({ IDRef: 'constructor' }), collection).findings), ['error sequencing.unknown-collection-ref']);
});
