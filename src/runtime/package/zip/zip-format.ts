/**
 * Fixed parts of the ZIP format (PKWARE APPNOTE 6.3.x, section 4.3): record signatures and
 * sizes, read little-endian.
 */

/** 4.3.7 local file header. */
export const localFileHeader = { signature: 0x04034b50, size: 30 } as const;
/** 4.3.12 central directory header. */
export const centralDirectoryHeader = { signature: 0x02014b50, size: 46 } as const;
/** 4.3.16 end of central directory record, followed by a comment of up to 65,535 bytes. */
export const endOfCentralDirectory = { signature: 0x06054b50, size: 22, maxCommentLength: 0xffff } as const;
/** 4.3.15 zip64 end of central directory locator, just before the end of central directory record. */
export const zip64Locator = { signature: 0x07064b50, size: 20 } as const;
/** 4.3.14 zip64 end of central directory record (version 1, without extensible data). */
export const zip64EndOfCentralDirectory = { signature: 0x06064b50, size: 56 } as const;
/** 4.5.3 zip64 extended information extra field. */
export const zip64ExtraFieldId = 0x0001;

/**
 * How much of the end of a file is read first: room for the longest comment, the end of central
 * directory record and the zip64 records before it. It usually holds the whole central directory
 * of a course package too. The HTTP source asks for exactly this much in its first request.
 */
export const endOfArchiveReadLength =
  endOfCentralDirectory.size + endOfCentralDirectory.maxCommentLength + zip64Locator.size + zip64EndOfCentralDirectory.size;

/** Little-endian unsigned reads at `offset` in `bytes`. */
export function uint16(bytes: Uint8Array, offset: number): number {
  return bytes[offset]! | (bytes[offset + 1]! << 8);
}

export function uint32(bytes: Uint8Array, offset: number): number {
  return (bytes[offset]! | (bytes[offset + 1]! << 8) | (bytes[offset + 2]! << 16) | (bytes[offset + 3]! << 24)) >>> 0;
}

/** An 8-byte size or offset; above 2^53 - 1 it cannot be a JavaScript number, and no real zip is that large. */
export function uint64(bytes: Uint8Array, offset: number): number {
  const high = uint32(bytes, offset + 4);
  return high > 0x1fffff ? Number.POSITIVE_INFINITY : high * 0x1_0000_0000 + uint32(bytes, offset);
}
