// Differential test: on every manifest of the third-party corpus, our reader's tree has the same
// elements (qualified names, nesting, attribute values, trimmed text) as fast-xml-parser's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { readXml } from '../../../../src/runtime/package/xml/xml-reader.js';
import type { XmlElement } from '../../../../src/runtime/package/xml/xml-tree.js';
import { FindingList } from '../../../../src/runtime/package/findings.js';

const corpus = join(process.cwd(), '..', 'shared', 'corpus');

/** Every imsmanifest.xml of the corpus that is not inside a zip. */
function corpusManifests(): string[] {
  const inFolders = ['golf', 'authoring-tools'].flatMap((group) =>
    readdirSync(join(corpus, group)).map((name) => join(corpus, group, name, 'imsmanifest.xml')).filter((path) => existsSync(path)));
  const cts = join(corpus, 'adl-cts-2004-4ed', 'manifests');
  return [...inFolders, ...readdirSync(cts).filter((name) => name.endsWith('.xml')).map((name) => join(cts, name))];
}

/** The parts both readers must agree on. */
interface Shape {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly text: string;
  readonly children: readonly Shape[];
}

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Ours as a Shape; attribute values trimmed, as fast-xml-parser's `trimValues` trims them too. */
function ourShape(element: XmlElement): Shape {
  const attributes: Record<string, string> = {};
  for (const attribute of element.attributes) {
    attributes[attribute.prefix === '' ? attribute.localName : `${attribute.prefix}:${attribute.localName}`] = attribute.value.trim();
  }
  return {
    name: element.prefix === '' ? element.localName : `${element.prefix}:${element.localName}`,
    attributes,
    text: collapse(element.text),
    children: element.children.map(ourShape),
  };
}

type OrderedNode = Record<string, unknown>;

/**
 * fast-xml-parser's `preserveOrder` node as a Shape. It neither normalises line ends nor white
 * space in attribute values (XML 1.0 §2.11, §3.3.3), so that is done here; namespace declarations
 * are attributes to it and not to us.
 */
function theirShape(node: OrderedNode): Shape {
  const name = Object.keys(node).find((key) => key !== ':@')!;
  const attributes: Record<string, string> = {};
  for (const [key, value] of Object.entries((node[':@'] ?? {}) as Record<string, string>)) {
    if (key === 'xmlns' || key.startsWith('xmlns:')) continue;
    attributes[key] = value.replace(/\r\n?/g, '\n').replace(/[\t\n]/g, ' ');
  }
  const content = node[name] as OrderedNode[];
  return {
    name,
    attributes,
    text: collapse(content.filter((child) => '#text' in child).map((child) => String(child['#text'])).join(' ')),
    children: content.filter((child) => !('#text' in child)).map(theirShape),
  };
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

test('on every corpus manifest our tree matches fast-xml-parser\'s', (t) => {
  if (!existsSync(corpus)) {
    t.skip(`no corpus at ${corpus}`);
    return;
  }
  const manifests = corpusManifests();
  assert.ok(manifests.length >= 200, `found ${manifests.length} manifests`);
  for (const path of manifests) {
    const text = readFileSync(path, 'utf8');
    const findings = new FindingList();
    const ours = readXml(text, path, findings);
    assert.ok(ours, `${path}: ${JSON.stringify(findings.findings)}`);
    const theirs = (parser.parse(text) as OrderedNode[]).filter((node) => !('#text' in node));
    assert.equal(theirs.length, 1, path);
    assert.deepEqual(ourShape(ours), theirShape(theirs[0]!), path);
  }
});
