// Zips written byte by byte, for the archives no honest tool makes: lying sizes, evil names,
// encryption flags, ZIP64 records, overlapping entries. Layout from PKWARE APPNOTE 4.3.
import { deflateSync } from 'fflate';
import { crc32 } from '../../../../src/runtime/package/zip/crc32.js';

export interface HandMadeEntry {
  /** A string is written as UTF-8. */
  name: string | Uint8Array;
  /** The uncompressed content (empty by default). */
  content?: Uint8Array;
  /** 0 stores the content, 8 deflates it; any other number stores it under that method number. */
  method?: number;
  /** The entry's data as written, instead of the stored or deflated content. */
  data?: Uint8Array;
  flags?: number;
  /** What the headers declare, when it should differ from the truth. */
  declaredUncompressedSize?: number;
  declaredCrc32?: number;
  versionMadeBy?: number;
  externalAttributes?: number;
  localExtra?: Uint8Array;
  /** Write no local header or data: point the central directory at entry `sharesDataOf`'s. */
  sharesDataOf?: number;
}

export interface HandMadeZipOptions {
  /** Write ZIP64 records: 0xFFFFFFFF in the 32-bit fields, the values in zip64 extra fields. */
  zip64?: boolean;
  comment?: string;
  /** "number of this disk" in the end of central directory record. */
  diskNumber?: number;
}

class Writer {
  readonly #chunks: Uint8Array[] = [];
  length = 0;

  bytes(bytes: Uint8Array): void {
    this.#chunks.push(bytes);
    this.length += bytes.length;
  }

  u16(value: number): void {
    this.bytes(new Uint8Array([value & 0xff, (value >>> 8) & 0xff]));
  }

  u32(value: number): void {
    this.u16(value & 0xffff);
    this.u16(Math.floor(value / 0x10000) & 0xffff);
  }

  u64(value: number): void {
    this.u32(value % 0x1_0000_0000);
    this.u32(Math.floor(value / 0x1_0000_0000));
  }

  result(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const chunk of this.#chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }
}

export function handMadeZip(entries: HandMadeEntry[], options: HandMadeZipOptions = {}): Uint8Array {
  const out = new Writer();
  const written = entries.map((entry) => {
    const name = typeof entry.name === 'string' ? new TextEncoder().encode(entry.name) : entry.name;
    const content = entry.content ?? new Uint8Array(0);
    const method = entry.method ?? 0;
    const data = entry.data ?? (method === 8 ? deflateSync(content) : content);
    const flags = entry.flags ?? 0;
    const crc = entry.declaredCrc32 ?? crc32(content);
    const size = entry.declaredUncompressedSize ?? content.length;
    let offset = out.length;
    if (entry.sharesDataOf === undefined) {
      const localExtra = entry.localExtra ?? new Uint8Array(0);
      out.u32(0x04034b50);
      out.u16(20);
      out.u16(flags);
      out.u16(method);
      out.u32(0); // time and date
      out.u32(crc);
      out.u32(data.length);
      out.u32(size);
      out.u16(name.length);
      out.u16(localExtra.length);
      out.bytes(name);
      out.bytes(localExtra);
      out.bytes(data);
    }
    return { entry, name, method, flags, crc, size, compressedSize: data.length, offset };
  });
  for (const record of written) {
    if (record.entry.sharesDataOf !== undefined) {
      const shared = written[record.entry.sharesDataOf]!;
      Object.assign(record, { offset: shared.offset, compressedSize: shared.compressedSize, method: shared.method, crc: shared.crc });
    }
  }
  const centralDirectoryOffset = out.length;
  for (const record of written) {
    const big = options.zip64 === true;
    out.u32(0x02014b50);
    out.u16(record.entry.versionMadeBy ?? 20);
    out.u16(big ? 45 : 20);
    out.u16(record.flags);
    out.u16(record.method);
    out.u32(0);
    out.u32(record.crc);
    out.u32(big ? 0xffffffff : record.compressedSize);
    out.u32(big ? 0xffffffff : record.size);
    out.u16(record.name.length);
    out.u16(big ? 28 : 0);
    out.u16(0); // comment length
    out.u16(0); // disk number start
    out.u16(0); // internal attributes
    out.u32(record.entry.externalAttributes ?? 0);
    out.u32(big ? 0xffffffff : record.offset);
    out.bytes(record.name);
    if (big) {
      out.u16(0x0001);
      out.u16(24);
      out.u64(record.size);
      out.u64(record.compressedSize);
      out.u64(record.offset);
    }
  }
  const centralDirectorySize = out.length - centralDirectoryOffset;
  if (options.zip64 === true) {
    const recordOffset = out.length;
    out.u32(0x06064b50);
    out.u64(44);
    out.u16(45);
    out.u16(45);
    out.u32(0);
    out.u32(0);
    out.u64(written.length);
    out.u64(written.length);
    out.u64(centralDirectorySize);
    out.u64(centralDirectoryOffset);
    out.u32(0x07064b50);
    out.u32(0);
    out.u64(recordOffset);
    out.u32(1);
  }
  const comment = new TextEncoder().encode(options.comment ?? '');
  const big = options.zip64 === true;
  out.u32(0x06054b50);
  out.u16(options.diskNumber ?? 0);
  out.u16(0);
  out.u16(big ? 0xffff : written.length);
  out.u16(big ? 0xffff : written.length);
  out.u32(big ? 0xffffffff : centralDirectorySize);
  out.u32(big ? 0xffffffff : centralDirectoryOffset);
  out.u16(comment.length);
  out.bytes(comment);
  return out.result();
}

/**
 * Raw deflate data (RFC 1951 §3.2.6, one block with fixed Huffman codes) that inflates to
 * `1 + 258 * repeats` zero bytes: a literal 0, then <length 258, distance 1> over and over,
 * 13 bits for every 258 bytes.
 */
export function zeroBombDeflate(repeats: number): Uint8Array {
  const out = new Uint8Array(Math.ceil((3 + 8 + repeats * 13 + 7) / 8) + 1);
  let bit = 0;
  const put = (value: number, length: number, mostSignificantFirst: boolean) => {
    for (let i = 0; i < length; i++) {
      const b = mostSignificantFirst ? (value >> (length - 1 - i)) & 1 : (value >> i) & 1;
      out[bit >> 3]! |= b << (bit & 7);
      bit++;
    }
  };
  put(1, 1, false); // BFINAL
  put(1, 2, false); // BTYPE 01: fixed Huffman codes
  put(0x30, 8, true); // literal 0
  for (let i = 0; i < repeats; i++) {
    put(0xc5, 8, true); // length symbol 285: 258
    put(0, 5, true); // distance code 0: 1
  }
  put(0, 7, true); // end of block (256)
  return out.subarray(0, Math.ceil(bit / 8));
}
