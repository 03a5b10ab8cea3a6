// Activity trees from small manifests written in the sequencing tests: the organization's
// content in, the tree out; every leaf launches resource R and the imsss: and adlseq: prefixes
// are bound.
import assert from 'node:assert/strict';
import { FindingList } from '../../../src/runtime/package/findings.js';
import { parseManifest } from '../../../src/runtime/package/manifest/manifest-parser.js';
import { readXml } from '../../../src/runtime/package/xml/xml-reader.js';
import { buildActivityTree, type ActivityTree } from '../../../src/runtime/sequencing/activity-tree.js';

/** `body` holds the <item> elements and, last, the organization's own <imsss:sequencing>. */
export function treeOf(body: string, organizationId = 'ORG'): ActivityTree {
  const xml = `<manifest identifier="M" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
      xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3" xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
      xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3">
    <metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>
    <organizations default="${organizationId}">
      <organization identifier="${organizationId}"><title>Course</title>${body}</organization>
    </organizations>
    <resources><resource identifier="R" type="webcontent" adlcp:scormType="sco" href="sco.html"/></resources>
  </manifest>`;
  const findings = new FindingList();
  const model = parseManifest(readXml(xml, 'imsmanifest.xml', findings)!, 'imsmanifest.xml', findings);
  assert.equal(findings.hasErrors, false, JSON.stringify(findings));
  return buildActivityTree(model)!;
}

/** A leaf item; `extra` goes inside it (sequencing, adlcp:completionThreshold). */
export function leaf(id: string, extra = ''): string {
  return `<item identifier="${id}" identifierref="R"><title>${id}</title>${extra}</item>`;
}

/** A cluster item: its children's XML, then its optional extra XML. */
export function cluster(id: string, children: string, extra = ''): string {
  return `<item identifier="${id}"><title>${id}</title>${children}${extra}</item>`;
}

/** <imsss:sequencing> with the given content. */
export function seq(content: string): string {
  return `<imsss:sequencing>${content}</imsss:sequencing>`;
}
