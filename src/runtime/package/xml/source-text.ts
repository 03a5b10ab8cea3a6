/**
 * A document's text as written, and its lines. XML 1.0 §2.11: a line ends at a LF, at a CR LF
 * pair (one line end, at its LF), or at a CR alone. The reader does not normalise the line ends
 * of the whole text first (that copy of a large manifest cost as much as reading it), and counts
 * lines only when a line is asked for: a document read without findings never needs one.
 */

/** XML 1.0 §2.11: a line end is CR LF, LF, or CR. */
const LINE_END = /\r\n?|\n/g;

export class SourceText {
  /** Where each line starts: counted on first use. */
  #lineStarts: number[] | undefined;

  constructor(readonly text: string) {}

  /** The 1-based line `offset` is on; a line end belongs to the line it ends. */
  lineOf(offset: number): number {
    const starts = (this.#lineStarts ??= lineStarts(this.text));
    // The last line that starts at or before `offset`.
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (const lineEnd of text.matchAll(LINE_END)) starts.push(lineEnd.index + lineEnd[0].length);
  return starts;
}
