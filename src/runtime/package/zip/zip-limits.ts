/**
 * What a zip may hold before it is refused. The limits are checked against the central
 * directory when the archive is opened, and again while an entry is inflated: an entry never
 * yields more bytes than the central directory declared for it, so declared sizes that lie
 * cannot get past the limits.
 */
export interface ZipLimits {
  /** Records in the central directory, directories included. */
  readonly maxEntries: number;
  /** Sum of the declared uncompressed sizes of all entries, in bytes. */
  readonly maxTotalUncompressed: number;
  /** Uncompressed size of one entry, in bytes: an entry is read into memory whole. */
  readonly maxEntryUncompressed: number;
  /** Uncompressed size / compressed size of one entry. Checked for entries larger than
   * `ratioCheckedAbove` only: small files of blanks compress a thousandfold and harm no one;
   * many of them together are caught by `maxTotalUncompressed`. */
  readonly maxCompressionRatio: number;
}

/** Entries up to this size are exempt from `maxCompressionRatio` (1 MiB). */
export const ratioCheckedAbove = 1024 * 1024;

/**
 * Room for the packages seen in practice (Storyline and Captivate exports of a few thousand
 * files, video of a few hundred MB) while refusing bombs: deflate reaches about 1032:1, ordinary
 * course files 3:1 to 20:1.
 */
export const defaultZipLimits: ZipLimits = Object.freeze({
  maxEntries: 50_000,
  maxTotalUncompressed: 2 * 1024 ** 3,
  maxEntryUncompressed: 512 * 1024 ** 2,
  maxCompressionRatio: 200,
});

/** The limits in force: each one given, or its default (an `undefined` never lifts a limit). */
export function resolveZipLimits(overrides: Partial<ZipLimits> = {}): ZipLimits {
  return {
    maxEntries: overrides.maxEntries ?? defaultZipLimits.maxEntries,
    maxTotalUncompressed: overrides.maxTotalUncompressed ?? defaultZipLimits.maxTotalUncompressed,
    maxEntryUncompressed: overrides.maxEntryUncompressed ?? defaultZipLimits.maxEntryUncompressed,
    maxCompressionRatio: overrides.maxCompressionRatio ?? defaultZipLimits.maxCompressionRatio,
  };
}
