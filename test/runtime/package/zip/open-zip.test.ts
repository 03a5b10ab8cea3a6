// Opening a zip (src/runtime/package/zip/zip-archive.ts): the central directory lists the
// package's files by normalised name; directories and __MACOSX/ are left out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { strToU8, zipSync } from 'fflate';
import { memoryByteSource, openZip } from '../../../../src/runtime/package/zip/index.js';
import { handMadeZip } from './hand-made-zip.js';

const open = (bytes: Uint8Array) => openZip(memoryByteSource(bytes));
const text = (value: string) => strToU8(value);

test('a zip made by fflate lists its files with their sizes, method and CRC-32', async () => {
  const archive = await open(zipSync({ 'imsmanifest.xml': text('<manifest/>'), 'sco/check.txt': [text('123456789'), { level: 0 }] }));
  assert.deepEqual([...archive.entries.keys()], ['imsmanifest.xml', 'sco/check.txt']);
  const check = archive.entries.get('sco/check.txt')!;
  assert.equal(check.method, 0);
  assert.equal(check.uncompressedSize, 9);
  assert.equal(check.compressedSize, 9);
  // The CRC-32 check value of "123456789" (ISO-HDLC).
  assert.equal(check.crc32, 0xcbf43926);
  assert.equal(archive.entries.get('imsmanifest.xml')!.method, 8);
});

test('directory entries and __MACOSX/ resource forks are left out of the list', async () => {
  const archive = await open(
    handMadeZip([
      { name: 'sco/' },
      { name: 'sco/index.html', content: text('x') },
      { name: '__MACOSX/' },
      { name: '__MACOSX/sco/._index.html', content: text('fork') },
    ]),
  );
  assert.deepEqual([...archive.entries.keys()], ['sco/index.html']);
});

test('a zip without directory entries lists files in folders', async () => {
  const archive = await open(handMadeZip([{ name: 'a/b/c.html', content: text('x') }, { name: 'imsmanifest.xml' }]));
  assert.deepEqual([...archive.entries.keys()], ['a/b/c.html', 'imsmanifest.xml']);
});

test('"./" and empty segments are dropped from entry names', async () => {
  const archive = await open(handMadeZip([{ name: './imsmanifest.xml' }, { name: 'sco//./index.html' }]));
  assert.deepEqual([...archive.entries.keys()], ['imsmanifest.xml', 'sco/index.html']);
});

test('names are case-sensitive: Index.html and index.html are two files', async () => {
  const archive = await open(handMadeZip([{ name: 'Index.html', content: text('A') }, { name: 'index.html', content: text('a') }]));
  assert.equal(archive.entries.size, 2);
  assert.equal(new TextDecoder().decode(await archive.readEntry('Index.html')), 'A');
  assert.equal(archive.entries.has('INDEX.HTML'), false);
});

test('a name flagged UTF-8 (bit 11) is read as UTF-8', async () => {
  const archive = await open(handMadeZip([{ name: 'leçon/été.html', flags: 0x0800 }]));
  assert.deepEqual([...archive.entries.keys()], ['leçon/été.html']);
});

test('an unflagged name that is valid UTF-8 is read as UTF-8, as macOS and Linux tools write it', async () => {
  const archive = await open(handMadeZip([{ name: 'leçon/été.html' }]));
  assert.deepEqual([...archive.entries.keys()], ['leçon/été.html']);
});

test('an unflagged name that is not UTF-8 is read as CP437', async () => {
  // "café.htm" in CP437: é is 0x82.
  const archive = await open(handMadeZip([{ name: new Uint8Array([0x63, 0x61, 0x66, 0x82, 0x2e, 0x68, 0x74, 0x6d]) }]));
  assert.deepEqual([...archive.entries.keys()], ['café.htm']);
});

test('CP437 covers the whole upper half of the byte range', async () => {
  const archive = await open(handMadeZip([{ name: new Uint8Array([0x80, 0xe1, 0xb0, 0xff]) }]));
  assert.deepEqual([...archive.entries.keys()], ['Çß░\u00a0']);
});

test('a ZIP64 archive (zip64 end records and extra fields) lists and reads its files', async () => {
  const archive = await open(handMadeZip([{ name: 'imsmanifest.xml', content: text('<manifest/>'), method: 8 }, { name: 'a.html', content: text('a') }], { zip64: true }));
  assert.deepEqual([...archive.entries.keys()], ['imsmanifest.xml', 'a.html']);
  assert.equal(new TextDecoder().decode(await archive.readEntry('imsmanifest.xml')), '<manifest/>');
  assert.equal(new TextDecoder().decode(await archive.readEntry('a.html')), 'a');
});

test('the end record is found behind an archive comment', async () => {
  const archive = await open(handMadeZip([{ name: 'a.html', content: text('a') }], { comment: 'Made by hand. '.repeat(100) }));
  assert.deepEqual([...archive.entries.keys()], ['a.html']);
});

test('an empty zip (only an end record) opens with no files', async () => {
  const archive = await open(handMadeZip([]));
  assert.equal(archive.entries.size, 0);
});
