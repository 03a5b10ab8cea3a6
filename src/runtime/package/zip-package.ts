/**
 * scorm-player/package/zip: opening a zipped package in place, from memory, a File or Blob, or a
 * URL read with HTTP ranges. Separate from scorm-player/package because the player's page never
 * needs it: there, the service worker reads the zip and the page reads the package through it
 * like a folder on a web server (docs/serving-zips.md).
 */
import { openPackage, unplayable, type OpenedPackage } from './open-package.js';
import type { PackageFiles } from './package-files.js';
import { openZip, ZipError, type ByteSource, type OpenZipOptions, type ZipArchive } from './zip/index.js';

export { blobByteSource, httpByteSource, memoryByteSource, ZipError, defaultZipLimits } from './zip/index.js';
export type { ByteSource, ZipLimits, OpenZipOptions } from './zip/index.js';

/** The files of an opened zip; entries are inflated only when read. */
export function zipPackageFiles(archive: ZipArchive, origin: string): PackageFiles {
  return {
    origin,
    paths: [...archive.entries.keys()],
    read: async (path) => (archive.entries.has(path) ? archive.readEntry(path) : undefined),
  };
}

/**
 * Opens a zip from any byte source. A zip the reader refuses (not a zip, escaping paths, a bomb)
 * is reported as a finding with the reader's code, never thrown. `source` may be the promise of
 * one, as httpByteSource gives: a URL that cannot be fetched (zip.http-error) is reported the same
 * way, so pass the promise, not what awaiting it gives.
 */
export async function openZipPackage(source: ByteSource | Promise<ByteSource>, origin: string, options: OpenZipOptions = {}): Promise<OpenedPackage> {
  try {
    return await openPackage(zipPackageFiles(await openZip(await source, options), origin));
  } catch (error) {
    if (!(error instanceof ZipError)) throw error;
    return unplayable({ code: error.code, severity: 'error', message: error.message, path: error.path || origin });
  }
}

