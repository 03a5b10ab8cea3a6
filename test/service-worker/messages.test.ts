// What the worker accepts from pages (src/service-worker/messages.ts): anything else is refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  readPackageHostMessage,
  readRegisterProgress,
  registerPackageType,
  registerProgressType,
  releasePackageType,
} from '../../src/service-worker/messages.js';

test('a registration with a Blob or an absolute URL is read', () => {
  const blob = new Blob(['zip']);
  assert.deepEqual(readPackageHostMessage({ type: registerPackageType, packageId: 'p1', source: blob, debug: true }), {
    type: registerPackageType,
    packageId: 'p1',
    source: blob,
    debug: true,
    reportProgress: false,
  });
  assert.deepEqual(readPackageHostMessage({ type: registerPackageType, packageId: 'p1', source: { url: 'https://x.example/a.zip' } }), {
    type: registerPackageType,
    packageId: 'p1',
    source: { url: 'https://x.example/a.zip' },
    debug: false,
    reportProgress: false,
  });
});

test('a registration asking for progress is read with reportProgress', () => {
  const message = readPackageHostMessage({ type: registerPackageType, packageId: 'p1', source: { url: 'https://x.example/a.zip' }, reportProgress: true });
  assert.equal(message?.type === registerPackageType && message.reportProgress, true);
});

test('a release is read', () => {
  assert.deepEqual(readPackageHostMessage({ type: releasePackageType, packageId: 'p1' }), { type: releasePackageType, packageId: 'p1' });
});

test('messages of other shapes are not read', () => {
  const blob = new Blob(['zip']);
  for (const data of [
    null,
    'register',
    { type: 'other', packageId: 'p1', source: blob },
    { type: registerPackageType, packageId: '../p', source: blob },
    { type: registerPackageType, packageId: 'p1' },
    { type: registerPackageType, packageId: 'p1', source: { url: 'relative.zip' } },
    { type: registerPackageType, packageId: 'p1', source: { url: 42 } },
    { type: registerPackageType, packageId: 'p1', source: 'https://x.example/a.zip' },
    { type: registerPackageType, packageId: 'p1', source: blob, reportProgress: 'yes' },
    { type: registerPackageType, packageId: 'p1', source: blob, reportProgress: 1 },
    JSON.parse('{"__proto__": {"type": "scorm-player/release-package", "packageId": "p1"}}'),
  ]) {
    assert.equal(readPackageHostMessage(data), undefined, JSON.stringify(data));
  }
});

test('progress from the worker is read, with or without a total', () => {
  assert.deepEqual(readRegisterProgress({ type: registerProgressType, loaded: 10, total: 100 }), { type: registerProgressType, loaded: 10, total: 100 });
  assert.deepEqual(readRegisterProgress({ type: registerProgressType, loaded: 10 }), { type: registerProgressType, loaded: 10, total: undefined });
});

test('replies and malformed progress are not read as progress', () => {
  for (const data of [
    null,
    { ok: true },
    { ok: false, code: 'zip.not-a-zip', message: 'no' },
    { type: registerProgressType, loaded: -1, total: 100 },
    { type: registerProgressType, loaded: 1.5, total: 100 },
    { type: registerProgressType, loaded: '10', total: 100 },
    { type: registerProgressType, loaded: 10, total: null },
    { type: registerPackageType, loaded: 10, total: 100 },
    JSON.parse('{"__proto__": {"type": "scorm-player/register-progress", "loaded": 1}}'),
  ]) {
    assert.equal(readRegisterProgress(data), undefined, JSON.stringify(data));
  }
});
