// What openZip refuses (src/runtime/package/zip/zip-archive.ts), each with its ZipError code:
// paths leaving the package, encryption, unknown methods, limits, bombs, damaged archives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { strToU8 } from 'fflate';
import { memoryByteSource, openZip, ZipError, type ZipErrorCode, type ZipLimits } from '../../../../src/runtime/package/zip/index.js';
import { countingSource } from './counting-source.js';
import { handMadeZip, type HandMadeEntry } from './hand-made-zip.js';

async function refusal(zip: Uint8Array, limits?: Partial<ZipLimits>): Promise<ZipError> {
  try {
    await openZip(memoryByteSource(zip), limits ? { limits } : {});
  } catch (error) {
    assert.ok(error instanceof ZipError, `expected a ZipError, got ${String(error)}`);
    return error;
  }
  assert.fail('the zip was accepted');
}

async function assertRefused(entries: HandMadeEntry[], code: ZipErrorCode, limits?: Partial<ZipLimits>): Promise<ZipError> {
  const error = await refusal(handMadeZip(entries), limits);
  assert.equal(error.code, code, error.message);
  return error;
}

test('an entry name with ".." is refused as escaping the package', async () => {
  await assertRefused([{ name: '../evil.html' }], 'zip.path-escapes-package');
  await assertRefused([{ name: 'sco/../../evil.html' }], 'zip.path-escapes-package');
});

test('an absolute entry name is refused', async () => {
  await assertRefused([{ name: '/etc/passwd' }], 'zip.path-escapes-package');
});

test('an entry name starting with a drive letter is refused', async () => {
  await assertRefused([{ name: 'C:/Windows/evil.dll' }], 'zip.path-escapes-package');
});

test('an entry name with a backslash is refused', async () => {
  await assertRefused([{ name: 'sco\\index.html' }], 'zip.path-escapes-package');
  await assertRefused([{ name: '..\\..\\evil.html' }], 'zip.path-escapes-package');
});

test('an entry name with a NUL character is refused', async () => {
  await assertRefused([{ name: 'index.html\0.png' }], 'zip.path-escapes-package');
});

test('a ".." directory entry is refused even under __MACOSX/', async () => {
  await assertRefused([{ name: '__MACOSX/../../evil/' }], 'zip.path-escapes-package');
});

test('a Unix symbolic link entry is refused', async () => {
  // Host 3 (Unix) in "version made by", mode 0o120777 (S_IFLNK) in the upper external attributes.
  await assertRefused([{ name: 'link.html', content: strToU8('/etc/passwd'), versionMadeBy: (3 << 8) | 30, externalAttributes: 0o120777 * 0x10000 }], 'zip.path-escapes-package');
});

test('a refusal is a package Finding: severity error, the entry as path, a message naming it', async () => {
  const error = await assertRefused([{ name: '../evil.html' }], 'zip.path-escapes-package');
  assert.equal(error.severity, 'error');
  assert.equal(error.path, '../evil.html');
  assert.match(error.message, /"\.\.\/evil\.html"/);
});

test('two entries with the same name are refused', async () => {
  await assertRefused([{ name: 'a.html' }, { name: './a.html' }], 'zip.duplicate-entry');
});

test('an entry with the encryption flag (bit 0) is refused', async () => {
  await assertRefused([{ name: 'a.html', content: strToU8('x'), flags: 0x0001 }], 'zip.encrypted-entry');
});

test('an entry with strong encryption (bit 6) or AES (method 99) is refused as encrypted', async () => {
  await assertRefused([{ name: 'a.html', content: strToU8('x'), flags: 0x0041 }], 'zip.encrypted-entry');
  await assertRefused([{ name: 'a.html', content: strToU8('x'), method: 99 }], 'zip.encrypted-entry');
});

test('an entry compressed with BZIP2 is refused, naming the method', async () => {
  const error = await assertRefused([{ name: 'a.html', content: strToU8('x'), method: 12 }], 'zip.unsupported-method');
  assert.match(error.message, /BZIP2/);
});

test('more entries than limits.maxEntries are refused before the central directory is read', async () => {
  const source = countingSource(handMadeZip([{ name: 'a' }, { name: 'b' }, { name: 'c' }, { name: 'd' }]));
  await assert.rejects(openZip(source, { limits: { maxEntries: 3 } }), { code: 'zip.too-many-entries' });
  assert.equal(source.reads.length, 1);
});

test('files adding up to more than limits.maxTotalUncompressed are refused as a bomb', async () => {
  const entries = [{ name: 'a', content: new Uint8Array(600) }, { name: 'b', content: new Uint8Array(600) }];
  await assertRefused(entries, 'zip.bomb', { maxTotalUncompressed: 1000 });
});

test('an entry larger than limits.maxEntryUncompressed is refused', async () => {
  await assertRefused([{ name: 'a', content: new Uint8Array(2000) }], 'zip.entry-too-large', { maxEntryUncompressed: 1000 });
});

test('an entry that expands more than limits.maxCompressionRatio is refused as a bomb', async () => {
  // 8 MiB of zeros deflate to about 8 KB: a ratio near 1000.
  await assertRefused([{ name: 'zeros.bin', content: new Uint8Array(8 * 1024 * 1024), method: 8 }], 'zip.bomb');
});

test('small entries are exempt from the ratio limit: a page of blanks is no bomb', async () => {
  const archive = await openZip(memoryByteSource(handMadeZip([{ name: 'blank.html', content: new Uint8Array(64 * 1024).fill(32), method: 8 }])));
  assert.equal(archive.entries.size, 1);
});

test('entries sharing one compressed stream (overlapping) are refused as a bomb', async () => {
  const content = strToU8('same data '.repeat(100));
  await assertRefused([{ name: 'a.html', content, method: 8 }, { name: 'b.html', sharesDataOf: 0 }], 'zip.bomb');
});

test('a stored entry declaring two different sizes is refused as damaged', async () => {
  await assertRefused([{ name: 'a.html', content: strToU8('abc'), declaredUncompressedSize: 100 }], 'zip.corrupt');
});

test('a file that is not a zip is refused as not-a-zip', async () => {
  assert.equal((await refusal(strToU8('<html>not a zip, just long enough</html>'))).code, 'zip.not-a-zip');
  assert.equal((await refusal(new Uint8Array(0))).code, 'zip.not-a-zip');
});

test('a zip cut short (its central directory gone) is refused as damaged', async () => {
  const zip = handMadeZip([{ name: 'a.html', content: strToU8('abc') }]);
  const cut = zip.slice(0, 20);
  const error = await refusal(new Uint8Array([...cut, ...zip.subarray(zip.length - 22)]));
  assert.equal(error.code, 'zip.corrupt', error.message);
});

test('a multi-part (spanned) zip is refused', async () => {
  const error = await refusal(handMadeZip([{ name: 'a.html' }], { diskNumber: 2 }));
  assert.equal(error.code, 'zip.split-archive');
});

test('a limit given as undefined keeps its default instead of lifting it', async () => {
  const source = memoryByteSource(handMadeZip([{ name: 'zeros.bin', content: new Uint8Array(8 * 1024 * 1024), method: 8 }]));
  await assert.rejects(openZip(source, { limits: { maxCompressionRatio: undefined } }), { code: 'zip.bomb' });
});
