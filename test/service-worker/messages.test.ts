// What the worker accepts from pages (src/service-worker/messages.ts): anything else is refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readPackageHostMessage, registerPackageType, releasePackageType } from '../../src/service-worker/messages.js';

test('a registration with a Blob or an absolute URL is read', () => {
  const blob = new Blob(['zip']);
  assert.deepEqual(readPackageHostMessage({ type: registerPackageType, packageId: 'p1', source: blob, debug: true }), {
    type: registerPackageType,
    packageId: 'p1',
    source: blob,
    debug: true,
  });
  assert.deepEqual(readPackageHostMessage({ type: registerPackageType, packageId: 'p1', source: { url: 'https://x.example/a.zip' } }), {
    type: registerPackageType,
    packageId: 'p1',
    source: { url: 'https://x.example/a.zip' },
    debug: false,
  });
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
    JSON.parse('{"__proto__": {"type": "scorm-player/release-package", "packageId": "p1"}}'),
  ]) {
    assert.equal(readPackageHostMessage(data), undefined, JSON.stringify(data));
  }
});
