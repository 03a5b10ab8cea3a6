// A memory byte source that records the ranges the zip reader asks for.
import { memoryByteSource, type ByteSource } from '../../../../src/runtime/package/zip/index.js';

export interface CountingSource extends ByteSource {
  readonly reads: { offset: number; length: number }[];
}

export function countingSource(bytes: Uint8Array): CountingSource {
  const inner = memoryByteSource(bytes);
  const reads: { offset: number; length: number }[] = [];
  return {
    size: inner.size,
    reads,
    read: (offset, length) => {
      reads.push({ offset, length });
      return inner.read(offset, length);
    },
  };
}
