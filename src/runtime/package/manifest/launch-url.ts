/**
 * Where a resource is launched from (CAM 4th ed. §3.4, <resource> href and xml:base; <item>
 * parameters). References are resolved as RFC 3986 §5.2 says, through the WHATWG URL parser
 * (which implements that resolution for hierarchical URLs): percent-encoding and queries stay as
 * written, dot segments go.
 */
import type { Item, Resource } from './model.js';

/**
 * The package root as a URL, for resolution: a non-special scheme, so that the parser keeps
 * backslashes and hosts as written; and a sentinel folder below the host, so that a reference
 * that climbs out of the package (`../x` from the root) shows instead of being clamped.
 */
const PACKAGE_SCHEME = 'scorm-package:';
const PACKAGE_ROOT = `${PACKAGE_SCHEME}//package/root/`;
const PACKAGE_ROOT_URL = new URL(PACKAGE_ROOT);

/**
 * `reference` resolved against `base` (itself package-relative or absolute): a path relative to
 * the package root ("" is the root), an absolute URL when the reference leaves for the web (an
 * external href is allowed), or undefined when it climbs out of the package or is no URL at all.
 */
export function resolveReference(reference: string, base: string): string | undefined {
  let resolved: URL;
  try {
    resolved = new URL(reference, base === '' ? PACKAGE_ROOT_URL : new URL(base, PACKAGE_ROOT_URL));
  } catch {
    return undefined;
  }
  const href = resolved.href;
  if (href.startsWith(PACKAGE_ROOT)) return href.slice(PACKAGE_ROOT.length);
  return resolved.protocol === PACKAGE_SCHEME ? undefined : href;
}

/**
 * Whether `href` is a relative path that cannot leave the package: no scheme or authority, no
 * ".." segment, no percent-encoding (the URL parser reads "%2e%2e" as ".."). Most hrefs are;
 * they skip URL parsing.
 */
export function isPlainRelativePath(href: string): boolean {
  return !href.includes(':') && !href.includes('..') && !href.includes('%') && !href.startsWith('/') && !href.startsWith('\\');
}

/**
 * The URL to launch `resource` at for `item`: the resource's href resolved against its xml:base
 * chain, with the item's parameters added. Undefined when the resource has no href or it leads
 * out of the package.
 */
export function launchUrl(resource: Resource, item?: Item): string | undefined {
  if (resource.href === undefined) return undefined;
  const location = resolveReference(resource.href, resource.base);
  if (location === undefined || item?.parameters === undefined) return location;
  return withParameters(location, item.parameters);
}

/**
 * CAM 4th ed. §3.4, <item> parameters: the static parameters an item adds to its resource's URL.
 * A leading "?" or "&" is not part of them; parameters starting with "#" are a fragment, added
 * only when the URL has none; the others join the URL's query with "&" when it has one, or start
 * it with "?". A query goes before the URL's fragment, where RFC 3986 §3 puts it.
 */
export function withParameters(url: string, parameters: string): string {
  if (parameters.startsWith('#')) return url.includes('#') ? url : url + parameters;
  let start = 0;
  while (parameters[start] === '?' || parameters[start] === '&') start += 1;
  if (start === parameters.length) return url;
  const query = parameters.slice(start);
  const hash = url.indexOf('#');
  const beforeFragment = hash === -1 ? url : url.slice(0, hash);
  const fragment = hash === -1 ? '' : url.slice(hash);
  return `${beforeFragment}${beforeFragment.includes('?') ? '&' : '?'}${query}${fragment}`;
}
