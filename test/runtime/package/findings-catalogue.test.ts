// Issue 3, "Validation": every code of the validation report (xml, manifest, sequencing, package,
// zip), each produced by the smallest package that has the fault, with its severity, path, line
// and a message that names what is at fault; and docs/package-findings.md listing exactly the
// codes the source declares, so that no code goes undocumented or untested.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openAsBlob } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strToU8 } from 'fflate';
import type { PackageHostErrorCode } from '../../../src/components/package-host/package-host-error.js';
import { ManifestFinding } from '../../../src/runtime/package/manifest/finding-codes.js';
import { MAX_ITEM_DEPTH } from '../../../src/runtime/package/manifest/items.js';
import { openPackage } from '../../../src/runtime/package/open-package.js';
import { openZipPackage } from '../../../src/runtime/package/zip-package.js';
import { PackageFinding } from '../../../src/runtime/package/package-finding-codes.js';
import { memoryPackageFiles, urlPackageFiles } from '../../../src/runtime/package/package-files.js';
import { SequencingFinding } from '../../../src/runtime/package/sequencing/finding-codes.js';
import { blobByteSource, httpByteSource, memoryByteSource, openZip, ZipError, type ZipErrorCode } from '../../../src/runtime/package/zip/index.js';
import {
  assertFinding,
  findingCoded,
  ITEM_PATH,
  NAMESPACES_2004,
  leafItem,
  LESSON,
  lineOf,
  manifest12,
  manifest2004,
  openManifest,
  openZipBytes,
  openZipSource,
  organizations,
  packageZip,
  scoResource,
  sequencedManifest,
  soleFinding,
  ZIP_ORIGIN,
} from './findings-fixtures.js';
import { handMadeZip } from './zip/hand-made-zip.js';

// ---------------------------------------------------------------------------------------------
// The catalogues, read from the source modules.

/** ZipErrorCode is a type: `satisfies` makes this list fail to compile when a code is added or removed. */
const zipCodes = Object.keys({
  'zip.not-a-zip': true,
  'zip.corrupt': true,
  'zip.split-archive': true,
  'zip.path-escapes-package': true,
  'zip.duplicate-entry': true,
  'zip.too-many-entries': true,
  'zip.entry-too-large': true,
  'zip.bomb': true,
  'zip.encrypted-entry': true,
  'zip.unsupported-method': true,
  'zip.entry-not-found': true,
  'zip.read-error': true,
  'zip.http-error': true,
} satisfies Record<ZipErrorCode, true>);

/** The page host's and service worker's own codes (the rest of PackageHostErrorCode is ZipErrorCode). */
const serviceWorkerCodes = Object.keys({
  'service-worker.file-url': true,
  'service-worker.insecure-context': true,
  'service-worker.unavailable': true,
  'service-worker.registration-failed': true,
  'service-worker.install-failed': true,
  'package.bad-message': true,
  'package.open-failed': true,
  'package.storage-failed': true,
} satisfies Record<Exclude<PackageHostErrorCode, ZipErrorCode>, true>);

/** A finding code written as a string literal in source text. */
const QUOTED_CODE = /['"]((?:xml|manifest|sequencing|package|zip|service-worker)\.[a-z0-9-]+)['"]/g;

function quotedCodes(source: string): string[] {
  return [...source.matchAll(QUOTED_CODE)].map((match) => match[1]!);
}

/** The XML reader keeps its codes inline (xml-reader.ts): they are read from its source text. */
const xmlCodes = [...new Set(quotedCodes(await readFile(resolve('src/runtime/package/xml/xml-reader.ts'), 'utf8')))];

const packageCodes = [
  ...xmlCodes,
  ...Object.values(ManifestFinding),
  ...Object.values(SequencingFinding),
  ...Object.values(PackageFinding),
  ...zipCodes,
];

/** The codes given a test below, gathered as the tests are declared. */
const tested = new Set<string>();

/** A test named after the finding code it proves. */
function findingTest(code: string, description: string, body: () => Promise<void>): void {
  tested.add(code);
  test(`${code}: ${description}`, body);
}

const sorted = (codes: Iterable<string>): string[] => [...new Set(codes)].sort();

/** The TypeScript files under `folder`, recursively. */
async function sourceFiles(folder: string): Promise<string[]> {
  const names = await readdir(resolve(folder), { recursive: true });
  return names.filter((name) => name.endsWith('.ts')).map((name) => resolve(folder, name));
}

const readDocumentation = () => readFile(resolve('docs/package-findings.md'), 'utf8');

test('docs/package-findings.md gives a section to exactly the codes of the package catalogues', async () => {
  const documented = [...(await readDocumentation()).matchAll(/^### `([^`]+)`$/gm)].map((match) => match[1]!);
  assert.deepEqual(sorted(documented), sorted(packageCodes));
  assert.equal(documented.length, new Set(documented).size, 'a code is documented twice');
});

test("docs/package-findings.md lists exactly the service worker's and page host's own codes", async () => {
  const listed = [...(await readDocumentation()).matchAll(/^\| `([^`]+)` \|/gm)].map((match) => match[1]!);
  assert.deepEqual(sorted(listed), sorted(serviceWorkerCodes));
});

test('every finding code written in the package code belongs to a catalogue', async () => {
  const written = new Set<string>();
  for (const file of await sourceFiles('src/runtime/package')) {
    for (const code of quotedCodes(await readFile(file, 'utf8'))) written.add(code);
  }
  assert.deepEqual(sorted(written), sorted(packageCodes));
});

test('every code the service worker and page host write is in their catalogue or the zip reader’s', async () => {
  const written = new Set<string>();
  for (const file of [...(await sourceFiles('src/service-worker')), ...(await sourceFiles('src/components/package-host'))]) {
    for (const code of quotedCodes(await readFile(file, 'utf8'))) written.add(code);
  }
  const unknown = [...written].filter((code) => !serviceWorkerCodes.includes(code) && !zipCodes.includes(code));
  assert.deepEqual(unknown, []);
});

test('every code of the package catalogues has a test in this file', () => {
  assert.deepEqual(sorted(tested), sorted(packageCodes));
});

// ---------------------------------------------------------------------------------------------
// xml.*: the XML reader (src/runtime/package/xml/xml-reader.ts).

findingTest('xml.not-well-formed', 'an end tag that does not match its start tag stops the reading', async () => {
  const xml = manifest2004({ items: leafItem().replace('</item>', '</Item>') });
  const opened = await openManifest(xml);
  assertFinding(soleFinding(opened, 'xml.not-well-formed'), {
    severity: 'error',
    path: 'imsmanifest.xml',
    line: lineOf(xml, '</Item>'),
    mentions: ['</Item>', '<item>'],
  });
  assert.equal(opened.playable, false);
});

findingTest('xml.undefined-entity', 'an HTML entity such as &eacute; is kept as written', async () => {
  const xml = manifest2004({ items: leafItem().replace('Lesson one', 'Caf&eacute;') });
  assertFinding(soleFinding(await openManifest(xml), 'xml.undefined-entity'), {
    severity: 'warning',
    path: 'imsmanifest.xml',
    line: lineOf(xml, '&eacute;'),
    mentions: ['&eacute;'],
  });
});

findingTest('xml.undeclared-prefix', 'adlcp: used without xmlns:adlcp is read as the SCORM namespace', async () => {
  const xml = manifest2004({ root: 'identifier="MANIFEST-1" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"' });
  assertFinding(soleFinding(await openManifest(xml), 'xml.undeclared-prefix'), {
    severity: 'warning',
    path: 'imsmanifest.xml',
    line: lineOf(xml, 'adlcp:scormType'),
    mentions: ['adlcp:', 'xmlns:adlcp', 'http://www.adlnet.org/xsd/adlcp_v1p3'],
  });
});

findingTest('xml.declaration-not-first', 'a blank line before <?xml is tolerated', async () => {
  const xml = `\n${manifest2004()}`;
  assertFinding(soleFinding(await openManifest(xml), 'xml.declaration-not-first'), {
    severity: 'warning',
    path: 'imsmanifest.xml',
    line: 2,
    mentions: ['<?xml'],
  });
});

// ---------------------------------------------------------------------------------------------
// manifest.*: the manifest parser (src/runtime/package/manifest/).

findingTest('manifest.not-a-manifest', 'an XHTML page saved as imsmanifest.xml', async () => {
  const xml = '<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">\n<body/>\n</html>';
  const opened = await openManifest(xml);
  assertFinding(soleFinding(opened, 'manifest.not-a-manifest'), {
    severity: 'error',
    path: 'imsmanifest.xml',
    line: 2,
    mentions: ['<html>', 'http://www.w3.org/1999/xhtml'],
  });
  assert.equal(opened.playable, false);
});

findingTest('manifest.no-namespace', '<manifest> without xmlns is read as IMS Content Packaging', async () => {
  const xml = manifest12({ root: 'identifier="MANIFEST-1" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"' });
  assertFinding(soleFinding(await openManifest(xml), 'manifest.no-namespace'), {
    severity: 'warning',
    path: 'imsmanifest.xml',
    line: lineOf(xml, '<manifest'),
    mentions: ['<manifest>', 'xmlns'],
  });
});

findingTest('manifest.missing-identifier', 'an item without identifier cannot be tracked', async () => {
  const xml = manifest2004({ items: leafItem('', 'identifierref="RES-1"') });
  const opened = await openManifest(xml);
  assertFinding(soleFinding(opened, 'manifest.missing-identifier'), {
    severity: 'error',
    path: 'manifest/organizations/organization[ORG-1]/item[]',
    line: lineOf(xml, '<item'),
    mentions: ['<item>', '"Lesson one"', 'identifier'],
  });
  assert.equal(opened.playable, false);
});

findingTest('manifest.missing-identifier', 'on <manifest> itself it is only a warning', async () => {
  const xml = manifest2004({ root: NAMESPACES_2004 });
  assertFinding(soleFinding(await openManifest(xml), 'manifest.missing-identifier'), {
    severity: 'warning',
    path: 'manifest',
    line: lineOf(xml, '<manifest'),
    mentions: ['<manifest>', 'identifier'],
  });
});

findingTest('manifest.duplicate-identifier', 'two items with one identifier', async () => {
  const second = leafItem('', 'identifier="ITEM-1" identifierref="RES-1" parameters="?part=2"');
  const xml = manifest2004({ items: `${leafItem()}\n${second}` });
  assertFinding(soleFinding(await openManifest(xml), 'manifest.duplicate-identifier'), {
    severity: 'error',
    path: ITEM_PATH,
    line: lineOf(xml, 'parameters="?part=2"'),
    mentions: ['"ITEM-1"'],
  });
});

findingTest('manifest.identifier-shared-across-kinds', 'an item named like the resource it launches', async () => {
  const xml = manifest2004({ items: leafItem('', 'identifier="RES-1" identifierref="RES-1"') });
  assertFinding(soleFinding(await openManifest(xml), 'manifest.identifier-shared-across-kinds'), {
    severity: 'warning',
    path: 'manifest/organizations/organization[ORG-1]/item[RES-1]',
    line: lineOf(xml, '<item'),
    mentions: ['"RES-1"'],
  });
});

findingTest('manifest.unknown-default-organization', 'default names no organization', async () => {
  const xml = manifest2004({ organizations: organizations(leafItem(), 'default="ORG-9"') });
  const opened = await openManifest(xml);
  assertFinding(soleFinding(opened, 'manifest.unknown-default-organization'), {
    severity: 'error',
    path: 'manifest/organizations',
    line: lineOf(xml, '<organizations'),
    mentions: ['default="ORG-9"'],
  });
  assert.equal(opened.playable, false);
});

findingTest('manifest.no-organization', 'a resource package is played resource by resource', async () => {
  const xml = manifest2004({ organizations: '<organizations/>' });
  const opened = await openManifest(xml);
  assertFinding(soleFinding(opened, 'manifest.no-organization'), {
    severity: 'warning',
    path: 'manifest/organizations',
    line: lineOf(xml, '<organizations'),
    mentions: ['<organization>'],
  });
  assert.equal(opened.manifest?.defaultOrganization?.items[0]?.identifierref, 'RES-1');
});

findingTest('manifest.no-organization', 'without organization or launchable resource it is an error', async () => {
  const resources = `<resource identifier="RES-1" type="webcontent" adlcp:scormType="asset"><file href="${LESSON}"/></resource>`;
  const xml = manifest2004({ organizations: '<organizations/>', resources });
  const opened = await openManifest(xml);
  assertFinding(soleFinding(opened, 'manifest.no-organization'), {
    severity: 'error',
    path: 'manifest/organizations',
    line: lineOf(xml, '<organizations'),
    mentions: ['<organization>', 'nothing to play'],
  });
  assert.equal(opened.playable, false);
});

findingTest('manifest.unknown-identifierref', 'an item launches a resource that is not there', async () => {
  const xml = manifest2004({ items: leafItem('', 'identifier="ITEM-1" identifierref="RES-9"') });
  assertFinding(soleFinding(await openManifest(xml), 'manifest.unknown-identifierref'), {
    severity: 'error',
    path: ITEM_PATH,
    line: lineOf(xml, '<item'),
    mentions: ['identifierref="RES-9"'],
  });
});

findingTest('manifest.leaf-without-resource', 'a SCORM 2004 leaf with nothing to deliver', async () => {
  const xml = manifest2004({ items: leafItem('', 'identifier="ITEM-1"') });
  assertFinding(soleFinding(await openManifest(xml), 'manifest.leaf-without-resource'), {
    severity: 'error',
    path: ITEM_PATH,
    line: lineOf(xml, '<item'),
    mentions: ['"ITEM-1"', 'Lesson one', 'no resource'],
  });
});

findingTest('manifest.cluster-with-resource', 'a SCORM 2004 item with children that references a resource', async () => {
  const xml = manifest2004({ items: `<item identifier="MODULE-1" identifierref="RES-1">\n<title>Module</title>\n${leafItem()}\n</item>` });
  assertFinding(soleFinding(await openManifest(xml), 'manifest.cluster-with-resource'), {
    severity: 'warning',
    path: 'manifest/organizations/organization[ORG-1]/item[MODULE-1]',
    line: lineOf(xml, '<item identifier="MODULE-1"'),
    mentions: ['identifierref="RES-1"'],
  });
});

findingTest('manifest.resource-without-href', 'an item launches a resource without href', async () => {
  const resources = `<resource identifier="RES-1" type="webcontent" adlcp:scormType="sco"><file href="${LESSON}"/></resource>`;
  const xml = manifest2004({ resources });
  assertFinding(soleFinding(await openManifest(xml), 'manifest.resource-without-href'), {
    severity: 'error',
    path: ITEM_PATH,
    line: lineOf(xml, '<item'),
    mentions: ['"RES-1"', 'href'],
  });
});

findingTest('manifest.href-outside-package', 'an href that climbs out of the package root', async () => {
  const resources = `<resource identifier="RES-1" type="webcontent" adlcp:scormType="sco" href="../${LESSON}"><file href="${LESSON}"/></resource>`;
  const xml = manifest2004({ resources });
  assertFinding(findingCoded(await openManifest(xml), 'manifest.href-outside-package'), {
    severity: 'warning',
    path: 'manifest/resources/resource[RES-1]',
    line: lineOf(xml, '<resource '),
    mentions: [`href="../${LESSON}"`],
  });
});

findingTest('manifest.launch-outside-package', 'an item launches a resource whose href climbs out of the package', async () => {
  const resources = `<resource identifier="RES-1" type="webcontent" adlcp:scormType="sco" href="../${LESSON}"><file href="${LESSON}"/></resource>`;
  const xml = manifest2004({ resources });
  const opened = await openManifest(xml);
  assertFinding(findingCoded(opened, 'manifest.launch-outside-package'), {
    severity: 'error',
    path: ITEM_PATH,
    line: lineOf(xml, '<item '),
    mentions: ['"RES-1"', `href="../${LESSON}"`],
  });
  assert.equal(opened.playable, false);
});

findingTest('manifest.xml-base-without-slash', 'xml:base="lessons" is read as the folder lessons/', async () => {
  const resources = `<resource identifier="RES-1" type="webcontent" adlcp:scormType="sco" xml:base="lessons" href="${LESSON}"><file href="${LESSON}"/></resource>`;
  const xml = manifest2004({ resources });
  const opened = await openManifest(xml, { [`lessons/${LESSON}`]: '<html></html>' });
  assertFinding(soleFinding(opened, 'manifest.xml-base-without-slash'), {
    severity: 'warning',
    path: 'manifest/resources/resource[RES-1]',
    line: lineOf(xml, '<resource '),
    mentions: ['xml:base="lessons"', '"lessons/"'],
  });
});

findingTest('manifest.missing-scorm-type', 'a resource without adlcp:scormType is read as an asset', async () => {
  const resources = `<resource identifier="RES-1" type="webcontent" href="${LESSON}"><file href="${LESSON}"/></resource>`;
  const xml = manifest2004({ resources });
  assertFinding(soleFinding(await openManifest(xml), 'manifest.missing-scorm-type'), {
    severity: 'warning',
    path: 'manifest/resources/resource[RES-1]',
    line: lineOf(xml, '<resource '),
    mentions: ['"RES-1"', 'adlcp:scormType', 'asset'],
  });
});

findingTest('manifest.unknown-dependency', 'a dependency on a resource that is not there', async () => {
  const resources = scoResource(`\n<dependency identifierref="SHARED-FILES"/>\n`);
  const xml = manifest2004({ resources });
  assertFinding(soleFinding(await openManifest(xml), 'manifest.unknown-dependency'), {
    severity: 'warning',
    path: 'manifest/resources/resource[RES-1]',
    line: lineOf(xml, '<dependency '),
    mentions: ['identifierref="SHARED-FILES"'],
  });
});

findingTest('manifest.missing-title', 'an item without <title> shows its identifier', async () => {
  const xml = manifest2004({ items: '<item identifier="ITEM-1" identifierref="RES-1">\n</item>' });
  assertFinding(soleFinding(await openManifest(xml), 'manifest.missing-title'), {
    severity: 'warning',
    path: ITEM_PATH,
    line: lineOf(xml, '<item'),
    mentions: ['"ITEM-1"', 'title'],
  });
});

findingTest('manifest.invalid-value', 'isvisible="maybe" is not a boolean', async () => {
  const xml = manifest2004({ items: leafItem('', 'identifier="ITEM-1" identifierref="RES-1" isvisible="maybe"') });
  assertFinding(soleFinding(await openManifest(xml), 'manifest.invalid-value'), {
    severity: 'warning',
    path: ITEM_PATH,
    line: lineOf(xml, '<item'),
    mentions: ['isvisible="maybe"', 'true'],
  });
});

findingTest('manifest.unknown-schemaversion', 'a schemaversion SCORM never had', async () => {
  const xml = manifest2004({ metadata: '<metadata>\n<schema>ADL SCORM</schema>\n<schemaversion>2004 5th Edition</schemaversion>\n</metadata>' });
  assertFinding(soleFinding(await openManifest(xml), 'manifest.unknown-schemaversion'), {
    severity: 'warning',
    path: 'manifest/metadata/schemaversion',
    line: lineOf(xml, '<schemaversion>'),
    mentions: ['2004 5th Edition'],
  });
});

findingTest('manifest.unknown-schemaversion', 'in an organization’s metadata, the path names the organization', async () => {
  const metadata = '<metadata>\n<schemaversion>2004 5th Edition</schemaversion>\n</metadata>';
  const xml = manifest2004({ metadata: '', organizations: organizations(`${leafItem()}\n${metadata}`) });
  assertFinding(soleFinding(await openManifest(xml), 'manifest.unknown-schemaversion'), {
    severity: 'warning',
    path: 'manifest/organizations/organization[ORG-1]/metadata/schemaversion',
    line: lineOf(xml, '<schemaversion>'),
    mentions: ['2004 5th Edition'],
  });
});

findingTest('manifest.unknown-scorm-version', 'no schemaversion and no SCORM namespace: read as SCORM 1.2', async () => {
  const resources = `<resource identifier="RES-1" type="webcontent" href="${LESSON}"><file href="${LESSON}"/></resource>`;
  const xml = manifest2004({ root: 'identifier="MANIFEST-1"', metadata: '', resources });
  const opened = await openManifest(xml);
  // Only a manifest in no namespace can have no SCORM namespace: manifest.no-namespace comes with it.
  assert.deepEqual(opened.findings.map((finding) => finding.code), ['manifest.no-namespace', 'manifest.unknown-scorm-version', 'manifest.missing-scorm-type']);
  assertFinding(findingCoded(opened, 'manifest.unknown-scorm-version'), {
    severity: 'warning',
    path: 'manifest',
    line: lineOf(xml, '<manifest'),
    mentions: ['<schemaversion>', 'SCORM 1.2'],
  });
});

findingTest('manifest.duplicate-shared-data-target', 'an item maps one shared data target twice', async () => {
  const data = '<adlcp:data>\n<adlcp:map targetID="notes"/>\n<adlcp:map targetID="notes" writeSharedData="true"/>\n</adlcp:data>';
  const xml = manifest2004({ items: leafItem(data) });
  assertFinding(soleFinding(await openManifest(xml), 'manifest.duplicate-shared-data-target'), {
    severity: 'warning',
    path: ITEM_PATH,
    line: lineOf(xml, 'writeSharedData="true"'),
    mentions: ['"notes"'],
  });
});

findingTest('manifest.sub-manifest-ignored', 'a <manifest> inside <manifest>', async () => {
  const xml = manifest2004({ after: '<manifest identifier="SUB-1"/>' });
  assertFinding(soleFinding(await openManifest(xml), 'manifest.sub-manifest-ignored'), {
    severity: 'warning',
    path: 'manifest',
    line: lineOf(xml, 'SUB-1'),
    mentions: ['"SUB-1"', '<manifest>', 'ignored'],
  });
});

findingTest('manifest.nesting-too-deep', `items nested more than ${MAX_ITEM_DEPTH} deep`, async () => {
  let items = `<item identifier="ITEM-${MAX_ITEM_DEPTH + 1}" identifierref="RES-1"><title>Deepest</title></item>`;
  for (let depth = MAX_ITEM_DEPTH; depth >= 1; depth -= 1) items = `<item identifier="ITEM-${depth}">\n<title>Level ${depth}</title>\n${items}\n</item>`;
  const xml = manifest12({ items });
  const ancestors = Array.from({ length: MAX_ITEM_DEPTH }, (_, index) => `item[ITEM-${index + 1}]`).join('/');
  assertFinding(soleFinding(await openManifest(xml), 'manifest.nesting-too-deep'), {
    severity: 'error',
    path: `manifest/organizations/organization[ORG-1]/${ancestors}`,
    line: lineOf(xml, `<item identifier="ITEM-${MAX_ITEM_DEPTH}">`),
    mentions: [String(MAX_ITEM_DEPTH), `"ITEM-${MAX_ITEM_DEPTH}"`],
  });
});

// ---------------------------------------------------------------------------------------------
// sequencing.*: the sequencing parser (src/runtime/package/sequencing/).

const SEQUENCING = `${ITEM_PATH}/sequencing`;

/** A sequencing rule of ITEM-1 with these conditions and action element (either may be ''). */
function preConditionRule(conditions: string, action: string): string {
  return `<imsss:sequencingRules>\n<imsss:preConditionRule>\n${conditions}\n${action}\n</imsss:preConditionRule>\n</imsss:sequencingRules>`;
}

const ALWAYS = '<imsss:ruleConditions>\n<imsss:ruleCondition condition="always"/>\n</imsss:ruleConditions>';

findingTest('sequencing.invalid-boolean', 'flow="yes" is not an xs:boolean', async () => {
  const xml = sequencedManifest('<imsss:controlMode flow="yes"/>');
  assertFinding(soleFinding(await openManifest(xml), 'sequencing.invalid-boolean'), {
    severity: 'warning',
    path: `${SEQUENCING}/controlMode`,
    line: lineOf(xml, '<imsss:controlMode'),
    mentions: ['flow="yes"', 'false'],
  });
});

findingTest('sequencing.invalid-token', 'a timing outside the vocabulary falls back to the default', async () => {
  const xml = sequencedManifest('<imsss:randomizationControls selectionTiming="sometimes"/>');
  assertFinding(soleFinding(await openManifest(xml), 'sequencing.invalid-token'), {
    severity: 'warning',
    path: `${SEQUENCING}/randomizationControls`,
    line: lineOf(xml, '<imsss:randomizationControls'),
    mentions: ['selectionTiming="sometimes"', 'never'],
  });
});

findingTest('sequencing.invalid-token', 'an unknown rule action is an error: the rule is left out', async () => {
  const xml = sequencedManifest(preConditionRule(ALWAYS, '<imsss:ruleAction action="jump"/>'));
  const opened = await openManifest(xml);
  assertFinding(soleFinding(opened, 'sequencing.invalid-token'), {
    severity: 'error',
    path: `${SEQUENCING}/sequencingRules/preConditionRule[1]`,
    line: lineOf(xml, '<imsss:ruleAction'),
    mentions: ['action="jump"', 'left out'],
  });
  assert.equal(opened.playable, false);
});

findingTest('sequencing.invalid-number', 'attemptLimit="three" is not a whole number', async () => {
  const xml = sequencedManifest('<imsss:limitConditions attemptLimit="three"/>');
  assertFinding(soleFinding(await openManifest(xml), 'sequencing.invalid-number'), {
    severity: 'warning',
    path: `${SEQUENCING}/limitConditions`,
    line: lineOf(xml, '<imsss:limitConditions'),
    mentions: ['attemptLimit="three"'],
  });
});

findingTest('sequencing.out-of-range', 'a weight of 2 where 0 to 1 is allowed', async () => {
  const xml = sequencedManifest('<imsss:rollupRules objectiveMeasureWeight="2"/>');
  assertFinding(soleFinding(await openManifest(xml), 'sequencing.out-of-range'), {
    severity: 'warning',
    path: `${SEQUENCING}/rollupRules`,
    line: lineOf(xml, '<imsss:rollupRules'),
    mentions: ['objectiveMeasureWeight="2"', 'between 0 and 1'],
  });
});

findingTest('sequencing.invalid-time', 'a duration written "1 hour" instead of PT1H', async () => {
  const xml = sequencedManifest('<imsss:limitConditions attemptAbsoluteDurationLimit="1 hour"/>');
  assertFinding(soleFinding(await openManifest(xml), 'sequencing.invalid-time'), {
    severity: 'warning',
    path: `${SEQUENCING}/limitConditions`,
    line: lineOf(xml, '<imsss:limitConditions'),
    mentions: ['attemptAbsoluteDurationLimit="1 hour"', 'PT1H30M'],
  });
});

findingTest('sequencing.missing-part', 'a rule without <ruleAction> is left out', async () => {
  const xml = sequencedManifest(preConditionRule(ALWAYS, ''));
  const opened = await openManifest(xml);
  assertFinding(soleFinding(opened, 'sequencing.missing-part'), {
    severity: 'error',
    path: `${SEQUENCING}/sequencingRules/preConditionRule[1]`,
    line: lineOf(xml, '<imsss:preConditionRule'),
    mentions: ['<preConditionRule>', '<ruleAction>'],
  });
  assert.equal(opened.playable, false);
});

findingTest('sequencing.rule-without-conditions', 'a rule with an action and no condition is ignored', async () => {
  const xml = sequencedManifest(preConditionRule('', '<imsss:ruleAction action="skip"/>'));
  assertFinding(soleFinding(await openManifest(xml), 'sequencing.rule-without-conditions'), {
    severity: 'warning',
    path: `${SEQUENCING}/sequencingRules/preConditionRule[1]`,
    line: lineOf(xml, '<imsss:preConditionRule'),
    mentions: ['<preConditionRule>', 'action "skip"', 'ignored'],
  });
});

findingTest('sequencing.missing-primary-objective', '<objectives> without <primaryObjective>', async () => {
  const xml = sequencedManifest('<imsss:objectives>\n<imsss:objective objectiveID="obj-1"/>\n</imsss:objectives>');
  assertFinding(soleFinding(await openManifest(xml), 'sequencing.missing-primary-objective'), {
    severity: 'warning',
    path: `${SEQUENCING}/objectives`,
    line: lineOf(xml, '<imsss:objectives'),
    mentions: ['"ITEM-1"', '<primaryObjective>'],
  });
});

findingTest('sequencing.duplicate-objective-id', 'an objective with the primary objective’s objectiveID', async () => {
  const objectives = '<imsss:objectives>\n<imsss:primaryObjective objectiveID="obj-1"/>\n<imsss:objective objectiveID="obj-1"/>\n</imsss:objectives>';
  const xml = sequencedManifest(objectives);
  assertFinding(soleFinding(await openManifest(xml), 'sequencing.duplicate-objective-id'), {
    severity: 'warning',
    path: `${SEQUENCING}/objectives/objective[1]`,
    line: lineOf(xml, '<imsss:objective objectiveID'),
    mentions: ['"obj-1"'],
  });
});

findingTest('sequencing.unmatched-extended-objective', 'an adlseq:objective no imsss objective declares', async () => {
  const xml = sequencedManifest('<adlseq:objectives>\n<adlseq:objective objectiveID="obj-9"/>\n</adlseq:objectives>');
  assertFinding(soleFinding(await openManifest(xml), 'sequencing.unmatched-extended-objective'), {
    severity: 'warning',
    path: `${SEQUENCING}/objectives/objective[1]`,
    line: lineOf(xml, '<adlseq:objective '),
    mentions: ['"obj-9"'],
  });
});

findingTest('sequencing.unknown-referenced-objective', 'a rule condition about an objective the activity lacks', async () => {
  const conditions = '<imsss:ruleConditions>\n<imsss:ruleCondition condition="satisfied" referencedObjective="obj-9"/>\n</imsss:ruleConditions>';
  const xml = sequencedManifest(preConditionRule(conditions, '<imsss:ruleAction action="skip"/>'));
  assertFinding(soleFinding(await openManifest(xml), 'sequencing.unknown-referenced-objective'), {
    severity: 'warning',
    path: `${SEQUENCING}/sequencingRules/preConditionRule[1]`,
    line: lineOf(xml, '<imsss:ruleCondition '),
    mentions: ['"obj-9"'],
  });
});

findingTest('sequencing.unknown-element', 'an adlseq element written with the imsss prefix', async () => {
  const xml = sequencedManifest('<imsss:rollupConsiderations requiredForSatisfied="ifAttempted"/>');
  assertFinding(soleFinding(await openManifest(xml), 'sequencing.unknown-element'), {
    severity: 'warning',
    path: SEQUENCING,
    line: lineOf(xml, '<imsss:rollupConsiderations'),
    mentions: ['<imsss:rollupConsiderations>'],
  });
});

findingTest('sequencing.unknown-collection-ref', 'IDRef names no entry of the sequencingCollection', async () => {
  const xml = manifest2004({ items: leafItem('<imsss:sequencing IDRef="common-rules"/>') });
  const opened = await openManifest(xml);
  assertFinding(soleFinding(opened, 'sequencing.unknown-collection-ref'), {
    severity: 'error',
    path: SEQUENCING,
    line: lineOf(xml, '<imsss:sequencing IDRef'),
    mentions: ['"common-rules"'],
  });
  assert.equal(opened.playable, false);
});

findingTest('sequencing.duplicate-collection-id', 'two collection entries with one ID', async () => {
  const collection = '<imsss:sequencingCollection>\n<imsss:sequencing ID="common-rules"/>\n<imsss:sequencing ID="common-rules">\n<imsss:controlMode flow="true"/>\n</imsss:sequencing>\n</imsss:sequencingCollection>';
  const xml = manifest2004({ after: collection });
  assertFinding(soleFinding(await openManifest(xml), 'sequencing.duplicate-collection-id'), {
    severity: 'warning',
    path: 'manifest/sequencingCollection',
    line: lineOf(xml, '<imsss:sequencing ID="common-rules">'),
    mentions: ['"common-rules"'],
  });
});

findingTest('sequencing.collection-entry-without-id', 'a collection entry nothing can reference', async () => {
  const xml = manifest2004({ after: '<imsss:sequencingCollection>\n<imsss:sequencing/>\n</imsss:sequencingCollection>' });
  assertFinding(soleFinding(await openManifest(xml), 'sequencing.collection-entry-without-id'), {
    severity: 'warning',
    path: 'manifest/sequencingCollection',
    line: lineOf(xml, '<imsss:sequencing/>'),
    mentions: ['<imsss:sequencing> #1', 'no ID'],
  });
});

// ---------------------------------------------------------------------------------------------
// package.*: the package as a whole (src/runtime/package/open-package.ts).

findingTest('package.manifest-not-at-root', 'the course folder was zipped instead of its contents', async () => {
  const opened = await openPackage(memoryPackageFiles({ 'my-course/imsmanifest.xml': manifest2004(), [`my-course/${LESSON}`]: '' }));
  assertFinding(soleFinding(opened, 'package.manifest-not-at-root'), {
    severity: 'error',
    path: 'my-course/imsmanifest.xml',
    line: undefined,
    mentions: ['my-course/imsmanifest.xml', '"my-course"'],
  });
  assert.equal(opened.playable, false);
});

findingTest('package.aicc-not-scorm', 'AICC course structure files and no manifest', async () => {
  const opened = await openPackage(memoryPackageFiles({ 'course.crs': '', 'course.au': '', 'course.des': '' }, 'aicc-course.zip'));
  assertFinding(soleFinding(opened, 'package.aicc-not-scorm'), {
    severity: 'error',
    path: 'aicc-course.zip',
    line: undefined,
    mentions: ['AICC', 'SCORM'],
  });
});

findingTest('package.no-manifest', 'a zip of a web site, not a SCORM package', async () => {
  const opened = await openPackage(memoryPackageFiles({ 'index.html': '' }, 'site.zip'));
  assertFinding(soleFinding(opened, 'package.no-manifest'), {
    severity: 'error',
    path: 'site.zip',
    line: undefined,
    mentions: ['imsmanifest.xml'],
  });
});

findingTest('package.undecodable-manifest', 'bytes that are not the UTF-8 the manifest declares', async () => {
  const head = strToU8('<?xml version="1.0" encoding="UTF-8"?>\n<manifest identifier="Caf');
  const bytes = new Uint8Array([...head, 0xe9, ...strToU8('"/>')]); // é in Latin-1, not UTF-8
  const opened = await openManifest(bytes);
  assertFinding(soleFinding(opened, 'package.undecodable-manifest'), {
    severity: 'error',
    path: 'imsmanifest.xml',
    line: undefined,
    mentions: ['imsmanifest.xml', 'utf-8'],
  });
});

findingTest('package.launch-file-missing', 'the file a SCO starts at is not in the package', async () => {
  const xml = manifest2004();
  const opened = await openManifest(xml, {});
  // lesson.html is listed in <file> too: package.listed-file-missing comes with it.
  assert.deepEqual(opened.findings.map((finding) => finding.code), ['package.launch-file-missing', 'package.listed-file-missing']);
  assertFinding(findingCoded(opened, 'package.launch-file-missing'), {
    severity: 'error',
    path: 'manifest/resources/resource[RES-1]',
    line: lineOf(xml, '<resource '),
    mentions: [LESSON, '"Lesson one"'],
  });
  assert.equal(opened.playable, false);
});

findingTest('package.listed-file-missing', 'a <file> the package does not hold', async () => {
  const xml = manifest2004({ resources: scoResource('\n<file href="media/intro.mp4"/>\n') });
  const opened = await openManifest(xml);
  assertFinding(soleFinding(opened, 'package.listed-file-missing'), {
    severity: 'warning',
    path: 'manifest/resources/resource[RES-1]/file',
    line: lineOf(xml, '<file href="media/intro.mp4"'),
    mentions: ['media/intro.mp4'],
  });
  assert.equal(opened.playable, true);
});

findingTest('package.unreadable', 'the web server answers 503 for the manifest', async () => {
  const base = 'https://lms.example/courses/c1/';
  const unavailable: typeof fetch = async () => new Response('', { status: 503, statusText: 'Service Unavailable' });
  const opened = await openPackage(urlPackageFiles(base, unavailable));
  assertFinding(soleFinding(opened, 'package.unreadable'), {
    severity: 'error',
    path: base,
    line: undefined,
    mentions: [`${base}imsmanifest.xml`, '503'],
  });
});

// ---------------------------------------------------------------------------------------------
// zip.*: the zip reader (src/runtime/package/zip/), through openZipPackage where the refusal
// reaches it. Findings about the archive as a whole have the zip's name (its origin) as path.

const MANIFEST_ENTRY = { name: 'imsmanifest.xml', content: strToU8(manifest2004()) };
const LESSON_CONTENT = strToU8('<html><body>Lesson one</body></html>');

findingTest('zip.not-a-zip', 'a web page uploaded as the package', async () => {
  const opened = await openZipBytes(strToU8('<html><body>Download your course here</body></html>'));
  assertFinding(soleFinding(opened, 'zip.not-a-zip'), { severity: 'error', path: ZIP_ORIGIN, line: undefined, mentions: ['not a zip', '.zip'] });
  assert.equal(opened.playable, false);
});

findingTest('zip.corrupt', 'a stored entry declared with two sizes', async () => {
  const zip = handMadeZip([MANIFEST_ENTRY, { name: LESSON, content: LESSON_CONTENT, declaredUncompressedSize: LESSON_CONTENT.length + 1 }]);
  assertFinding(soleFinding(await openZipBytes(zip), 'zip.corrupt'), { severity: 'error', path: LESSON, line: undefined, mentions: [`"${LESSON}"`, 'damaged'] });
});

findingTest('zip.split-archive', 'one part of a spanned zip', async () => {
  const zip = handMadeZip([MANIFEST_ENTRY], { diskNumber: 1 });
  assertFinding(soleFinding(await openZipBytes(zip), 'zip.split-archive'), { severity: 'error', path: ZIP_ORIGIN, line: undefined, mentions: ['split', 'one file'] });
});

findingTest('zip.path-escapes-package', 'an entry named ../evil.html', async () => {
  const zip = handMadeZip([MANIFEST_ENTRY, { name: '../evil.html', content: LESSON_CONTENT }]);
  assertFinding(soleFinding(await openZipBytes(zip), 'zip.path-escapes-package'), {
    severity: 'error',
    path: '../evil.html',
    line: undefined,
    mentions: ['"../evil.html"', '".."'],
  });
});

findingTest('zip.duplicate-entry', 'two entries named lesson.html', async () => {
  const zip = handMadeZip([MANIFEST_ENTRY, { name: LESSON, content: LESSON_CONTENT }, { name: LESSON, content: strToU8('<html></html>') }]);
  assertFinding(soleFinding(await openZipBytes(zip), 'zip.duplicate-entry'), { severity: 'error', path: LESSON, line: undefined, mentions: [`"${LESSON}"`, 'twice'] });
});

findingTest('zip.too-many-entries', 'more entries than the host allows', async () => {
  assertFinding(soleFinding(await openZipBytes(packageZip(), { maxEntries: 1 }), 'zip.too-many-entries'), {
    severity: 'error',
    path: ZIP_ORIGIN,
    line: undefined,
    mentions: ['2 entries', 'the 1 allowed', 'limits.maxEntries'],
  });
});

findingTest('zip.entry-too-large', 'one file larger than the host allows', async () => {
  const zip = packageZip({ 'media/intro.mp4': 'x'.repeat(100_000) });
  assertFinding(soleFinding(await openZipBytes(zip, { maxEntryUncompressed: 50_000 }), 'zip.entry-too-large'), {
    severity: 'error',
    path: 'media/intro.mp4',
    line: undefined,
    mentions: ['"media/intro.mp4"', '100000', '50000', 'limits.maxEntryUncompressed'],
  });
});

findingTest('zip.bomb', 'two entries that share one compressed stream', async () => {
  const zip = handMadeZip([MANIFEST_ENTRY, { name: LESSON, content: MANIFEST_ENTRY.content, sharesDataOf: 0 }]);
  assertFinding(soleFinding(await openZipBytes(zip), 'zip.bomb'), {
    severity: 'error',
    path: LESSON,
    line: undefined,
    mentions: [`"${LESSON}"`, '"imsmanifest.xml"', 'zip bomb'],
  });
});

findingTest('zip.encrypted-entry', 'a password-protected entry', async () => {
  const zip = handMadeZip([MANIFEST_ENTRY, { name: LESSON, content: LESSON_CONTENT, flags: 0x0001 }]);
  assertFinding(soleFinding(await openZipBytes(zip), 'zip.encrypted-entry'), {
    severity: 'error',
    path: LESSON,
    line: undefined,
    mentions: [`"${LESSON}"`, 'password'],
  });
});

findingTest('zip.unsupported-method', 'an entry compressed with BZIP2', async () => {
  const zip = handMadeZip([MANIFEST_ENTRY, { name: LESSON, content: LESSON_CONTENT, method: 12 }]);
  assertFinding(soleFinding(await openZipBytes(zip), 'zip.unsupported-method'), {
    severity: 'error',
    path: LESSON,
    line: undefined,
    mentions: [`"${LESSON}"`, 'BZIP2', 'Deflate'],
  });
});

/** The ZipError `promise` rejects with: the refusals that come before or after openZipPackage. */
async function refusal(promise: Promise<unknown>): Promise<ZipError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof ZipError, `expected a ZipError, got ${String(error)}`);
    return error;
  }
  assert.fail('no ZipError');
}

findingTest('zip.entry-not-found', 'readEntry asked for a file the zip does not hold', async () => {
  const archive = await openZip(memoryByteSource(packageZip()));
  const error = await refusal(archive.readEntry('missing.html'));
  assert.equal(error.code, 'zip.entry-not-found');
  assertFinding(error, { severity: 'error', path: 'missing.html', line: undefined, mentions: ['"missing.html"'] });
});

findingTest('zip.read-error', 'the chosen file changed on disk before it was read', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'findings-'));
  try {
    const file = join(folder, ZIP_ORIGIN);
    await writeFile(file, packageZip());
    const blob = await openAsBlob(file);
    await writeFile(file, 'replaced');
    const opened = await openZipSource(blobByteSource(blob));
    assertFinding(soleFinding(opened, 'zip.read-error'), { severity: 'error', path: ZIP_ORIGIN, line: undefined, mentions: ['could not be read', 'Choose it again'] });
  } finally {
    await rm(folder, { recursive: true });
  }
});

findingTest('zip.http-error', 'the zip’s URL answers 404: a finding of the opened package, like every refusal', async () => {
  const url = 'https://lms.example/courses/c1.zip';
  const notFound: typeof fetch = async () => new Response('', { status: 404, statusText: 'Not Found' });
  const opened = await openZipPackage(httpByteSource(url, { fetch: notFound }), url);
  assertFinding(soleFinding(opened, 'zip.http-error'), { severity: 'error', path: url, line: undefined, mentions: [url, '404'] });
  assert.equal(opened.playable, false);
});
