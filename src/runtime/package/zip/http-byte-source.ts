import { memoryByteSource, type ByteSource } from './byte-source.js';
import { ZipError } from './zip-error.js';
import { endOfArchiveReadLength } from './zip-format.js';

export interface HttpByteSourceOptions {
  /** The fetch to call; the global one by default. */
  fetch?: typeof fetch;
  /** Added to every request (credentials, headers, an abort signal …). */
  init?: RequestInit;
}

const digits = /^\d+$/;

/**
 * The bytes of a zip at `url`, fetched so that a browser can read a zip on another origin with
 * nothing more than Access-Control-Allow-Origin:
 * - a HEAD request gives the size (Content-Length is readable cross-origin; Content-Range is
 *   not, unless the server exposes it);
 * - a GET of the end of the file with `Range: bytes=first-last` (a CORS-safelisted value, unlike
 *   the suffix form `bytes=-N`, which needs a preflight; Fetch standard, "CORS-safelisted
 *   request-header") tells whether the server honours ranges. With 206, every later read is one
 *   ranged GET, and reads within that end of the file cost no request. With 200, the server
 *   sent the whole file: it is kept in memory and no further request is made.
 * - When HEAD fails or gives no size (signed URLs often allow GET only), the whole file is
 *   downloaded once.
 * Errors name the URL and the HTTP status.
 */
export async function httpByteSource(url: string | URL, options: HttpByteSourceOptions = {}): Promise<ByteSource> {
  const href = String(url);
  const fetchFunction = options.fetch ?? globalThis.fetch;

  const request = async (method: 'GET' | 'HEAD', range?: string): Promise<Response> => {
    const headers = new Headers(options.init?.headers);
    if (range !== undefined) headers.set('Range', range);
    try {
      return await fetchFunction(href, { ...options.init, method, headers });
    } catch (error) {
      throw new ZipError('zip.http-error', `The package at ${href} could not be fetched (${String(error)}).`, '', {
        cause: error,
      });
    }
  };

  const size = await sizeFromHead(request);
  if (size === undefined) {
    const whole = await request('GET');
    if (whole.status !== 200) throw await statusError(href, whole);
    return memoryByteSource(await bodyOf(whole, href));
  }
  if (size === 0) return memoryByteSource(new Uint8Array(0));
  const tailStart = Math.max(0, size - endOfArchiveReadLength);
  const first = await request('GET', `bytes=${tailStart}-${size - 1}`);
  if (first.status === 200) return memoryByteSource(await bodyOf(first, href));
  if (first.status !== 206) throw await statusError(href, first);
  const tail = await bodyOf(first, href);
  if (tail.length !== size - tailStart) throw lengthError(href, tail.length, size - tailStart);
  return {
    size,
    read: async (offset, length) => {
      if (length === 0) return new Uint8Array(0);
      if (offset >= tailStart) return tail.subarray(offset - tailStart, offset - tailStart + length);
      const response = await request('GET', `bytes=${offset}-${offset + length - 1}`);
      if (response.status !== 206) throw await statusError(href, response, ' to a range request');
      const bytes = await bodyOf(response, href);
      if (bytes.length !== length) throw lengthError(href, bytes.length, length);
      return bytes;
    },
  };
}

/** The Content-Length of a successful HEAD answer; undefined when there is none to be had. */
async function sizeFromHead(request: (method: 'HEAD') => Promise<Response>): Promise<number | undefined> {
  try {
    const head = await request('HEAD');
    const length = head.headers.get('Content-Length');
    return head.ok && length !== null && digits.test(length) ? Number(length) : undefined;
  } catch {
    // The GET that follows reports what is wrong with the URL.
    return undefined;
  }
}

async function bodyOf(response: Response, href: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    throw new ZipError('zip.http-error', `The download of ${href} broke off (${String(error)}).`, '', { cause: error });
  }
}

async function statusError(href: string, response: Response, context = ''): Promise<ZipError> {
  await response.body?.cancel();
  const status = `${response.status} ${response.statusText}`.trim();
  return new ZipError('zip.http-error', `The server of ${href} answered HTTP ${status}${context}.`);
}

function lengthError(href: string, received: number, asked: number): ZipError {
  return new ZipError('zip.http-error', `The server of ${href} sent ${received} bytes where ${asked} were asked for.`);
}
