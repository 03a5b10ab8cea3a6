/**
 * A reader for Java `.properties` files as `java.util.Properties.load(InputStream)` reads them
 * (Java SE API, java.util.Properties#load(Reader): line terminators, comment lines, logical lines
 * continued by an odd number of trailing backslashes, key/value separators, escapes). ADL's CTS
 * loads its resource dictionaries (Commands, Instructions, UserInterface) this way, through
 * ResourceBundle; its test-case scripts it reads with its own, simpler reader (case-lines.ts).
 */

/** Bytes as ISO-8859-1, the encoding `Properties.load(InputStream)` assumes: one byte, one code point. */
export function decodeIso88591(bytes: Uint8Array): string {
  let text = '';
  const chunk = 0x2000;
  for (let at = 0; at < bytes.length; at += chunk) {
    text += String.fromCharCode(...bytes.subarray(at, at + chunk));
  }
  return text;
}

/** Why a properties text cannot be read: Java throws on a malformed `\uXXXX` escape. */
export class PropertiesSyntaxError extends Error {
  override name = 'PropertiesSyntaxError';
}

const WHITESPACE = ' \t\f';

/**
 * The key/value pairs of a properties text, later duplicates replacing earlier ones as in Java.
 * Throws PropertiesSyntaxError where Java's `load` throws.
 */
export function parseProperties(text: string): Map<string, string> {
  const entries = new Map<string, string>();
  for (const line of logicalLines(text)) {
    const { key, value } = splitKeyValue(line);
    entries.set(unescape(key), unescape(value));
  }
  return entries;
}

/**
 * The logical lines, continuations joined: blank lines and comment lines (first non-blank
 * character `#` or `!`) dropped; a line ending in an odd number of backslashes continues on the
 * next, whose leading whitespace is dropped; a blank line ends a continued line.
 */
function* logicalLines(text: string): Generator<string> {
  const natural = text.split(/\r\n|\r|\n/);
  let logical: string | undefined;
  for (const raw of natural) {
    const line = trimStart(raw);
    if (logical === undefined) {
      if (line === '' || line[0] === '#' || line[0] === '!') continue;
      logical = '';
    } else if (line === '') {
      yield logical;
      logical = undefined;
      continue;
    }
    if (endsWithOddBackslashes(line)) {
      logical += line.slice(0, -1);
    } else {
      yield logical + line;
      logical = undefined;
    }
  }
  if (logical !== undefined && logical !== '') yield logical;
}

function trimStart(line: string): string {
  let start = 0;
  while (start < line.length && WHITESPACE.includes(line[start]!)) start++;
  return line.slice(start);
}

function endsWithOddBackslashes(line: string): boolean {
  let count = 0;
  for (let at = line.length - 1; at >= 0 && line[at] === '\\'; at--) count++;
  return count % 2 === 1;
}

/**
 * The key runs to the first unescaped `=`, `:` or whitespace; then whitespace, at most one `=`
 * or `:`, and whitespace again are skipped; the rest is the value.
 */
function splitKeyValue(line: string): { key: string; value: string } {
  let keyEnd = 0;
  let valueStart = line.length;
  let separated = false;
  let escaped = false;
  for (; keyEnd < line.length; keyEnd++) {
    const c = line[keyEnd]!;
    if (!escaped && (c === '=' || c === ':')) {
      valueStart = keyEnd + 1;
      separated = true;
      break;
    }
    if (!escaped && WHITESPACE.includes(c)) {
      valueStart = keyEnd + 1;
      break;
    }
    escaped = c === '\\' ? !escaped : false;
  }
  for (; valueStart < line.length; valueStart++) {
    const c = line[valueStart]!;
    if (WHITESPACE.includes(c)) continue;
    if (!separated && (c === '=' || c === ':')) {
      separated = true;
      continue;
    }
    break;
  }
  return { key: line.slice(0, keyEnd), value: line.slice(valueStart) };
}

const CONTROL_ESCAPES: ReadonlyMap<string, string> = new Map([
  ['t', '\t'],
  ['n', '\n'],
  ['r', '\r'],
  ['f', '\f'],
]);

const HEX4 = /^[0-9A-Fa-f]{4}$/;

/** `\uXXXX`, `\t`, `\n`, `\r`, `\f`; a backslash before any other character stands for that character. */
function unescape(text: string): string {
  if (!text.includes('\\')) return text;
  let result = '';
  for (let at = 0; at < text.length; at++) {
    const c = text[at]!;
    if (c !== '\\') {
      result += c;
      continue;
    }
    const escaped = text[++at];
    if (escaped === undefined) break;
    if (escaped === 'u') {
      const hex = text.slice(at + 1, at + 5);
      if (!HEX4.test(hex)) throw new PropertiesSyntaxError(`Malformed \\uxxxx encoding: \\u${hex}`);
      result += String.fromCharCode(Number.parseInt(hex, 16));
      at += 4;
    } else {
      result += CONTROL_ESCAPES.get(escaped) ?? escaped;
    }
  }
  return result;
}
