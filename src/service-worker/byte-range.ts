/** What a Range header asks of a representation of a known length. */
export type RangeSelection =
  /** No usable Range header: the whole representation, 200. */
  | { readonly kind: 'whole' }
  /** Bytes `first` to `last` inclusive, 206. */
  | { readonly kind: 'part'; readonly first: number; readonly last: number }
  /** A single byte range the representation cannot satisfy, 416. */
  | { readonly kind: 'unsatisfiable' };

const whole: RangeSelection = Object.freeze({ kind: 'whole' });
const unsatisfiable: RangeSelection = Object.freeze({ kind: 'unsatisfiable' });

/**
 * One `bytes` range-spec: int-range `first-[last]` or suffix-range `-length` (RFC 9110 §14.1.2).
 * The range unit is case-insensitive (§14.1).
 */
const singleByteRange = /^bytes=(\d*)-(\d*)$/i;

/**
 * The range of a `size`-byte representation that `range` (the Range header, §14.2) selects.
 *
 * Only single ranges are served, which is what media elements and PDF viewers send. A server
 * may ignore a Range header (§14.2), and this one does for other units, several ranges (it would
 * have to answer multipart/byteranges) and malformed values: the answer is then the whole file,
 * which every client accepts.
 *
 * A single range is satisfiable when its first position is below the size, or for a suffix
 * range when its length is not 0 (§14.1.1); a last position past the end stands for the end,
 * and a suffix longer than the representation selects all of it. A last position before the
 * first makes the range invalid, and an invalid range is refused like an unsatisfiable one
 * (416, as §14.2 allows).
 */
export function selectByteRange(range: string | null, size: number): RangeSelection {
  if (range === null) return whole;
  const match = singleByteRange.exec(range.trim());
  if (match === null) return whole;
  const first = match[1]!;
  const last = match[2]!;
  if (first === '') {
    if (last === '') return whole;
    const suffixLength = Number(last);
    if (suffixLength === 0) return unsatisfiable;
    // An empty representation has no byte a Content-Range could name: send it whole.
    if (size === 0) return whole;
    return { kind: 'part', first: Math.max(0, size - suffixLength), last: size - 1 };
  }
  const firstPosition = Number(first);
  if (firstPosition >= size) return unsatisfiable;
  if (last === '') return { kind: 'part', first: firstPosition, last: size - 1 };
  const lastPosition = Number(last);
  if (lastPosition < firstPosition) return unsatisfiable;
  return { kind: 'part', first: firstPosition, last: Math.min(lastPosition, size - 1) };
}
