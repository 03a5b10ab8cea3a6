/**
 * Opens a package the way the harness's commands name one: a zip file, a folder, a manifest
 * file (its folder is the package), a zip URL, or a folder or manifest URL. Node and Deno only.
 */
import { readFile, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { openPackage, type OpenedPackage } from '../runtime/package/open-package.js';
import { openZipPackage } from '../runtime/package/zip-package.js';
import { urlPackageFiles } from '../runtime/package/package-files.js';
import { httpByteSource, memoryByteSource } from '../runtime/package/zip/index.js';
import { directoryPackageFiles } from './node-package-files.js';

const MANIFEST = /(?:^|[/\\])imsmanifest\.xml$/i;

export async function openPackageTarget(target: string): Promise<OpenedPackage> {
  if (/^https?:\/\//i.test(target)) {
    const url = new URL(target);
    if (url.pathname.toLowerCase().endsWith('.zip')) return openZipPackage(httpByteSource(target), target);
    return openPackage(urlPackageFiles(MANIFEST.test(url.pathname) ? new URL('.', url).href : target));
  }
  if (MANIFEST.test(target)) return openPackage(await directoryPackageFiles(dirname(target)));
  const info = await stat(target);
  if (info.isDirectory()) return openPackage(await directoryPackageFiles(target));
  return openZipPackage(memoryByteSource(new Uint8Array(await readFile(target))), target);
}
