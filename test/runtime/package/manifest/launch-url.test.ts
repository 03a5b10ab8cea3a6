// Launch URLs: CAM 4th ed. §3.4 (<resource> href and xml:base, <item> parameters), RFC 3986 §5.2.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launchUrl, resolveReference, withParameters } from '../../../../src/runtime/package/manifest/launch-url.js';
import { firstItem, item, manifest2004, onlyFinding, parse, parseClean, SCO } from './fixtures.js';

function launchOf(xml: string): string | undefined {
  const model = parseClean(xml);
  const lesson = firstItem(model);
  return launchUrl(lesson.resource!, lesson);
}

test('the href is the launch URL when nothing else applies', () => {
  assert.equal(launchOf(manifest2004(item(), SCO)), 'sco/index.html');
});

test('xml:base of manifest, resources and resource are resolved in turn', () => {
  const xml = manifest2004(item(), SCO.replace('<resource ', '<resource xml:base="unit1/" '), { attributes: 'xml:base="course/"' })
    .replace('<resources>', '<resources xml:base="content/">');
  assert.equal(launchOf(xml), 'course/content/unit1/sco/index.html');
});

test('an xml:base of "./" is the package root', () => {
  assert.equal(launchOf(manifest2004(item(), SCO, { attributes: 'xml:base="./"' })), 'sco/index.html');
});

test('dot segments in xml:base and href are resolved', () => {
  const xml = manifest2004(item(), SCO.replace('href="sco/index.html"', 'href="../shared/./launch.html"').replace('<resource ', '<resource xml:base="units/one/" '));
  assert.equal(launchOf(xml), 'units/shared/launch.html');
});

test('an xml:base without a final slash is read as a folder, with a warning', () => {
  const parsed = parse(manifest2004(item(), SCO.replace('<resource ', '<resource xml:base="unit1" ')));
  assert.equal(onlyFinding(parsed, 'manifest.xml-base-without-slash').severity, 'warning');
  const lesson = firstItem(parsed.model);
  assert.equal(launchUrl(lesson.resource!, lesson), 'unit1/sco/index.html');
});

test('percent-encoding in the href is kept as written', () => {
  assert.equal(launchOf(manifest2004(item(), SCO.replace('sco/index.html"', 'my%20sco/d%C3%A9part.html"'))), 'my%20sco/d%C3%A9part.html');
});

test('a query in the href is kept', () => {
  assert.equal(launchOf(manifest2004(item(), SCO.replace('sco/index.html"', 'player.html?lesson=3"'))), 'player.html?lesson=3');
});

test('an absolute href leaves the package as it is', () => {
  assert.equal(launchOf(manifest2004(item(), SCO.replace('sco/index.html"', 'https://cdn.example.com/sco/index.html"'))), 'https://cdn.example.com/sco/index.html');
});

test('an href that climbs out of the package gives no launch URL and a warning', () => {
  const parsed = parse(manifest2004(item(), SCO.replace('sco/index.html"', '../../etc/passwd"')));
  assert.equal(onlyFinding(parsed, 'manifest.href-outside-package').severity, 'warning');
  const lesson = firstItem(parsed.model);
  assert.equal(launchUrl(lesson.resource!, lesson), undefined);
});

test('item parameters starting with ? start the query', () => {
  assert.equal(launchOf(manifest2004(item('', 'parameters="?tc=API&amp;act=1"'), SCO)), 'sco/index.html?tc=API&act=1');
});

test('item parameters join a query already in the href with &', () => {
  const xml = manifest2004(item('', 'parameters="?content=assessment1"'), SCO.replace('sco/index.html"', 'test.html?mode=quiz"'));
  assert.equal(launchOf(xml), 'test.html?mode=quiz&content=assessment1');
});

test('item parameters without a leading ? start the query too', () => {
  assert.equal(withParameters('a.html', 'x=1'), 'a.html?x=1');
});

test('a leading & of item parameters is not part of them', () => {
  assert.equal(withParameters('a.html', '&x=1'), 'a.html?x=1');
  assert.equal(withParameters('a.html?y=2', '&x=1'), 'a.html?y=2&x=1');
});

test('item parameters starting with # are a fragment, added when the URL has none', () => {
  assert.equal(withParameters('a.html', '#page3'), 'a.html#page3');
  assert.equal(withParameters('a.html#intro', '#page3'), 'a.html#intro');
});

test('a query from item parameters goes before the fragment of the href', () => {
  assert.equal(withParameters('a.html#intro', '?x=1'), 'a.html?x=1#intro');
});

test('parameters that are only ? or & add nothing', () => {
  assert.equal(withParameters('a.html', '?'), 'a.html');
});

test('launchUrl without an item is the resolved href', () => {
  const model = parseClean(manifest2004(item('', 'parameters="?x=1"'), SCO));
  assert.equal(launchUrl(model.resources[0]!), 'sco/index.html');
});

test('resolveReference tells package paths, external URLs and escapes apart', () => {
  assert.equal(resolveReference('b.html', 'a/'), 'a/b.html');
  assert.equal(resolveReference('b.html', 'https://cdn.example.com/x/'), 'https://cdn.example.com/x/b.html');
  assert.equal(resolveReference('../b.html', ''), undefined);
  assert.equal(resolveReference('//other.host/b.html', ''), undefined);
  assert.equal(resolveReference('http://[broken', ''), undefined);
});

test('backslashes are not read as folder separators', () => {
  assert.equal(resolveReference('a\\b.html', ''), 'a\\b.html');
});
