import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeScript, decodeUnicodeEscapes, readCaseLines } from '../../../src/harness/cts/case-lines.js';

test('keys and values split at the first "=", in file order, with line numbers', () => {
  const { entries, problems } = readCaseLines('title=X\nAct1V1.commands.0=SET->c~SD!a=b->t->0\n');
  assert.deepEqual(entries, [
    { line: 1, key: 'title', value: 'X' },
    { line: 2, key: 'Act1V1.commands.0', value: 'SET->c~SD!a=b->t->0' },
  ]);
  assert.deepEqual(problems, []);
});

test('a trailing backslash joins the next line as it is, leading whitespace included', () => {
  const { entries } = readCaseLines('k=one\\\n  two\\\nthree\r\nnext=1');
  assert.deepEqual(entries.map((e) => [e.key, e.value]), [['k', 'one  twothree'], ['next', '1']]);
});

test('any line containing #### is a comment; other # lines are not', () => {
  const { entries } = readCaseLines('################\nk=a####b\n# c=d');
  assert.deepEqual(entries.map((e) => [e.key, e.value]), [['# c', 'd']]);
});

test('duplicate keys are all kept, in order', () => {
  const { entries } = readCaseLines('k=1\nk=2');
  assert.deepEqual(entries.map((e) => e.value), ['1', '2']);
});

test('an empty line, a line without "=" and a continuation at the end are problems', () => {
  const { problems } = readCaseLines('a=1\n\nno equals\nb=2\\');
  assert.deepEqual(problems.map((p) => p.line), [2, 3, 4]);
});

test('doUnicode: \\uXXXX becomes its character', () => {
  assert.equal(decodeUnicodeEscapes('!\\u0021\\u0022x'), '!!"x');
});

test('doUnicode: any other backslash stays, and so does \\u with four non-hex characters', () => {
  assert.equal(decodeUnicodeEscapes('M:\\ADL\\src\\util\\x'), 'M:\\ADL\\src\\util\\x');
});

test('doUnicode: an escape cut short by the end is where ADL fails', () => {
  assert.equal(decodeUnicodeEscapes('abc\\u00'), undefined);
  assert.equal(decodeUnicodeEscapes('abc\\'), undefined);
});

test('scripts are read as windows-1252, the CTS machines\' charset', () => {
  assert.equal(decodeScript(new Uint8Array([0x70, 0x92, 0x73])), 'p\u2019s');
});
