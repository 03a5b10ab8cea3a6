// Enough of the Cache API (absent from Node) for the package store: caches by name, responses
// by URL, a clone on every match as the real one gives a fresh body each time.

export interface FakeCacheStorage extends CacheStorage {
  /** The stored responses of every cache, by cache name then URL. */
  readonly stored: Map<string, Map<string, Response>>;
  /** Makes the next put fail, as a full quota does. */
  failNextPut: boolean;
}

export function fakeCacheStorage(): FakeCacheStorage {
  const stored = new Map<string, Map<string, Response>>();
  const storage = {
    stored,
    failNextPut: false,
    async open(name: string): Promise<Cache> {
      let responses = stored.get(name);
      if (responses === undefined) stored.set(name, (responses = new Map()));
      const entries = responses;
      const cache = {
        async put(request: RequestInfo | URL, response: Response) {
          if (storage.failNextPut) {
            storage.failNextPut = false;
            throw new DOMException('Quota exceeded', 'QuotaExceededError');
          }
          // The real Cache API reads the body when it stores it.
          entries.set(urlOf(request), new Response(await response.arrayBuffer(), { headers: response.headers }));
        },
        async match(request: RequestInfo | URL) {
          return entries.get(urlOf(request))?.clone();
        },
        async delete(request: RequestInfo | URL) {
          return entries.delete(urlOf(request));
        },
        async keys() {
          return [...entries.keys()].map((url) => new Request(url));
        },
      };
      return cache as unknown as Cache;
    },
  };
  return storage as unknown as FakeCacheStorage;
}

function urlOf(request: RequestInfo | URL): string {
  return typeof request === 'string' ? request : request instanceof URL ? request.href : request.url;
}
