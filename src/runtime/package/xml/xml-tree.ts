/**
 * The XML tree the package code reads manifests from: elements with resolved namespace URIs and
 * their position in the file, so that findings can point at a line.
 *
 * Produced by the XML reader (xml-reader.ts); consumed by the manifest and sequencing parsers.
 * Only what a manifest needs is kept: elements, attributes and character data.
 */
import { ReadElement } from './read-element.js';

export interface XmlAttribute {
  /** Namespace URI; "" for an unprefixed attribute (attributes do not take the default namespace). */
  readonly namespace: string;
  readonly localName: string;
  /** The prefix as written ("" when none), for messages. */
  readonly prefix: string;
  /** The value with entities and character references replaced, whitespace as written. */
  readonly value: string;
}

export interface XmlElement {
  /** Namespace URI, resolved from the xmlns declarations in scope; "" when in no namespace. */
  readonly namespace: string;
  readonly localName: string;
  /** The prefix as written ("" when none), for messages. */
  readonly prefix: string;
  readonly attributes: readonly XmlAttribute[];
  /** Child elements, in document order. */
  readonly children: readonly XmlElement[];
  /** The first child element, and the next child of the same parent: a walk that builds no array. */
  readonly firstChild: XmlElement | undefined;
  readonly nextSibling: XmlElement | undefined;
  /** The element's own character data (text and CDATA of direct children), untrimmed. */
  readonly text: string;
  /** 1-based line of the start tag's `<`. */
  readonly line: number;
}

/*
 * Lookups, each one loop without a closure: the manifest and sequencing parsers make several on
 * every element. The reader's elements (read-element.ts) keep their attributes in a form these
 * read without building an object per attribute; other elements are read through `attributes`.
 */

/** The children of `element` with this local name in one of `namespaces`. */
export function childElements(element: XmlElement, namespaces: ReadonlySet<string>, localName: string): XmlElement[] {
  const found: XmlElement[] = [];
  for (let child = element.firstChild; child !== undefined; child = child.nextSibling) {
    if (isNamed(child, namespaces, localName)) found.push(child);
  }
  return found;
}

function isNamed(element: XmlElement, namespaces: ReadonlySet<string>, localName: string): boolean {
  return element.localName === localName && namespaces.has(element.namespace);
}

/** The first child of `element` with this local name in one of `namespaces`. */
export function childElement(element: XmlElement, namespaces: ReadonlySet<string>, localName: string): XmlElement | undefined {
  for (let child = element.firstChild; child !== undefined; child = child.nextSibling) {
    if (isNamed(child, namespaces, localName)) return child;
  }
  return undefined;
}

/** An attribute's value: unprefixed by default, or in one of `namespaces`. */
export function attributeValue(element: XmlElement, localName: string, namespaces?: ReadonlySet<string>): string | undefined {
  if (element instanceof ReadElement) return element.attributeValue(localName, namespaces);
  for (const attribute of element.attributes) {
    if (attribute.localName === localName && (namespaces === undefined ? attribute.namespace === '' : namespaces.has(attribute.namespace))) {
      return attribute.value;
    }
  }
  return undefined;
}
