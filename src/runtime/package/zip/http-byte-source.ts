import { memoryByteSource, type ByteSource } from './byte-source.js';
import { ZipError } from './zip-error.js';
import { endOfArchiveReadLength } from './zip-format.js';

export interface HttpByteSourceOptions {
  /** The fetch to call; the global one by default. */
  fetch?: typeof fetch;
  /** Added to every request (credentials, headers, an abort signal …). */
  init?: RequestInit;
  /**
   * Called as a whole-file download (a server that ignores ranges) streams in: first with 0,
   * then after each part received, and last with `loaded` equal to `total`. `total` is the size
   * the server announced, undefined when it announced none (or announced too little) until the
   * last call. Never called when the server honours ranges: there is little to wait for.
   */
  onProgress?: (loaded: number, total: number | undefined) => void;
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

  const { onProgress } = options;
  /** The whole file in memory, streamed part by part only when someone follows the progress. */
  const wholeFile = async (response: Response, headSize: number | undefined): Promise<ByteSource> =>
    memoryByteSource(onProgress === undefined ? await bodyOf(response, href) : await streamedBodyOf(response, href, headSize, onProgress));

  const size = await sizeFromHead(request);
  if (size === undefined) {
    const whole = await request('GET');
    if (whole.status !== 200) throw await statusError(href, whole);
    return wholeFile(whole, undefined);
  }
  if (size === 0) return memoryByteSource(new Uint8Array(0));
  const tailStart = Math.max(0, size - endOfArchiveReadLength);
  const first = await request('GET', `bytes=${tailStart}-${size - 1}`);
  if (first.status === 200) return wholeFile(first, size);
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
    return head.ok ? contentLength(head) : undefined;
  } catch {
    // The GET that follows reports what is wrong with the URL.
    return undefined;
  }
}

async function bodyOf(response: Response, href: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    throw brokeOff(href, error);
  }
}

function brokeOff(href: string, error: unknown): ZipError {
  return new ZipError('zip.http-error', `The download of ${href} broke off (${String(error)}).`, '', { cause: error });
}

/** The buffer a download starts with when its size is not announced; it doubles as needed. */
const unannouncedStartLength = 1024 * 1024;
/** At most this much is allocated ahead on the server's word, so that a false Content-Length costs no more. */
const announcedStartLengthCap = 512 * 1024 * 1024;

/**
 * The body read part by part, `onProgress` told after each. The buffer is allocated once at the
 * announced size, so that a large zip is not held twice, as its parts and as their sum.
 * Content-Length counts the bytes as sent: a server that compresses the download delivers more
 * than it announced once decoded, and from then on the total is unknown.
 */
async function streamedBodyOf(
  response: Response,
  href: string,
  headSize: number | undefined,
  onProgress: (loaded: number, total: number | undefined) => void,
): Promise<Uint8Array> {
  let total = contentLength(response) ?? headSize;
  let bytes = new Uint8Array(total === undefined ? unannouncedStartLength : Math.min(total, announcedStartLengthCap));
  let loaded = 0;
  onProgress(0, total);
  const reader = response.body?.getReader();
  if (reader === undefined) return new Uint8Array(0);
  for (;;) {
    let part: ReadableStreamReadResult<Uint8Array>;
    try {
      part = await reader.read();
    } catch (error) {
      throw brokeOff(href, error);
    }
    if (part.done) break;
    const chunk = part.value;
    if (loaded + chunk.length > bytes.length) {
      if (loaded + chunk.length > (total ?? Infinity)) total = undefined;
      const grown = new Uint8Array(Math.max(bytes.length * 2, loaded + chunk.length));
      grown.set(bytes.subarray(0, loaded));
      bytes = grown;
    }
    bytes.set(chunk, loaded);
    loaded += chunk.length;
    onProgress(loaded, total);
  }
  // Whatever was announced, the size is known now: the last call always says it.
  if (total !== loaded) onProgress(loaded, loaded);
  return loaded === bytes.length ? bytes : bytes.slice(0, loaded);
}

/** The Content-Length of `response`, undefined when it has none (a chunked download) or a malformed one. */
function contentLength(response: Response): number | undefined {
  const length = response.headers.get('Content-Length');
  return length !== null && digits.test(length) ? Number(length) : undefined;
}

async function statusError(href: string, response: Response, context = ''): Promise<ZipError> {
  await response.body?.cancel();
  const status = `${response.status} ${response.statusText}`.trim();
  return new ZipError('zip.http-error', `The server of ${href} answered HTTP ${status}${context}.`);
}

function lengthError(href: string, received: number, asked: number): ZipError {
  return new ZipError('zip.http-error', `The server of ${href} sent ${received} bytes where ${asked} were asked for.`);
}
