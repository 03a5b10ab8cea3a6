// Hand-built XML trees for the sequencing tests, and a parse that keeps the findings.
import { FindingList, type Finding } from '../../../../src/runtime/package/findings.js';
import type { XmlAttribute, XmlElement } from '../../../../src/runtime/package/xml/xml-tree.js';
import type { SequencingDefinition } from '../../../../src/runtime/package/sequencing/model.js';
import { parseSequencing } from '../../../../src/runtime/package/sequencing/sequencing-parser.js';

const NAMESPACES = new Map([
  ['imscp', 'http://www.imsglobal.org/xsd/imscp_v1p1'],
  ['imsss', 'http://www.imsglobal.org/xsd/imsss'],
  ['adlseq', 'http://www.adlnet.org/xsd/adlseq_v1p3'],
  ['adlcp', 'http://www.adlnet.org/xsd/adlcp_v1p3'],
  ['other', 'urn:example:other'],
]);

type Child = XmlElement | string;

/** `name` is `prefix:localName`; attribute names may be prefixed too; a string child is text. */
export function xml(name: string, attributes: Record<string, string> = {}, ...children: Child[]): XmlElement {
  const [prefix, localName] = split(name);
  // Copies, linked through nextSibling: a test may put one element under several parents.
  const elements = children.filter((child): child is XmlElement => typeof child !== 'string').map((child) => ({ ...child }));
  elements.forEach((element, index) => Object.assign(element, { nextSibling: elements[index + 1] }));
  return {
    namespace: NAMESPACES.get(prefix) ?? '',
    localName,
    prefix,
    attributes: Object.entries(attributes).map(([attributeName, value]): XmlAttribute => {
      const [attributePrefix, attributeLocalName] = attributeName.includes(':') ? split(attributeName) : ['', attributeName];
      return { namespace: NAMESPACES.get(attributePrefix) ?? '', localName: attributeLocalName, prefix: attributePrefix, value };
    }),
    children: elements,
    firstChild: elements[0],
    nextSibling: undefined,
    text: children.filter((child): child is string => typeof child === 'string').join(''),
    line: 1,
  };
}

function split(name: string): [string, string] {
  const colon = name.indexOf(':');
  return [name.slice(0, colon), name.slice(colon + 1)];
}

/** <imsss:sequencing> with these children. */
export function sequencing(attributes: Record<string, string>, ...children: XmlElement[]): XmlElement {
  return xml('imsss:sequencing', attributes, ...children);
}

export interface Parsed {
  readonly definition: SequencingDefinition;
  readonly findings: readonly Finding[];
}

export function parse(element: XmlElement | undefined, collection: ReadonlyMap<string, XmlElement> = new Map()): Parsed {
  const findings = new FindingList();
  const definition = parseSequencing(element, collection, { path: 'manifest/organizations/organization[O]/item[I]', findings }, 'I');
  return { definition, findings: findings.findings };
}

/** Parse a sequencing element made of these children. */
export function parseChildren(...children: XmlElement[]): Parsed {
  return parse(sequencing({}, ...children));
}

export function codes(findings: readonly Finding[]): string[] {
  return findings.map((finding) => `${finding.severity} ${finding.code}`);
}
