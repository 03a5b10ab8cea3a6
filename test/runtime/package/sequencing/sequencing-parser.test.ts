// CAM 4th ed. §5 <imsss:sequencing>: the whole definition.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_SEQUENCING } from '../../../../src/runtime/package/sequencing/model.js';
import { codes, parse, parseChildren, sequencing, xml } from './helpers.js';

test('an activity without sequencing has the default definition and no findings', () => {
  const { definition, findings } = parse(undefined);
  assert.equal(definition, DEFAULT_SEQUENCING);
  assert.deepEqual(findings, []);
});

test('an empty sequencing element gives the same values as none', () => {
  assert.deepEqual(parse(sequencing({})).definition, DEFAULT_SEQUENCING);
});

test('the default definition cannot be changed by a consumer', () => {
  const { definition } = parse(undefined);
  assert.throws(() => {
    (definition.controlMode as { flow: boolean }).flow = true;
  }, TypeError);
});

test('an imsss or adlseq element that has no place in sequencing is a warning', () => {
  const { findings } = parseChildren(xml('imsss:presentation', {}, xml('imsss:window', { width: '1024' })), xml('adlseq:data'));
  assert.deepEqual(codes(findings), ['warning sequencing.unknown-element', 'warning sequencing.unknown-element']);
});

test('elements of other namespaces (the XSD\'s ##other) and auxiliaryResources are ignored silently', () => {
  const { definition, findings } = parseChildren(
    xml('other:extension', { flow: 'true' }),
    xml('imsss:auxiliaryResources', {}, xml('imsss:auxiliaryResource', { auxiliaryResourceID: 'r', purpose: 'help' })),
  );
  assert.deepEqual(definition, DEFAULT_SEQUENCING);
  assert.deepEqual(findings, []);
});

test('an element in no namespace is not a sequencing element', () => {
  const { definition } = parseChildren(xml(':controlMode', { flow: 'true' }));
  assert.equal(definition.controlMode.flow, false);
});

test('findings carry the element\'s line', () => {
  const controlMode = { ...xml('imsss:controlMode', { flow: 'x' }), line: 42 };
  assert.equal(parseChildren(controlMode).findings[0]?.line, 42);
});
