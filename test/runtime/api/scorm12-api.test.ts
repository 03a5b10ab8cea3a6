// SCORM 1.2 RTE §3.3: the API's state rules, error state and error functions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Scorm12Api } from '../../../src/runtime/api/scorm12-api.js';
import { fakeHost } from './fake-host.js';

function newApi(options?: { commitFailure?: string }) {
  const fake = fakeHost(options);
  return { api: new Scorm12Api(fake.host), ...fake };
}

test('calls before LMSInitialize answer 301 Not initialized', () => {
  const { api } = newApi();
  assert.equal(api.LMSGetValue('x.location'), '');
  assert.equal(api.LMSGetLastError(), '301');
  assert.equal(api.LMSSetValue('x.location', 'a'), 'false');
  assert.equal(api.LMSGetLastError(), '301');
  assert.equal(api.LMSCommit(''), 'false');
  assert.equal(api.LMSGetLastError(), '301');
  assert.equal(api.LMSFinish(''), 'false');
  assert.equal(api.LMSGetLastError(), '301');
});

test('LMSInitialize with an argument answers 201', () => {
  const { api } = newApi();
  assert.equal(api.LMSInitialize('x'), 'false');
  assert.equal(api.LMSGetLastError(), '201');
});

test('a second LMSInitialize answers 101 General exception', () => {
  const { api } = newApi();
  assert.equal(api.LMSInitialize(''), 'true');
  assert.equal(api.LMSInitialize(''), 'false');
  assert.equal(api.LMSGetLastError(), '101');
});

test('calls after LMSFinish answer 301 and LMSInitialize 101', () => {
  const { api } = newApi();
  api.LMSInitialize('');
  assert.equal(api.LMSFinish(''), 'true');
  assert.equal(api.LMSGetValue('x.location'), '');
  assert.equal(api.LMSGetLastError(), '301');
  assert.equal(api.LMSInitialize(''), 'false');
  assert.equal(api.LMSGetLastError(), '101');
});

test('LMSGetValue("") answers 201', () => {
  const { api } = newApi();
  api.LMSInitialize('');
  assert.equal(api.LMSGetValue(''), '');
  assert.equal(api.LMSGetLastError(), '201');
});

test('LMSGetErrorString knows the 1.2 table and answers "" for other codes', () => {
  const { api } = newApi();
  assert.equal(api.LMSGetErrorString('405'), 'Incorrect data type');
  assert.equal(api.LMSGetErrorString('406'), '');
  assert.equal(api.LMSGetLastError(), '0');
});

test('LMSInitialize() with the argument left out is accepted', () => {
  const { api } = newApi();
  assert.equal(api.LMSInitialize(), 'true');
});

test('a refused save makes LMSCommit answer 101 with the reason as diagnostic', () => {
  const { api } = newApi({ commitFailure: 'backend down' });
  api.LMSInitialize('');
  assert.equal(api.LMSCommit(''), 'false');
  assert.equal(api.LMSGetLastError(), '101');
  assert.match(api.LMSGetDiagnostic(''), /backend down/);
});
