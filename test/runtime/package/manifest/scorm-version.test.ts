// Which SCORM and edition a manifest is for: <schemaversion>, else the namespaces.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { item, manifest12, manifest2004, onlyFinding, parse, parseClean, SCO, SCO_12 } from './fixtures.js';

function withSchemaVersion(version: string): string {
  return manifest2004(item(), SCO, { metadata: `<metadata><schema>ADL SCORM</schema><schemaversion>${version}</schemaversion></metadata>` });
}

test('"2004 4th Edition" is SCORM 2004, 4th edition', () => {
  const model = parseClean(withSchemaVersion('2004 4th Edition'));
  assert.deepEqual([model.scormVersion, model.edition], ['2004', '4th']);
});

test('"2004 3rd Edition" is SCORM 2004, 3rd edition', () => {
  const model = parseClean(withSchemaVersion('2004 3rd Edition'));
  assert.deepEqual([model.scormVersion, model.edition], ['2004', '3rd']);
});

test('"CAM 1.3" is SCORM 2004, 2nd edition', () => {
  const model = parseClean(withSchemaVersion('CAM 1.3'));
  assert.deepEqual([model.scormVersion, model.edition], ['2004', '2nd']);
});

test('"1.2" is SCORM 1.2', () => {
  const model = parseClean(manifest12(item(), SCO_12));
  assert.deepEqual([model.scormVersion, model.edition], ['1.2', undefined]);
});

test('case and white space in schemaversion do not matter', () => {
  const model = parseClean(withSchemaVersion('  2004   4TH edition\n'));
  assert.deepEqual([model.scormVersion, model.edition], ['2004', '4th']);
});

test('a schemaversion only in the organization metadata decides', () => {
  const xml = manifest2004(item(), SCO, { metadata: '' }).replace('<title>Course</title>',
    '<title>Course</title><metadata><schema>ADL SCORM</schema><schemaversion>2004 3rd Edition</schemaversion></metadata>');
  const model = parseClean(xml);
  assert.deepEqual([model.scormVersion, model.edition], ['2004', '3rd']);
});

test('without schemaversion the 2004 namespaces make it SCORM 2004, edition unknown', () => {
  const model = parseClean(manifest2004(item(), SCO, { metadata: '' }));
  assert.deepEqual([model.scormVersion, model.edition], ['2004', undefined]);
});

test('without schemaversion the 1.2 namespaces make it SCORM 1.2', () => {
  const model = parseClean(manifest12(item(), SCO_12).replace(/<metadata>.*<\/metadata>/, ''));
  assert.equal(model.scormVersion, '1.2');
});

test('an unknown schemaversion is warned about and the namespaces decide', () => {
  const parsed = parse(withSchemaVersion('SCORM 2004'));
  const finding = onlyFinding(parsed, 'manifest.unknown-schemaversion');
  assert.equal(finding.severity, 'warning');
  assert.deepEqual([parsed.model.scormVersion, parsed.model.edition], ['2004', undefined]);
});

test('with neither schemaversion nor a SCORM namespace the manifest is read as 1.2, with a warning', () => {
  const parsed = parse('<manifest identifier="M"><organizations default="O"><organization identifier="O"><title>T</title>' +
    '<item identifier="I" identifierref="R"><title>T</title></item></organization></organizations>' +
    '<resources><resource identifier="R" type="webcontent" href="a.html"/></resources></manifest>');
  assert.equal(onlyFinding(parsed, 'manifest.unknown-scorm-version').severity, 'warning');
  assert.equal(parsed.model.scormVersion, '1.2');
});
