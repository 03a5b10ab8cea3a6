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
import type { XmlElement } from './xml-tree.js';
import { conventionalNamespace, XML_NAMESPACE } from './conventional-prefixes.js';
import { SourceText } from './source-text.js';
import { attributeValueEnd, ReadElement, type AttributeChunk, type XmlName } from './read-element.js';
import { characterReferenceCodePoint, decodeReferences, isXmlChar, PREDEFINED_ENTITIES } from './references.js';

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
  const reader = new XmlReader(text, file, findings);
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

/** XML 1.0 §2.2 Char: the control characters other than tab and line ends, and U+FFFE/FFFF, are not characters. */
const NOT_A_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** XML 1.0 §2.3 NameStartChar and NameChar without ':' (Namespaces in XML 1.0 §3 NCName). */
const NC_NAME_START = 'A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}';
const NC_NAME = `[${NC_NAME_START}][${NC_NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F\\u2040]*`;
/** Namespaces in XML 1.0 §4 QName: an optional prefix and a local part, both NCNames. */
const QUALIFIED_NAME = new RegExp(`^(?:(${NC_NAME}):)?(${NC_NAME})$`, 'u');
/** XML 1.0 §4.1 entity and character references (the name part, between `&` and `;`). */
const ENTITY_NAME = new RegExp(`^${NC_NAME}$`, 'u');
/** XML 1.0 §2.8 [24] VersionInfo, required in the declaration. */
const DECLARED_VERSION = /\sversion\s*=/;

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const EQUALS = 0x3d;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const AMPERSAND = 0x26;
const TAB = 0x09;
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

function isWhitespace(code: number): boolean {
  return code <= 0x20 && (code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d);
}

/** A character that ends a name: white space, `>`, `/`, `=`, `<`, a quote, or the end of the text (NaN). */
function endsName(code: number): boolean {
  // Letters, and most other name characters, come after '>': one comparison for them.
  if (code > GT) return false;
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

/**
 * The namespace bindings in scope at an element (prefix → URI, "" for the default namespace),
 * with the names already resolved against them: a manifest repeats a few dozen names thousands
 * of times under one or two scopes.
 */
class Scope {
  readonly elementNames = new Map<string, XmlName>();
  readonly attributeNames = new Map<string, XmlName>();
  constructor(readonly bindings: ReadonlyMap<string, string>) {}
}

/**
 * An element whose start tag has been read and whose end tag has not. The reader keeps one per
 * depth and reuses it for each element opened at that depth.
 */
interface OpenElement {
  element: ReadElement;
  qualifiedName: string;
  scope: Scope;
  /** Its last child element read so far: the next one is linked to it as its next sibling. */
  lastChild: ReadElement | undefined;
}

/**
 * An attribute chunk holds 8,192 attributes: an array of over 128 KiB, which V8 keeps in its
 * large-object space, where the scavenger does not copy it while the tree is being read.
 */
const ATTRIBUTE_CHUNK_SLOTS = 2 * 8192;

const INITIAL_BINDINGS: ReadonlyMap<string, string> = new Map([['xml', XML_NAMESPACE], ['', '']]);

class XmlReader {
  #position = 0;
  /** The root's default namespace, which decides the SCORM version of undeclared conventional prefixes. */
  #rootDefaultNamespace = '';
  /**
   * The bindings outside the root. Its own per document: its resolved names depend on the root's
   * default namespace, and an undeclared prefix is reported in every document that uses one.
   */
  readonly #initialScope = new Scope(INITIAL_BINDINGS);
  readonly #names = new Map<string, QualifiedName>();
  /**
   * For #checkCharacterData: the first "]]>" and "&" at or after the text it last checked. Most
   * text is the white space between tags, and has neither: a native search finds each occurrence
   * once, where a loop would look at every character.
   */
  #nextCdataEnd = -1;
  #nextAmpersand = -1;
  /** For #readName: the name read after each name last time, and the name read last. */
  readonly #followingNames = new Map<string, string>();
  #previousName = '';
  /**
   * The attributes of the start tag being read, before its namespace declarations are known: the
   * names as written, and the values as in an AttributeChunk. Reused from tag to tag, so they are
   * filled up to a count rather than emptied.
   */
  readonly #pendingNames: string[] = [];
  readonly #pendingValues: (string | number)[] = [];
  #pendingCount = 0;
  /** Whether a pending attribute's name starts with "xmlns": most start tags declare no namespace. */
  #pendingDeclarations = false;
  /** Set by readStartTag: whether the tag just read was an empty-element tag, its name as written, and the scope it opens. */
  #selfClosing = false;
  #tagName = '';
  #tagScope: Scope;
  readonly #reportedPrefixes = new Set<string>();
  readonly #reportedEntities = new Set<string>();

  /**
   * The document as written. Its line ends are not normalised (XML 1.0 §2.11) in a copy of the
   * whole text, which cost as much as reading it, but where strings are made of it
   * (references.ts) and where lines are counted (source-text.ts).
   */
  readonly #text: string;
  readonly #source: SourceText;
  /** The attribute chunk being filled (read-element.ts), and how much of it is. */
  #attributeChunk: AttributeChunk = [];
  #attributeChunkUsed = 0;
  readonly #file: string;
  readonly #findings: FindingSink;

  constructor(text: string, file: string, findings: FindingSink) {
    this.#text = text;
    this.#file = file;
    this.#findings = findings;
    this.#source = new SourceText(text);
    this.#tagScope = this.#initialScope;
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
    const root = this.#readStartTag(this.#initialScope);
    if (this.#selfClosing) return root;
    // open[0] to open[depth - 1]: the open elements, innermost last.
    const open: OpenElement[] = [];
    let depth = 0;
    this.#open(open, depth++, root);
    const text = this.#text;
    for (;;) {
      const current = open[depth - 1]!;
      const lt = text.indexOf('<', this.#position);
      if (lt === -1) {
        this.#fail(text.length, `<${current.qualifiedName}> (line ${current.element.line}) is not closed`);
      }
      // The text itself is read from the source only when asked for (read-element.ts).
      if (lt > this.#position) this.#checkCharacterData(this.#position, lt);
      this.#position = lt;
      const next = text.charCodeAt(lt + 1);
      if (next === SLASH) {
        this.#readEndTag(current);
        current.element.close(lt);
        depth -= 1;
        if (depth === 0) return current.element;
      } else if (next === BANG) {
        if (text.startsWith('<!--', lt)) {
          this.#skipComment();
        } else if (text.startsWith('<![CDATA[', lt)) {
          // XML 1.0 §2.7: CDATA sections are character data, taken as written.
          const end = text.indexOf(']]>', lt + 9);
          if (end === -1) this.#fail(lt, 'a <![CDATA[ section is not closed by ]]>');
          this.#position = end + 3;
        } else {
          this.#fail(lt, `"<!" inside <${current.qualifiedName}> starts neither a comment nor a CDATA section`);
        }
      } else if (next === QUESTION) {
        this.#skipProcessingInstruction();
      } else {
        const child = this.#readStartTag(current.scope);
        if (current.lastChild === undefined) current.element.firstChild = child;
        else current.lastChild.nextSibling = child;
        current.lastChild = child;
        if (!this.#selfClosing) this.#open(open, depth++, child);
      }
    }
  }

  /** Records at `open[depth]` the element whose start tag was just read: its children come next. */
  #open(open: OpenElement[], depth: number, element: ReadElement): void {
    const record = open[depth];
    if (record === undefined) {
      open[depth] = { element, qualifiedName: this.#tagName, scope: this.#tagScope, lastChild: undefined };
    } else {
      record.element = element;
      record.qualifiedName = this.#tagName;
      record.scope = this.#tagScope;
      record.lastChild = undefined;
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
  #readStartTag(parentScope: Scope): ReadElement {
    const text = this.#text;
    const lt = this.#position;
    const qualifiedName = this.#readName(lt + 1);
    if (qualifiedName === '') this.#fail(lt, 'a "<" that starts no tag (write &lt;)');
    const nameEnd = lt + 1 + qualifiedName.length;
    this.#position = nameEnd;
    this.#pendingCount = 0;
    this.#pendingDeclarations = false;
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
    const scope = this.#pendingDeclarations ? this.#declaredScope(parentScope, lt) : parentScope;
    if (parentScope === this.#initialScope) this.#rootDefaultNamespace = scope.bindings.get('') ?? '';
    const name = this.#resolvedName(qualifiedName, scope, false, lt);
    const attributesStart = this.#pendingCount === 0 ? this.#attributeChunkUsed : this.#resolveAttributes(scope, lt);
    const element = new ReadElement(name, this.#attributeChunk, attributesStart, this.#attributeChunkUsed, lt);
    this.#tagName = qualifiedName;
    this.#tagScope = scope;
    return element;
  }

  /** XML 1.0 §3.1 [41] Attribute, and WFC No < in Attribute Values. */
  #readAttribute(elementName: string): void {
    const text = this.#text;
    const start = this.#position;
    const qualifiedName = this.#readName(start);
    if (qualifiedName.startsWith('xmlns')) this.#pendingDeclarations = true;
    if (qualifiedName === '') this.#fail(start, `unexpected "${text.charAt(start)}" in <${elementName}>`);
    this.#position = start + qualifiedName.length;
    this.#skipWhitespace();
    if (text.charCodeAt(this.#position) !== EQUALS) this.#fail(this.#position, `the attribute ${qualifiedName} of <${elementName}> has no value`);
    this.#position += 1;
    this.#skipWhitespace();
    const quote = text.charCodeAt(this.#position);
    if (quote !== QUOTE && quote !== APOSTROPHE) this.#fail(this.#position, `the value of ${qualifiedName} in <${elementName}> is not quoted`);
    const valueStart = this.#position + 1;
    const valueEnd = text.indexOf(quote === QUOTE ? '"' : "'", valueStart);
    if (valueEnd === -1) this.#fail(start, `the value of ${qualifiedName} in <${elementName}> is not closed`);
    // One look at each character: most values have no reference or white space to replace.
    let firstAmpersand = -1;
    let hasWhitespace = false;
    for (let at = valueStart; at < valueEnd; at += 1) {
      const code = text.charCodeAt(at);
      if (code === LT) this.#fail(at, `"<" in the value of ${qualifiedName} (write &lt;)`);
      if (code === AMPERSAND) {
        if (firstAmpersand === -1) firstAmpersand = at;
      } else if (code === TAB || code === LINE_FEED || code === CARRIAGE_RETURN) {
        hasWhitespace = true;
      }
    }
    if (firstAmpersand !== -1) this.#checkReferences(firstAmpersand, valueEnd);
    this.#position = valueEnd + 1;
    const index = this.#pendingCount;
    this.#pendingNames[index] = qualifiedName;
    this.#pendingValues[index] = firstAmpersand !== -1 || hasWhitespace ? decodeReferences(text.slice(valueStart, valueEnd), hasWhitespace) : valueStart;
    this.#pendingCount = index + 1;
  }

  /** The value of the pending attribute at `index`. */
  #pendingValue(index: number): string {
    const value = this.#pendingValues[index]!;
    return typeof value === 'string' ? value : this.#text.slice(value, attributeValueEnd(this.#text, value));
  }

  /** Namespaces in XML 1.0 §3: the scope of the element, its parent's with its own xmlns declarations. */
  #declaredScope(parentScope: Scope, at: number): Scope {
    let bindings: Map<string, string> | undefined;
    for (let index = 0; index < this.#pendingCount; index += 1) {
      const qualifiedName = this.#pendingNames[index]!;
      let prefix: string;
      if (qualifiedName === 'xmlns') prefix = '';
      else if (qualifiedName.startsWith('xmlns:')) prefix = qualifiedName.slice(6);
      else continue;
      const value = this.#pendingValue(index);
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
   * may have the same name once resolved (which also covers XML 1.0 WFC Unique Att Spec). They
   * go in the current attribute chunk, or a new one when it has no room; returns where they start.
   */
  #resolveAttributes(scope: Scope, at: number): number {
    let chunk = this.#attributeChunk;
    let start = this.#attributeChunkUsed;
    if (start + this.#pendingCount * 2 > chunk.length) {
      chunk = this.#attributeChunk = new Array<XmlName | string | number>(Math.max(this.#pendingCount * 2, ATTRIBUTE_CHUNK_SLOTS)).fill(0);
      start = 0;
    }
    let end = start;
    for (let index = 0; index < this.#pendingCount; index += 1) {
      const qualifiedName = this.#pendingNames[index]!;
      if (qualifiedName.startsWith('xmlns') && (qualifiedName.length === 5 || qualifiedName.charCodeAt(5) === 0x3a)) continue;
      const name = this.#resolvedName(qualifiedName, scope, true, at);
      for (let other = start; other < end; other += 2) {
        const otherName = chunk[other] as XmlName;
        if (otherName.localName === name.localName && otherName.namespace === name.namespace) {
          this.#fail(at, `the attribute ${qualifiedName} appears twice`);
        }
      }
      chunk[end] = name;
      chunk[end + 1] = this.#pendingValues[index]!;
      end += 2;
    }
    this.#attributeChunkUsed = end;
    return start;
  }

  /** The namespace, prefix and local name of an element's or attribute's qualified name, in `scope`. */
  #resolvedName(qualifiedName: string, scope: Scope, attribute: boolean, at: number): XmlName {
    const cache = attribute ? scope.attributeNames : scope.elementNames;
    const cached = cache.get(qualifiedName);
    if (cached !== undefined) return cached;
    const { prefix, localName } = this.#splitName(qualifiedName, at);
    const namespace = prefix !== '' ? this.#resolvePrefix(prefix, scope, at) : attribute ? '' : (scope.bindings.get('') ?? '');
    const resolved = { namespace: internalized(namespace), prefix: internalized(prefix), localName: internalized(localName), source: this.#source };
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

  /**
   * The element or attribute name that starts at `start` ("" when none does). Manifests repeat a
   * few sequences of names (an item's attributes, its children's), so the name that followed the
   * previous one last time is tried first: when it is there, the name is read in one comparison,
   * and is the string met before, which Scope's maps need not hash again.
   */
  #readName(start: number): string {
    const expected = this.#followingNames.get(this.#previousName);
    let name: string;
    if (expected !== undefined && this.#text.startsWith(expected, start) && endsName(this.#text.charCodeAt(start + expected.length))) {
      name = expected;
    } else {
      name = this.#text.slice(start, this.#nameEnd(start));
      this.#followingNames.set(this.#previousName, name);
    }
    this.#previousName = name;
    return name;
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

  /** XML 1.0 §2.4 [14] CharData from `start` to `end`: `]]>` may not appear in it, and its references must be well-formed. */
  #checkCharacterData(start: number, end: number): void {
    // `end` is a "<", so a "]]>" found before it lies wholly in the text.
    if (this.#nextCdataEnd < start) this.#nextCdataEnd = indexOrLength(this.#text, ']]>', start);
    if (this.#nextCdataEnd < end) this.#fail(this.#nextCdataEnd, '"]]>" in text outside a CDATA section');
    if (this.#nextAmpersand < start) this.#nextAmpersand = indexOrLength(this.#text, '&', start);
    if (this.#nextAmpersand < end) this.#checkReferences(this.#nextAmpersand, end);
  }

  /**
   * XML 1.0 §4.1 references from `ampersand` (the first `&`) to `end`, in text or an attribute
   * value: each must be closed by `;` before `end`; an entity other than the predefined ones is
   * reported (once per name) and will be kept as written (references.ts replaces the others).
   */
  #checkReferences(ampersand: number, end: number): void {
    const text = this.#text;
    while (ampersand !== -1 && ampersand < end) {
      const semicolon = text.indexOf(';', ampersand + 1);
      if (semicolon === -1 || semicolon >= end) this.#fail(ampersand, '"&" that starts no entity or character reference (write &amp;)');
      this.#checkReference(text.slice(ampersand + 1, semicolon), ampersand);
      ampersand = text.indexOf('&', semicolon + 1);
    }
  }

  /** XML 1.0 §4.1 [66] CharRef (WFC Legal Character) and [68] EntityRef. */
  #checkReference(reference: string, at: number): void {
    if (PREDEFINED_ENTITIES.has(reference)) return;
    const codePoint = characterReferenceCodePoint(reference);
    if (codePoint !== undefined) {
      if (!isXmlChar(codePoint)) this.#fail(at, `&${reference}; is not a character allowed in XML`);
      return;
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
  }

  /** Skips XML 1.0 §2.3 [3] S; true when there was any. */
  #skipWhitespace(): boolean {
    const start = this.#position;
    while (isWhitespace(this.#text.charCodeAt(this.#position))) this.#position += 1;
    return this.#position !== start;
  }

  #lineAt(offset: number): number {
    return this.#source.lineOf(offset);
  }

  #fail(offset: number, message: string): never {
    throw new NotWellFormed(this.#lineAt(offset), message);
  }
}

/**
 * `text`, as the engine's one shared copy of it: JavaScript engines keep property names (and
 * string literals) internalized, and compare two internalized strings by identity. The parsers
 * compare names and namespaces with literals some twenty times per element; resolved names are
 * made once per scope, so this costs a lookup per distinct name.
 */
function internalized(text: string): string {
  // No prototype, so that "__proto__" is a property like any other.
  const holder: Record<string, true> = Object.create(null) as Record<string, true>;
  holder[text] = true;
  return Object.keys(holder)[0]!;
}

function indexOrLength(text: string, search: string, from: number): number {
  const index = text.indexOf(search, from);
  return index === -1 ? text.length : index;
}
