// The reader's speed-ups keep its results: what it shares between elements and caches while
// reading (attribute chunks, names, scopes) gives the same tree for large documents and repeated reads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readXml } from '../../../../src/runtime/package/xml/xml-reader.js';
import { FindingList } from '../../../../src/runtime/package/findings.js';

function read(text: string): { root: ReturnType<typeof readXml>; findings: FindingList } {
  const findings = new FindingList();
  return { root: readXml(text, 'imsmanifest.xml', findings), findings };
}

test('a second document read gets its own findings and names, not the first one\'s', () => {
  const text = '<manifest><adlcp:location>x</adlcp:location></manifest>';
  const first = read(text);
  const second = read(text);
  assert.deepEqual(second.findings.findings, first.findings.findings);
  assert.deepEqual(second.findings.findings.map((finding) => finding.code), ['xml.undeclared-prefix']);
  const inScorm12 = read('<manifest xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"><adlcp:location>x</adlcp:location></manifest>');
  assert.equal(inScorm12.root?.children[0]?.namespace, 'http://www.adlnet.org/xsd/adlcp_rootv1p2');
  assert.equal(read(text).root?.children[0]?.namespace, 'http://www.adlnet.org/xsd/adlcp_v1p3');
});

test('every attribute of a document with many thousands of them is read back with its own value', () => {
  const count = 6000;
  const items = Array.from({ length: count }, (_, index) => `<item identifier="I${index}" n='${index}' note="a&amp;b${index}"/>`).join('\n');
  const { root, findings } = read(`<organization>${items}</organization>`);
  assert.equal(findings.findings.length, 0);
  assert.equal(root?.children.length, count);
  root?.children.forEach((item, index) => {
    assert.deepEqual(item.attributes.map(({ localName, value }) => [localName, value]), [
      ['identifier', `I${index}`],
      ['n', String(index)],
      ['note', `a&b${index}`],
    ]);
  });
});

test('an element with more attributes than the reader keeps together keeps them all, in order', () => {
  const count = 5000;
  const attributes = Array.from({ length: count }, (_, index) => ` a${index}="${index}"`).join('');
  const { root } = read(`<manifest><before x="1"/><many${attributes}/><after y="2"/></manifest>`);
  const [before, many, after] = root?.children ?? [];
  assert.deepEqual(before?.attributes.map(({ value }) => value), ['1']);
  assert.equal(many?.attributes.length, count);
  assert.ok(many?.attributes.every(({ localName, value }, index) => localName === `a${index}` && value === String(index)));
  assert.deepEqual(after?.attributes.map(({ value }) => value), ['2']);
});

test('the text of an element is read from its place in the document, between its children, after they are read', () => {
  const { root } = read('<a>one<b>two<c/>three</b>four<![CDATA[<five>]]><!-- no -->six&amp;<d/>\r\nseven</a>');
  assert.equal(root?.children[0]?.text, 'twothree');
  assert.equal(root?.children[0]?.children[0]?.text, '');
  assert.equal(root?.text, 'onefour<five>six&\nseven');
});
