// CAM 4th ed. §5 <imsss:objectives> and <adlseq:objectives>; imsss_v1p0objective.xsd, adlseq_v1p3.xsd.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codes, parseChildren, xml } from './helpers.js';

test('without objectives the activity has a primary objective with no ID, satisfiedByMeasure false, minimum 1', () => {
  const { definition } = parseChildren();
  assert.deepEqual(definition.primaryObjective, {
    objectiveID: undefined,
    satisfiedByMeasure: false,
    minNormalizedMeasure: 1,
    mapInfo: [],
    extendedMapInfo: [],
  });
  assert.deepEqual(definition.objectives, []);
});

test('primaryObjective and objectives are read with satisfiedByMeasure and minNormalizedMeasure (CM-01 style)', () => {
  const { definition, findings } = parseChildren(
    xml(
      'imsss:objectives',
      {},
      xml('imsss:primaryObjective', { objectiveID: 'PRIMARYOBJ', satisfiedByMeasure: 'true' }, xml('imsss:minNormalizedMeasure', {}, ' 0.8 ')),
      xml('imsss:objective', { objectiveID: 'obj1' }),
      xml('imsss:objective', { objectiveID: 'Obj1' }),
    ),
  );
  assert.equal(definition.primaryObjective.objectiveID, 'PRIMARYOBJ');
  assert.equal(definition.primaryObjective.satisfiedByMeasure, true);
  assert.equal(definition.primaryObjective.minNormalizedMeasure, 0.8);
  // objectiveIDs are case-sensitive (OB-01a).
  assert.deepEqual(definition.objectives.map((objective) => [objective.objectiveID, objective.minNormalizedMeasure]), [
    ['obj1', 1],
    ['Obj1', 1],
  ]);
  assert.deepEqual(findings, []);
});

test('an empty minNormalizedMeasure takes the XSD element default, 1.0', () => {
  const { definition, findings } = parseChildren(
    xml('imsss:objectives', {}, xml('imsss:primaryObjective', {}, xml('imsss:minNormalizedMeasure'))),
  );
  assert.equal(definition.primaryObjective.minNormalizedMeasure, 1);
  assert.deepEqual(findings, []);
});

test('a minNormalizedMeasure outside [-1, 1] is a warning and 1.0 is used', () => {
  const { definition, findings } = parseChildren(
    xml('imsss:objectives', {}, xml('imsss:primaryObjective', {}, xml('imsss:minNormalizedMeasure', {}, '80'))),
  );
  assert.equal(definition.primaryObjective.minNormalizedMeasure, 1);
  assert.deepEqual(codes(findings), ['warning sequencing.out-of-range']);
  assert.match(findings[0]?.message ?? '', /<imsss:minNormalizedMeasure>80<\/imsss:minNormalizedMeasure>/);
});

test('mapInfo reads satisfied status and measure, writes neither, by default', () => {
  const { definition } = parseChildren(
    xml('imsss:objectives', {}, xml('imsss:primaryObjective', {}, xml('imsss:mapInfo', { targetObjectiveID: 'gObj' }))),
  );
  assert.deepEqual(definition.primaryObjective.mapInfo, [
    { targetObjectiveID: 'gObj', readSatisfiedStatus: true, readNormalizedMeasure: true, writeSatisfiedStatus: false, writeNormalizedMeasure: false },
  ]);
});

test('mapInfo flags are read', () => {
  const { definition } = parseChildren(
    xml(
      'imsss:objectives',
      {},
      xml('imsss:primaryObjective', {}),
      xml(
        'imsss:objective',
        { objectiveID: 'o' },
        xml('imsss:mapInfo', { targetObjectiveID: 'g1', readSatisfiedStatus: 'false', writeSatisfiedStatus: 'true' }),
        xml('imsss:mapInfo', { targetObjectiveID: 'g2', readNormalizedMeasure: 'false', writeNormalizedMeasure: 'true' }),
      ),
    ),
  );
  assert.deepEqual(definition.objectives[0]?.mapInfo, [
    { targetObjectiveID: 'g1', readSatisfiedStatus: false, readNormalizedMeasure: true, writeSatisfiedStatus: true, writeNormalizedMeasure: false },
    { targetObjectiveID: 'g2', readSatisfiedStatus: true, readNormalizedMeasure: false, writeSatisfiedStatus: false, writeNormalizedMeasure: true },
  ]);
});

test('a mapInfo without targetObjectiveID is left out, an error', () => {
  const { definition, findings } = parseChildren(
    xml('imsss:objectives', {}, xml('imsss:primaryObjective', {}, xml('imsss:mapInfo', { writeSatisfiedStatus: 'true' }))),
  );
  assert.deepEqual(definition.primaryObjective.mapInfo, []);
  assert.deepEqual(codes(findings), ['error sequencing.missing-part']);
});

test('an objective without objectiveID is left out, an error', () => {
  const { definition, findings } = parseChildren(
    xml('imsss:objectives', {}, xml('imsss:primaryObjective', {}), xml('imsss:objective', { objectiveID: '  ' })),
  );
  assert.deepEqual(definition.objectives, []);
  assert.deepEqual(codes(findings), ['error sequencing.missing-part']);
});

test('a second objective with the same objectiveID is left out with a warning', () => {
  const { definition, findings } = parseChildren(
    xml(
      'imsss:objectives',
      {},
      xml('imsss:primaryObjective', { objectiveID: 'a' }),
      xml('imsss:objective', { objectiveID: 'a' }),
      xml('imsss:objective', { objectiveID: 'b' }),
    ),
  );
  assert.deepEqual(definition.objectives.map((objective) => objective.objectiveID), ['b']);
  assert.deepEqual(codes(findings), ['warning sequencing.duplicate-objective-id']);
});

test('objectives without a primaryObjective is a warning; the defaults stand in', () => {
  const { definition, findings } = parseChildren(xml('imsss:objectives', {}, xml('imsss:objective', { objectiveID: 'a' })));
  assert.equal(definition.primaryObjective.objectiveID, undefined);
  assert.deepEqual(definition.objectives.map((objective) => objective.objectiveID), ['a']);
  assert.deepEqual(codes(findings), ['warning sequencing.missing-primary-objective']);
});

test('adlseq:objectives add extended maps to the imsss objective of the same objectiveID, defaults read all, write none', () => {
  const { definition, findings } = parseChildren(
    xml('imsss:objectives', {}, xml('imsss:primaryObjective', { objectiveID: 'PRIMARYOBJ_1' }), xml('imsss:objective', { objectiveID: 'other' })),
    xml(
      'adlseq:objectives',
      {},
      xml('adlseq:objective', { objectiveID: 'PRIMARYOBJ_1' }, xml('adlseq:mapInfo', { targetObjectiveID: 'gObj-CO01', writeCompletionStatus: 'true' })),
    ),
  );
  assert.deepEqual(definition.primaryObjective.extendedMapInfo, [
    {
      targetObjectiveID: 'gObj-CO01',
      readRawScore: true,
      readMinScore: true,
      readMaxScore: true,
      readCompletionStatus: true,
      readProgressMeasure: true,
      writeRawScore: false,
      writeMinScore: false,
      writeMaxScore: false,
      writeCompletionStatus: true,
      writeProgressMeasure: false,
    },
  ]);
  assert.deepEqual(definition.objectives[0]?.extendedMapInfo, []);
  assert.deepEqual(findings, []);
});

test('every extended map flag is read (SX-11a style)', () => {
  const { definition } = parseChildren(
    xml('imsss:objectives', {}, xml('imsss:primaryObjective', {}), xml('imsss:objective', { objectiveID: 'o' })),
    xml(
      'adlseq:objectives',
      {},
      xml(
        'adlseq:objective',
        { objectiveID: 'o' },
        xml('adlseq:mapInfo', {
          targetObjectiveID: 'g',
          readRawScore: 'false',
          readMinScore: 'false',
          readMaxScore: 'false',
          readCompletionStatus: 'false',
          readProgressMeasure: 'false',
          writeRawScore: 'true',
          writeMinScore: 'true',
          writeMaxScore: 'true',
          writeCompletionStatus: 'true',
          writeProgressMeasure: 'true',
        }),
      ),
    ),
  );
  const [map] = definition.objectives[0]?.extendedMapInfo ?? [];
  assert.deepEqual(
    Object.entries(map ?? {}).filter(([name]) => name !== 'targetObjectiveID').map(([name, value]) => [name.startsWith('write'), value]),
    [...Array(5).fill([false, false]), ...Array(5).fill([true, true])],
  );
});

test('an adlseq:objective that matches no imsss objective is ignored with a warning', () => {
  const { definition, findings } = parseChildren(
    xml('imsss:objectives', {}, xml('imsss:primaryObjective', {})),
    xml('adlseq:objectives', {}, xml('adlseq:objective', { objectiveID: 'ghost' }, xml('adlseq:mapInfo', { targetObjectiveID: 'g' }))),
  );
  assert.deepEqual(definition.primaryObjective.extendedMapInfo, []);
  assert.deepEqual(codes(findings), ['warning sequencing.unmatched-extended-objective']);
});

test('objective identifiers decode %20 and collapse whitespace, as ADL matches them (OB-02a, OB-12a)', () => {
  const { definition, findings } = parseChildren(
    xml(
      'imsss:sequencingRules',
      {},
      xml(
        'imsss:preConditionRule',
        {},
        xml('imsss:ruleConditions', {}, xml('imsss:ruleCondition', { condition: 'satisfied', referencedObjective: '  %20obj%20%201%20  ' })),
        xml('imsss:ruleAction', { action: 'skip' }),
      ),
    ),
    xml(
      'imsss:objectives',
      {},
      xml('imsss:primaryObjective', {}),
      xml('imsss:objective', { objectiveID: 'obj%201' }, xml('imsss:mapInfo', { targetObjectiveID: '       gObj%20%20-%20%20OB%2002%20b' })),
    ),
  );
  assert.equal(definition.objectives[0]?.objectiveID, 'obj 1');
  assert.equal(definition.objectives[0]?.mapInfo[0]?.targetObjectiveID, 'gObj - OB 02 b');
  assert.equal(definition.sequencingRules.preConditionRules[0]?.conditions[0]?.referencedObjective, 'obj 1');
  assert.deepEqual(findings, []);
});
