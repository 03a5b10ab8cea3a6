import { ZipError } from './zip-error.js';

/**
 * Random access to the bytes of a zip, wherever they are: in memory, in a Blob or File, behind
 * a URL. The zip reader asks for a few large ranges (the end of the file, the central
 * directory, one range per entry read) and never for bytes past `size`.
 */
export interface ByteSource {
  readonly size: number;
  /** `length` bytes from `offset`. The result may share memory with the source: do not modify it. */
  read(offset: number, length: number): Promise<Uint8Array>;
}

/** Bytes already in memory. Reads are views, not copies. */
export function memoryByteSource(bytes: Uint8Array | ArrayBuffer): ByteSource {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  return {
    size: view.length,
    read: async (offset, length) => view.subarray(offset, offset + length),
  };
}

/** A Blob or File (browsers, Deno; `fs.openAsBlob` in Node): only the ranges read are loaded. */
export function blobByteSource(blob: Blob): ByteSource {
  return {
    size: blob.size,
    read: async (offset, length) => {
      try {
        return new Uint8Array(await blob.slice(offset, offset + length).arrayBuffer());
      } catch (error) {
        // Browsers fail this way when the file changed or was removed after it was chosen.
        throw new ZipError('zip.read-error', `The file could not be read any more (${String(error)}). Choose it again.`, '', {
          cause: error,
        });
      }
    },
  };
}
