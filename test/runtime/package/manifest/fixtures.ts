// Small manifests written for the tests, and a parse helper.
import assert from 'node:assert/strict';
import { FindingList, type Finding } from '../../../../src/runtime/package/findings.js';
import { parseManifest } from '../../../../src/runtime/package/manifest/manifest-parser.js';
import type { ManifestModel } from '../../../../src/runtime/package/manifest/model.js';
import { readXml } from '../../../../src/runtime/package/xml/xml-reader.js';

export const NAMESPACES_2004 =
  'xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3" ' +
  'xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3" xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3" ' +
  'xmlns:imsss="http://www.imsglobal.org/xsd/imsss" xmlns:lom="http://ltsc.ieee.org/xsd/LOM"';

export const NAMESPACES_12 =
  'xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2" ' +
  'xmlns:imsmd="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1"';

/** A SCORM 2004 4th ed. manifest around `organizations` (the items of one organization "ORG") and `resources`. */
export function manifest2004(items: string, resources: string, options: { attributes?: string; metadata?: string; organizationAttributes?: string } = {}): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="M" version="1.0" ${NAMESPACES_2004} ${options.attributes ?? ''}>
  ${options.metadata ?? '<metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>'}
  <organizations default="ORG">
    <organization identifier="ORG" ${options.organizationAttributes ?? ''}>
      <title>Course</title>
      ${items}
    </organization>
  </organizations>
  <resources>
    ${resources}
  </resources>
</manifest>`;
}

/** A SCORM 1.2 manifest around the items of one organization "ORG" and `resources`. */
export function manifest12(items: string, resources: string): string {
  return `<?xml version="1.0"?>
<manifest identifier="M12" version="1" ${NAMESPACES_12}>
  <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
  <organizations default="ORG">
    <organization identifier="ORG">
      <title>Course</title>
      ${items}
    </organization>
  </organizations>
  <resources>
    ${resources}
  </resources>
</manifest>`;
}

/** One SCO resource "R1" launched from sco/index.html. */
export const SCO = '<resource identifier="R1" type="webcontent" adlcp:scormType="sco" href="sco/index.html"><file href="sco/index.html"/></resource>';
export const SCO_12 = '<resource identifier="R1" type="webcontent" adlcp:scormtype="sco" href="sco/index.html"><file href="sco/index.html"/></resource>';

/** One leaf item "I1" launching R1, with `inside` in it. */
export function item(inside = '', attributes = ''): string {
  return `<item identifier="I1" identifierref="R1" ${attributes}><title>Lesson</title>${inside}</item>`;
}

export interface Parsed {
  readonly model: ManifestModel;
  readonly findings: readonly Finding[];
}

export function parse(xml: string): Parsed {
  const list = new FindingList();
  const root = readXml(xml, 'imsmanifest.xml', list);
  assert.ok(root, `the test manifest is not well-formed: ${JSON.stringify(list.findings)}`);
  return { model: parseManifest(root, 'imsmanifest.xml', list), findings: list.findings };
}

/** Parses a manifest that must give no finding at all. */
export function parseClean(xml: string): ManifestModel {
  const { model, findings } = parse(xml);
  assert.deepEqual(findings, []);
  return model;
}

/** The one finding with `code`; fails when there is none or more than one. */
export function onlyFinding(parsed: Parsed, code: string): Finding {
  const matching = parsed.findings.filter((finding) => finding.code === code);
  assert.equal(matching.length, 1, `findings: ${JSON.stringify(parsed.findings, null, 1)}`);
  return matching[0]!;
}

/** The first item of the default organization. */
export function firstItem(model: ManifestModel) {
  const found = model.defaultOrganization?.items[0];
  assert.ok(found, 'the default organization has an item');
  return found;
}
