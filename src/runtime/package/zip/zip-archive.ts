import type { ByteSource } from './byte-source.js';
import { readCentralDirectory, type CentralDirectoryRecord } from './central-directory.js';
import { crc32 } from './crc32.js';
import { normaliseEntryName } from './entry-name.js';
import { inflateEntry } from './inflate-entry.js';
import { ZipError, type ZipErrorCode } from './zip-error.js';
import { localFileHeader, uint16, uint32 } from './zip-format.js';
import { ratioCheckedAbove, resolveZipLimits, type ZipLimits } from './zip-limits.js';

/** A file of the package, as its zip's central directory describes it. */
export interface ZipEntry {
  /** The path from the package root: `/`-separated, without `.` or empty segments. */
  readonly name: string;
  /** 0 stored, 8 deflate (APPNOTE 4.4.5); no other method gets past `openZip`. */
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly crc32: number;
  /** Where the entry's local file header starts in the archive. */
  readonly localHeaderOffset: number;
}

export interface OpenZipOptions {
  /** Overrides of `defaultZipLimits`, one by one; left out or `undefined`, a limit keeps its default. */
  readonly limits?: Partial<ZipLimits>;
}

/** APPNOTE 4.4.4: bit 0, encrypted; bit 6, strong encryption. */
const encryptedFlags = 0x0001 | 0x0040;
/** APPNOTE 4.4.5: 99 is AES encryption (appendix E). */
const aesMethod = 99;
/** The methods a course author may meet, to name them in the refusal (APPNOTE 4.4.5). */
const methodNames: ReadonlyMap<number, string> = new Map([
  [9, 'Deflate64'],
  [12, 'BZIP2'],
  [14, 'LZMA'],
  [93, 'Zstandard'],
  [95, 'XZ'],
  [98, 'PPMd'],
]);
/**
 * Local headers usually carry the central directory's extra fields and a few more bytes (longer
 * timestamps, zip64 sizes): reading this much more lets one read reach the data.
 */
const localExtraAllowance = 64;

/**
 * Opens the zip in `source`: reads its central directory, lists its files, and refuses the
 * archive (ZipError) if any entry escapes the package, is encrypted, uses a method other than
 * stored or deflate, or passes the limits. Nothing is inflated yet.
 *
 * Directory entries and macOS's `__MACOSX/` resource forks are left out; zips without directory
 * entries work the same.
 */
export async function openZip(source: ByteSource, options: OpenZipOptions = {}): Promise<ZipArchive> {
  const limits = resolveZipLimits(options.limits);
  const directory = await readCentralDirectory(source, limits.maxEntries);
  const entries = new Map<string, CentralDirectoryRecord>();
  let total = 0;
  for (const record of directory.records) {
    const name = normaliseEntryName(record.name);
    if (name === '' || name.endsWith('/') || name.startsWith('__MACOSX/')) continue;
    checkEntry(record, name, limits);
    total += record.uncompressedSize;
    if (total > limits.maxTotalUncompressed) {
      throw new ZipError(
        'zip.bomb',
        `The files of this zip add up to more than ${limits.maxTotalUncompressed} bytes uncompressed, the limit (a zip bomb?). ` +
          'The host can raise limits.maxTotalUncompressed.',
      );
    }
    if (entries.has(name)) {
      throw entryError('zip.duplicate-entry', name, "is in the zip twice; which copy is the package's file is unclear. Create the zip again.");
    }
    record.name = name;
    entries.set(name, record);
  }
  checkEntriesApart(entries, directory.offset);
  return new ZipArchive(source, entries, directory.offset);
}

/** A refusal about one entry, its message starting with the entry's name. */
function entryError(code: ZipErrorCode, name: string, message: string): ZipError {
  return new ZipError(code, `The entry "${name}" ${message}`, name);
}

function checkEntry(record: CentralDirectoryRecord, name: string, limits: ZipLimits): void {
  const { method, compressedSize, uncompressedSize } = record;
  if (record.isSymbolicLink) {
    throw entryError('zip.path-escapes-package', name, 'is a symbolic link, which could point outside the package. Put the file itself in the zip.');
  }
  if ((record.flags & encryptedFlags) !== 0 || method === aesMethod) {
    throw entryError('zip.encrypted-entry', name, 'is encrypted. Create the zip again without a password.');
  }
  if (method !== 0 && method !== 8) {
    const methodName = methodNames.get(method) ?? `method ${method}`;
    throw entryError(
      'zip.unsupported-method',
      name,
      `is compressed with ${methodName}; only Deflate and no compression are supported. Create the zip again with Deflate.`,
    );
  }
  if (method === 0 && compressedSize !== uncompressedSize) {
    throw entryError('zip.corrupt', name, 'is stored with two different sizes: the zip is damaged. Create it again.');
  }
  if (uncompressedSize > limits.maxEntryUncompressed) {
    throw entryError(
      'zip.entry-too-large',
      name,
      `is ${uncompressedSize} bytes uncompressed, more than the ${limits.maxEntryUncompressed} allowed for one file. ` +
        'The host can raise limits.maxEntryUncompressed.',
    );
  }
  if (uncompressedSize > ratioCheckedAbove && uncompressedSize > compressedSize * limits.maxCompressionRatio) {
    const ratio = Math.round(uncompressedSize / Math.max(1, compressedSize));
    throw entryError(
      'zip.bomb',
      name,
      `expands ${ratio} times, more than the ${limits.maxCompressionRatio} allowed (a zip bomb?). ` +
        'The host can raise limits.maxCompressionRatio.',
    );
  }
}

/**
 * Each entry's local header and data must lie apart from the others' and before the central
 * directory (APPNOTE 4.3.6). Bombs that reuse one compressed stream for many entries break
 * this rule.
 */
function checkEntriesApart(entries: ReadonlyMap<string, CentralDirectoryRecord>, centralDirectoryOffset: number): void {
  const byOffset = [...entries.values()].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset);
  let previousEnd = 0;
  let previousName = '';
  for (const entry of byOffset) {
    if (entry.localHeaderOffset < previousEnd) {
      throw entryError('zip.bomb', entry.name, `overlaps the entry "${previousName}" in the archive, a zip bomb's trick.`);
    }
    previousEnd = entry.localHeaderOffset + localFileHeader.size + entry.nameLength + entry.compressedSize;
    previousName = entry.name;
  }
  if (previousEnd > centralDirectoryOffset) {
    throw entryError('zip.corrupt', previousName, 'runs into the central directory: the zip is damaged. Create it again.');
  }
}

/** An opened zip: its files by name, read and inflated one at a time, on demand. */
export class ZipArchive {
  readonly #source: ByteSource;
  readonly #entries: ReadonlyMap<string, CentralDirectoryRecord>;
  readonly #centralDirectoryOffset: number;
  /** Where each stored entry's data starts, once its local header has been read. */
  readonly #dataOffsets = new Map<string, number>();

  constructor(source: ByteSource, entries: ReadonlyMap<string, CentralDirectoryRecord>, centralDirectoryOffset: number) {
    this.#source = source;
    this.#entries = entries;
    this.#centralDirectoryOffset = centralDirectoryOffset;
  }

  /** The files by name (case-sensitive), in central directory order. */
  get entries(): ReadonlyMap<string, ZipEntry> {
    return this.#entries;
  }

  /**
   * The bytes of the file `name`, checked against its CRC-32. One read reaches the local header
   * and the data (APPNOTE 4.3.7), unless the local header's extra field is unusually long.
   * A stored entry read from a memory source is a view of the source's bytes: do not modify it.
   */
  async readEntry(name: string): Promise<Uint8Array> {
    const entry = this.#entries.get(name);
    if (entry === undefined) throw new ZipError('zip.entry-not-found', `The package has no file "${name}".`, name);
    const damaged = (why: string) => entryError('zip.corrupt', name, `${why}: the zip is damaged. Create it again.`);
    const offset = entry.localHeaderOffset;
    const room = this.#centralDirectoryOffset - offset;
    const guess = localFileHeader.size + entry.nameLength + entry.extraLength + localExtraAllowance + entry.compressedSize;
    const bytes = await this.#source.read(offset, Math.min(guess, room));
    if (uint32(bytes, 0) !== localFileHeader.signature) throw damaged('has no local header');
    if ((uint16(bytes, 6) & encryptedFlags) !== 0) {
      throw entryError('zip.encrypted-entry', name, 'is encrypted. Create the zip again without a password.');
    }
    const dataStart = localFileHeader.size + uint16(bytes, 26) + uint16(bytes, 28);
    const dataEnd = dataStart + entry.compressedSize;
    if (dataEnd > room) throw damaged('runs into the central directory');
    const data =
      dataEnd <= bytes.length ? bytes.subarray(dataStart, dataEnd) : await this.#source.read(offset + dataStart, entry.compressedSize);
    const content = entry.method === 0 ? data : inflateEntry(data, entry.uncompressedSize, name);
    if (crc32(content) !== entry.crc32) throw damaged('fails its CRC-32 check');
    return content;
  }

  /**
   * Bytes `first` to `last` (inclusive) of the stored (uncompressed) file `name`, read straight
   * from the source: seeking in a large video asks for no more than the part it plays. The part
   * is not checked against the CRC-32, which covers only the whole file; a deflated file must be
   * read whole (`readEntry`).
   */
  async readStoredRange(name: string, first: number, last: number): Promise<Uint8Array> {
    const entry = this.#entries.get(name);
    if (entry === undefined) throw new ZipError('zip.entry-not-found', `The package has no file "${name}".`, name);
    if (entry.method !== 0) throw new ZipError('zip.read-error', `The entry "${name}" is compressed: it can only be read whole.`, name);
    if (!(Number.isInteger(first) && Number.isInteger(last) && first >= 0 && first <= last && last < entry.uncompressedSize)) {
      throw new RangeError(`bytes ${first}-${last} are not within the ${entry.uncompressedSize} bytes of "${name}"`);
    }
    return this.#source.read((await this.#dataOffset(entry)) + first, last - first + 1);
  }

  /** APPNOTE 4.3.7: the data follows the local header, whose name and extra field lengths are its own. */
  async #dataOffset(entry: CentralDirectoryRecord): Promise<number> {
    let offset = this.#dataOffsets.get(entry.name);
    if (offset === undefined) {
      const header = await this.#source.read(entry.localHeaderOffset, localFileHeader.size);
      if (uint32(header, 0) !== localFileHeader.signature) {
        throw entryError('zip.corrupt', entry.name, 'has no local header: the zip is damaged. Create it again.');
      }
      offset = entry.localHeaderOffset + localFileHeader.size + uint16(header, 26) + uint16(header, 28);
      if (offset + entry.compressedSize > this.#centralDirectoryOffset) {
        throw entryError('zip.corrupt', entry.name, 'runs into the central directory: the zip is damaged. Create it again.');
      }
      this.#dataOffsets.set(entry.name, offset);
    }
    return offset;
  }
}
