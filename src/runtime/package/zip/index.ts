/**
 * Reading SCORM packages from zips, safely: the central directory is read once, entries are
 * inflated one at a time when asked for, and archives that would reach outside the package or
 * exhaust memory are refused with a ZipError. Nothing is ever written anywhere.
 */
export { openZip, ZipArchive } from './zip-archive.js';
export type { ZipEntry, OpenZipOptions } from './zip-archive.js';
export { ZipError } from './zip-error.js';
export type { ZipErrorCode } from './zip-error.js';
export { defaultZipLimits } from './zip-limits.js';
export type { ZipLimits } from './zip-limits.js';
export { memoryByteSource, blobByteSource } from './byte-source.js';
export type { ByteSource } from './byte-source.js';
export { httpByteSource } from './http-byte-source.js';
export type { HttpByteSourceOptions } from './http-byte-source.js';
