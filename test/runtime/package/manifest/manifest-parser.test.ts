// The manifest model: CAM 4th ed. §3.4 and the SCORM 1.2 CAM §2.3, read as the player needs it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_SEQUENCING } from '../../../../src/runtime/package/sequencing/model.js';
import { MAX_ITEM_DEPTH } from '../../../../src/runtime/package/manifest/items.js';
import { firstItem, item, manifest12, manifest2004, onlyFinding, parse, parseClean, SCO, SCO_12 } from './fixtures.js';

// --- The manifest, organizations and items -------------------------------------------------

test('a minimal 2004 manifest reads with no finding into its organization, item and resource', () => {
  const model = parseClean(manifest2004(item(), SCO));
  assert.equal(model.identifier, 'M');
  assert.equal(model.version, '1.0');
  assert.equal(model.organizations.length, 1);
  assert.equal(model.defaultOrganization?.identifier, 'ORG');
  assert.equal(model.defaultOrganization?.title, 'Course');
  const lesson = firstItem(model);
  assert.equal(lesson.identifier, 'I1');
  assert.equal(lesson.title, 'Lesson');
  assert.equal(lesson.resource, model.resourcesById.get('R1'));
  assert.equal(model.resources[0]?.href, 'sco/index.html');
});

test('defaults apply: isvisible true, structure hierarchical, global-to-system true, default sequencing', () => {
  const model = parseClean(manifest2004(item(), SCO));
  const organization = model.defaultOrganization!;
  assert.equal(organization.structure, 'hierarchical');
  assert.equal(organization.objectivesGlobalToSystem, true);
  assert.equal(organization.sharedDataGlobalToSystem, true);
  assert.equal(organization.sequencing, DEFAULT_SEQUENCING);
  const lesson = firstItem(model);
  assert.equal(lesson.isVisible, true);
  assert.equal(lesson.sequencing, DEFAULT_SEQUENCING);
  assert.deepEqual(lesson.hideLmsUi, []);
  assert.deepEqual(lesson.sharedData, []);
  assert.equal(lesson.completionThreshold, undefined);
  assert.equal(lesson.timeLimitAction, undefined);
});

test('isvisible="false" and isvisible="0" hide an item', () => {
  const model = parseClean(manifest2004(
    '<item identifier="A" identifierref="R1" isvisible="false"><title>A</title></item><item identifier="B" identifierref="R1" isvisible=" 0 "><title>B</title></item>', SCO));
  assert.deepEqual(model.defaultOrganization?.items.map((entry) => entry.isVisible), [false, false]);
});

test('an isvisible that is not a boolean is reported and read as true', () => {
  const parsed = parse(manifest2004(item('', 'isvisible="no"'), SCO));
  const finding = onlyFinding(parsed, 'manifest.invalid-value');
  assert.equal(finding.severity, 'warning');
  assert.equal(finding.path, 'manifest/organizations/organization[ORG]/item[I1]');
  assert.equal(firstItem(parsed.model).isVisible, true);
});

test('organization attributes are read: structure and the global-to-system flags', () => {
  const model = parseClean(manifest2004(item(), SCO, {
    organizationAttributes: 'structure="linear" adlseq:objectivesGlobalToSystem="false" adlcp:sharedDataGlobalToSystem="false"',
  }));
  assert.equal(model.defaultOrganization?.structure, 'linear');
  assert.equal(model.defaultOrganization?.objectivesGlobalToSystem, false);
  assert.equal(model.defaultOrganization?.sharedDataGlobalToSystem, false);
});

test('nested items keep their order and nesting', () => {
  const model = parseClean(manifest2004(
    '<item identifier="C"><title>Chapter</title><item identifier="A" identifierref="R1"><title>A</title></item><item identifier="B" identifierref="R1"><title>B</title></item></item>', SCO));
  const chapter = firstItem(model);
  assert.equal(chapter.resource, undefined);
  assert.deepEqual(chapter.items.map((child) => child.identifier), ['A', 'B']);
});

test('identifiers and references are trimmed, then compared case-sensitively', () => {
  const model = parseClean(manifest2004(
    '<item identifier="  I1 " identifierref=" R1  "><title>Lesson</title></item>',
    '<resource identifier=" R1 " type="webcontent" adlcp:scormType="sco" href="a.html"/>'));
  assert.equal(firstItem(model).identifier, 'I1');
  assert.equal(firstItem(model).resource?.identifier, 'R1');
});

test('an identifierref in another case names no resource', () => {
  const parsed = parse(manifest2004(item('', '').replace('identifierref="R1"', 'identifierref="r1"'), SCO));
  const finding = onlyFinding(parsed, 'manifest.unknown-identifierref');
  assert.equal(finding.severity, 'error');
  assert.equal(finding.path, 'manifest/organizations/organization[ORG]/item[I1]');
  assert.equal(firstItem(parsed.model).resource, undefined);
});

test('two items with one identifier are an error', () => {
  const parsed = parse(manifest2004(item() + item(), SCO));
  assert.equal(onlyFinding(parsed, 'manifest.duplicate-identifier').severity, 'error');
});

test('an item with the identifier of its organization is a duplicate', () => {
  const parsed = parse(manifest2004('<item identifier="ORG" identifierref="R1"><title>T</title></item>', SCO));
  assert.equal(onlyFinding(parsed, 'manifest.duplicate-identifier').severity, 'error');
});

test('two resources with one identifier are an error, and items reach the first', () => {
  const parsed = parse(manifest2004(item(), `${SCO}<resource identifier="R1" type="webcontent" adlcp:scormType="asset" href="other.html"/>`));
  const finding = onlyFinding(parsed, 'manifest.duplicate-identifier');
  assert.equal(finding.path, 'manifest/resources/resource[R1]');
  assert.equal(firstItem(parsed.model).resource?.href, 'sco/index.html');
});

test('an item and a resource sharing an identifier is only a warning', () => {
  const parsed = parse(manifest2004('<item identifier="R1" identifierref="R1"><title>T</title></item>', SCO));
  assert.equal(onlyFinding(parsed, 'manifest.identifier-shared-across-kinds').severity, 'warning');
  assert.equal(firstItem(parsed.model).resource?.identifier, 'R1');
});

test('an item without identifier is an error', () => {
  const parsed = parse(manifest2004('<item identifierref="R1"><title>T</title></item>', SCO));
  assert.equal(onlyFinding(parsed, 'manifest.missing-identifier').severity, 'error');
});

test('an item without title is shown by its identifier, with a warning', () => {
  const parsed = parse(manifest2004('<item identifier="I1" identifierref="R1"/>', SCO));
  assert.equal(onlyFinding(parsed, 'manifest.missing-title').severity, 'warning');
  assert.equal(firstItem(parsed.model).title, 'I1');
});

test('a CDATA title with line breaks reads as one line', () => {
  const model = parseClean(manifest2004('<item identifier="I1" identifierref="R1"><title><![CDATA[Golf &\r\n  Rules]]></title></item>', SCO));
  assert.equal(firstItem(model).title, 'Golf & Rules');
});

test('a 2004 leaf item without identifierref is an error: nothing to deliver', () => {
  const parsed = parse(manifest2004('<item identifier="I1"><title>T</title></item>', SCO));
  assert.equal(onlyFinding(parsed, 'manifest.leaf-without-resource').severity, 'error');
});

test('a 2004 cluster that references a resource is warned about and not launched', () => {
  const parsed = parse(manifest2004('<item identifier="C" identifierref="R1"><title>C</title><item identifier="I1" identifierref="R1"><title>T</title></item></item>', SCO));
  assert.equal(onlyFinding(parsed, 'manifest.cluster-with-resource').severity, 'warning');
  assert.equal(firstItem(parsed.model).resource, undefined);
});

test('an item that launches a resource without href is an error', () => {
  const parsed = parse(manifest2004(item(), '<resource identifier="R1" type="webcontent" adlcp:scormType="sco"/>'));
  assert.equal(onlyFinding(parsed, 'manifest.resource-without-href').severity, 'error');
});

test('parameters are kept as written, trimmed', () => {
  const model = parseClean(manifest2004(item('', 'parameters=" ?tc=API&amp;act=1 "'), SCO));
  assert.equal(firstItem(model).parameters, '?tc=API&act=1');
});

test('items nested past the limit are left out with an error', () => {
  let items = '<item identifier="LEAF" identifierref="R1"><title>T</title></item>';
  for (let level = 0; level < MAX_ITEM_DEPTH; level += 1) items = `<item identifier="L${level}"><title>T</title>${items}</item>`;
  const parsed = parse(manifest2004(items, SCO));
  assert.equal(onlyFinding(parsed, 'manifest.nesting-too-deep').severity, 'error');
});

// --- Organizations ---------------------------------------------------------------------------

test('the default organization is the one <organizations default> names', () => {
  const xml = manifest2004(item(), SCO).replace('</organizations>',
    '<organization identifier="OTHER"><title>Other</title><item identifier="I2" identifierref="R1"><title>T</title></item></organization></organizations>')
    .replace('default="ORG"', 'default="OTHER"');
  const model = parseClean(xml);
  assert.equal(model.organizations.length, 2);
  assert.equal(model.defaultOrganization?.identifier, 'OTHER');
});

test('without a default attribute the first organization is the default', () => {
  const model = parseClean(manifest2004(item(), SCO).replace(' default="ORG"', ''));
  assert.equal(model.defaultOrganization?.identifier, 'ORG');
});

test('a default that names no organization is an error and leaves nothing to play', () => {
  const parsed = parse(manifest2004(item(), SCO).replace('default="ORG"', 'default="org"'));
  const finding = onlyFinding(parsed, 'manifest.unknown-default-organization');
  assert.equal(finding.severity, 'error');
  assert.equal(finding.path, 'manifest/organizations');
  assert.equal(parsed.model.defaultOrganization, undefined);
});

test('a manifest without organization plays its launchable resources, one item each, with a warning', () => {
  const xml = manifest12('', `${SCO_12}<resource identifier="LIB" type="webcontent" adlcp:scormtype="asset"><file href="lib.js"/></resource>`)
    .replace(/<organizations default="ORG">[\s\S]*<\/organizations>/, '<organizations/>');
  const parsed = parse(xml);
  assert.equal(onlyFinding(parsed, 'manifest.no-organization').severity, 'warning');
  const organization = parsed.model.defaultOrganization;
  assert.equal(organization?.synthesized, true);
  assert.deepEqual(organization?.items.map((entry) => [entry.identifier, entry.resource?.href]), [['R1', 'sco/index.html']]);
});

test('a manifest without organization or launchable resource is an error', () => {
  const xml = manifest2004('', '<resource identifier="LIB" type="webcontent" adlcp:scormType="asset"><file href="lib.js"/></resource>')
    .replace(/<organizations default="ORG">[\s\S]*<\/organizations>/, '');
  const parsed = parse(xml);
  assert.equal(onlyFinding(parsed, 'manifest.no-organization').severity, 'error');
  assert.equal(parsed.model.defaultOrganization, undefined);
});

// --- Resources -------------------------------------------------------------------------------

test('a resource keeps its type, scormType, files and dependencies', () => {
  const model = parseClean(manifest2004(item(),
    '<resource identifier="R1" type="webcontent" adlcp:scormType="sco" href="a.html"><file href="a.html"/><file href="b%20c.js"/><dependency identifierref="LIB"/></resource>' +
    '<resource identifier="LIB" type="webcontent" adlcp:scormType="asset"><file href="lib.js"/></resource>'));
  const resource = model.resourcesById.get('R1')!;
  assert.equal(resource.type, 'webcontent');
  assert.equal(resource.scormType, 'sco');
  assert.deepEqual(resource.files, ['a.html', 'b%20c.js']);
  assert.deepEqual(resource.dependencies, ['LIB']);
  assert.equal(model.resourcesById.get('LIB')?.scormType, 'asset');
});

test('a dependency on no resource is a warning', () => {
  const parsed = parse(manifest2004(item(), SCO.replace('</resource>', '<dependency identifierref="NOPE"/></resource>')));
  const finding = onlyFinding(parsed, 'manifest.unknown-dependency');
  assert.equal(finding.severity, 'warning');
  assert.equal(finding.path, 'manifest/resources/resource[R1]');
});

test('the SCORM 1.2 spelling adlcp:scormtype is read in a 2004 manifest too', () => {
  const model = parseClean(manifest2004(item(), SCO.replace('adlcp:scormType', 'adlcp:scormtype')));
  assert.equal(model.resources[0]?.scormType, 'sco');
});

test('a missing scormType is read as asset with a warning', () => {
  const parsed = parse(manifest2004(item(), SCO.replace(' adlcp:scormType="sco"', '')));
  assert.equal(onlyFinding(parsed, 'manifest.missing-scorm-type').severity, 'warning');
  assert.equal(parsed.model.resources[0]?.scormType, 'asset');
});

test('a scormType in the wrong case is read with a warning', () => {
  const parsed = parse(manifest2004(item(), SCO.replace('"sco"', '"SCO"')));
  assert.equal(onlyFinding(parsed, 'manifest.invalid-value').severity, 'warning');
  assert.equal(parsed.model.resources[0]?.scormType, 'sco');
});

test('an undeclared adlcp prefix still gives the scormType', () => {
  const xml = manifest2004(item(), SCO).replace(' xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"', '');
  const parsed = parse(xml);
  assert.equal(onlyFinding(parsed, 'xml.undeclared-prefix').severity, 'warning');
  assert.equal(parsed.model.resources[0]?.scormType, 'sco');
});

test('a sub-manifest is ignored with a warning', () => {
  const parsed = parse(manifest2004(item(), SCO).replace('</manifest>', '<manifest identifier="SUB"><organizations/><resources/></manifest></manifest>'));
  assert.equal(onlyFinding(parsed, 'manifest.sub-manifest-ignored').severity, 'warning');
});

// --- The document ---------------------------------------------------------------------------

test('a root element that is not an IMS CP manifest is an error naming the file', () => {
  const parsed = parse('<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>');
  const finding = onlyFinding(parsed, 'manifest.not-a-manifest');
  assert.equal(finding.severity, 'error');
  assert.equal(finding.path, 'imsmanifest.xml');
  assert.equal(parsed.model.defaultOrganization, undefined);
});

test('a manifest in no namespace is read as IMS CP with a warning', () => {
  const xml = manifest12(item(), SCO_12).replace('xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" ', '');
  const parsed = parse(xml);
  assert.equal(onlyFinding(parsed, 'manifest.no-namespace').severity, 'warning');
  assert.equal(firstItem(parsed.model).resource?.identifier, 'R1');
});

test('a manifest without identifier is a warning', () => {
  const parsed = parse(manifest2004(item(), SCO).replace('identifier="M" ', ''));
  assert.equal(onlyFinding(parsed, 'manifest.missing-identifier').severity, 'warning');
});

test('a byte order mark, CRLF line ends and comments change nothing', () => {
  const xml = `\uFEFF${manifest2004(`<!-- the lesson -->${item()}`, SCO).replace('?>', '?><!-- exported -->').replace(/\n/g, '\r\n')}`;
  const model = parseClean(xml);
  assert.equal(firstItem(model).title, 'Lesson');
});

// --- Metadata -------------------------------------------------------------------------------

test('manifest metadata gives schema, schemaversion, adlcp:location and the inline LOM title, description and keywords', () => {
  const metadata = `<metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion>
    <adlcp:location>meta/course.xml</adlcp:location>
    <lom:lom><lom:general>
      <lom:title><lom:string language="en">Golf</lom:string><lom:string language="fr">Le golf</lom:string></lom:title>
      <lom:description><lom:string language="en">How to play</lom:string></lom:description>
      <lom:keyword><lom:string language="en">sport</lom:string></lom:keyword><lom:keyword><lom:string>rules</lom:string></lom:keyword>
    </lom:general></lom:lom></metadata>`;
  const model = parseClean(manifest2004(item(), SCO, { metadata }));
  assert.deepEqual(model.metadata, {
    schema: 'ADL SCORM',
    schemaVersion: '2004 4th Edition',
    locations: ['meta/course.xml'],
    title: [{ language: 'en', value: 'Golf' }, { language: 'fr', value: 'Le golf' }],
    description: [{ language: 'en', value: 'How to play' }],
    keywords: [{ language: 'en', value: 'sport' }, { language: undefined, value: 'rules' }],
  });
});

test('SCORM 1.2 inline metadata (imsmd langstring with xml:lang) gives the title', () => {
  const xml = manifest12(item(), SCO_12).replace('</metadata>',
    '<imsmd:lom><imsmd:general><imsmd:title><imsmd:langstring xml:lang="en-US">Golf</imsmd:langstring></imsmd:title></imsmd:general></imsmd:lom></metadata>');
  const model = parseClean(xml);
  assert.deepEqual(model.metadata?.title, [{ language: 'en-US', value: 'Golf' }]);
});

test('LOM in its own default namespace is read too', () => {
  const metadata = '<metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion><lom xmlns="http://ltsc.ieee.org/xsd/LOM"><general><title><string language="en">Golf</string></title></general></lom></metadata>';
  const model = parseClean(manifest2004(item(), SCO, { metadata }));
  assert.deepEqual(model.metadata?.title, [{ language: 'en', value: 'Golf' }]);
});

test('items, organizations and resources keep their own metadata', () => {
  const model = parseClean(manifest2004(item('<metadata><adlcp:location>item.xml</adlcp:location></metadata>'),
    SCO.replace('<file', '<metadata><adlcp:location>res.xml</adlcp:location></metadata><file')));
  assert.deepEqual(firstItem(model).metadata?.locations, ['item.xml']);
  assert.deepEqual(model.resources[0]?.metadata?.locations, ['res.xml']);
});

// --- SCORM 2004 item extensions --------------------------------------------------------------

test('adlcp:dataFromLMS is kept as written', () => {
  const model = parseClean(manifest2004(item('<adlcp:dataFromLMS>mode=a; x = 1</adlcp:dataFromLMS>'), SCO));
  assert.equal(firstItem(model).dataFromLms, 'mode=a; x = 1');
});

test('adlcp:timeLimitAction is read from its vocabulary', () => {
  const model = parseClean(manifest2004(item('<adlcp:timeLimitAction>exit,message</adlcp:timeLimitAction>'), SCO));
  assert.equal(firstItem(model).timeLimitAction, 'exit,message');
});

test('a timeLimitAction outside the vocabulary is ignored with a warning', () => {
  const parsed = parse(manifest2004(item('<adlcp:timeLimitAction>exit</adlcp:timeLimitAction>'), SCO));
  assert.equal(onlyFinding(parsed, 'manifest.invalid-value').severity, 'warning');
  assert.equal(firstItem(parsed.model).timeLimitAction, undefined);
});

test('the 4th edition completionThreshold attributes are read', () => {
  const model = parseClean(manifest2004(item('<adlcp:completionThreshold completedByMeasure="true" minProgressMeasure="0.75" progressWeight="0.5"/>'), SCO));
  assert.deepEqual(firstItem(model).completionThreshold, { completedByMeasure: true, minProgressMeasure: 0.75, progressWeight: 0.5 });
});

test('an empty completionThreshold takes the defaults false, 1.0, 1.0', () => {
  const model = parseClean(manifest2004(item('<adlcp:completionThreshold/>'), SCO));
  assert.deepEqual(firstItem(model).completionThreshold, { completedByMeasure: false, minProgressMeasure: 1, progressWeight: 1 });
});

test('the 3rd edition completionThreshold text reads as completion by measure at that threshold', () => {
  const model = parseClean(manifest2004(item('<adlcp:completionThreshold>0.8</adlcp:completionThreshold>'), SCO));
  assert.deepEqual(firstItem(model).completionThreshold, { completedByMeasure: true, minProgressMeasure: 0.8, progressWeight: 1 });
});

test('a minProgressMeasure outside 0..1 is reported and the default used', () => {
  const parsed = parse(manifest2004(item('<adlcp:completionThreshold completedByMeasure="true" minProgressMeasure="1.5"/>'), SCO));
  assert.equal(onlyFinding(parsed, 'manifest.invalid-value').severity, 'warning');
  assert.equal(firstItem(parsed.model).completionThreshold?.minProgressMeasure, 1);
});

test('adlnav hideLMSUI tokens are read, each once', () => {
  const model = parseClean(manifest2004(item(
    '<adlnav:presentation><adlnav:navigationInterface><adlnav:hideLMSUI>continue</adlnav:hideLMSUI><adlnav:hideLMSUI>previous</adlnav:hideLMSUI><adlnav:hideLMSUI>continue</adlnav:hideLMSUI></adlnav:navigationInterface></adlnav:presentation>'), SCO));
  assert.deepEqual(firstItem(model).hideLmsUi, ['continue', 'previous']);
});

test('a hideLMSUI token outside the vocabulary is ignored with a warning', () => {
  const parsed = parse(manifest2004(item('<adlnav:presentation><adlnav:navigationInterface><adlnav:hideLMSUI>next</adlnav:hideLMSUI></adlnav:navigationInterface></adlnav:presentation>'), SCO));
  assert.equal(onlyFinding(parsed, 'manifest.invalid-value').severity, 'warning');
  assert.deepEqual(firstItem(parsed.model).hideLmsUi, []);
});

// writeSharedData defaults to true as ADL's run-time and conformance suite (DDM, DMI) have it; the XSD says false.
test('adlcp:data maps are read with readSharedData and writeSharedData true by default', () => {
  const model = parseClean(manifest2004(item('<adlcp:data><adlcp:map targetID="notes"/><adlcp:map targetID="score" readSharedData="false" writeSharedData="true"/></adlcp:data>'), SCO));
  assert.deepEqual(firstItem(model).sharedData, [
    { targetId: 'notes', readSharedData: true, writeSharedData: true },
    { targetId: 'score', readSharedData: false, writeSharedData: true },
  ]);
});

test('a second map of the same targetID is ignored with a warning', () => {
  const parsed = parse(manifest2004(item('<adlcp:data><adlcp:map targetID="notes"/><adlcp:map targetID="notes" writeSharedData="false"/></adlcp:data>'), SCO));
  assert.equal(onlyFinding(parsed, 'manifest.duplicate-shared-data-target').severity, 'warning');
  assert.deepEqual(firstItem(parsed.model).sharedData, [{ targetId: 'notes', readSharedData: true, writeSharedData: true }]);
});

test('a map without targetID is ignored with a warning', () => {
  const parsed = parse(manifest2004(item('<adlcp:data><adlcp:map/></adlcp:data>'), SCO));
  assert.equal(onlyFinding(parsed, 'manifest.invalid-value').severity, 'warning');
  assert.deepEqual(firstItem(parsed.model).sharedData, []);
});

test('an item\'s imsss:sequencing is read by the sequencing parser', () => {
  const model = parseClean(manifest2004(item('<imsss:sequencing><imsss:controlMode flow="true" choice="false"/></imsss:sequencing>'), SCO));
  assert.equal(firstItem(model).sequencing.controlMode.flow, true);
  assert.equal(firstItem(model).sequencing.controlMode.choice, false);
});

test('a sequencingCollection entry is reached through IDRef', () => {
  const xml = manifest2004(item('<imsss:sequencing IDRef="SHARED"/>'), SCO).replace('</manifest>',
    '<imsss:sequencingCollection><imsss:sequencing ID="SHARED"><imsss:controlMode flow="true"/></imsss:sequencing></imsss:sequencingCollection></manifest>');
  const model = parseClean(xml);
  assert.equal(firstItem(model).sequencing.controlMode.flow, true);
});

// --- SCORM 1.2 item extensions ---------------------------------------------------------------

test('a 1.2 item reads masteryscore, maxtimeallowed, timelimitaction, datafromlms and prerequisites', () => {
  const model = parseClean(manifest12(item(
    '<adlcp:prerequisites type="aicc_script">I0 &amp; I2</adlcp:prerequisites><adlcp:maxtimeallowed>00:30:00</adlcp:maxtimeallowed>' +
    '<adlcp:timelimitaction>continue,no message</adlcp:timelimitaction><adlcp:datafromlms>chapter=2</adlcp:datafromlms><adlcp:masteryscore>80</adlcp:masteryscore>'), SCO_12));
  const lesson = firstItem(model);
  assert.equal(model.scormVersion, '1.2');
  assert.equal(lesson.masteryScore, 80);
  assert.equal(lesson.maxTimeAllowed, '00:30:00');
  assert.equal(lesson.timeLimitAction, 'continue,no message');
  assert.equal(lesson.dataFromLms, 'chapter=2');
  assert.deepEqual(lesson.prerequisites, { type: 'aicc_script', expression: 'I0 & I2' });
});

test('a masteryscore outside 0..100 is ignored with a warning', () => {
  const parsed = parse(manifest12(item('<adlcp:masteryscore>120</adlcp:masteryscore>'), SCO_12));
  assert.equal(onlyFinding(parsed, 'manifest.invalid-value').severity, 'warning');
  assert.equal(firstItem(parsed.model).masteryScore, undefined);
});

test('a maxtimeallowed that is not a CMITimespan is ignored with a warning', () => {
  const parsed = parse(manifest12(item('<adlcp:maxtimeallowed>PT30M</adlcp:maxtimeallowed>'), SCO_12));
  assert.equal(onlyFinding(parsed, 'manifest.invalid-value').severity, 'warning');
  assert.equal(firstItem(parsed.model).maxTimeAllowed, undefined);
});

test('in 1.2 an item with children may launch a resource, and a leaf may be a heading', () => {
  const model = parseClean(manifest12(
    '<item identifier="C" identifierref="R1"><title>C</title><item identifier="H"><title>Heading</title></item></item>', SCO_12));
  assert.equal(firstItem(model).resource?.identifier, 'R1');
  assert.equal(firstItem(model).items[0]?.resource, undefined);
});

test('every finding carries the line of its element', () => {
  const parsed = parse(manifest2004(item('<adlcp:timeLimitAction>later</adlcp:timeLimitAction>'), SCO));
  const finding = onlyFinding(parsed, 'manifest.invalid-value');
  assert.equal(finding.line, 7);
});

