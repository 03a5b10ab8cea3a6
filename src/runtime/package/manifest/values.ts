/**
 * Reading typed values from manifest elements, and reporting what cannot be read. Identifiers,
 * URIs, booleans, decimals and tokens all have the XML Schema whitespace facet `collapse` (XML
 * Schema Part 2 §4.3.6), so they are trimmed before they are compared or checked.
 */
import type { FindingSink } from '../findings.js';
import { IMSCP } from '../namespaces.js';
import { report, within } from '../sequencing/attribute-values.js';
import { attributeValue, type XmlElement } from '../xml/xml-tree.js';
import { ManifestFinding } from './finding-codes.js';

/**
 * The IMS Content Packaging namespaces, and no namespace: a manifest without xmlns is read as
 * IMS CP (with a warning, in manifest-parser.ts) rather than as empty.
 */
export const CP: ReadonlySet<string> = new Set([...IMSCP, '']);

/** Where findings go and the element path they name, e.g. `manifest/organizations/organization[O1]`. */
export interface Context {
  readonly path: string;
  readonly findings: FindingSink;
}

// The same as the sequencing parsers': a Context is a ParseContext.
export { report, within };

const WHITESPACE_RUNS = /[ \t\n\r]+/g;

/**
 * XML Schema `collapse`: trimmed, inner runs of white space made one space. Most values have no
 * inner white space but single spaces, and are checked for it without a regular expression.
 */
export function collapse(value: string): string {
  const trimmed = value.trim();
  for (let index = 0; index < trimmed.length; index += 1) {
    const code = trimmed.charCodeAt(index);
    if (code === 0x09 || code === 0x0a || code === 0x0d || (code === 0x20 && isWhitespace(trimmed.charCodeAt(index + 1)))) {
      return trimmed.replace(WHITESPACE_RUNS, ' ');
    }
  }
  return trimmed;
}

function isWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/** An attribute's value: unprefixed, or in one of `namespaces`; undefined when absent. */
export const attribute = attributeValue;

/** An attribute's collapsed value; undefined when absent. */
export function collapsedAttribute(element: XmlElement, name: string, namespaces?: ReadonlySet<string>): string | undefined {
  const value = attribute(element, name, namespaces);
  return value === undefined ? undefined : collapse(value);
}

/** An element's own text, trimmed (titles, schemaversion, dataFromLMS…). */
export function textOf(element: XmlElement): string {
  return element.text.trim();
}

/** How a value looks in the manifest, for messages: an attribute, or the element's text when `name` is "". */
export function describe(element: XmlElement, name: string, raw: string): string {
  const tag = element.prefix === '' ? element.localName : `${element.prefix}:${element.localName}`;
  return name === '' ? `<${tag}>${raw}</${tag}>` : `<${tag} ${name}="${raw}">`;
}

/** Reports a value outside its type; `fallback` is what is used instead (undefined: nothing). */
export function reportInvalid(context: Context, element: XmlElement, name: string, raw: string, expected: string, fallback?: unknown): void {
  const consequence = fallback === undefined ? 'it is ignored' : `${String(fallback)} is used`;
  report(context, element, ManifestFinding.invalidValue, 'warning', `${describe(element, name, raw)} is not ${expected}; ${consequence}.`);
}

/** XML Schema xs:boolean (§3.2.2): true, false, 1, 0. */
export function readBoolean(element: XmlElement, name: string, fallback: boolean, context: Context, namespaces?: ReadonlySet<string>): boolean {
  const raw = collapsedAttribute(element, name, namespaces);
  if (raw === undefined) return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  reportInvalid(context, element, name, raw, 'a boolean (true or false)', fallback);
  return fallback;
}

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** XML Schema xs:decimal (§3.2.3) in [min, max]; undefined (and a finding) otherwise. */
export function readDecimal(
  raw: string,
  min: number,
  max: number,
  element: XmlElement,
  name: string,
  context: Context,
  fallback?: number,
): number | undefined {
  const value = DECIMAL.test(raw) ? Number(raw) : Number.NaN;
  if (value >= min && value <= max) return value;
  reportInvalid(context, element, name, raw, `a decimal from ${min} to ${max}`, fallback);
  return fallback;
}

/** A token of a closed vocabulary (XSD enumeration, case-sensitive); undefined (and a finding) otherwise. */
export function readToken<T extends string>(raw: string, vocabulary: ReadonlySet<T>, element: XmlElement, name: string, context: Context): T | undefined {
  if (vocabulary.has(raw as T)) return raw as T;
  reportInvalid(context, element, name, raw, `one of ${[...vocabulary].join(' | ')}`);
  return undefined;
}
