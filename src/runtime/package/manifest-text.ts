/**
 * The manifest's bytes as text. XML 1.0 §4.3.3 and appendix F: a byte order mark decides UTF-8
 * or UTF-16; otherwise the XML declaration's encoding (default UTF-8). Undefined when the bytes
 * are not text in that encoding, or the encoding is one the platform does not know.
 */
export function decodeManifest(bytes: Uint8Array): { text: string } | { error: string } {
  const encoding = sniffEncoding(bytes);
  try {
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
  } catch {
    return { error: `imsmanifest.xml is not valid ${encoding} text` };
  }
}

function sniffEncoding(bytes: Uint8Array): string {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const declared = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1];
  return declared?.toLowerCase() ?? 'utf-8';
}
