/**
 * XML 1.0 §4.1 entity and character references: what they stand for once the reader has found
 * them well-formed. Only the five predefined entities and character references are replaced; any
 * other entity is kept as written, never expanded (no DOCTYPE can make the reader do unbounded work).
 */

/** XML 1.0 §4.6: the predefined entities. */
export const PREDEFINED_ENTITIES: ReadonlyMap<string, string> = new Map([
  ['lt', '<'],
  ['gt', '>'],
  ['amp', '&'],
  ['apos', "'"],
  ['quot', '"'],
]);

/** XML 1.0 §4.1 [66] CharRef, the part between `&` and `;`. */
const CHARACTER_REFERENCE = /^#(?:x([0-9A-Fa-f]+)|([0-9]+))$/;

/** XML 1.0 §2.11: CR LF and a lone CR are read as LF. */
const LINE_END = /\r\n?/g;
/** XML 1.0 §2.11 then §3.3.3: each line end and white space character in an attribute value is read as a space. */
const ATTRIBUTE_WHITESPACE = /\r\n|[\t\n\r]/g;

/** The code point a character reference (the part between `&` and `;`) gives; undefined when it is none. */
export function characterReferenceCodePoint(reference: string): number | undefined {
  const match = CHARACTER_REFERENCE.exec(reference);
  if (match === null) return undefined;
  return match[1] !== undefined ? parseInt(match[1], 16) : parseInt(match[2]!, 10);
}

/** XML 1.0 §2.2 [2] Char. */
export function isXmlChar(codePoint: number): boolean {
  return codePoint === 0x9 || codePoint === 0xa || codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    (codePoint >= 0x10000 && codePoint <= 0x10ffff);
}

/** What a well-formed reference (the part between `&` and `;`) stands for. */
function referenceText(reference: string): string {
  const predefined = PREDEFINED_ENTITIES.get(reference);
  if (predefined !== undefined) return predefined;
  const codePoint = characterReferenceCodePoint(reference);
  return codePoint === undefined ? `&${reference};` : String.fromCodePoint(codePoint);
}

/** Text as written with its line ends normalised (§2.11). */
export function normalizeLineEnds(text: string): string {
  return text.includes('\r') ? text.replace(LINE_END, '\n') : text;
}

/**
 * Text or an attribute value as written (`raw`, already checked by the reader), its line ends
 * normalised and its references replaced. `attributeWhitespace`: make each white space
 * character a space, as in an attribute value (§3.3.3, CDATA-type normalisation). White space is
 * normalised before references are replaced, so that characters written as references stay.
 */
export function decodeReferences(raw: string, attributeWhitespace: boolean): string {
  const literal = attributeWhitespace ? raw.replace(ATTRIBUTE_WHITESPACE, ' ') : normalizeLineEnds(raw);
  let ampersand = literal.indexOf('&');
  if (ampersand === -1) return literal;
  let decoded = '';
  let from = 0;
  while (ampersand !== -1) {
    const semicolon = literal.indexOf(';', ampersand + 1);
    decoded += literal.slice(from, ampersand) + referenceText(literal.slice(ampersand + 1, semicolon));
    from = semicolon + 1;
    ampersand = literal.indexOf('&', from);
  }
  return decoded + literal.slice(from);
}
