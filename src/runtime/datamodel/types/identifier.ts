/**
 * SCORM 2004 4th ed. RTE §4.1.1.3 long_identifier_type(4000) and short_identifier_type(250):
 * a URI (RFC 3986 in the book; "urn:" values must be URNs, RFC 2141).
 *
 * ADL's SampleRTE (URIValidator) rejects "" and whitespace-only values and otherwise accepts
 * what java.net.URI parses, which is RFC 2396 as amended by RFC 2732. We follow that grammar,
 * since it decides every identifier in ADL's CTS:
 * - `[scheme:]scheme-specific-part[#fragment]`; a `:` before any `/`, `?` or `#` ends a scheme,
 *   which must be a letter then letters, digits, `+`, `-` or `.` (`my_id:1` and `:x` fail);
 * - no spaces, controls or `"` `<` `>` `\` `^` `` ` `` `{` `|` `}`; `%` only as `%hh`; `[` `]`
 *   only in a query, fragment, opaque part or IPv6 host; at most one `#`;
 * - non-ASCII characters other than spaces and controls are allowed outside the scheme;
 * - `scheme:` needs something after it: `urn:` fails (DMI), so does `//` with no authority.
 * On top of ADL, as the book asks, a `urn:` value must be `urn:<NID>:<NSS>` with an RFC 2141
 * NID (a letter or digit, then up to 31 letters, digits or hyphens) and a non-empty NSS.
 *
 * The SPMs (4000 and 250 characters) are floors: ADL accepts longer identifiers with a warning
 * (DMI sets ids just past them), so both types accept the same values.
 */

export function isLongIdentifier(s: string): boolean {
  return isIdentifier(s);
}

export function isShortIdentifier(s: string): boolean {
  return isIdentifier(s);
}

const ALPHA = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const DIGIT = '0123456789';
const UNRESERVED = `${ALPHA}${DIGIT}-_.!~*'()`;

/** RFC 2396 character classes (ASCII); `%hh` escapes and non-ASCII "other" characters aside. */
const SCHEME_CHARS = asciiTable(`${ALPHA}${DIGIT}+-.`);
const URIC_CHARS = asciiTable(`${UNRESERVED};/?:@&=+$,[]`);
const PATH_CHARS = asciiTable(`${UNRESERVED}:@&=+$,;/`);
const REG_NAME_CHARS = asciiTable(`${UNRESERVED}$,;:@&=+`);

/** The delimiters that end each part, as tables: identifiers are checked on every SetValue. */
const SCHEME_END = asciiTable('/?#:');
const AUTHORITY_END = asciiTable('/?#');
const PATH_END = asciiTable('?#');
const FRAGMENT_START = asciiTable('#');

/** A server authority with an IPv6 literal host, the only authority that may hold `[` `]`. */
const IPV6_AUTHORITY = /^(?:(?:[A-Za-z0-9\-_.!~*'();:&=+$,]|%[0-9A-Fa-f]{2})*@)?\[[0-9A-Fa-f:.]+\](?::[0-9]*)?$/;
const URN = /^urn:[A-Za-z0-9][A-Za-z0-9-]{0,31}:./i;

function isIdentifier(s: string): boolean {
  return s.length > 0 && isUri(s) && (!hasUrnScheme(s) || URN.test(s));
}

function hasUrnScheme(s: string): boolean {
  return s.length > 3 && s.charCodeAt(3) === 0x3a /* : */ && s.slice(0, 3).toLowerCase() === 'urn';
}

/** java.net.URI's parse: scheme, then a hierarchical or opaque part, then a fragment. */
function isUri(s: string): boolean {
  const end = s.length;
  let p = indexOfAny(s, 0, SCHEME_END);
  if (p < end && s.charCodeAt(p) === 0x3a /* : */) {
    if (!isScheme(s, p)) return false;
    p += 1;
    if (s.charCodeAt(p) === 0x2f /* / */) {
      p = hierarchicalPartEnd(s, p);
    } else {
      const opaqueEnd = indexOfAny(s, p, FRAGMENT_START);
      if (opaqueEnd === p || !allIn(s, p, opaqueEnd, URIC_CHARS)) return false;
      p = opaqueEnd;
    }
  } else {
    p = hierarchicalPartEnd(s, 0);
  }
  if (p < 0) return false;
  if (p < end && !allIn(s, p + 1, end, URIC_CHARS)) return false;
  return true;
}

function isScheme(s: string, end: number): boolean {
  if (end === 0 || !ALPHA.includes(s.charAt(0))) return false;
  for (let i = 1; i < end; i++) {
    const code = s.charCodeAt(i);
    if (code >= 0x80 || SCHEME_CHARS[code] === 0) return false;
  }
  return true;
}

/** `[//authority]path[?query]` from `start`: the index where it ends, or -1 when malformed. */
function hierarchicalPartEnd(s: string, start: number): number {
  const end = s.length;
  let p = start;
  if (s.startsWith('//', p)) {
    p += 2;
    const authorityEnd = indexOfAny(s, p, AUTHORITY_END);
    if (authorityEnd > p) {
      if (!isAuthority(s.slice(p, authorityEnd))) return -1;
    } else if (authorityEnd === end) {
      return -1;
    }
    p = authorityEnd;
  }
  const pathEnd = indexOfAny(s, p, PATH_END);
  if (!allIn(s, p, pathEnd, PATH_CHARS)) return -1;
  p = pathEnd;
  if (p < end && s.charCodeAt(p) === 0x3f /* ? */) {
    const queryEnd = indexOfAny(s, p + 1, FRAGMENT_START);
    if (!allIn(s, p + 1, queryEnd, URIC_CHARS)) return -1;
    p = queryEnd;
  }
  return p;
}

/** A registry-based authority (java.net.URI falls back to it) or an IPv6 server authority. */
function isAuthority(authority: string): boolean {
  return allIn(authority, 0, authority.length, REG_NAME_CHARS) || IPV6_AUTHORITY.test(authority);
}

/** Whether s[from, to) holds only `allowed` ASCII, `%hh` escapes and visible non-ASCII. */
function allIn(s: string, from: number, to: number, allowed: Uint8Array): boolean {
  for (let i = from; i < to; i++) {
    const code = s.charCodeAt(i);
    if (code < 0x80) {
      if (allowed[code] === 1) continue;
      if (code === 0x25 /* % */ && i + 2 < to && isHex(s.charCodeAt(i + 1)) && isHex(s.charCodeAt(i + 2))) {
        i += 2;
        continue;
      }
      return false;
    }
    if (!isOtherCharacter(code)) return false;
  }
  return true;
}

/** java.net.URI's "other" characters: above U+0080, neither ISO controls nor space separators. */
function isOtherCharacter(code: number): boolean {
  if (code <= 0xa0) return false;
  return !(
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

function isHex(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66);
}

/** The first index at or after `from` holding one of the ASCII delimiters in `table`, or s.length. */
function indexOfAny(s: string, from: number, table: Uint8Array): number {
  for (let i = from; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 0x80 && table[code] === 1) return i;
  }
  return s.length;
}

function asciiTable(chars: string): Uint8Array {
  const table = new Uint8Array(0x80);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}
