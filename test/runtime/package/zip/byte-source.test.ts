// Byte sources (src/runtime/package/zip/byte-source.ts): the same zip opens and reads the same
// from memory and from a Blob, which reads only the ranges asked for.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { strFromU8, strToU8, zipSync } from 'fflate';
import { blobByteSource, memoryByteSource, openZip } from '../../../../src/runtime/package/zip/index.js';

const zip = zipSync({ 'imsmanifest.xml': strToU8('<manifest/>'), 'sco/a.html': strToU8('<p>a</p>') });

test('a memory source reads ranges of a Uint8Array or an ArrayBuffer', async () => {
  const bytes = new Uint8Array([1, 2, 3, 4, 5]);
  assert.deepEqual(await memoryByteSource(bytes).read(1, 3), new Uint8Array([2, 3, 4]));
  assert.deepEqual(await memoryByteSource(bytes.buffer).read(3, 2), new Uint8Array([4, 5]));
  assert.equal(memoryByteSource(bytes.buffer).size, 5);
});

test('a Blob source reads ranges of the Blob', async () => {
  const source = blobByteSource(new Blob([new Uint8Array([1, 2, 3, 4, 5])]));
  assert.equal(source.size, 5);
  assert.deepEqual(await source.read(1, 3), new Uint8Array([2, 3, 4]));
});

test('a zip in a Blob opens and reads like the same zip in memory', async () => {
  const archive = await openZip(blobByteSource(new Blob([zip])));
  assert.deepEqual([...archive.entries.keys()], ['imsmanifest.xml', 'sco/a.html']);
  assert.equal(strFromU8(await archive.readEntry('sco/a.html')), '<p>a</p>');
});

test('a Blob that can no longer be read fails with zip.read-error', async () => {
  const broken = { size: 10, slice: () => ({ arrayBuffer: () => Promise.reject(new Error('NotReadableError')) }) } as unknown as Blob;
  await assert.rejects(blobByteSource(broken).read(0, 4), { code: 'zip.read-error' });
});
