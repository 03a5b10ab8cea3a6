/**
 * Where a package's files are served: `<scope>__scorm-player__/<packageId>/<path>`. The prefix
 * keeps the worker's URLs apart from the host page's own files under the same scope.
 */
export const packageUrlSegment = '__scorm-player__';

/** Package ids are path segments the page chooses (a UUID): nothing that needs encoding. */
const packageIdSyntax = /^[A-Za-z0-9_-]{1,64}$/;

export function isPackageId(value: unknown): value is string {
  return typeof value === 'string' && packageIdSyntax.test(value);
}

/**
 * The URL under which every package of the worker registered for `scope` is served: the scope
 * itself when it ends with the `__scorm-player__/` segment (the page side's default, so that the
 * worker controls nothing but package files), else that segment under the scope. A scope need
 * not end with "/" (`/app` controls `/app/…` and `/apps/…`); the segment always starts a new
 * path segment.
 */
export function packageUrlPrefix(scope: string): string {
  if (scope.endsWith(`/${packageUrlSegment}/`)) return scope;
  return scope.endsWith('/') ? `${scope}${packageUrlSegment}/` : `${scope}/${packageUrlSegment}/`;
}

export type PackageRoute =
  /** A file of the package, or with `isDirectory` a folder whose index.html is wanted. `path` is
   * relative to the package root, without a trailing "/", "" for the root itself. */
  | { readonly kind: 'entry'; readonly packageId: string; readonly path: string; readonly isDirectory: boolean }
  /** `<prefix><packageId>` without the "/" that relative links in the root page need. */
  | { readonly kind: 'package-root'; readonly packageId: string }
  /** A path that cannot name a file of the package: undecodable, or reaching above its root. */
  | { readonly kind: 'bad-path'; readonly packageId: string; readonly rawPath: string };

/**
 * The package file that `url` asks for, or undefined when `url` is not under `prefix` (the
 * request is then none of the worker's business). The query and fragment play no part.
 */
export function routePackageRequest(url: string, prefix: string): PackageRoute | undefined {
  if (!url.startsWith(prefix)) return undefined;
  const rest = url.slice(prefix.length, endOfPath(url));
  const slash = rest.indexOf('/');
  if (slash === -1) return rest === '' ? undefined : { kind: 'package-root', packageId: rest };
  const packageId = rest.slice(0, slash);
  if (packageId === '') return undefined;
  const rawPath = rest.slice(slash + 1);
  const path = decodePackagePath(rawPath);
  if (path === undefined) return { kind: 'bad-path', packageId, rawPath };
  const isDirectory = rawPath === '' || rawPath.endsWith('/') || path === '' || endsWithDotSegment(rawPath);
  return { kind: 'entry', packageId, path, isDirectory };
}

function endOfPath(url: string): number {
  const query = url.indexOf('?');
  const fragment = url.indexOf('#');
  if (query === -1) return fragment === -1 ? url.length : fragment;
  return fragment === -1 ? query : Math.min(query, fragment);
}

/** `a/.` and `a/..` name folders, as in RFC 3986 §5.2.4 where they leave a trailing "/". */
function endsWithDotSegment(rawPath: string): boolean {
  return rawPath === '.' || rawPath === '..' || rawPath.endsWith('/.') || rawPath.endsWith('/..');
}

/**
 * The package path `rawPath` names, or undefined when it names none.
 *
 * Each segment is percent-decoded as UTF-8 (RFC 3986 §2.1, §2.5), after splitting on "/": an
 * encoded "/" (%2F) is data, not a delimiter (§2.2), and no zip entry name holds one inside a
 * segment, nor a backslash or NUL (the zip reader refuses those), so such a segment names
 * nothing. Dot segments are then removed (§5.2.4 remove_dot_segments) — browsers have done it
 * already for literal and encoded dots, but the path is checked here too — and a ".." above the
 * package root names nothing: it never reaches the host page's files. Empty segments are
 * dropped, as the zip reader drops them from entry names.
 */
function decodePackagePath(rawPath: string): string | undefined {
  const segments: string[] = [];
  for (const raw of rawPath.split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return undefined;
    }
    if (segment.includes('/') || segment.includes('\\') || segment.includes('\0')) return undefined;
    if (segment === '..') {
      if (segments.pop() === undefined) return undefined;
    } else if (segment !== '' && segment !== '.') {
      segments.push(segment);
    }
  }
  return segments.join('/');
}
