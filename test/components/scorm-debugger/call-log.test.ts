import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CallLog, errorText, filterLog, noFilter } from '../../../src/components/scorm-debugger/call-log.js';
import type { ApiCallEvent } from '../../../src/runtime/index.js';

const call = (fn: string, args: string[], err = '0'): ApiCallEvent => ({ type: 'call', activityId: 'sco', fn, args, ret: '', err, t: 0 });

test('error codes get the text of their version\'s table', () => {
  assert.equal(errorText('2004', '407'), 'Data Model Element Value Out Of Range');
  assert.equal(errorText('1.2', '201'), 'Invalid argument error');
  assert.equal(errorText('2004', '999'), '');
});

test('an entry with a non-zero error code is an error, with its text', () => {
  const log = new CallLog();
  const entry = log.add(call('SetValue', ['cmi.score.scaled', '2'], '407'), '2004');
  assert.equal(entry.isError, true);
  assert.equal(entry.errText, 'Data Model Element Value Out Of Range');
  assert.equal(log.add(call('GetValue', ['cmi.location']), '2004').isError, false);
});

test('the filter keeps one function, errors only, or calls containing the search text', () => {
  const log = new CallLog();
  log.add(call('Initialize', ['']), '2004');
  log.add(call('SetValue', ['cmi.location', 'Page-7']), '2004');
  log.add(call('SetValue', ['cmi.score.scaled', '2'], '407'), '2004');
  const fns = (filter: Partial<typeof noFilter>) => filterLog(log.entries, { ...noFilter, ...filter }, 100).map((entry) => entry.seq);
  assert.deepEqual(fns({ fn: 'SetValue' }), [2, 3]);
  assert.deepEqual(fns({ errorsOnly: true }), [3]);
  assert.deepEqual(fns({ search: 'page-7' }), [2]);
  assert.deepEqual(fns({ search: 'out of range' }), [3]);
});

test('only the last matching entries up to the limit are shown, oldest first', () => {
  const log = new CallLog();
  for (let index = 0; index < 10; index++) log.add(call('GetValue', [`e${index}`]), '2004');
  assert.deepEqual(filterLog(log.entries, noFilter, 3).map((entry) => entry.args[0]), ['e7', 'e8', 'e9']);
});

test('past its capacity the log drops the oldest entries and keeps counting', () => {
  const log = new CallLog(8);
  for (let index = 0; index < 20; index++) log.add(call('GetValue', [`e${index}`]), '2004');
  assert.ok(log.entries.length <= 9);
  assert.equal(log.total, 20);
  assert.equal(log.entries[log.entries.length - 1]?.seq, 20);
});
