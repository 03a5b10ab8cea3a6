import { blobByteSource, httpByteSource, openZip, ZipError, type ZipArchive, type ZipEntry } from '../runtime/package/zip/index.js';
import { LruMap } from './lru-map.js';
import type { RegisterPackageMessage, WorkerFailureCode, WorkerReply } from './messages.js';
import type { PackageRoute } from './package-route.js';
import type { ProgressListener } from './progress-throttle.js';
import type { PackageSource, PackageStore } from './package-store.js';
import { addSlashResponse, fileResponse, messageResponse, methodNotAllowedResponse, partialFileResponse } from './responses.js';

export interface PackageRegistryOptions {
  /** Where registered packages are kept across the worker's restarts. */
  readonly store: PackageStore;
  /** Whether the page with this client id is still open. */
  readonly isClientOpen: (clientId: string) => Promise<boolean>;
  /** Where to say what happens to packages registered with `debug`. */
  readonly log: (message: string) => void;
  /** The fetch that reads zips given by URL; the global one by default. */
  readonly fetch?: typeof fetch;
}

/** An opened zip with what the worker has learnt of it. */
interface OpenPackage {
  readonly archive: ZipArchive;
  readonly debug: boolean;
  /** Every folder of the package; computed the first time a request names no file. */
  folders?: ReadonlySet<string>;
}

/** Opened archives kept: a page plays one package at a time, or a few side by side. */
const openPackagesKept = 4;
/**
 * Bytes of recently read files kept. A media element reads one file with many Range requests,
 * and the zip reader gives whole files only: without this, every seek in a video would read and
 * check the whole video again. A file larger than this is read again for each request.
 */
const fileBytesKept = 128 * 1024 * 1024;

/** Stored files larger than this are read in parts for Range requests (see #readsInParts). */
const READ_IN_PARTS_ABOVE = 4 * 1024 * 1024;

/**
 * The packages a worker serves: registered by pages, kept in `store` so that a restarted worker
 * serves them still, opened again on demand, and answered for file by file.
 */
export class PackageRegistry {
  readonly #store: PackageStore;
  readonly #isClientOpen: (clientId: string) => Promise<boolean>;
  readonly #log: (message: string) => void;
  readonly #fetch: typeof fetch | undefined;
  readonly #openPackages = new LruMap<string, Promise<OpenPackage | undefined>>(openPackagesKept, () => 1);
  /** Keyed `<packageId>/<path>`: package ids hold no "/". */
  readonly #files = new LruMap<string, Uint8Array>(fileBytesKept, (bytes) => bytes.length + 1);

  constructor(options: PackageRegistryOptions) {
    this.#store = options.store;
    this.#isClientOpen = options.isClientOpen;
    this.#log = options.log;
    this.#fetch = options.fetch;
  }

  /**
   * Opens the zip (so that a page learns at once that it is not one, or is refused), keeps it
   * in the store, and serves it. The same id registered again serves the new zip. `onProgress`
   * follows the download of a zip given by URL whose server ignores ranges.
   */
  async register(message: RegisterPackageMessage, ownerClientId: string, onProgress?: ProgressListener): Promise<WorkerReply> {
    const { packageId, source } = message;
    const debug = message.debug === true;
    let archive: ZipArchive;
    try {
      archive = await this.#openArchive(source, onProgress);
    } catch (error) {
      if (debug) this.#log(`${packageId}: refused: ${String(error)}`);
      return error instanceof ZipError
        ? { ok: false, code: error.code, message: error.message }
        : failure('package.open-failed', `The zip could not be opened (${String(error)}).`);
    }
    try {
      await this.#store.put(packageId, { source, debug, ownerClientId });
    } catch (error) {
      if (debug) this.#log(`${packageId}: not stored: ${String(error)}`);
      return failure(
        'package.storage-failed',
        `The browser would not keep the zip in its Cache Storage (${String(error)}), and without it the package would ` +
          'stop playing whenever the browser stops the idle service worker. Free some storage, or leave private browsing.',
      );
    }
    this.#forget(packageId);
    this.#openPackages.set(packageId, Promise.resolve({ archive, debug }));
    if (debug) this.#log(`${packageId}: serving ${archive.entries.size} files`);
    return { ok: true };
  }

  /** Stops serving the package and deletes its zip from the store. Releasing twice is harmless. */
  async release(packageId: string): Promise<void> {
    this.#forget(packageId);
    await this.#store.delete(packageId);
  }

  /** Releases the packages whose registering page has closed: nothing will load them any more. */
  async releaseOrphans(): Promise<void> {
    for (const [packageId, ownerClientId] of await this.#store.owners()) {
      if (!(await this.#isClientOpen(ownerClientId))) await this.release(packageId);
    }
  }

  /** The answer to `request`, which `route` names a package file by. Never rejects. */
  async respond(request: Request, route: PackageRoute): Promise<Response> {
    try {
      return await this.#respond(request, route);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return messageResponse(500, 'Internal Server Error', `The package file could not be served: ${message}`);
    }
  }

  async #respond(request: Request, route: PackageRoute): Promise<Response> {
    if (request.method !== 'GET' && request.method !== 'HEAD') return methodNotAllowedResponse(request.method);
    if (route.kind === 'package-root') return addSlashResponse(request.url);
    if (route.kind === 'bad-path') return notFound(`The package has no file "${route.rawPath}".`);
    const opened = await this.#opened(route.packageId);
    if (opened === undefined) {
      return notFound(`No package "${route.packageId}" is served here: it was released, or the page that registered it has closed.`);
    }
    const path = route.isDirectory ? (route.path === '' ? 'index.html' : `${route.path}/index.html`) : route.path;
    let response: Response;
    const entry = opened.archive.entries.get(path);
    if (entry !== undefined) {
      response = this.#readsInParts(route.packageId, entry, request)
        ? await partialFileResponse(request, path, entry.uncompressedSize, (first, last) => opened.archive.readStoredRange(path, first, last))
        : fileResponse(request, path, await this.#read(route.packageId, opened.archive, path));
    } else if (!route.isDirectory && foldersOf(opened).has(path)) {
      response = addSlashResponse(request.url);
    } else {
      response = notFound(`The package has no file "${path}".`);
    }
    if (opened.debug) this.#log(`${route.packageId}: ${request.method} ${path} ${request.headers.get('Range') ?? ''} → ${response.status}`);
    return response;
  }

  /** The package opened, from memory or again from the store; undefined when it is not registered. */
  async #opened(packageId: string): Promise<OpenPackage | undefined> {
    let opening = this.#openPackages.get(packageId);
    if (opening === undefined) {
      opening = this.#reopen(packageId);
      this.#openPackages.set(packageId, opening);
    }
    try {
      const opened = await opening;
      if (opened === undefined) this.#dropOpening(packageId, opening);
      return opened;
    } catch (error) {
      // A source that failed once (a server down) may work for the next request.
      this.#dropOpening(packageId, opening);
      throw error;
    }
  }

  async #reopen(packageId: string): Promise<OpenPackage | undefined> {
    const record = await this.#store.get(packageId);
    if (record === undefined) return undefined;
    const archive = await this.#openArchive(record.source);
    if (record.debug) this.#log(`${packageId}: opened again after a restart of the worker`);
    return { archive, debug: record.debug };
  }

  #dropOpening(packageId: string, opening: Promise<OpenPackage | undefined>): void {
    if (this.#openPackages.get(packageId) === opening) this.#openPackages.delete(packageId);
  }

  async #openArchive(source: PackageSource, onProgress?: ProgressListener): Promise<ZipArchive> {
    if (source instanceof Blob) return openZip(blobByteSource(source));
    return openZip(
      await httpByteSource(source.url, {
        ...(this.#fetch === undefined ? {} : { fetch: this.#fetch }),
        ...(onProgress === undefined ? {} : { onProgress }),
      }),
    );
  }

  /**
   * A Range request for a large stored file not already in memory (a video being seeked) reads
   * only the part asked for; reading it whole at every seek would cost the whole file each time.
   */
  #readsInParts(packageId: string, entry: ZipEntry, request: Request): boolean {
    return entry.method === 0 && entry.uncompressedSize > READ_IN_PARTS_ABOVE && request.headers.has('Range') &&
      !request.headers.has('If-Range') && this.#files.get(`${packageId}/${entry.name}`) === undefined;
  }

  async #read(packageId: string, archive: ZipArchive, path: string): Promise<Uint8Array> {
    const key = `${packageId}/${path}`;
    let content = this.#files.get(key);
    if (content === undefined) {
      content = await archive.readEntry(path);
      this.#files.set(key, content);
    }
    return content;
  }

  #forget(packageId: string): void {
    this.#openPackages.delete(packageId);
    const keyPrefix = `${packageId}/`;
    this.#files.deleteWhere((key) => key.startsWith(keyPrefix));
  }
}

function failure(code: WorkerFailureCode, message: string): WorkerReply {
  return { ok: false, code, message };
}

function notFound(message: string): Response {
  return messageResponse(404, 'Not Found', message);
}

/** Every folder that holds a file of the package, as paths without a trailing "/". */
function foldersOf(opened: OpenPackage): ReadonlySet<string> {
  if (opened.folders !== undefined) return opened.folders;
  const folders = new Set<string>();
  for (const name of opened.archive.entries.keys()) {
    for (let slash = name.indexOf('/'); slash !== -1; slash = name.indexOf('/', slash + 1)) folders.add(name.slice(0, slash));
  }
  opened.folders = folders;
  return folders;
}
