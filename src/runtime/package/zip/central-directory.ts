import type { ByteSource } from './byte-source.js';
import { decodeEntryName } from './entry-name.js';
import { ZipError } from './zip-error.js';
import {
  centralDirectoryHeader,
  endOfArchiveReadLength,
  endOfCentralDirectory,
  uint16,
  uint32,
  uint64,
  zip64EndOfCentralDirectory,
  zip64ExtraFieldId,
  zip64Locator,
} from './zip-format.js';

/** One central directory header (APPNOTE 4.3.12), sizes and offset already widened by ZIP64. */
export interface CentralDirectoryRecord {
  /** The name as stored and decoded; the archive replaces it with the normalised name. */
  name: string;
  /** Bytes of the name, as the local header repeats it. */
  readonly nameLength: number;
  readonly extraLength: number;
  readonly flags: number;
  readonly method: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
  /** A Unix symbolic link (APPNOTE 4.4.2 host 3 or 19, 4.4.15 mode S_IFLNK). */
  readonly isSymbolicLink: boolean;
}

export interface CentralDirectory {
  /** Where the central directory starts: every entry's data lies before it (APPNOTE 4.3.6). */
  readonly offset: number;
  readonly records: CentralDirectoryRecord[];
}

const notAZip = () =>
  new ZipError(
    'zip.not-a-zip',
    'This file is not a zip archive: it has no end of central directory record. A SCORM package must be a .zip file.',
  );
const corrupt = (why: string) => new ZipError('zip.corrupt', `The zip archive is damaged: ${why}. Create the zip again.`);
const splitArchive = () =>
  new ZipError(
    'zip.split-archive',
    'This zip archive is split across several files (a multi-part or spanned zip). Create it again as one file.',
  );

interface EndRecord {
  readonly entryCount: number;
  readonly size: number;
  readonly offset: number;
  /** Where the end records start: the central directory must end before. */
  readonly end: number;
}

/**
 * Reads the whole central directory in (at most) one read after the end of the file, and
 * refuses an archive with more than `maxEntries` records before reading it.
 */
export async function readCentralDirectory(source: ByteSource, maxEntries: number): Promise<CentralDirectory> {
  if (source.size < endOfCentralDirectory.size) throw notAZip();
  const tailStart = Math.max(0, source.size - endOfArchiveReadLength);
  const tail = await source.read(tailStart, source.size - tailStart);
  const directory = await findEndRecord(source, tail, tailStart);
  if (directory.entryCount > maxEntries) {
    throw new ZipError(
      'zip.too-many-entries',
      `The zip archive holds ${directory.entryCount} entries, more than the ${maxEntries} allowed. The host can raise limits.maxEntries.`,
    );
  }
  if (directory.offset + directory.size > directory.end) throw corrupt('its central directory overlaps its end record');
  if (directory.size < directory.entryCount * centralDirectoryHeader.size) {
    throw corrupt('its central directory is shorter than its entry count');
  }
  const bytes =
    directory.offset >= tailStart
      ? tail.subarray(directory.offset - tailStart, directory.offset - tailStart + directory.size)
      : await source.read(directory.offset, directory.size);
  return { offset: directory.offset, records: parseRecords(bytes, directory.entryCount) };
}

/**
 * APPNOTE 4.3.16: the end of central directory record is the last record of the file, followed
 * only by its comment; found by scanning back for its signature. When a zip64 end of central
 * directory locator (4.3.15) precedes it, the zip64 record (4.3.14) it points to holds the
 * counts, sizes and offset instead (4.4.1.4).
 */
async function findEndRecord(source: ByteSource, tail: Uint8Array, tailStart: number): Promise<EndRecord> {
  let at = -1;
  for (let i = tail.length - endOfCentralDirectory.size; i >= 0; i--) {
    if (
      tail[i] === 0x50 &&
      uint32(tail, i) === endOfCentralDirectory.signature &&
      i + endOfCentralDirectory.size + uint16(tail, i + 20) <= tail.length
    ) {
      at = i;
      break;
    }
  }
  if (at < 0) throw notAZip();
  const locator = at - zip64Locator.size;
  if (locator >= 0 && uint32(tail, locator) === zip64Locator.signature) {
    if (uint32(tail, locator + 4) !== 0 || uint32(tail, locator + 16) > 1) throw splitArchive();
    const recordOffset = uint64(tail, locator + 8);
    if (recordOffset + zip64EndOfCentralDirectory.size > tailStart + locator) throw corrupt('its zip64 end record lies outside the file');
    const record =
      recordOffset >= tailStart
        ? tail.subarray(recordOffset - tailStart, recordOffset - tailStart + zip64EndOfCentralDirectory.size)
        : await source.read(recordOffset, zip64EndOfCentralDirectory.size);
    if (uint32(record, 0) !== zip64EndOfCentralDirectory.signature) throw corrupt('its zip64 end record is missing');
    if (uint32(record, 16) !== 0 || uint32(record, 20) !== 0 || uint64(record, 24) !== uint64(record, 32)) throw splitArchive();
    return { entryCount: uint64(record, 32), size: uint64(record, 40), offset: uint64(record, 48), end: recordOffset };
  }
  if (uint16(tail, at + 4) !== 0 || uint16(tail, at + 6) !== 0 || uint16(tail, at + 8) !== uint16(tail, at + 10)) throw splitArchive();
  return { entryCount: uint16(tail, at + 10), size: uint32(tail, at + 12), offset: uint32(tail, at + 16), end: tailStart + at };
}

/** APPNOTE 4.3.12: `count` central directory headers, one after the other. */
function parseRecords(bytes: Uint8Array, count: number): CentralDirectoryRecord[] {
  const records: CentralDirectoryRecord[] = [];
  let at = 0;
  for (let n = 0; n < count; n++) {
    if (at + centralDirectoryHeader.size > bytes.length || uint32(bytes, at) !== centralDirectoryHeader.signature) {
      throw corrupt(`central directory entry ${n + 1} of ${count} is missing`);
    }
    const flags = uint16(bytes, at + 8);
    const nameLength = uint16(bytes, at + 28);
    const extraLength = uint16(bytes, at + 30);
    const nameStart = at + centralDirectoryHeader.size;
    const extraStart = nameStart + nameLength;
    const next = extraStart + extraLength + uint16(bytes, at + 32);
    if (next > bytes.length) throw corrupt(`central directory entry ${n + 1} runs past the directory's end`);
    let uncompressedSize = uint32(bytes, at + 24);
    let compressedSize = uint32(bytes, at + 20);
    let localHeaderOffset = uint32(bytes, at + 42);
    if (uncompressedSize === 0xffffffff || compressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
      const sizes = { uncompressed: uncompressedSize, compressed: compressedSize, offset: localHeaderOffset };
      readZip64Extra(bytes.subarray(extraStart, extraStart + extraLength), sizes);
      ({ uncompressed: uncompressedSize, compressed: compressedSize, offset: localHeaderOffset } = sizes);
    }
    // 4.4.2.1: the upper byte of "version made by" is the host; 3 is Unix, 19 is OS X, whose
    // external attributes carry the file mode in their upper 16 bits.
    const host = bytes[at + 5];
    const mode = uint32(bytes, at + 38) >>> 16;
    records.push({
      name: decodeEntryName(bytes.subarray(nameStart, extraStart), (flags & 0x0800) !== 0),
      nameLength,
      extraLength,
      flags,
      method: uint16(bytes, at + 10),
      crc32: uint32(bytes, at + 16),
      compressedSize,
      uncompressedSize,
      localHeaderOffset,
      isSymbolicLink: (host === 3 || host === 19) && (mode & 0o170000) === 0o120000,
    });
    at = next;
  }
  return records;
}

/**
 * APPNOTE 4.5.3: the zip64 extended information extra field holds, in this order, the 8-byte
 * uncompressed size, compressed size and local header offset, each only when the header's own
 * field is 0xFFFFFFFF.
 */
function readZip64Extra(extra: Uint8Array, sizes: { uncompressed: number; compressed: number; offset: number }): void {
  for (let at = 0; at + 4 <= extra.length; at += 4 + uint16(extra, at + 2)) {
    if (uint16(extra, at) !== zip64ExtraFieldId) continue;
    const end = at + 4 + uint16(extra, at + 2);
    let field = at + 4;
    for (const key of ['uncompressed', 'compressed', 'offset'] as const) {
      if (sizes[key] !== 0xffffffff) continue;
      if (field + 8 > end || end > extra.length) throw corrupt('a zip64 extra field is too short');
      sizes[key] = uint64(extra, field);
      field += 8;
    }
    return;
  }
  throw corrupt('an entry marked as ZIP64 has no zip64 extra field');
}
