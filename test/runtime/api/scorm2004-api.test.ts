// SCORM 2004 4th ed. RTE §3.1: the API instance's state machine, error state and error functions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Scorm2004Api } from '../../../src/runtime/api/scorm2004-api.js';
import { fakeHost } from './fake-host.js';

function newApi(options?: { commitFailure?: string }) {
  const fake = fakeHost(options);
  return { api: new Scorm2004Api(fake.host), ...fake };
}

test('calls before Initialize answer 122 / 132 / 142 / 112 (RTE §3.1.6)', () => {
  const { api } = newApi();
  assert.equal(api.GetValue('x.location'), '');
  assert.equal(api.GetLastError(), '122');
  assert.equal(api.SetValue('x.location', 'a'), 'false');
  assert.equal(api.GetLastError(), '132');
  assert.equal(api.Commit(''), 'false');
  assert.equal(api.GetLastError(), '142');
  assert.equal(api.Terminate(''), 'false');
  assert.equal(api.GetLastError(), '112');
});

test('Initialize with a non-empty argument answers 201 and stays not initialized', () => {
  const { api, calls } = newApi();
  assert.equal(api.Initialize('illegal'), 'false');
  assert.equal(api.GetLastError(), '201');
  assert.equal(calls.started, 0);
  assert.equal(api.Initialize(''), 'true');
  assert.equal(api.GetLastError(), '0');
});

test('a second Initialize answers 103; Initialize after Terminate answers 104', () => {
  const { api } = newApi();
  api.Initialize('');
  assert.equal(api.Initialize(''), 'false');
  assert.equal(api.GetLastError(), '103');
  api.Terminate('');
  assert.equal(api.Initialize(''), 'false');
  assert.equal(api.GetLastError(), '104');
});

test('calls after Terminate answer 123 / 133 / 143 / 113', () => {
  const { api } = newApi();
  api.Initialize('');
  assert.equal(api.Terminate(''), 'true');
  api.GetValue('x.location');
  assert.equal(api.GetLastError(), '123');
  api.SetValue('x.location', 'a');
  assert.equal(api.GetLastError(), '133');
  api.Commit('');
  assert.equal(api.GetLastError(), '143');
  api.Terminate('');
  assert.equal(api.GetLastError(), '113');
});

test('GetValue("") answers 301 and SetValue("", v) answers 351', () => {
  const { api } = newApi();
  api.Initialize('');
  assert.equal(api.GetValue(''), '');
  assert.equal(api.GetLastError(), '301');
  assert.equal(api.SetValue('', 'v'), 'false');
  assert.equal(api.GetLastError(), '351');
});

test('a successful GetValue resets the error state to 0 (ADL CTS API Act3V1 step 19)', () => {
  const { api } = newApi();
  api.Initialize('');
  api.SetValue('x.location', 'test');
  api.GetValue('');
  assert.equal(api.GetLastError(), '301');
  assert.equal(api.GetValue('x.location'), 'test');
  assert.equal(api.GetLastError(), '0');
});

test('the error functions leave the error state as it was (RTE §3.1.4.6–8)', () => {
  const { api } = newApi();
  api.Initialize('illegal');
  assert.equal(api.GetLastError(), '201');
  assert.equal(api.GetErrorString('201'), 'General Argument Error');
  assert.notEqual(api.GetDiagnostic(''), '');
  assert.equal(api.GetLastError(), '201');
});

test('GetErrorString of an undefined or non-canonical code is ""', () => {
  const { api } = newApi();
  assert.equal(api.GetErrorString('001'), '');
  assert.equal(api.GetErrorString('1444'), '');
  assert.equal(api.GetErrorString(''), '');
  assert.equal(api.GetErrorString({}), '');
  assert.equal(api.GetErrorString('0'), 'No Error');
});

test('GetDiagnostic("") gives the detail of the last error, at most 255 characters', () => {
  const { api } = newApi();
  api.Initialize('');
  api.GetValue('x.' + 'y'.repeat(400));
  const diagnostic = api.GetDiagnostic('');
  assert.match(diagnostic, /undefined element/);
  assert.ok(diagnostic.length <= 255);
});

test('GetDiagnostic of another defined code gives its text; of an unknown code ""', () => {
  const { api } = newApi();
  assert.equal(api.GetDiagnostic('402'), 'Unimplemented Data Model Element');
  assert.equal(api.GetDiagnostic('001'), '');
});

test('Commit and Terminate with an argument answer 201', () => {
  const { api, calls } = newApi();
  api.Initialize('');
  assert.equal(api.Commit('illegal'), 'false');
  assert.equal(api.GetLastError(), '201');
  assert.equal(api.Terminate('x'), 'false');
  assert.equal(api.GetLastError(), '201');
  assert.equal(calls.commits, 0);
  assert.equal(calls.terminations, 0);
});

test('a save the backend refuses makes Commit answer 391 and Terminate 111', () => {
  const { api } = newApi({ commitFailure: 'quota exceeded' });
  api.Initialize('');
  assert.equal(api.Commit(''), 'false');
  assert.equal(api.GetLastError(), '391');
  assert.match(api.GetDiagnostic(''), /quota exceeded/);
  assert.equal(api.Terminate(''), 'false');
  assert.equal(api.GetLastError(), '111');
});

test('a data model fault becomes 101, never an exception in content', () => {
  const { api } = newApi();
  api.Initialize('');
  assert.doesNotThrow(() => api.GetValue('x.broken'));
  assert.equal(api.GetLastError(), '101');
});

test('omitted arguments read as "" and numbers as their decimal text', () => {
  const { api, values } = newApi();
  assert.equal(api.Initialize(), 'true');
  assert.equal(api.SetValue('x.location', 85), 'true');
  assert.equal(values.get('x.location'), '85');
});

test('object and symbol arguments answer 201 without calling their toString', () => {
  const { api } = newApi();
  api.Initialize('');
  let touched = false;
  const hostile = {
    toString() {
      touched = true;
      throw new Error('gotcha');
    },
  };
  assert.equal(api.SetValue('x.location', hostile), 'false');
  assert.equal(api.GetLastError(), '201');
  assert.equal(api.GetValue(Symbol('x')), '');
  assert.equal(api.GetLastError(), '201');
  assert.equal(touched, false);
});

test('the functions work detached from the object', () => {
  const { api } = newApi();
  const { Initialize, GetLastError } = api;
  assert.equal(Initialize(''), 'true');
  assert.equal(GetLastError(), '0');
});

test('every call is an event with its arguments, return, error code and time', () => {
  const { api, log } = newApi();
  api.Initialize('');
  api.SetValue('x.location', 'p1');
  api.GetValue('x.exit');
  const calls = log.filter((e) => e.type === 'call');
  assert.deepEqual(calls[1], { type: 'call', activityId: 'a1', fn: 'SetValue', args: ['x.location', 'p1'], ret: 'true', err: '0', t: 1000 });
  assert.deepEqual(calls[2], { type: 'call', activityId: 'a1', fn: 'GetValue', args: ['x.exit'], ret: '', err: '405', t: 1000 });
});

test('the API object exposes only the eight functions', () => {
  const { api } = newApi();
  assert.deepEqual(Object.keys(api).sort(), ['Commit', 'GetDiagnostic', 'GetErrorString', 'GetLastError', 'GetValue', 'Initialize', 'SetValue', 'Terminate']);
});
