// Real packages from the shared corpus (../shared/corpus: Moodle's fixtures and ADL's SCORM 2004
// 4th ed. conformance test packages): every entry lists and inflates with its CRC-32 checked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { memoryByteSource, openZip } from '../../../../src/runtime/package/zip/index.js';

const corpus = resolve(process.cwd(), '../shared/corpus');

function zipsIn(folder: string): string[] {
  const path = join(corpus, folder);
  return existsSync(path) ? readdirSync(path).filter((name) => name.endsWith('.zip')).map((name) => join(path, name)) : [];
}

for (const [title, folder] of [
  ['Moodle test packages', 'moodle'],
  ['ADL CTS 2004 4th ed. packages', 'adl-cts-2004-4ed/packages'],
] as const) {
  const zips = zipsIn(folder);
  test(`${title}: every entry of every zip lists and inflates`, { skip: zips.length === 0 && `no zips in ${join(corpus, folder)}` }, async () => {
    for (const path of zips) {
      const archive = await openZip(memoryByteSource(readFileSync(path)));
      assert.ok(archive.entries.size > 0, `${path} lists no file`);
      for (const [name, entry] of archive.entries) {
        const bytes = await archive.readEntry(name);
        assert.equal(bytes.length, entry.uncompressedSize, `${path}: ${name}`);
      }
    }
  });
}

test('the Moodle packages with a manifest have it at the root, except badscorm.zip', { skip: !existsSync(join(corpus, 'moodle')) && 'no Moodle corpus' }, async () => {
  const withRootManifest: string[] = [];
  for (const path of zipsIn('moodle')) {
    const archive = await openZip(memoryByteSource(readFileSync(path)));
    if (archive.entries.has('imsmanifest.xml')) withRootManifest.push(path.slice(path.lastIndexOf('/') + 1));
  }
  assert.ok(!withRootManifest.includes('badscorm.zip'));
  assert.ok(withRootManifest.includes('singlescobasic.zip'));
});
