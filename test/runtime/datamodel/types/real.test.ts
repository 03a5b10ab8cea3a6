// SCORM 2004 4th ed. RTE §4.1.1.5 real(10,7); DMI vectors and ADL's Double.parseDouble forms.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseReal } from '../../../../src/runtime/datamodel/types/real.js';

test('decimal numbers parse to their value, at any precision (DMI)', () => {
  const vectors: [string, number][] = [
    ['7', 7],
    ['0', 0],
    ['-1.0', -1],
    ['0.12345', 0.12345],
    ['-0.23100', -0.231],
    ['-3500.043', -3500.043],
    ['7.000099999887765544', 7.000099999887765544],
  ];
  for (const [s, value] of vectors) assert.equal(parseReal(s), value, s);
});

test('a leading +, a bare fraction, a bare point and an exponent parse, as in ADL', () => {
  const vectors: [string, number][] = [
    ['+5', 5],
    ['.5', 0.5],
    ['-.5', -0.5],
    ['5.', 5],
    ['1e-7', 1e-7],
    ['-1.5E+3', -1500],
  ];
  for (const [s, value] of vectors) assert.equal(parseReal(s), value, s);
});

test('non-numbers, grouped digits and Java-only forms are not reals', () => {
  const invalid = [
    'invalid', '100,000.00', '34,000.00', '3.1456200.045', '4000.003a', '', ' 5', '5 ', '.', '-', 'e5', '1e',
    'NaN', 'Infinity', '0x10', '1.5d', '1e999', '1_000',
  ];
  for (const s of invalid) assert.equal(parseReal(s), undefined, JSON.stringify(s));
});
