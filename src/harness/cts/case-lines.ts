/**
 * The lines of a CTS test-case script (TestCases/<id>.properties) as ADL's own reader takes them
 * (LMSTestCaseGenerator.createTC in adlnet/SCORM-2004-4ed-Test-Suite). It is not
 * java.util.Properties: file order is kept (it is the order of the visits and of their
 * commands), there are no escapes but `\uXXXX` in commands, and a backslash in the middle of a
 * value (DDM's Windows paths) stays a backslash.
 */

/**
 * The script's bytes as text. ADL reads them with the platform's default charset, which on the
 * Windows machines the CTS was built and run on is windows-1252 (DDM writes `parent’s` as 0x92).
 * The `latin1` label is windows-1252 for WHATWG decoders but ISO-8859-1 for Node's, so the
 * bytes 0x80–0x9F that the two read differently are mapped here, the same on both.
 */
export function decodeScript(bytes: Uint8Array): string {
  return LATIN1.decode(bytes).replace(C1_CONTROLS, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80]!);
}

const LATIN1 = new TextDecoder('latin1');
const C1_CONTROLS = /[\x80-\x9f]/g;

/**
 * windows-1252 for 0x80–0x9F (WHATWG Encoding Standard, index-windows-1252); the five bytes
 * that code page leaves unassigned map to the C1 control of the same number, as WHATWG does.
 */
const WINDOWS_1252_C1 = [
  '\u20ac', '\u0081', '\u201a', '\u0192', '\u201e', '\u2026', '\u2020', '\u2021',
  '\u02c6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008d', '\u017d', '\u008f',
  '\u0090', '\u2018', '\u2019', '\u201c', '\u201d', '\u2022', '\u2013', '\u2014',
  '\u02dc', '\u2122', '\u0161', '\u203a', '\u0153', '\u009d', '\u017e', '\u0178',
];

/** One `key=value` of a script, with the number of the natural line it starts on. */
export interface CaseLine {
  line: number;
  key: string;
  value: string;
}

/** A place where ADL's reader throws, which fails the whole case in ADL's test suite. */
export interface CaseLineProblem {
  line: number;
  reason: string;
}

export interface CaseLines {
  entries: CaseLine[];
  problems: CaseLineProblem[];
}

/**
 * ADL's rules, line by line: a line ending in a backslash is joined to the next one as it is
 * (leading whitespace kept); a line containing `####` is a comment; any other line is a key up to
 * its first `=` and a value after it. ADL's reader throws on an empty line, on a line without
 * `=`, and on a continuation at the end of the file: those become problems.
 */
export function readCaseLines(text: string): CaseLines {
  const natural = text.split(/\r\n|\r|\n/);
  if (natural.at(-1) === '') natural.pop();
  const entries: CaseLine[] = [];
  const problems: CaseLineProblem[] = [];
  for (let index = 0; index < natural.length; index++) {
    const line = index + 1;
    let logical = natural[index]!;
    if (logical === '') {
      problems.push({ line, reason: 'an empty line (ADL reads its last character and fails)' });
      continue;
    }
    while (logical.endsWith('\\') && index + 1 < natural.length) {
      logical = logical.slice(0, -1) + natural[++index]!;
    }
    if (logical.endsWith('\\')) {
      problems.push({ line, reason: 'a continuation at the end of the file' });
      continue;
    }
    if (logical.includes('####')) continue;
    const equals = logical.indexOf('=');
    if (equals < 0) {
      problems.push({ line, reason: `a line without "=": ${logical.slice(0, 60)}` });
      continue;
    }
    entries.push({ line, key: logical.slice(0, equals), value: logical.slice(equals + 1) });
  }
  return { entries, problems };
}

const HEX_DIGIT = /^[0-9A-Fa-f]$/;

/**
 * ADL's `doUnicode`, applied to command values only: `\uXXXX` becomes its character; a backslash
 * followed by anything else, or by `u` and four characters that are not all hex digits, is kept
 * with what follows it, as written (those four characters included, even a backslash among them).
 * Undefined where ADL's loop runs past the end of the text and throws.
 */
export function decodeUnicodeEscapes(text: string): string | undefined {
  if (!text.includes('\\')) return text;
  let result = '';
  let at = 0;
  while (at < text.length) {
    const c = text[at++]!;
    if (c !== '\\') {
      result += c;
      continue;
    }
    if (at >= text.length) return undefined;
    const escaped = text[at++]!;
    if (escaped !== 'u') {
      result += c + escaped;
      continue;
    }
    if (at + 4 > text.length) return undefined;
    const digits = text.slice(at, at + 4);
    at += 4;
    result += [...digits].every((d) => HEX_DIGIT.test(d))
      ? String.fromCharCode(Number.parseInt(digits, 16))
      : `\\u${digits}`;
  }
  return result;
}
