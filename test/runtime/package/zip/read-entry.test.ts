// Reading a file from an opened zip (ZipArchive.readEntry): one read for the local header and
// the data, deflate inflated by fflate, CRC-32 checked, and inflation stopped at the declared size.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { strFromU8, strToU8, zipSync } from 'fflate';
import { memoryByteSource, openZip, ZipError, type ZipErrorCode } from '../../../../src/runtime/package/zip/index.js';
import { countingSource } from './counting-source.js';
import { handMadeZip, zeroBombDeflate } from './hand-made-zip.js';

const open = (bytes: Uint8Array) => openZip(memoryByteSource(bytes));

test('stored and deflated entries read back as written', async () => {
  const page = strToU8('<html>'.padEnd(5000, 'x'));
  const archive = await open(zipSync({ 'stored.html': [page, { level: 0 }], 'deflated.html': [page, { level: 9 }] }));
  assert.deepEqual(await archive.readEntry('stored.html'), page);
  assert.deepEqual(await archive.readEntry('deflated.html'), page);
});

test('an empty entry reads as no bytes', async () => {
  const archive = await open(zipSync({ 'empty.txt': new Uint8Array(0) }));
  assert.equal((await archive.readEntry('empty.txt')).length, 0);
});

test('a name the zip does not hold is refused with zip.entry-not-found', async () => {
  const archive = await open(zipSync({ 'a.html': strToU8('a') }));
  await assert.rejects(archive.readEntry('b.html'), { code: 'zip.entry-not-found', path: 'b.html' });
  await assert.rejects(archive.readEntry('__proto__'), { code: 'zip.entry-not-found' });
});

test('reading an entry takes one read of the source', async () => {
  const source = countingSource(zipSync({ 'imsmanifest.xml': strToU8('<manifest/>'.repeat(50)), 'a.html': strToU8('a') }));
  const archive = await openZip(source);
  const before = source.reads.length;
  assert.equal(strFromU8(await archive.readEntry('imsmanifest.xml')), '<manifest/>'.repeat(50));
  assert.equal(source.reads.length, before + 1);
});

test('an entry whose local header has a long extra field still reads right', async () => {
  const archive = await open(handMadeZip([{ name: 'a.html', content: strToU8('hello'), method: 8, localExtra: new Uint8Array(300) }]));
  assert.equal(strFromU8(await archive.readEntry('a.html')), 'hello');
});

test('an entry written with a data descriptor (bit 3) reads from the central directory sizes', async () => {
  const archive = await open(handMadeZip([{ name: 'a.html', content: strToU8('hello'), method: 8, flags: 0x0008 }]));
  assert.equal(strFromU8(await archive.readEntry('a.html')), 'hello');
});

async function readRefusal(zip: Uint8Array, name: string): Promise<ZipErrorCode> {
  const archive = await open(zip);
  const error = await archive.readEntry(name).then(
    () => assert.fail('the entry was read'),
    (reason: unknown) => reason as { code: ZipErrorCode },
  );
  return error.code;
}

test('an entry whose CRC-32 does not match is refused as damaged', async () => {
  assert.equal(await readRefusal(handMadeZip([{ name: 'a.html', content: strToU8('hello'), declaredCrc32: 1234 }]), 'a.html'), 'zip.corrupt');
});

test('the hand-made zero bomb inflates to what it promises', async () => {
  const zip = handMadeZip([{ name: 'zeros.bin', data: zeroBombDeflate(1000), method: 8, content: new Uint8Array(1 + 258 * 1000) }]);
  const archive = await open(zip);
  assert.deepEqual(await archive.readEntry('zeros.bin'), new Uint8Array(258_001));
});

test('a deflated entry holding more than its declared size is stopped there, as a bomb', async () => {
  // 1 GiB of zeros declared as 1,000 bytes: the ratio check cannot see it; the inflation must
  // stop near the declared size instead of producing the whole GiB.
  const zip = handMadeZip([{ name: 'bomb.bin', data: zeroBombDeflate(4_200_000), method: 8, declaredUncompressedSize: 1000 }]);
  const started = performance.now();
  assert.equal(await readRefusal(zip, 'bomb.bin'), 'zip.bomb');
  assert.ok(performance.now() - started < 500, 'the inflation was not stopped early');
});

test('a deflated entry smaller than its declared size is refused as damaged', async () => {
  assert.equal(await readRefusal(handMadeZip([{ name: 'a.html', content: strToU8('hello'), method: 8, declaredUncompressedSize: 6 }]), 'a.html'), 'zip.corrupt');
});

test('deflate data that is not deflate is refused as damaged', async () => {
  // Block type 3 is reserved (RFC 1951 §3.2.3).
  const zip = handMadeZip([{ name: 'a.html', content: strToU8('hello'), method: 8, data: new Uint8Array([0xff, 0xff, 0xff]) }]);
  assert.equal(await readRefusal(zip, 'a.html'), 'zip.corrupt');
});

test('a local header with the encryption flag is refused even if the central directory lacks it', async () => {
  const zip = handMadeZip([{ name: 'a.html', content: strToU8('hello') }]);
  zip[6] = 0x01; // local header flags
  assert.equal(await readRefusal(zip, 'a.html'), 'zip.encrypted-entry');
});

test('a part of a stored entry is read straight from the source, without reading the rest', async () => {
  const content = Uint8Array.from({ length: 100_000 }, (_, i) => i % 251);
  const zip = zipSync({ 'media/video.mp4': [content, { level: 0 }], 'small.txt': strToU8('x') });
  const source = countingSource(zip);
  const archive = await openZip(source);
  const before = source.reads.length;
  const part = await archive.readStoredRange('media/video.mp4', 50_000, 50_009);
  assert.deepEqual([...part], [...content.subarray(50_000, 50_010)]);
  const bytesRead = source.reads.slice(before).reduce((sum, read) => sum + read.length, 0);
  assert.ok(bytesRead < 1_000, `read ${bytesRead} bytes for a 10-byte part`);
});

test('a deflated entry cannot be read in parts, and a part outside the file is refused', async () => {
  const archive = await openZip(memoryByteSource(zipSync({ 'a.txt': strToU8('hello '.repeat(100)), 'b.bin': [new Uint8Array(10), { level: 0 }] })));
  await assert.rejects(archive.readStoredRange('a.txt', 0, 1), (error: unknown) => error instanceof ZipError && error.code === 'zip.read-error');
  await assert.rejects(archive.readStoredRange('b.bin', 5, 10), RangeError);
  await assert.rejects(archive.readStoredRange('missing', 0, 1), (error: unknown) => error instanceof ZipError && error.code === 'zip.entry-not-found');
});
