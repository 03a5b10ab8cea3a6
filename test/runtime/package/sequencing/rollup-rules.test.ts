// CAM 4th ed. §5 <imsss:rollupRules>; imsss_v1p0rollup.xsd.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { XmlElement } from '../../../../src/runtime/package/xml/xml-tree.js';
import { codes, parseChildren, xml } from './helpers.js';

const rule = (attributes: Record<string, string>, conditionsAttributes: Record<string, string>, conditions: string[], actionName: string): XmlElement =>
  xml(
    'imsss:rollupRule',
    attributes,
    xml('imsss:rollupConditions', conditionsAttributes, ...conditions.map((condition) => xml('imsss:rollupCondition', { condition }))),
    xml('imsss:rollupAction', { action: actionName }),
  );

test('no rollupRules: objective and progress rolled up, measure weight 1, no rules', () => {
  const { definition } = parseChildren();
  assert.deepEqual(definition.rollupRules, {
    rollupObjectiveSatisfied: true,
    rollupProgressCompletion: true,
    objectiveMeasureWeight: 1,
    rules: [],
  });
});

test('a rollup rule defaults to childActivitySet all, minimumCount 0, minimumPercent 0, combination any', () => {
  const { definition, findings } = parseChildren(xml('imsss:rollupRules', {}, rule({}, {}, ['satisfied'], 'satisfied')));
  assert.deepEqual(definition.rollupRules.rules, [
    {
      childActivitySet: 'all',
      minimumCount: 0,
      minimumPercent: 0,
      conditionCombination: 'any',
      conditions: [{ condition: 'satisfied', operator: 'noOp' }],
      action: 'satisfied',
    },
  ]);
  assert.deepEqual(findings, []);
});

test('rollupRules attributes and rule attributes are read (RU-04aa style: atLeastPercent 0.5)', () => {
  const { definition, findings } = parseChildren(
    xml(
      'imsss:rollupRules',
      { rollupObjectiveSatisfied: 'false', rollupProgressCompletion: 'false', objectiveMeasureWeight: '0.75' },
      rule({ childActivitySet: 'atLeastPercent', minimumPercent: '0.5' }, { conditionCombination: 'all' }, ['satisfied', 'objectiveMeasureKnown'], 'completed'),
      rule({ childActivitySet: 'atLeastCount', minimumCount: '2' }, {}, ['attempted'], 'incomplete'),
    ),
  );
  const rollup = definition.rollupRules;
  assert.equal(rollup.rollupObjectiveSatisfied, false);
  assert.equal(rollup.rollupProgressCompletion, false);
  assert.equal(rollup.objectiveMeasureWeight, 0.75);
  assert.deepEqual(rollup.rules.map((r) => [r.childActivitySet, r.minimumCount, r.minimumPercent, r.conditionCombination, r.action]), [
    ['atLeastPercent', 0, 0.5, 'all', 'completed'],
    ['atLeastCount', 2, 0, 'any', 'incomplete'],
  ]);
  assert.deepEqual(findings, []);
});

test('a rollup condition with operator not is read', () => {
  const { definition } = parseChildren(
    xml(
      'imsss:rollupRules',
      {},
      xml(
        'imsss:rollupRule',
        {},
        xml('imsss:rollupConditions', {}, xml('imsss:rollupCondition', { condition: 'satisfied', operator: 'not' })),
        xml('imsss:rollupAction', { action: 'notSatisfied' }),
      ),
    ),
  );
  assert.deepEqual(definition.rollupRules.rules[0]?.conditions, [{ condition: 'satisfied', operator: 'not' }]);
});

test('a sequencing-only condition (always) leaves the rollup rule out, an error', () => {
  const { definition, findings } = parseChildren(xml('imsss:rollupRules', {}, rule({}, {}, ['always'], 'satisfied')));
  assert.deepEqual(definition.rollupRules.rules, []);
  assert.deepEqual(codes(findings), ['error sequencing.invalid-token']);
});

test('a rollup rule without rollupAction is left out, an error', () => {
  const { definition, findings } = parseChildren(
    xml('imsss:rollupRules', {}, xml('imsss:rollupRule', {}, xml('imsss:rollupConditions', {}, xml('imsss:rollupCondition', { condition: 'completed' })))),
  );
  assert.deepEqual(definition.rollupRules.rules, []);
  assert.deepEqual(codes(findings), ['error sequencing.missing-part']);
});

test('an objectiveMeasureWeight or minimumPercent outside [0, 1] is a warning and the default is used', () => {
  const { definition, findings } = parseChildren(
    xml('imsss:rollupRules', { objectiveMeasureWeight: '-0.5' }, rule({ minimumPercent: '50' }, {}, ['completed'], 'completed')),
  );
  assert.equal(definition.rollupRules.objectiveMeasureWeight, 1);
  assert.equal(definition.rollupRules.rules[0]?.minimumPercent, 0);
  assert.deepEqual(codes(findings), ['warning sequencing.out-of-range', 'warning sequencing.out-of-range']);
});

test('an invalid childActivitySet or minimumCount is a warning and the default is used', () => {
  const { definition, findings } = parseChildren(
    xml('imsss:rollupRules', {}, rule({ childActivitySet: 'most', minimumCount: '1.5' }, {}, ['completed'], 'completed')),
  );
  assert.equal(definition.rollupRules.rules[0]?.childActivitySet, 'all');
  assert.equal(definition.rollupRules.rules[0]?.minimumCount, 0);
  assert.deepEqual(codes(findings), ['warning sequencing.invalid-token', 'warning sequencing.invalid-number']);
});
