/**
 * A package unpacked in a directory on disk, read through node:fs (Node and Deno): what
 * `scorm-harness inspect DIR` and the corpus tests open.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PackageFiles } from '../runtime/package/package-files.js';

export async function directoryPackageFiles(directory: string): Promise<PackageFiles> {
  const paths = (await listFiles(directory, '')).sort();
  const present = new Set(paths);
  return {
    origin: directory,
    paths,
    read: async (path) => (present.has(path) ? new Uint8Array(await readFile(join(directory, ...path.split('/')))) : undefined),
  };
}

/** Every file below `directory`, as `/`-separated paths from the package root. */
async function listFiles(directory: string, prefix: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(join(directory, prefix), { withFileTypes: true })) {
    const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) found.push(...(await listFiles(directory, path)));
    else if (entry.isFile()) found.push(path);
  }
  return found;
}
