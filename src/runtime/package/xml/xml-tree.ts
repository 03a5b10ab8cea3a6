/**
 * The XML tree the package code reads manifests from: elements with resolved namespace URIs and
 * their position in the file, so that findings can point at a line.
 *
 * Produced by the XML reader (xml-reader.ts); consumed by the manifest and sequencing parsers.
 * Only what a manifest needs is kept: elements, attributes and character data.
 */

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
  /** The element's own character data (text and CDATA of direct children), untrimmed. */
  readonly text: string;
  /** 1-based line and column of the start tag's `<`. */
  readonly line: number;
  readonly column: number;
}

/** The children of `element` with this local name in one of `namespaces`. */
export function childElements(element: XmlElement, namespaces: ReadonlySet<string>, localName: string): XmlElement[] {
  return element.children.filter((child) => child.localName === localName && namespaces.has(child.namespace));
}

/** The first child of `element` with this local name in one of `namespaces`. */
export function childElement(element: XmlElement, namespaces: ReadonlySet<string>, localName: string): XmlElement | undefined {
  return element.children.find((child) => child.localName === localName && namespaces.has(child.namespace));
}

/** An attribute's value: unprefixed by default, or in one of `namespaces`. */
export function attributeValue(element: XmlElement, localName: string, namespaces?: ReadonlySet<string>): string | undefined {
  const found = element.attributes.find((attribute) =>
    attribute.localName === localName && (namespaces === undefined ? attribute.namespace === '' : namespaces.has(attribute.namespace)),
  );
  return found?.value;
}
