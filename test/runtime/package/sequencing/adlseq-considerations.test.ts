// CAM 4th ed. §5 <adlseq:constrainedChoiceConsiderations>, <adlseq:rollupConsiderations>; adlseq_v1p3.xsd.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codes, parseChildren, xml } from './helpers.js';

test('no considerations: nothing constrained, every child required always, measure satisfies while active', () => {
  const { definition } = parseChildren();
  assert.deepEqual(definition.constrainedChoiceConsiderations, { preventActivation: false, constrainChoice: false });
  assert.deepEqual(definition.rollupConsiderations, {
    requiredForSatisfied: 'always',
    requiredForNotSatisfied: 'always',
    requiredForCompleted: 'always',
    requiredForIncomplete: 'always',
    measureSatisfactionIfActive: true,
  });
});

test('constrainedChoiceConsiderations attributes are read (CM-16: constrainChoice)', () => {
  const { definition } = parseChildren(xml('adlseq:constrainedChoiceConsiderations', { constrainChoice: 'true', preventActivation: 'true' }));
  assert.deepEqual(definition.constrainedChoiceConsiderations, { preventActivation: true, constrainChoice: true });
});

test('rollupConsiderations attributes are read (RU-07a style)', () => {
  const { definition, findings } = parseChildren(
    xml('adlseq:rollupConsiderations', {
      requiredForSatisfied: 'ifNotSkipped',
      requiredForNotSatisfied: 'ifAttempted',
      requiredForCompleted: 'ifNotSuspended',
      requiredForIncomplete: 'ifAttempted',
      measureSatisfactionIfActive: 'false',
    }),
  );
  assert.deepEqual(definition.rollupConsiderations, {
    requiredForSatisfied: 'ifNotSkipped',
    requiredForNotSatisfied: 'ifAttempted',
    requiredForCompleted: 'ifNotSuspended',
    requiredForIncomplete: 'ifAttempted',
    measureSatisfactionIfActive: false,
  });
  assert.deepEqual(findings, []);
});

test('a rollup consideration outside the vocabulary is a warning and always is used', () => {
  const { definition, findings } = parseChildren(xml('adlseq:rollupConsiderations', { requiredForCompleted: 'never' }));
  assert.equal(definition.rollupConsiderations.requiredForCompleted, 'always');
  assert.deepEqual(codes(findings), ['warning sequencing.invalid-token']);
});

test('the considerations in the imsss namespace are not ADL\'s: a warning, ignored', () => {
  const { definition, findings } = parseChildren(xml('imsss:constrainedChoiceConsiderations', { constrainChoice: 'true' }));
  assert.equal(definition.constrainedChoiceConsiderations.constrainChoice, false);
  assert.deepEqual(codes(findings), ['warning sequencing.unknown-element']);
});
