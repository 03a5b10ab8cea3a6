/** A zip in a Blob (or File), or at a URL the worker fetches with HTTP range requests. */
export type PackageSource = Blob | { readonly url: string };

/** What the worker must remember of a registered package to reopen it after a restart. */
export interface PackageRecord {
  readonly source: PackageSource;
  /** Log what the worker does with this package to the worker's console. */
  readonly debug: boolean;
  /** The page that registered the package: once it is gone, so is the package. */
  readonly ownerClientId: string;
}

export interface PackageStore {
  put(packageId: string, record: PackageRecord): Promise<void>;
  get(packageId: string): Promise<PackageRecord | undefined>;
  delete(packageId: string): Promise<void>;
  /** Each stored package's id and the page that registered it. */
  owners(): Promise<Array<readonly [packageId: string, ownerClientId: string]>>;
}

const cacheName = 'scorm-player-packages';
const ownerHeader = 'X-Scorm-Player-Owner';
const debugHeader = 'X-Scorm-Player-Debug';
const urlHeader = 'X-Scorm-Player-Url';

/**
 * Registered packages kept in the Cache API, so that the browser can stop the idle worker and a
 * new one still serves them. The Cache API was chosen over IndexedDB because it stores a Blob
 * as a response body with no schema or version to manage, and browsers keep such bodies on
 * disk: only the ranges the zip reader asks for are read back.
 *
 * One response per package, its body the zip (a URL source has none and names its URL in a
 * header). The keys are URLs under the worker's scope, so that two workers of one origin, which
 * share the Cache API, keep their packages apart; nothing is ever served from these keys.
 */
export function cachePackageStore(caches: CacheStorage, scope: string): PackageStore {
  const keyPrefix = `${scope}${scope.endsWith('/') ? '' : '/'}__scorm-player-packages__/`;
  let opened: Promise<Cache> | undefined;
  const cache = () => (opened ??= caches.open(cacheName));
  return {
    async put(packageId, { source, debug, ownerClientId }) {
      const headers = new Headers({ [ownerHeader]: ownerClientId, [debugHeader]: debug ? '1' : '0' });
      if (!(source instanceof Blob)) headers.set(urlHeader, source.url);
      await (await cache()).put(keyPrefix + packageId, new Response(source instanceof Blob ? source : null, { headers }));
    },
    async get(packageId) {
      const response = await (await cache()).match(keyPrefix + packageId);
      if (response === undefined) return undefined;
      const url = response.headers.get(urlHeader);
      return {
        source: url === null ? await response.blob() : { url },
        debug: response.headers.get(debugHeader) === '1',
        ownerClientId: response.headers.get(ownerHeader) ?? '',
      };
    },
    async delete(packageId) {
      await (await cache()).delete(keyPrefix + packageId);
    },
    async owners() {
      const stored = await cache();
      const owners: Array<readonly [string, string]> = [];
      for (const request of await stored.keys()) {
        if (!request.url.startsWith(keyPrefix)) continue;
        const response = await stored.match(request);
        owners.push([request.url.slice(keyPrefix.length), response?.headers.get(ownerHeader) ?? '']);
      }
      return owners;
    },
  };
}
