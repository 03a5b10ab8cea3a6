/**
 * Reading typed values from manifest elements, and reporting what cannot be read. Identifiers,
 * URIs, booleans, decimals and tokens all have the XML Schema whitespace facet `collapse` (XML
 * Schema Part 2 §4.3.6), so they are trimmed before they are compared or checked.
 */
import type { FindingSink } from '../findings.js';
import { IMSCP } from '../namespaces.js';
import { collapse, describe, invalid, readBoolean as readSequencingBoolean, report, within } from '../sequencing/attribute-values.js';
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
export { collapse, describe, report, within };

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

/** Reports a value outside its type; `fallback` is what is used instead (undefined: nothing). */
export function reportInvalid(context: Context, element: XmlElement, name: string, raw: string, expected: string, fallback?: unknown): void {
  invalid(context, element, name, raw, ManifestFinding.invalidValue, expected, fallback);
}

/** XML Schema xs:boolean (§3.2.2): true, false, 1, 0. */
export function readBoolean(element: XmlElement, name: string, fallback: boolean, context: Context): boolean {
  return readSequencingBoolean(element, name, fallback, context, undefined, ManifestFinding.invalidValue);
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
