import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeIso88591, parseProperties, PropertiesSyntaxError } from '../../../src/harness/cts/properties.js';

test('key and value split at "=", ":" or whitespace, with the whitespace around the separator dropped', () => {
  const entries = parseProperties('a=1\nb : 2\nc   3\nd=\ne\n  f = x = y ');
  assert.deepEqual([...entries], [['a', '1'], ['b', '2'], ['c', '3'], ['d', ''], ['e', ''], ['f', 'x = y ']]);
});

test('comment lines start with # or ! after optional whitespace; blank lines are skipped', () => {
  const entries = parseProperties('# one\n   ! two\n\n \t\nkey=value # not a comment');
  assert.deepEqual([...entries], [['key', 'value # not a comment']]);
});

test('a trailing backslash continues the line and the next line loses its leading whitespace', () => {
  const entries = parseProperties('text=first \\\n      second \\\n\t\tthird');
  assert.equal(entries.get('text'), 'first second third');
});

test('an even number of trailing backslashes is an escaped backslash, not a continuation', () => {
  const entries = parseProperties('path=C:\\\\\nnext=1');
  assert.equal(entries.get('path'), 'C:\\');
  assert.equal(entries.get('next'), '1');
});

test('a blank line ends a continued line', () => {
  const entries = parseProperties('a=one \\\n   \nb=two');
  assert.deepEqual([...entries], [['a', 'one '], ['b', 'two']]);
});

test('a "#" on a continuation line is text, and a comment line does not continue', () => {
  const entries = parseProperties('a=x\\\n# still a\n# comment \\\nb=y');
  assert.deepEqual([...entries], [['a', 'x# still a'], ['b', 'y']]);
});

test('escapes: \\uXXXX, \\t \\n \\r \\f, and a backslash before any other character stands for it', () => {
  const entries = parseProperties('k\\=ey\\ x=\\u0041\\u00e9\\t\\n\\r\\f\\q\\:\\\\');
  assert.deepEqual([...entries], [['k=ey x', 'A\u00e9\t\n\r\fq:\\']]);
});

test('line terminators \\r\\n, \\r and \\n are all accepted', () => {
  assert.deepEqual([...parseProperties('a=1\r\nb=2\rc=3\n')], [['a', '1'], ['b', '2'], ['c', '3']]);
});

test('a later duplicate key replaces the earlier one', () => {
  assert.equal(parseProperties('k=1\nk=2').get('k'), '2');
});

test('a malformed \\u escape is an error, as in Java', () => {
  assert.throws(() => parseProperties('k=\\u00G1'), PropertiesSyntaxError);
});

test('bytes are ISO-8859-1: one byte, one code point', () => {
  assert.equal(decodeIso88591(new Uint8Array([0x41, 0x92, 0xe9, 0xff])), 'A\u0092\u00e9\u00ff');
});

test('keys like __proto__ are ordinary entries', () => {
  const entries = parseProperties('__proto__=x\nconstructor=y');
  assert.equal(entries.get('__proto__'), 'x');
  assert.equal(entries.get('toString'), undefined);
});
