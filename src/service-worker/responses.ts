import { selectByteRange } from './byte-range.js';
import { contentTypeFor } from './content-types.js';

/**
 * The answer to a GET or HEAD of the package file `path`, whose bytes are `content`: the whole
 * file (200), or the single byte range asked for (206), or 416 when that range lies outside it
 * (RFC 9110 §14, §15.3.7, §15.5.17). Every answer says Accept-Ranges: bytes (§14.3), which media
 * elements look for before they seek.
 *
 * If-Range (§13.1.5) can only name a validator this server sent, and it sends none (no ETag,
 * no Last-Modified), so a Range that comes with If-Range is ignored: the whole file is sent.
 */
export function fileResponse(request: Request, path: string, content: Uint8Array): Response {
  const size = content.length;
  const headers = new Headers({ 'Content-Type': contentTypeFor(path, content), 'Accept-Ranges': 'bytes' });
  const range = request.headers.has('If-Range') ? null : request.headers.get('Range');
  const selection = selectByteRange(range, size);
  if (selection.kind === 'unsatisfiable') {
    headers.set('Content-Range', `bytes */${size}`);
    return new Response(null, { status: 416, statusText: 'Range Not Satisfiable', headers });
  }
  let status = 200;
  let body = content;
  if (selection.kind === 'part') {
    status = 206;
    body = content.subarray(selection.first, selection.last + 1);
    headers.set('Content-Range', `bytes ${selection.first}-${selection.last}/${size}`);
  }
  headers.set('Content-Length', String(body.length));
  // The zip reader's bytes always live in an ArrayBuffer; its type only says ArrayBufferLike.
  const bodyInit = request.method === 'HEAD' ? null : (body as Uint8Array<ArrayBuffer>);
  return new Response(bodyInit, { status, statusText: status === 206 ? 'Partial Content' : 'OK', headers });
}

/**
 * The answer to a Range request for part of a large file that is read piece by piece
 * (`readRange`, inclusive bounds) instead of whole: 206 with the part, 416 outside the file, or
 * the whole file when the Range header is not one this server serves (see fileResponse).
 */
export async function partialFileResponse(
  request: Request,
  path: string,
  size: number,
  readRange: (first: number, last: number) => Promise<Uint8Array>,
): Promise<Response> {
  const selection = selectByteRange(request.headers.get('Range'), size);
  if (selection.kind !== 'part') return fileResponse(request, path, size === 0 ? new Uint8Array() : await readRange(0, size - 1));
  const body = await readRange(selection.first, selection.last);
  const headers = new Headers({
    // Large files read in parts are media and documents: their type comes from the extension alone.
    'Content-Type': contentTypeFor(path, new Uint8Array()),
    'Accept-Ranges': 'bytes',
    'Content-Range': `bytes ${selection.first}-${selection.last}/${size}`,
    'Content-Length': String(body.length),
  });
  const bodyInit = request.method === 'HEAD' ? null : (body as Uint8Array<ArrayBuffer>);
  return new Response(bodyInit, { status: 206, statusText: 'Partial Content', headers });
}

/** The same URL with "/" added to its path: a folder's page needs it for its relative links. */
export function addSlashResponse(url: string): Response {
  const query = url.search(queryOrFragment);
  const location = query === -1 ? `${url}/` : `${url.slice(0, query)}/${url.slice(query)}`;
  return new Response(null, { status: 301, statusText: 'Moved Permanently', headers: { Location: location } });
}

const queryOrFragment = /[?#]/;

/** Only reading is served: 405 names the methods that are (RFC 9110 §15.5.6). */
export function methodNotAllowedResponse(method: string): Response {
  const response = messageResponse(405, 'Method Not Allowed', `A package file cannot be changed: ${method} is not supported.`);
  response.headers.set('Allow', 'GET, HEAD');
  return response;
}

/**
 * A short HTML page saying what went wrong, for the person looking at the content's frame.
 * The text is escaped and the page may run nothing: what it names comes from the request URL.
 */
export function messageResponse(status: number, statusText: string, message: string): Response {
  const html = `<!doctype html><meta charset="utf-8"><title>${status} ${statusText}</title><p>${escapeHtml(message)}</p>\n`;
  return new Response(html, {
    status,
    statusText,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': "default-src 'none'" },
  });
}

const htmlSpecial = /[&<>"']/g;
const htmlEscapes: ReadonlyMap<string, string> = new Map([
  ['&', '&amp;'],
  ['<', '&lt;'],
  ['>', '&gt;'],
  ['"', '&quot;'],
  ["'", '&#39;'],
]);

function escapeHtml(text: string): string {
  return text.replace(htmlSpecial, (character) => htmlEscapes.get(character)!);
}
