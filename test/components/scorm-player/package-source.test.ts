import { test } from 'node:test';
import assert from 'node:assert/strict';
import { packageSource } from '../../../src/components/scorm-player/package-source.js';

const page = 'https://lms.example/courses/page.html';

test('a URL whose path ends in .zip is a zip, whatever its query', () => {
  assert.deepEqual(packageSource('golf.ZIP?v=2', page), { kind: 'zip', source: 'https://lms.example/courses/golf.ZIP?v=2' });
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
