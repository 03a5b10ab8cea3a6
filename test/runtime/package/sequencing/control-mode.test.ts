// CAM 4th ed. §5 <imsss:controlMode>; defaults from imsss_v1p0control.xsd.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codes, parseChildren, xml } from './helpers.js';

test('an absent controlMode gives choice, choiceExit and both useCurrentAttempt* true, flow and forwardOnly false', () => {
  const { definition, findings } = parseChildren();
  assert.deepEqual(definition.controlMode, {
    choice: true,
    choiceExit: true,
    flow: false,
    forwardOnly: false,
    useCurrentAttemptObjectiveInfo: true,
    useCurrentAttemptProgressInfo: true,
  });
  assert.deepEqual(findings, []);
});

test('an empty controlMode gives the same defaults', () => {
  const { definition } = parseChildren(xml('imsss:controlMode'));
  assert.equal(definition.controlMode.choice, true);
  assert.equal(definition.controlMode.flow, false);
});

test('each controlMode attribute is read', () => {
  const { definition } = parseChildren(
    xml('imsss:controlMode', {
      choice: 'false',
      choiceExit: 'false',
      flow: 'true',
      forwardOnly: 'true',
      useCurrentAttemptObjectiveInfo: 'false',
      useCurrentAttemptProgressInfo: 'false',
    }),
  );
  assert.deepEqual(definition.controlMode, {
    choice: false,
    choiceExit: false,
    flow: true,
    forwardOnly: true,
    useCurrentAttemptObjectiveInfo: false,
    useCurrentAttemptProgressInfo: false,
  });
});

test('xs:boolean also takes 1 and 0, and surrounding whitespace', () => {
  const { definition, findings } = parseChildren(xml('imsss:controlMode', { choice: '0', flow: ' 1 ' }));
  assert.equal(definition.controlMode.choice, false);
  assert.equal(definition.controlMode.flow, true);
  assert.deepEqual(findings, []);
});

test('a value that is not a boolean is a warning and the default is used', () => {
  const { definition, findings } = parseChildren(xml('imsss:controlMode', { flow: 'yes', choice: 'False' }));
  assert.equal(definition.controlMode.flow, false);
  assert.equal(definition.controlMode.choice, true);
  assert.deepEqual(codes(findings), ['warning sequencing.invalid-boolean', 'warning sequencing.invalid-boolean']);
  assert.match(findings.map((finding) => finding.message).join('\n'), /choice="False"/);
  assert.equal(findings[0]?.path, 'manifest/organizations/organization[O]/item[I]/sequencing/controlMode');
});
