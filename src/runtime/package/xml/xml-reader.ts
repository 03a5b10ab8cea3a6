/**
 * A small XML 1.0 reader for content package manifests: strict where a manifest that breaks the
 * rule cannot be read the same way by every LMS, tolerant where real packages are sloppy in a way
 * that has only one reading (undeclared conventional prefixes, undefined entities).
 *
 * Our own rather than a library: the whole manifest + zip code must fit 15 KB gzipped in the
 * browser. A differential test keeps its trees equal to fast-xml-parser's on the corpus.
 *
 * Entities are never expanded beyond the five predefined ones and character references, so no
 * DOCTYPE can make the reader do unbounded work ("billion laughs").
 */
import type { FindingSink } from '../findings.js';
import type { XmlAttribute, XmlElement } from './xml-tree.js';
import { conventionalNamespace, XML_NAMESPACE } from './conventional-prefixes.js';

/*
 * Finding codes of the XML reader.
 * - xml.not-well-formed (error): XML 1.0 §2.1 — the document breaks a well-formedness
 *   constraint (or a Namespaces in XML 1.0 constraint); nothing is returned.
 * - xml.undefined-entity (warning): XML 1.0 §4.1 WFC Entity Declared — an entity reference other
 *   than the five predefined ones; kept as written, never expanded.
 * - xml.undeclared-prefix (warning): Namespaces in XML 1.0 §5 NSC Prefix Declared — real packages
 *   write `adlcp:` without declaring it; resolved by the conventional SCORM prefix.
 * - xml.declaration-not-first (warning): XML 1.0 §2.8 — whitespace before `<?xml`; tolerated.
 */

export function readXml(text: string, file: string, findings: FindingSink): XmlElement | undefined {
  const reader = new XmlReader(normalizeLineEnds(text), file, findings);
  try {
    return reader.readDocument();
  } catch (error) {
    if (!(error instanceof NotWellFormed)) throw error;
    findings.add({
      code: 'xml.not-well-formed',
      severity: 'error',
      message: `line ${error.line}: ${error.message}`,
      path: file,
      line: error.line,
    });
    return undefined;
  }
}

/** XML 1.0 §2.11: CR LF and lone CR are read as LF. */
const CR_OR_CRLF = /\r\n?/g;
function normalizeLineEnds(text: string): string {
  return text.includes('\r') ? text.replace(CR_OR_CRLF, '\n') : text;
}

/** XML 1.0 §2.2 Char: the control characters other than tab and line ends, and U+FFFE/FFFF, are not characters. */
const NOT_A_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** XML 1.0 §2.3 NameStartChar and NameChar without ':' (Namespaces in XML 1.0 §3 NCName). */
const NC_NAME_START = 'A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}';
const NC_NAME = `[${NC_NAME_START}][${NC_NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F\\u2040]*`;
/** Namespaces in XML 1.0 §4 QName: an optional prefix and a local part, both NCNames. */
const QUALIFIED_NAME = new RegExp(`^(?:(${NC_NAME}):)?(${NC_NAME})$`, 'u');
/** XML 1.0 §4.1 entity and character references (the name part, between `&` and `;`). */
const ENTITY_NAME = new RegExp(`^${NC_NAME}$`, 'u');
const CHARACTER_REFERENCE = /^#(?:x([0-9A-Fa-f]+)|([0-9]+))$/;
/** XML 1.0 §2.8 [24] VersionInfo, required in the declaration. */
const DECLARED_VERSION = /\sversion\s*=/;
/** XML 1.0 §3.3.3: each white space character in an attribute value is read as a space. */
const ATTRIBUTE_WHITESPACE = /[\t\n]/g;

const PREDEFINED_ENTITIES: ReadonlyMap<string, string> = new Map([
  ['lt', '<'],
  ['gt', '>'],
  ['amp', '&'],
  ['apos', "'"],
  ['quot', '"'],
]);

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const EQUALS = 0x3d;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

function isWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d;
}

/** A character that ends a name: white space, `>`, `/`, `=`, `<`, a quote, or the end of the text (NaN). */
function endsName(code: number): boolean {
  return isWhitespace(code) || code === GT || code === SLASH || code === EQUALS || code === LT ||
    code === QUOTE || code === APOSTROPHE || Number.isNaN(code);
}

class NotWellFormed extends Error {
  constructor(readonly line: number, message: string) {
    super(message);
  }
}

interface QualifiedName {
  readonly prefix: string;
  readonly localName: string;
}

interface ResolvedName extends QualifiedName {
  readonly namespace: string;
}

/**
 * The namespace bindings in scope at an element (prefix → URI, "" for the default namespace),
 * with the names already resolved against them: a manifest repeats a few dozen names thousands
 * of times under one or two scopes.
 */
class Scope {
  readonly elementNames = new Map<string, ResolvedName>();
  readonly attributeNames = new Map<string, ResolvedName>();
  constructor(readonly bindings: ReadonlyMap<string, string>) {}
}

interface OpenElement {
  readonly element: BuiltElement;
  readonly qualifiedName: string;
  readonly scope: Scope;
  /** Where the element's children begin in XmlReader.pendingChildren. */
  readonly childrenStart: number;
}

interface BuiltElement extends XmlElement {
  children: readonly BuiltElement[];
  text: string;
}

/** Shared by every element without attributes: the tree is read-only to its users. */
const NO_ATTRIBUTES: readonly XmlAttribute[] = Object.freeze([]);
const NO_CHILDREN: readonly BuiltElement[] = Object.freeze([]);

const INITIAL_SCOPE = new Scope(new Map([['xml', XML_NAMESPACE], ['', '']]));

class XmlReader {
  #position = 0;
  /** Line tracking moves forward only: `line` is the line of `lineStart`, `nextLineEnd` the next LF. */
  #line = 1;
  #lineStart = 0;
  #nextLineEnd: number;
  /** The root's default namespace, which decides the SCORM version of undeclared conventional prefixes. */
  #rootDefaultNamespace = '';
  readonly #names = new Map<string, QualifiedName>();
  /** The attributes of the start tag being read, before its namespace declarations are known. */
  readonly #pendingNames: string[] = [];
  readonly #pendingValues: string[] = [];
  /**
   * The children of the open elements, in document order: an element's are sliced off when it
   * closes, so each children array is allocated once, at its final size (the tree of a large
   * manifest is mostly arrays).
   */
  readonly #pendingChildren: BuiltElement[] = [];
  /** Set by readStartTag: whether the tag just read was an empty-element tag. */
  #selfClosing = false;
  readonly #reportedPrefixes = new Set<string>();
  readonly #reportedEntities = new Set<string>();

  readonly #text: string;
  readonly #file: string;
  readonly #findings: FindingSink;

  constructor(text: string, file: string, findings: FindingSink) {
    this.#text = text;
    this.#file = file;
    this.#findings = findings;
    this.#nextLineEnd = this.#lineEndFrom(0);
  }

  /** XML 1.0 §2.1 [1] document ::= prolog element Misc* */
  readDocument(): XmlElement {
    const forbidden = this.#text.search(NOT_A_CHAR);
    if (forbidden !== -1) {
      const code = this.#text.charCodeAt(forbidden).toString(16).toUpperCase().padStart(4, '0');
      this.#fail(forbidden, `the character U+${code} is not allowed in XML`);
    }
    // A byte order mark decoded into the text (§4.3.3, Appendix F) is not part of the document.
    if (this.#text.charCodeAt(0) === 0xfeff) this.#position = 1;
    this.#readXmlDeclaration();
    let sawDoctype = false;
    for (;;) {
      this.#skipWhitespace();
      if (this.#position >= this.#text.length) this.#fail(this.#position, 'the document has no root element');
      if (this.#text.startsWith('<!DOCTYPE', this.#position)) {
        if (sawDoctype) this.#fail(this.#position, 'a second <!DOCTYPE>');
        sawDoctype = true;
        this.#skipDoctype();
      } else if (!this.#skipMisc()) {
        break;
      }
    }
    if (this.#text.charCodeAt(this.#position) !== LT) this.#fail(this.#position, 'text before the root element');
    const root = this.#readElementTree();
    for (;;) {
      this.#skipWhitespace();
      if (this.#position >= this.#text.length) return root;
      if (!this.#skipMisc()) this.#fail(this.#position, 'content after the root element');
    }
  }

  /** XML 1.0 §2.8 [23] XMLDecl: only first in the document; we tolerate white space before it. */
  #readXmlDeclaration(): void {
    const start = this.#position;
    this.#skipWhitespace();
    if (!this.#text.startsWith('<?xml', this.#position) || !isWhitespace(this.#text.charCodeAt(this.#position + 5))) {
      this.#position = start;
      return;
    }
    if (this.#position !== start) {
      this.#findings.add({
        code: 'xml.declaration-not-first',
        severity: 'warning',
        message: 'white space before the <?xml ?> declaration (XML 1.0 §2.8 wants it first); read anyway',
        path: this.#file,
        line: this.#lineAt(this.#position),
      });
    }
    const end = this.#text.indexOf('?>', this.#position);
    if (end === -1) this.#fail(this.#position, 'the <?xml declaration is not closed by ?>');
    if (!DECLARED_VERSION.test(this.#text.slice(this.#position, end))) this.#fail(this.#position, 'the <?xml declaration has no version');
    this.#position = end + 2;
  }

  /** XML 1.0 §2.8 [27] Misc: a comment or processing instruction at `position`; false when there is none. */
  #skipMisc(): boolean {
    if (this.#text.startsWith('<!--', this.#position)) {
      this.#skipComment();
      return true;
    }
    if (this.#text.startsWith('<?', this.#position)) {
      this.#skipProcessingInstruction();
      return true;
    }
    return false;
  }

  /** XML 1.0 §2.5 [15] Comment: `--` must not occur inside, so the comment cannot end in `--->`. */
  #skipComment(): void {
    const start = this.#position;
    const end = this.#text.indexOf('-->', start + 4);
    if (end === -1) this.#fail(start, 'a comment is not closed by -->');
    if (this.#text.indexOf('--', start + 4) !== end) this.#fail(start, '"--" inside a comment');
    this.#position = end + 3;
  }

  /** XML 1.0 §2.6 [16] PI: the target `xml` (any case) is reserved for the declaration. */
  #skipProcessingInstruction(): void {
    const start = this.#position;
    const end = this.#text.indexOf('?>', start + 2);
    if (end === -1) this.#fail(start, 'a processing instruction is not closed by ?>');
    let targetEnd = start + 2;
    while (!endsName(this.#text.charCodeAt(targetEnd)) && this.#text.charCodeAt(targetEnd) !== QUESTION) targetEnd += 1;
    const target = this.#text.slice(start + 2, targetEnd);
    if (!ENTITY_NAME.test(target)) this.#fail(start, 'a processing instruction without a target name');
    if (target.toLowerCase() === 'xml') this.#fail(start, 'an <?xml declaration that is not at the start of the document');
    this.#position = end + 2;
  }

  /**
   * XML 1.0 §2.8 [28] doctypedecl: skipped whole, the internal subset included. Quoted literals,
   * comments and processing instructions may hold `>` and `]`, so they are stepped over as units.
   */
  #skipDoctype(): void {
    const start = this.#position;
    let at = start + '<!DOCTYPE'.length;
    let inSubset = false;
    for (;;) {
      const code = this.#text.charCodeAt(at);
      if (Number.isNaN(code)) this.#fail(start, 'the <!DOCTYPE is not closed');
      if (code === QUOTE || code === APOSTROPHE) {
        const close = this.#text.indexOf(String.fromCharCode(code), at + 1);
        if (close === -1) this.#fail(at, 'a quoted literal in the <!DOCTYPE is not closed');
        at = close + 1;
      } else if (inSubset && this.#text.startsWith('<!--', at)) {
        this.#position = at;
        this.#skipComment();
        at = this.#position;
      } else if (inSubset && this.#text.startsWith('<?', at)) {
        this.#position = at;
        this.#skipProcessingInstruction();
        at = this.#position;
      } else if (code === OPEN_BRACKET && !inSubset) {
        inSubset = true;
        at += 1;
      } else if (code === CLOSE_BRACKET && inSubset) {
        inSubset = false;
        at += 1;
      } else if (code === GT && !inSubset) {
        this.#position = at + 1;
        return;
      } else {
        at += 1;
      }
    }
  }

  /**
   * XML 1.0 §3 [39] element, read without recursion so that deep nesting cannot overflow the
   * stack: start tags push, end tags must match the innermost open element and pop.
   */
  #readElementTree(): XmlElement {
    const first = this.#readStartTag(INITIAL_SCOPE);
    if (this.#selfClosing) return first.element;
    const stack: OpenElement[] = [first];
    const text = this.#text;
    for (;;) {
      const current = stack[stack.length - 1]!;
      const lt = text.indexOf('<', this.#position);
      if (lt === -1) {
        this.#fail(text.length, `<${current.qualifiedName}> (line ${current.element.line}) is not closed`);
      }
      if (lt > this.#position) current.element.text += this.#characterData(this.#position, lt);
      this.#position = lt;
      const next = text.charCodeAt(lt + 1);
      if (next === SLASH) {
        this.#readEndTag(current);
        const children = this.#pendingChildren;
        if (children.length > current.childrenStart) {
          current.element.children = children.slice(current.childrenStart);
          children.length = current.childrenStart;
        }
        stack.pop();
        if (stack.length === 0) return current.element;
      } else if (next === BANG) {
        if (text.startsWith('<!--', lt)) {
          this.#skipComment();
        } else if (text.startsWith('<![CDATA[', lt)) {
          // XML 1.0 §2.7: CDATA sections are character data, taken as written.
          const end = text.indexOf(']]>', lt + 9);
          if (end === -1) this.#fail(lt, 'a <![CDATA[ section is not closed by ]]>');
          current.element.text += text.slice(lt + 9, end);
          this.#position = end + 3;
        } else {
          this.#fail(lt, `"<!" inside <${current.qualifiedName}> starts neither a comment nor a CDATA section`);
        }
      } else if (next === QUESTION) {
        this.#skipProcessingInstruction();
      } else {
        const child = this.#readStartTag(current.scope);
        if (!this.#selfClosing) stack.push(child);
      }
    }
  }

  /** XML 1.0 §3.1 [42] ETag, and WFC Element Type Match. */
  #readEndTag(current: OpenElement): void {
    const lt = this.#position;
    const expected = current.qualifiedName;
    // Compared in place: an end tag is the one name a reader need not copy out of the text.
    let nameEnd = lt + 2 + expected.length;
    if (!this.#text.startsWith(expected, lt + 2) || !endsName(this.#text.charCodeAt(nameEnd))) {
      nameEnd = this.#nameEnd(lt + 2);
      this.#fail(lt, `</${this.#text.slice(lt + 2, nameEnd)}> closes <${expected}>, opened on line ${current.element.line}`);
    }
    this.#position = nameEnd;
    this.#skipWhitespace();
    if (this.#text.charCodeAt(this.#position) !== GT) this.#fail(this.#position, `the end tag </${expected}> is not closed by >`);
    this.#position += 1;
  }

  /** XML 1.0 §3.1 [40] STag / [44] EmptyElemTag, with the namespaces it declares and uses resolved. */
  #readStartTag(parentScope: Scope): OpenElement {
    const text = this.#text;
    const lt = this.#position;
    const line = this.#lineAt(lt);
    const column = lt - this.#lineStart + 1;
    const nameEnd = this.#nameEnd(lt + 1);
    if (nameEnd === lt + 1) this.#fail(lt, 'a "<" that starts no tag (write &lt;)');
    const qualifiedName = text.slice(lt + 1, nameEnd);
    this.#position = nameEnd;
    this.#pendingNames.length = 0;
    this.#pendingValues.length = 0;
    for (;;) {
      const separated = this.#skipWhitespace();
      const code = text.charCodeAt(this.#position);
      if (code === GT) {
        this.#position += 1;
        this.#selfClosing = false;
        break;
      }
      if (code === SLASH && text.charCodeAt(this.#position + 1) === GT) {
        this.#position += 2;
        this.#selfClosing = true;
        break;
      }
      if (Number.isNaN(code)) this.#fail(lt, `the start tag <${qualifiedName} is not closed`);
      if (!separated) this.#fail(this.#position, `expected white space, > or /> in <${qualifiedName}>`);
      this.#readAttribute(qualifiedName);
    }
    const scope = this.#pendingNames.length === 0 ? parentScope : this.#declaredScope(parentScope, lt);
    if (parentScope === INITIAL_SCOPE) this.#rootDefaultNamespace = scope.bindings.get('') ?? '';
    const name = this.#resolvedName(qualifiedName, scope, false, lt);
    const element: BuiltElement = {
      namespace: name.namespace,
      localName: name.localName,
      prefix: name.prefix,
      attributes: this.#pendingNames.length === 0 ? NO_ATTRIBUTES : this.#resolveAttributes(scope, lt),
      children: NO_CHILDREN,
      text: '',
      line,
      column,
    };
    this.#pendingChildren.push(element);
    return { element, qualifiedName, scope, childrenStart: this.#pendingChildren.length };
  }

  /** XML 1.0 §3.1 [41] Attribute, and WFC No < in Attribute Values. */
  #readAttribute(elementName: string): void {
    const text = this.#text;
    const start = this.#position;
    const nameEnd = this.#nameEnd(start);
    const qualifiedName = text.slice(start, nameEnd);
    if (qualifiedName === '') this.#fail(start, `unexpected "${text.charAt(start)}" in <${elementName}>`);
    this.#position = nameEnd;
    this.#skipWhitespace();
    if (text.charCodeAt(this.#position) !== EQUALS) this.#fail(this.#position, `the attribute ${qualifiedName} of <${elementName}> has no value`);
    this.#position += 1;
    this.#skipWhitespace();
    const quote = text.charCodeAt(this.#position);
    if (quote !== QUOTE && quote !== APOSTROPHE) this.#fail(this.#position, `the value of ${qualifiedName} in <${elementName}> is not quoted`);
    const valueStart = this.#position + 1;
    const valueEnd = text.indexOf(quote === QUOTE ? '"' : "'", valueStart);
    if (valueEnd === -1) this.#fail(start, `the value of ${qualifiedName} in <${elementName}> is not closed`);
    const raw = text.slice(valueStart, valueEnd);
    const lessThan = raw.indexOf('<');
    if (lessThan !== -1) this.#fail(valueStart + lessThan, `"<" in the value of ${qualifiedName} (write &lt;)`);
    this.#position = valueEnd + 1;
    this.#pendingNames.push(qualifiedName);
    this.#pendingValues.push(this.#decodeReferences(raw, valueStart, true));
  }

  /** Namespaces in XML 1.0 §3: the scope of the element, its parent's with its own xmlns declarations. */
  #declaredScope(parentScope: Scope, at: number): Scope {
    let bindings: Map<string, string> | undefined;
    for (let index = 0; index < this.#pendingNames.length; index += 1) {
      const qualifiedName = this.#pendingNames[index]!;
      let prefix: string;
      if (qualifiedName === 'xmlns') prefix = '';
      else if (qualifiedName.startsWith('xmlns:')) prefix = qualifiedName.slice(6);
      else continue;
      const value = this.#pendingValues[index]!;
      this.#splitName(qualifiedName, at);
      // §3 Reserved Prefixes and Namespace Names, and NSC No Prefix Undeclaring (1.0 has no `xmlns:p=""`).
      if (prefix === 'xmlns') this.#fail(at, 'the prefix xmlns cannot be declared');
      if (prefix === 'xml' ? value !== XML_NAMESPACE : value === XML_NAMESPACE) this.#fail(at, `the prefix xml is bound to ${XML_NAMESPACE} only`);
      if (prefix !== '' && value === '') this.#fail(at, `xmlns:${prefix}="" (a prefix cannot be undeclared in XML 1.0)`);
      bindings ??= new Map(parentScope.bindings);
      bindings.set(prefix, value);
    }
    return bindings === undefined ? parentScope : new Scope(bindings);
  }

  /**
   * Namespaces in XML 1.0 §6.3: unprefixed attributes are in no namespace, and no two attributes
   * may have the same name once resolved (which also covers XML 1.0 WFC Unique Att Spec).
   */
  #resolveAttributes(scope: Scope, at: number): XmlAttribute[] {
    const attributes: XmlAttribute[] = [];
    for (let index = 0; index < this.#pendingNames.length; index += 1) {
      const qualifiedName = this.#pendingNames[index]!;
      if (qualifiedName.startsWith('xmlns') && (qualifiedName.length === 5 || qualifiedName.charCodeAt(5) === 0x3a)) continue;
      const name = this.#resolvedName(qualifiedName, scope, true, at);
      for (const other of attributes) {
        if (other.localName === name.localName && other.namespace === name.namespace) {
          this.#fail(at, `the attribute ${qualifiedName} appears twice`);
        }
      }
      attributes.push({ namespace: name.namespace, localName: name.localName, prefix: name.prefix, value: this.#pendingValues[index]! });
    }
    return attributes;
  }

  /** The namespace, prefix and local name of an element's or attribute's qualified name, in `scope`. */
  #resolvedName(qualifiedName: string, scope: Scope, attribute: boolean, at: number): ResolvedName {
    const cache = attribute ? scope.attributeNames : scope.elementNames;
    const cached = cache.get(qualifiedName);
    if (cached !== undefined) return cached;
    const { prefix, localName } = this.#splitName(qualifiedName, at);
    const namespace = prefix !== '' ? this.#resolvePrefix(prefix, scope, at) : attribute ? '' : (scope.bindings.get('') ?? '');
    const resolved = { namespace, prefix, localName };
    cache.set(qualifiedName, resolved);
    return resolved;
  }

  /** Namespaces in XML 1.0 §5 NSC Prefix Declared, made tolerant for the conventional SCORM prefixes. */
  #resolvePrefix(prefix: string, scope: Scope, at: number): string {
    const declared = scope.bindings.get(prefix);
    if (declared !== undefined) return declared;
    const conventional = conventionalNamespace(prefix, this.#rootDefaultNamespace);
    if (!this.#reportedPrefixes.has(prefix)) {
      this.#reportedPrefixes.add(prefix);
      this.#findings.add({
        code: 'xml.undeclared-prefix',
        severity: 'warning',
        message: conventional === undefined
          ? `the prefix ${prefix}: is not declared (no xmlns:${prefix}); its names are put in urn:undeclared:${prefix}`
          : `the prefix ${prefix}: is not declared (no xmlns:${prefix}); read as the conventional ${conventional}`,
        path: this.#file,
        line: this.#lineAt(at),
      });
    }
    return conventional ?? `urn:undeclared:${prefix}`;
  }

  /** Where the name that starts at `start` ends. */
  #nameEnd(start: number): number {
    let end = start;
    while (!endsName(this.#text.charCodeAt(end))) end += 1;
    return end;
  }

  /** Namespaces in XML 1.0 §4 QName; names repeat a lot in a manifest, so each is checked once. */
  #splitName(qualifiedName: string, at: number): QualifiedName {
    const known = this.#names.get(qualifiedName);
    if (known !== undefined) return known;
    const match = QUALIFIED_NAME.exec(qualifiedName);
    if (match === null) this.#fail(at, `"${qualifiedName}" is not a valid name`);
    const name = { prefix: match[1] ?? '', localName: match[2]! };
    this.#names.set(qualifiedName, name);
    return name;
  }

  /** XML 1.0 §2.4 [14] CharData: `]]>` may not appear in text. */
  #characterData(start: number, end: number): string {
    const raw = this.#text.slice(start, end);
    const terminator = raw.indexOf(']]>');
    if (terminator !== -1) this.#fail(start + terminator, '"]]>" in text outside a CDATA section');
    return this.#decodeReferences(raw, start, false);
  }

  /**
   * XML 1.0 §4.1 references in text or an attribute value (`raw`, found at `offset`): character
   * references and the predefined entities replaced; any other entity kept as written (never
   * expanded). In an attribute value, white space characters become spaces (§3.3.3, CDATA-type
   * normalisation), but those written as character references stay.
   */
  #decodeReferences(raw: string, offset: number, attribute: boolean): string {
    let ampersand = raw.indexOf('&');
    if (ampersand === -1) return attribute ? raw.replace(ATTRIBUTE_WHITESPACE, ' ') : raw;
    let decoded = '';
    let from = 0;
    while (ampersand !== -1) {
      const literal = raw.slice(from, ampersand);
      decoded += attribute ? literal.replace(ATTRIBUTE_WHITESPACE, ' ') : literal;
      const semicolon = raw.indexOf(';', ampersand + 1);
      if (semicolon === -1) this.#fail(offset + ampersand, '"&" that starts no entity or character reference (write &amp;)');
      decoded += this.#referenceText(raw.slice(ampersand + 1, semicolon), offset + ampersand);
      from = semicolon + 1;
      ampersand = raw.indexOf('&', from);
    }
    const literal = raw.slice(from);
    return decoded + (attribute ? literal.replace(ATTRIBUTE_WHITESPACE, ' ') : literal);
  }

  /** XML 1.0 §4.1 [66] CharRef (WFC Legal Character) and [68] EntityRef. */
  #referenceText(reference: string, at: number): string {
    const predefined = PREDEFINED_ENTITIES.get(reference);
    if (predefined !== undefined) return predefined;
    const character = CHARACTER_REFERENCE.exec(reference);
    if (character !== null) {
      const codePoint = character[1] !== undefined ? parseInt(character[1], 16) : parseInt(character[2]!, 10);
      if (!isXmlChar(codePoint)) this.#fail(at, `&${reference}; is not a character allowed in XML`);
      return String.fromCodePoint(codePoint);
    }
    if (!ENTITY_NAME.test(reference)) this.#fail(at, '"&" that starts no entity or character reference (write &amp;)');
    if (!this.#reportedEntities.has(reference)) {
      this.#reportedEntities.add(reference);
      this.#findings.add({
        code: 'xml.undefined-entity',
        severity: 'warning',
        message: `the entity &${reference}; is not one of XML's five; kept as written, not expanded`,
        path: this.#file,
        line: this.#lineAt(at),
      });
    }
    return `&${reference};`;
  }

  /** Skips XML 1.0 §2.3 [3] S; true when there was any. */
  #skipWhitespace(): boolean {
    const start = this.#position;
    while (isWhitespace(this.#text.charCodeAt(this.#position))) this.#position += 1;
    return this.#position !== start;
  }

  #lineEndFrom(from: number): number {
    const end = this.#text.indexOf('\n', from);
    return end === -1 ? this.#text.length : end;
  }

  /**
   * The 1-based line of `offset`. Offsets asked for only grow while reading (one pass over the
   * text in all); only an error may ask about an earlier one, and is counted from the start.
   */
  #lineAt(offset: number): number {
    if (offset < this.#lineStart) return this.#text.slice(0, offset).split('\n').length;
    while (this.#nextLineEnd < offset) {
      this.#line += 1;
      this.#lineStart = this.#nextLineEnd + 1;
      this.#nextLineEnd = this.#lineEndFrom(this.#lineStart);
    }
    return this.#line;
  }

  #fail(offset: number, message: string): never {
    throw new NotWellFormed(this.#lineAt(offset), message);
  }
}

/** XML 1.0 §2.2 [2] Char. */
function isXmlChar(codePoint: number): boolean {
  return codePoint === 0x9 || codePoint === 0xa || codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    (codePoint >= 0x10000 && codePoint <= 0x10ffff);
}
