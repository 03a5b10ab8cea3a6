/**
 * Reading the typed attribute values of the sequencing binding. Every value type there (boolean,
 * token, decimal, nonNegativeInteger, anyURI, duration, dateTime, ID) has the XML Schema
 * whitespace facet `collapse` (XML Schema Part 2 §4.3.6), so values are collapsed before they
 * are checked. An invalid value is reported and the default used; parsing goes on.
 */
import type { FindingSink, Severity } from '../findings.js';
import { attributeValue, type XmlElement } from '../xml/xml-tree.js';
import { SequencingFinding } from './finding-codes.js';

/** Where findings go and the element path they name. */
export interface ParseContext {
  readonly path: string;
  readonly findings: FindingSink;
}

/**
 * The context of a part of `context`'s element: its child `name`, or `name[key]` (a 1-based
 * position, or an identifier). Its path is spelled out only when a finding asks for it: a large
 * manifest makes tens of thousands of contexts and reports on few, if any.
 */
export function within(context: ParseContext, name: string, key?: string | number): ParseContext {
  return new PartContext(context, name, key);
}

class PartContext implements ParseContext {
  constructor(
    readonly parent: ParseContext,
    readonly name: string,
    readonly key: string | number | undefined,
  ) {}

  get path(): string {
    return `${this.parent.path}/${this.name}${this.key === undefined ? '' : `[${this.key}]`}`;
  }

  get findings(): FindingSink {
    return this.parent.findings;
  }
}

/**
 * `values` at its size: the model keeps its arrays, and one grown by push holds room for 17
 * entries where most of the model's hold one or two.
 */
export function atSize<T>(values: T[]): T[] {
  return values.slice();
}

export function report(context: ParseContext, element: XmlElement, code: string, severity: Severity, message: string): void {
  context.findings.add({ code, severity, message, path: context.path, line: element.line });
}

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

/** An unprefixed attribute's value. */
function attribute(element: XmlElement, name: string): string | undefined {
  return attributeValue(element, name);
}

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const NON_NEGATIVE_INTEGER = /^\+?\d+$/;

/** How a value looks in the manifest: an attribute, or the element's text when `name` is "". */
export function describe(element: XmlElement, name: string, raw: string): string {
  const tag = element.prefix === '' ? element.localName : `${element.prefix}:${element.localName}`;
  return name === '' ? `<${tag}>${raw}</${tag}>` : `<${tag} ${name}="${raw}">`;
}

/** Reports a value outside its type, under `code`; `fallback` is what is used instead (undefined: nothing). */
export function invalid(context: ParseContext, element: XmlElement, name: string, raw: string, code: string, expected: string, fallback?: unknown): void {
  const consequence = fallback === undefined ? 'it is ignored' : `the default, ${String(fallback)}, is used`;
  report(context, element, code, 'warning', `${describe(element, name, raw)} is not ${expected}; ${consequence}.`);
}

/** XML Schema xs:boolean (§3.2.2): true, false, 1, 0. `code`: what an invalid value is reported as. */
export function readBoolean(
  element: XmlElement,
  name: string,
  fallback: boolean,
  context: ParseContext,
  namespaces?: ReadonlySet<string>,
  code: string = SequencingFinding.invalidBoolean,
): boolean {
  const raw = attributeValue(element, name, namespaces);
  if (raw === undefined) return fallback;
  const value = collapse(raw);
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  invalid(context, element, name, raw, code, 'true or false', fallback);
  return fallback;
}

/**
 * Each boolean attribute named by a key of `defaults`, or its default; `defaults` itself when
 * the element gives none of them other than its default (the model is read-only, and a large
 * manifest repeats the defaults on thousands of elements).
 */
export function readBooleans<T extends { readonly [K in keyof T]: boolean }>(element: XmlElement, defaults: T, context: ParseContext): T {
  let values: Record<string, boolean> | undefined;
  for (const name in defaults) {
    const value = readBoolean(element, name, defaults[name], context);
    if (value === defaults[name]) continue;
    values ??= { ...(defaults as Record<string, boolean>) };
    values[name] = value;
  }
  return (values as T | undefined) ?? defaults;
}

export function readToken<T extends string>(
  element: XmlElement,
  name: string,
  vocabulary: ReadonlySet<T>,
  fallback: T,
  context: ParseContext,
): T {
  const raw = attribute(element, name);
  if (raw === undefined) return fallback;
  const value = collapse(raw);
  if ((vocabulary as ReadonlySet<string>).has(value)) return value as T;
  invalid(context, element, name, raw, SequencingFinding.invalidToken, `one of ${[...vocabulary].join(', ')}`, fallback);
  return fallback;
}

/**
 * A required token attribute (a rule's condition or action): without it the part it belongs to
 * cannot be read, so a missing or invalid value is an error and undefined.
 */
export function readRequiredToken<T extends string>(
  element: XmlElement,
  name: string,
  vocabulary: ReadonlySet<T>,
  context: ParseContext,
  leftOut: string,
): T | undefined {
  const raw = attribute(element, name);
  const value = raw === undefined ? undefined : collapse(raw);
  if (value !== undefined && (vocabulary as ReadonlySet<string>).has(value)) return value as T;
  const problem =
    raw === undefined
      ? `<${element.localName}> has no ${name}`
      : `${describe(element, name, raw)} is not one of ${[...vocabulary].join(', ')}`;
  const code = raw === undefined ? SequencingFinding.missingPart : SequencingFinding.invalidToken;
  report(context, element, code, 'error', `${problem}; ${leftOut} is left out.`);
  return undefined;
}

/** An xs:decimal in [min, max]: an attribute's value, or an element's text (minNormalizedMeasure, `name` ""). */
export function decimalValue(
  raw: string | undefined,
  element: XmlElement,
  name: string,
  [min, max]: readonly [number, number],
  fallback: number,
  context: ParseContext,
): number {
  if (raw === undefined) return fallback;
  const value = collapse(raw);
  if (!DECIMAL.test(value)) {
    invalid(context, element, name, raw, SequencingFinding.invalidNumber, 'a decimal number', fallback);
    return fallback;
  }
  const number = Number(value);
  if (number < min || number > max) {
    invalid(context, element, name, raw, SequencingFinding.outOfRange, `between ${min} and ${max}`, fallback);
    return fallback;
  }
  return number;
}

export function readDecimal(
  element: XmlElement,
  name: string,
  range: readonly [number, number],
  fallback: number,
  context: ParseContext,
): number {
  return decimalValue(attribute(element, name), element, name, range, fallback, context);
}

export function readNonNegativeInteger<F extends number | undefined>(
  element: XmlElement,
  name: string,
  fallback: F,
  context: ParseContext,
): number | F {
  const raw = attribute(element, name);
  if (raw === undefined) return fallback;
  const value = collapse(raw);
  if (NON_NEGATIVE_INTEGER.test(value)) return Number(value);
  invalid(context, element, name, raw, SequencingFinding.invalidNumber, 'a whole number of 0 or more', fallback);
  return fallback;
}

/** A value matching `syntax` (xs:duration, xs:dateTime), collapsed; undefined when absent or invalid. */
export function readTime(element: XmlElement, name: string, syntax: RegExp, expected: string, context: ParseContext): string | undefined {
  const raw = attribute(element, name);
  if (raw === undefined) return undefined;
  const value = collapse(raw);
  if (syntax.test(value)) return value;
  invalid(context, element, name, raw, SequencingFinding.invalidTime, expected, undefined);
  return undefined;
}

/**
 * An objective identifier (objectiveID, targetObjectiveID, referencedObjective: xs:anyURI) as ADL
 * reads it (decodeHandler.processWhitespace): `%20` decoded to a space, then whitespace collapsed.
 * ADL's CTS relies on it: OB-02a references objective "obj%201" as "  %20obj%20%201%20  ", and
 * OB-12a's SCO finds objectiveID " ob%20j%201     " in cmi.objectives as "ob j 1".
 * Undefined when absent or empty.
 */
export function readIdentifier(element: XmlElement, name: string): string | undefined {
  const raw = attribute(element, name);
  const value = raw === undefined ? '' : collapse(raw.replaceAll('%20', ' '));
  return value === '' ? undefined : value;
}

/**
 * A required identifier (objectiveID of an objective, targetObjectiveID): missing or empty, the
 * part it identifies is left out, an error.
 */
export function readRequiredIdentifier(element: XmlElement, name: string, context: ParseContext, leftOut: string): string | undefined {
  const value = readIdentifier(element, name);
  if (value === undefined) {
    report(context, element, SequencingFinding.missingPart, 'error', `<${element.localName}> has no ${name}; ${leftOut} is left out.`);
  }
  return value;
}
