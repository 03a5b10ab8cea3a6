// CAM 4th ed. §5 <imsss:randomizationControls>; imsss_v1p0random.xsd.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codes, parseChildren, xml } from './helpers.js';

test('no randomizationControls: never select, never randomize, no selectCount', () => {
  const { definition } = parseChildren();
  assert.deepEqual(definition.randomizationControls, {
    randomizationTiming: 'never',
    selectCount: undefined,
    reorderChildren: false,
    selectionTiming: 'never',
  });
});

test('randomizationControls attributes are read', () => {
  const { definition, findings } = parseChildren(
    xml('imsss:randomizationControls', { randomizationTiming: 'onEachNewAttempt', selectCount: '3', reorderChildren: 'true', selectionTiming: 'once' }),
  );
  assert.deepEqual(definition.randomizationControls, {
    randomizationTiming: 'onEachNewAttempt',
    selectCount: 3,
    reorderChildren: true,
    selectionTiming: 'once',
  });
  assert.deepEqual(findings, []);
});

test('an invalid timing or selectCount is a warning and the default is used', () => {
  const { definition, findings } = parseChildren(xml('imsss:randomizationControls', { selectionTiming: 'always', selectCount: 'two' }));
  assert.equal(definition.randomizationControls.selectionTiming, 'never');
  assert.equal(definition.randomizationControls.selectCount, undefined);
  assert.deepEqual(codes(findings), ['warning sequencing.invalid-number', 'warning sequencing.invalid-token']);
});
