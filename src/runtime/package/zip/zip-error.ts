import type { Finding } from '../findings.js';

/**
 * Why a zip was refused. The codes are stable (tools and tests match on them); each comes from
 * the ZIP format (PKWARE APPNOTE 6.3.x, sections given) or from what a safe reader must refuse.
 */
export type ZipErrorCode =
  /** No end of central directory record (APPNOTE 4.3.16): the file is not a zip. */
  | 'zip.not-a-zip'
  /** The archive's structures contradict each other, a CRC-32 differs, or deflate data is broken. */
  | 'zip.corrupt'
  /** The archive spans several files ("disks", APPNOTE 8). */
  | 'zip.split-archive'
  /** An entry name leaves the package: `..`, absolute, drive letter, backslash (APPNOTE 4.4.17),
   * NUL, or a symbolic link. */
  | 'zip.path-escapes-package'
  /** Two entries have the same name: which one is the package's file would be a guess. */
  | 'zip.duplicate-entry'
  /** More entries than `ZipLimits.maxEntries`. */
  | 'zip.too-many-entries'
  /** One entry larger than `ZipLimits.maxEntryUncompressed`. */
  | 'zip.entry-too-large'
  /** Total size, compression ratio, overlapping entries, or data longer than declared. */
  | 'zip.bomb'
  /** Encrypted entry (APPNOTE 4.4.4 bits 0 and 6; method 99 is AES). */
  | 'zip.encrypted-entry'
  /** A compression method other than stored (0) and deflate (8) (APPNOTE 4.4.5). */
  | 'zip.unsupported-method'
  /** `readEntry` was asked for a name the archive does not hold. */
  | 'zip.entry-not-found'
  /** Reading the bytes failed: a file that cannot be read any more. */
  | 'zip.read-error'
  /** An HTTP request failed or its answer was not usable. */
  | 'zip.http-error';

/**
 * A refused zip. It is also a package Finding (severity error): `path` is the entry concerned,
 * or "" when the problem is the archive as a whole.
 */
export class ZipError extends Error implements Finding {
  readonly code: ZipErrorCode;
  readonly severity = 'error' as const;
  readonly path: string;

  constructor(code: ZipErrorCode, message: string, path = '', options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ZipError';
    this.code = code;
    this.path = path;
  }
}
