/**
 * The elements the XML reader builds, made cheap to build and to keep: a manifest of 5,000
 * items is some 150,000 elements, and the garbage collector copies each object of the tree while
 * it is being read. So an element holds no strings and no objects of its own: its name is shared
 * with every element of that name, its attributes are a stretch of an array shared with its
 * neighbours, its children are linked from the first through their next siblings (an array per
 * element was two more objects for the collector to copy), and its text is its place in the
 * (checked) source. Strings are made when asked for; most elements' text is the white space that
 * indents their children, which nobody reads.
 */
import { decodeReferences, normalizeLineEnds } from './references.js';
import type { SourceText } from './source-text.js';
import type { XmlAttribute, XmlElement } from './xml-tree.js';

/**
 * An element's or attribute's name, resolved; the reader shares one object per name and scope.
 * Scopes belong to one document, so an element finds its document through its name.
 */
export interface XmlName {
  readonly namespace: string;
  readonly localName: string;
  readonly prefix: string;
  /** The document, checked by the reader. */
  readonly source: SourceText;
}

/**
 * Where the reader keeps attributes: arrays of many elements' attributes, two entries each: the
 * name, and the value, as the string it decodes to when it had references or white space to
 * replace, or else as where it starts in the source (it ends at the next quote of its kind). An
 * element has a stretch of one chunk; chunks of a fixed size spare the copies a single growing
 * array would cost.
 */
export type AttributeChunk = (XmlName | string | number)[];

/** Where an attribute value that starts at `valueStart`, after its opening quote, ends: at its closing quote. */
export function attributeValueEnd(text: string, valueStart: number): number {
  return text.indexOf(text.charCodeAt(valueStart - 1) === 0x22 ? '"' : "'", valueStart);
}

export class ReadElement implements XmlElement {
  /** The first child element, and the next child element of the same parent; set by the reader. */
  firstChild: ReadElement | undefined = undefined;
  nextSibling: ReadElement | undefined = undefined;
  readonly #name: XmlName;
  /** The element's stretch of an attribute chunk. */
  readonly #attributes: AttributeChunk;
  readonly #attributesStart: number;
  readonly #attributesEnd: number;
  /** Where the start tag's `<` is. */
  readonly #start: number;
  /** Where the end tag's `<` is; -1 for an empty-element tag. */
  #contentEnd = -1;

  constructor(name: XmlName, attributes: AttributeChunk, attributesStart: number, attributesEnd: number, start: number) {
    this.#name = name;
    this.#attributes = attributes;
    this.#attributesStart = attributesStart;
    this.#attributesEnd = attributesEnd;
    this.#start = start;
  }

  /** The line of the start tag's `<`, counted when first asked for (mostly for findings). */
  get line(): number {
    return this.#name.source.lineOf(this.#start);
  }

  get namespace(): string {
    return this.#name.namespace;
  }

  get localName(): string {
    return this.#name.localName;
  }

  get prefix(): string {
    return this.#name.prefix;
  }

  /** A new array on each use: the package code walks firstChild and nextSibling instead. */
  get children(): readonly ReadElement[] {
    const children: ReadElement[] = [];
    for (let child = this.firstChild; child !== undefined; child = child.nextSibling) children.push(child);
    return children;
  }

  /** A new array on each use: the package code reads attributes through xml-tree.ts's functions instead. */
  get attributes(): readonly XmlAttribute[] {
    const attributes: XmlAttribute[] = [];
    for (let index = this.#attributesStart; index < this.#attributesEnd; index += 2) {
      const { namespace, localName, prefix } = this.#attributes[index] as XmlName;
      attributes.push({ namespace, localName, prefix, value: this.#valueAt(index) });
    }
    return attributes;
  }

  /** The value of the first attribute with this local name in no namespace, or in one of `namespaces`. */
  attributeValue(localName: string, namespaces: ReadonlySet<string> | undefined): string | undefined {
    for (let index = this.#attributesStart; index < this.#attributesEnd; index += 2) {
      const name = this.#attributes[index] as XmlName;
      if (name.localName === localName && (namespaces === undefined ? name.namespace === '' : namespaces.has(name.namespace))) {
        return this.#valueAt(index);
      }
    }
    return undefined;
  }

  /** The value of the attribute whose name is at `index` of the chunk. */
  #valueAt(index: number): string {
    const value = this.#attributes[index + 1]!;
    if (typeof value === 'string') return value;
    const text = this.#name.source.text;
    return text.slice(value as number, attributeValueEnd(text, value as number));
  }

  /** Called for an element that has an end tag, with where the end tag's `<` is. */
  close(contentEnd: number): void {
    this.#contentEnd = contentEnd;
  }

  /**
   * Where the start tag ends: after its first `>` outside the quoted attribute values (the reader
   * checked the tag). Found again rather than kept, as few elements are asked for their text.
   */
  #startTagEnd(): number {
    const text = this.#name.source.text;
    let quote = 0;
    for (let at = this.#start; ; at += 1) {
      const code = text.charCodeAt(at);
      if (quote !== 0) {
        if (code === quote) quote = 0;
      } else if (code === 0x22 || code === 0x27) {
        quote = code;
      } else if (code === 0x3e) {
        return at + 1;
      }
    }
  }

  /** Where the element ends: after its end tag's `>`, or after its empty-element tag. */
  #end(): number {
    return this.#contentEnd === -1 ? this.#startTagEnd() : this.#name.source.text.indexOf('>', this.#contentEnd) + 1;
  }

  /** XML 1.0 §3.1 [43] content: the character data between the child elements, joined. */
  get text(): string {
    if (this.#contentEnd === -1) return '';
    const source = this.#name.source.text;
    let text = '';
    let from = this.#startTagEnd();
    for (let child = this.firstChild; child !== undefined; child = child.nextSibling) {
      text += characterData(source, from, child.#start);
      from = child.#end();
    }
    return text + characterData(source, from, this.#contentEnd);
  }
}

/**
 * The character data of `source` from `from` to `to`, a stretch of content without elements:
 * references replaced, CDATA sections (§2.7) taken as written, comments and processing
 * instructions left out. The reader has checked the stretch, so every construct is closed.
 */
function characterData(source: string, from: number, to: number): string {
  let text = '';
  for (let lt = source.indexOf('<', from); lt !== -1 && lt < to; lt = source.indexOf('<', from)) {
    if (lt > from) text += decodeReferences(source.slice(from, lt), false);
    if (source.startsWith('<![CDATA[', lt)) {
      const end = source.indexOf(']]>', lt + 9);
      text += normalizeLineEnds(source.slice(lt + 9, end));
      from = end + 3;
    } else if (source.startsWith('<!--', lt)) {
      from = source.indexOf('-->', lt + 4) + 3;
    } else {
      from = source.indexOf('?>', lt + 2) + 2;
    }
  }
  return from < to ? text + decodeReferences(source.slice(from, to), false) : text;
}
