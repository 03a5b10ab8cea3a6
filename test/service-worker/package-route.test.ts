// Which package file a request URL names (src/service-worker/package-route.ts): percent-decoding
// and dot segments per RFC 3986, never a path above the package root.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isPackageId, packageUrlPrefix, routePackageRequest } from '../../src/service-worker/package-route.js';

const prefix = packageUrlPrefix('https://lms.example/course/');
const route = (rest: string) => routePackageRequest(prefix + rest, prefix);

test('the prefix is the scope followed by __scorm-player__/', () => {
  assert.equal(prefix, 'https://lms.example/course/__scorm-player__/');
});

test('a scope that is the __scorm-player__/ folder itself is the prefix', () => {
  assert.equal(packageUrlPrefix('https://lms.example/course/__scorm-player__/'), 'https://lms.example/course/__scorm-player__/');
});

test('a scope without a final slash still starts a new path segment', () => {
  assert.equal(packageUrlPrefix('https://lms.example/app'), 'https://lms.example/app/__scorm-player__/');
});

test('URLs outside the prefix are not routed', () => {
  assert.equal(routePackageRequest('https://lms.example/course/index.html', prefix), undefined);
  assert.equal(routePackageRequest('https://lms.example/course/__scorm-player__x/p/a.html', prefix), undefined);
  assert.equal(routePackageRequest('https://other.example/course/__scorm-player__/p/a.html', prefix), undefined);
  assert.equal(route(''), undefined);
  assert.equal(route('/a.html'), undefined);
});

test('a file path names the file relative to the package root', () => {
  assert.deepEqual(route('pkg-1/content/page.html'), { kind: 'entry', packageId: 'pkg-1', path: 'content/page.html', isDirectory: false });
});

test('query and fragment play no part in the lookup', () => {
  assert.deepEqual(route('p/a.html?x=1/../..#frag/..'), { kind: 'entry', packageId: 'p', path: 'a.html', isDirectory: false });
  assert.deepEqual(route('p/a.html#x?y'), { kind: 'entry', packageId: 'p', path: 'a.html', isDirectory: false });
});

test('segments are percent-decoded as UTF-8', () => {
  assert.deepEqual(route('p/My%20Course/%C3%A9t%C3%A9.html'), {
    kind: 'entry',
    packageId: 'p',
    path: 'My Course/été.html',
    isDirectory: false,
  });
});

test('the root and paths ending with a slash are folders', () => {
  assert.deepEqual(route('p/'), { kind: 'entry', packageId: 'p', path: '', isDirectory: true });
  assert.deepEqual(route('p/sub/'), { kind: 'entry', packageId: 'p', path: 'sub', isDirectory: true });
});

test('the package id alone, without a slash, is the package root asking for its slash', () => {
  assert.deepEqual(route('p'), { kind: 'package-root', packageId: 'p' });
  assert.deepEqual(route('p?x=1'), { kind: 'package-root', packageId: 'p' });
});

test('dot segments are removed, and a final one names a folder', () => {
  assert.deepEqual(route('p/a/./b/../c.html'), { kind: 'entry', packageId: 'p', path: 'a/c.html', isDirectory: false });
  assert.deepEqual(route('p/a/%2e%2E/c.html'), { kind: 'entry', packageId: 'p', path: 'c.html', isDirectory: false });
  assert.deepEqual(route('p/a/b/..'), { kind: 'entry', packageId: 'p', path: 'a', isDirectory: true });
  assert.deepEqual(route('p/a/.'), { kind: 'entry', packageId: 'p', path: 'a', isDirectory: true });
});

test('empty segments are dropped, as from zip entry names', () => {
  assert.deepEqual(route('p/a//b.html'), { kind: 'entry', packageId: 'p', path: 'a/b.html', isDirectory: false });
});

test('a path reaching above the package root names nothing', () => {
  for (const rest of ['p/..', 'p/../other/a.html', 'p/a/../../x', 'p/%2e%2e/x', 'p/.%2E/x']) {
    assert.deepEqual(route(rest), { kind: 'bad-path', packageId: 'p', rawPath: rest.slice(2) }, rest);
  }
});

test('an encoded slash, backslash or NUL inside a segment names nothing', () => {
  for (const rest of ['p/a%2Fb.html', 'p/..%2f..%2fsecret', 'p/a%5Cb.html', 'p/a%00.html']) {
    assert.equal(route(rest)?.kind, 'bad-path', rest);
  }
});

test('malformed percent-encoding names nothing', () => {
  assert.deepEqual(route('p/100%.html'), { kind: 'bad-path', packageId: 'p', rawPath: '100%.html' });
  assert.equal(route('p/%C3.html')?.kind, 'bad-path');
});

test('package ids are short URL-safe tokens such as UUIDs', () => {
  assert.equal(isPackageId('0f8fad5b-d9cb-469f-a165-70867728950e'), true);
  for (const id of ['', 'a/b', 'a b', '..', '__proto__x'.repeat(8), 42, undefined]) assert.equal(isPackageId(id), false, String(id));
});
