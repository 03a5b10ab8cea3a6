/**
 * The files of a package, wherever they are: a zip read in place, a folder on a web server, or
 * files held in memory. Paths are `/`-separated from the package root, percent-decoded.
 */
export interface PackageFiles {
  /** Where the files come from, for messages: the zip's name or the folder's URL. */
  readonly origin: string;
  /**
   * Every file path, when the source can list its files (a zip, a directory on disk); undefined
   * for a folder on a web server, which cannot be listed.
   */
  readonly paths: readonly string[] | undefined;
  /** The file's bytes, or undefined when the package has no such file. */
  read(path: string): Promise<Uint8Array | undefined>;
}

/**
 * The files of a package unpacked in a folder on a web server (`baseUrl` ends with `/`). A
 * missing file is a 404; any other failure is an error naming the URL and status.
 */
export function urlPackageFiles(baseUrl: string, fetchFile: typeof fetch = fetch): PackageFiles {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return {
    origin: base,
    paths: undefined,
    async read(path) {
      const url = new URL(path.split('/').map(encodeURIComponent).join('/'), base).href;
      const response = await fetchFile(url);
      if (response.status === 404) return undefined;
      if (!response.ok) throw new Error(`Reading ${url} failed: HTTP ${response.status} ${response.statusText}`.trim());
      return new Uint8Array(await response.arrayBuffer());
    },
  };
}

/** Files held in memory (tests, packages built in the page), text or bytes. */
export function memoryPackageFiles(files: Readonly<Record<string, string | Uint8Array>>, origin = 'memory'): PackageFiles {
  const encoder = new TextEncoder();
  const byPath = new Map(Object.entries(files).map(([path, content]) => [path, typeof content === 'string' ? encoder.encode(content) : content]));
  return {
    origin,
    paths: [...byPath.keys()],
    read: async (path) => byPath.get(path),
  };
}
