/**
 * Content types by file extension, for what courses ship. Text types say UTF-8, what authoring
 * tools write; XML and JSON carry their encoding themselves (XML declaration; RFC 8259 §8.1).
 */
const contentTypes: ReadonlyMap<string, string> = new Map([
  ['html', 'text/html; charset=utf-8'],
  ['htm', 'text/html; charset=utf-8'],
  ['js', 'text/javascript; charset=utf-8'],
  ['mjs', 'text/javascript; charset=utf-8'],
  ['css', 'text/css; charset=utf-8'],
  ['txt', 'text/plain; charset=utf-8'],
  ['vtt', 'text/vtt; charset=utf-8'],
  ['json', 'application/json'],
  ['xml', 'application/xml'],
  ['svg', 'image/svg+xml'],
  ['png', 'image/png'],
  ['jpg', 'image/jpeg'],
  ['jpeg', 'image/jpeg'],
  ['gif', 'image/gif'],
  ['webp', 'image/webp'],
  ['ico', 'image/x-icon'],
  ['woff', 'font/woff'],
  ['woff2', 'font/woff2'],
  ['ttf', 'font/ttf'],
  ['otf', 'font/otf'],
  ['mp3', 'audio/mpeg'],
  ['m4a', 'audio/mp4'],
  ['wav', 'audio/wav'],
  ['oga', 'audio/ogg'],
  ['ogg', 'audio/ogg'],
  ['mp4', 'video/mp4'],
  ['webm', 'video/webm'],
  ['ogv', 'video/ogg'],
  ['pdf', 'application/pdf'],
  ['swf', 'application/x-shockwave-flash'],
]);

const unknownType = 'application/octet-stream';
const htmlWithoutCharset = 'text/html';

/**
 * HTML §13.2.3.2 "Determining the character encoding": a charset in Content-Type overrides the
 * page's own <meta charset>, and the prescan looks for that meta in the first 1024 bytes. Older
 * courses declare windows-1252 or ISO-8859-1 there.
 */
const prescanLength = 1024;
const metaCharset = /<meta[^>]+charset/i;

/**
 * The Content-Type of the package file `path`, by its extension (case-insensitive). An HTML
 * page that names its encoding in a <meta> gets no charset in the header, so that its own
 * declaration decides, as on a web server that adds none.
 */
export function contentTypeFor(path: string, content: Uint8Array): string {
  const type = contentTypes.get(extensionOf(path)) ?? unknownType;
  if (type.startsWith(htmlWithoutCharset) && declaresCharset(content)) return htmlWithoutCharset;
  return type;
}

function extensionOf(path: string): string {
  const dot = path.lastIndexOf('.');
  return dot > path.lastIndexOf('/') ? path.slice(dot + 1).toLowerCase() : '';
}

function declaresCharset(content: Uint8Array): boolean {
  const head = content.subarray(0, prescanLength);
  // Bytes as Latin-1: the prescan only matches ASCII, whatever the encoding.
  return metaCharset.test(String.fromCharCode.apply(null, head as unknown as number[]));
}
