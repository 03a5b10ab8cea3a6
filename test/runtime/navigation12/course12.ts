// Test helper: SCORM 1.2 activity trees from small manifests written in the tests, and reports as
// a 1.2 SCO's session would end them.
import assert from 'node:assert/strict';
import { FindingList } from '../../../src/runtime/package/findings.js';
import { parseManifest } from '../../../src/runtime/package/manifest/manifest-parser.js';
import { readXml } from '../../../src/runtime/package/xml/xml-reader.js';
import { buildActivityTree, type ActivityTree } from '../../../src/runtime/sequencing/activity-tree.js';
import type { RuntimeReport } from '../../../src/runtime/sequencing/navigator.js';

/** A SCORM 1.2 manifest of organization "ORG" holding `items`; resource "SCO" is a SCO, "ASSET" an asset. */
export function manifest12(items: string): string {
  return `<manifest identifier="M" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
      xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
    <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
    <organizations default="ORG"><organization identifier="ORG"><title>Course</title>${items}</organization></organizations>
    <resources>
      <resource identifier="SCO" type="webcontent" adlcp:scormtype="sco" href="sco.html"/>
      <resource identifier="ASSET" type="webcontent" adlcp:scormtype="asset" href="page.html"/>
    </resources>
  </manifest>`;
}

/** A SCO item; `prerequisites` as written in the manifest (XML-escaped), `attributes` added to <item>. */
export function sco(id: string, prerequisites?: string, attributes = ''): string {
  const script = prerequisites === undefined ? '' : `<adlcp:prerequisites type="aicc_script">${prerequisites}</adlcp:prerequisites>`;
  return `<item identifier="${id}" identifierref="SCO" ${attributes}><title>${id}</title>${script}</item>`;
}

/**
 * An item holding `children`: it launches resource "SCO" itself when `launches` is set (SCORM 1.2
 * lets an item with children launch), nothing otherwise.
 */
export function block(id: string, children: string, options: { readonly launches?: boolean; readonly prerequisites?: string } = {}): string {
  const resource = options.launches === true ? 'identifierref="SCO"' : '';
  const script = options.prerequisites === undefined ? '' : `<adlcp:prerequisites type="aicc_script">${options.prerequisites}</adlcp:prerequisites>`;
  return `<item identifier="${id}" ${resource}><title>${id}</title>${children}${script}</item>`;
}

export function tree12(items: string): ActivityTree {
  const findings = new FindingList();
  const model = parseManifest(readXml(manifest12(items), 'imsmanifest.xml', findings)!, 'imsmanifest.xml', findings);
  assert.equal(findings.hasErrors, false, JSON.stringify(findings.findings));
  return buildActivityTree(model)!;
}

/** What a 1.2 SCO's session reports at LMSFinish. */
export function report12(activityId: string, lessonStatus: string, extra: Partial<RuntimeReport> = {}): RuntimeReport {
  return {
    activityId,
    completionStatus: 'unknown',
    successStatus: 'unknown',
    completionStatusSet: true,
    successStatusSet: true,
    scoreScaled: undefined,
    scoreRaw: undefined,
    scoreMin: undefined,
    scoreMax: undefined,
    progressMeasure: undefined,
    objectives: [],
    sessionTime: 0,
    exit: '',
    lessonStatus,
    ...extra,
  };
}
