import { Inflate } from 'fflate';
import { ZipError } from './zip-error.js';

/**
 * Compressed bytes are fed to the inflater this many at a time, so that a lying entry is stopped
 * after at most about 1032 times as many output bytes (deflate's largest ratio) past its
 * declared size, never after all of them.
 */
const inputChunkLength = 16 * 1024;

/**
 * Inflates raw deflate data (RFC 1951; zip method 8) into exactly `size` bytes, the size the
 * central directory declared. More output than that is a zip bomb's trick and stops the
 * inflation; less, or broken deflate data, is a damaged entry.
 */
export function inflateEntry(compressed: Uint8Array, size: number, name: string): Uint8Array {
  const output = new Uint8Array(size);
  let written = 0;
  const inflater = new Inflate((chunk) => {
    if (chunk.length > size - written) {
      throw new ZipError(
        'zip.bomb',
        `The entry "${name}" holds more data than the ${size} bytes the zip declares for it, a zip bomb's trick. It was not read.`,
        name,
      );
    }
    output.set(chunk, written);
    written += chunk.length;
  });
  try {
    let offset = 0;
    do {
      const end = Math.min(offset + inputChunkLength, compressed.length);
      inflater.push(compressed.subarray(offset, end), end === compressed.length);
      offset = end;
    } while (offset < compressed.length);
  } catch (error) {
    if (error instanceof ZipError) throw error;
    throw new ZipError('zip.corrupt', `The entry "${name}" is damaged: its compressed data cannot be inflated (${String(error)}).`, name, {
      cause: error,
    });
  }
  if (written !== size) {
    throw new ZipError('zip.corrupt', `The entry "${name}" is damaged: it inflates to ${written} bytes, not the ${size} the zip declares.`, name);
  }
  return output;
}
