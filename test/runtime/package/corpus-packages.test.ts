// Issue 3, "Real packages": every package in ../shared/corpus opens with no error finding, and the
// broken Moodle fixtures are refused with the right, clear finding.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { directoryPackageFiles } from '../../../src/harness/node-package-files.js';
import { openPackage, type OpenedPackage } from '../../../src/runtime/package/open-package.js';
import { openZipPackage } from '../../../src/runtime/package/zip-package.js';
import { memoryByteSource } from '../../../src/runtime/package/zip/index.js';

const corpus = resolve(process.cwd(), '../shared/corpus');
const corpusPresent = await stat(corpus).then(() => true, () => false);
const skip = corpusPresent ? false : `the corpus is absent (${corpus})`;

async function openZipFile(path: string): Promise<OpenedPackage> {
  return openZipPackage(memoryByteSource(new Uint8Array(await readFile(path))), path);
}

function errors(opened: OpenedPackage): string[] {
  return opened.findings.filter((f) => f.severity === 'error').map((f) => `${f.code} at ${f.path}: ${f.message}`);
}

async function folders(parent: string): Promise<string[]> {
  const entries = await readdir(join(corpus, parent), { withFileTypes: true });
  return entries.filter((e) => e.isDirectory()).map((e) => join(corpus, parent, e.name)).sort();
}

test('every Golf sample and authoring-tool build opens as a folder with no error finding', { skip }, async () => {
  const packages = [...(await folders('golf')), ...(await folders('authoring-tools'))];
  assert.ok(packages.length >= 19);
  for (const path of packages) {
    const opened = await openPackage(await directoryPackageFiles(path));
    assert.deepEqual(errors(opened), [], path);
    assert.ok(opened.manifest?.defaultOrganization, `${path}: a default organization`);
  }
});

test('all 189 ADL CTS packages open as zips with no error finding', { skip }, async () => {
  const directory = join(corpus, 'adl-cts-2004-4ed/packages');
  const zips = (await readdir(directory)).filter((name) => name.endsWith('.zip'));
  assert.ok(zips.length >= 189, `${zips.length} packages`);
  for (const name of zips) {
    const opened = await openZipFile(join(directory, name));
    assert.deepEqual(errors(opened), [], name);
    assert.equal(opened.manifest?.scormVersion, '2004', name);
  }
});

test('the playable Moodle fixtures open with no error finding', { skip }, async () => {
  for (const name of ['singlescobasic.zip', 'singlesco_scorm12.zip', 'RuntimeMinimumCalls_SCORM12.zip', 'RuntimeMinimumCalls_SCORM12-mini.zip', 'RuntimeBasicCalls_SCORM20043rdEdition.zip', 'singlescobasic_missingorg.zip']) {
    const opened = await openZipFile(join(corpus, 'moodle', name));
    assert.deepEqual(errors(opened), [], name);
    assert.equal(opened.playable, true, name);
  }
});

test('the broken Moodle fixtures are refused with the right finding', { skip }, async () => {
  const expected: Record<string, string> = {
    'badscorm.zip': 'package.manifest-not-at-root',
    'invalid.zip': 'package.no-manifest',
    'validaicc.zip': 'package.aicc-not-scorm',
    'validscorm.zip': 'xml.not-well-formed',
  };
  for (const [name, code] of Object.entries(expected)) {
    const opened = await openZipFile(join(corpus, 'moodle', name));
    assert.equal(opened.playable, false, name);
    assert.deepEqual(opened.findings.filter((f) => f.severity === 'error').map((f) => f.code), [code], name);
  }
});
