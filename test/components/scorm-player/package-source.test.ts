import { test } from 'node:test';
import assert from 'node:assert/strict';
import { packageSource } from '../../../src/components/scorm-player/package-source.js';

const page = 'https://lms.example/courses/page.html';

test('a URL whose path ends in .zip is a zip, whatever its query', () => {
  assert.deepEqual(packageSource('golf.ZIP?v=2', page), { kind: 'zip', source: 'https://lms.example/courses/golf.ZIP?v=2' });
});

test('a blob: URL (URL.createObjectURL of a dropped file) is a zip: a folder cannot be one', () => {
  const url = 'blob:https://lms.example/4f1c1d7e-5a43-4f7b-9f57-2f6a8f6d0c11';
  assert.deepEqual(packageSource(url, page), { kind: 'zip', source: url });
});

test('a folder URL gets its trailing slash, so relative launch URLs resolve inside it', () => {
  assert.deepEqual(packageSource('golf', page), { kind: 'folder', url: 'https://lms.example/courses/golf/' });
});

test('a URL of imsmanifest.xml names its folder', () => {
  assert.deepEqual(packageSource('/pkgs/golf/imsmanifest.xml', page), { kind: 'folder', url: 'https://lms.example/pkgs/golf/' });
});

test('a folder URL loses its query and fragment: package files are read relative to it', () => {
  assert.deepEqual(packageSource('https://cdn.example/golf/?token=1#x', page), { kind: 'folder', url: 'https://cdn.example/golf/' });
});
