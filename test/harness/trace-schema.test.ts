import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import process from 'node:process';
import { parseTrace } from '../../src/harness/trace-schema.js';

const examples = resolve(process.cwd(), '../shared/contracts/examples');

function trace2004(steps: unknown[], extra: Record<string, unknown> = {}): unknown {
  return { format: 'scorm-trace/1', title: 't', scorm: '2004', sessions: [steps], ...extra };
}

function errorsOf(document: unknown): string[] {
  const result = parseTrace(document);
  assert.equal(result.ok, false, 'the document should be refused');
  return result.ok ? [] : result.errors;
}

const initialize = { fn: 'Initialize', args: [''], ret: 'true', err: '0' };

test('the contract examples are valid scorm-trace/1 documents', async (t) => {
  const files = await readdir(examples).catch(() => undefined);
  if (files === undefined) return t.skip(`${examples} is absent`);
  const jsonFiles = files.filter((name) => name.endsWith('.json'));
  assert.equal(jsonFiles.length, 3);
  for (const name of jsonFiles) {
    const result = parseTrace(JSON.parse(await readFile(join(examples, name), 'utf8')));
    assert.ok(result.ok, `${name}: ${result.ok ? '' : result.errors.join('; ')}`);
  }
});

test('extra fields such as description and reference are accepted', () => {
  const result = parseTrace(trace2004([{ ...initialize, note: 'x' }], { description: 'd', reference: 'RTE' }));
  assert.ok(result.ok);
});

test('an unknown function names its path and the allowed names', () => {
  const errors = errorsOf(trace2004([initialize, { fn: 'Bogus', args: [] }]));
  assert.equal(errors.length, 1);
  assert.match(errors[0] ?? '', /^sessions\[0\]\[1\]\.fn: expected one of .*"Initialize"/);
});

test('a SCORM 1.2 function in a 2004 trace is refused', () => {
  const errors = errorsOf(trace2004([{ fn: 'LMSInitialize', args: [''] }]));
  assert.match(errors[0] ?? '', /^sessions\[0\]\[0\]\.fn: /);
});

test('a non-string argument names the argument', () => {
  const errors = errorsOf(trace2004([{ fn: 'GetValue', args: [42] }]));
  assert.deepEqual(errors, ['sessions[0][0].args[0]: expected string, received number']);
});

test('an error code must be digits', () => {
  const errors = errorsOf(trace2004([{ ...initialize, err: 'none' }]));
  assert.match(errors[0] ?? '', /^sessions\[0\]\[0\]\.err: expected an error code/);
});

test('an unknown match kind is refused', () => {
  const errors = errorsOf(trace2004([{ ...initialize, match: 'fuzzy' }]));
  assert.match(errors[0] ?? '', /^sessions\[0\]\[0\]\.match: expected one of/);
});

test('a step that is neither a call, a nav nor an expect says so', () => {
  const errors = errorsOf(trace2004([initialize, { wait: 5 }]));
  assert.deepEqual(errors, ['sessions[0][1]: expected a step: an object with "fn", "nav" or "expect"']);
});

test('an unknown navigation request is refused', () => {
  const errors = errorsOf(trace2004([{ nav: 'jumpAround' }]));
  assert.match(errors[0] ?? '', /^sessions\[0\]\[0\]\.nav: expected one of start, /);
});

test('targeted choice and jump requests are accepted', () => {
  assert.ok(parseTrace(trace2004([{ nav: '{target=a_1}choice' }, { nav: '{target=b}jump' }])).ok);
});

test('a bad expected status names the activity and field', () => {
  const errors = errorsOf(trace2004([{ expect: { status: { a: { completion: 'done' } } } }]));
  assert.match(errors[0] ?? '', /^sessions\[0\]\[0\]\.expect\.status\.a\.completion: expected one of/);
});

test('a missing format is named', () => {
  const errors = errorsOf({ title: 't', scorm: '1.2', sessions: [] });
  assert.match(errors[0] ?? '', /^format: /);
});

test('an unknown SCORM version is named', () => {
  const errors = errorsOf({ format: 'scorm-trace/1', title: 't', scorm: '1.3', sessions: [] });
  assert.match(errors[0] ?? '', /^scorm: .*1\.2.*2004/);
});

test('a document that is not an object is refused at its root', () => {
  assert.match(errorsOf(5)[0] ?? '', /^\(document\): expected object/);
});

test('launch values must be strings, named by element', () => {
  const errors = errorsOf(trace2004([], { launch: { dataModel: { 'cmi.mode': 1 } } }));
  assert.deepEqual(errors, ['launch.dataModel["cmi.mode"]: expected string, received number']);
});
