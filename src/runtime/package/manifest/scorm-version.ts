/**
 * Which SCORM a manifest is for. <metadata><schemaversion> says so (SCORM 1.2 CAM §2.3: "1.2";
 * CAM 1.3 (2004 2nd ed.): "CAM 1.3"; CAM 3rd and 4th ed. §4: "2004 3rd Edition", "2004 4th
 * Edition"), on the manifest or, in some real packages, only in an organization's metadata.
 * Without it, the namespaces tell: SCORM 2004 brought adlcp_v1p3, imsss, adlseq and adlnav;
 * SCORM 1.2 used imscp_rootv1p1p2 and adlcp_rootv1p2.
 */
import { ADLNAV, ADLSEQ, IMSSS } from '../namespaces.js';
import type { FindingSink } from '../findings.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { ManifestFinding } from './finding-codes.js';
import type { Edition, ScormVersion } from './model.js';
import { collapse, report } from './values.js';

export interface DetectedVersion {
  readonly scormVersion: ScormVersion;
  readonly edition: Edition | undefined;
}

/** Keys: the schemaversion, trimmed, lower case, inner white space as one space. */
const SCHEMA_VERSIONS: ReadonlyMap<string, DetectedVersion> = new Map([
  ['1.2', { scormVersion: '1.2', edition: undefined }],
  ['cam 1.3', { scormVersion: '2004', edition: '2nd' }],
  ['2004 3rd edition', { scormVersion: '2004', edition: '3rd' }],
  ['2004 4th edition', { scormVersion: '2004', edition: '4th' }],
]);

const SCORM_2004_ONLY: ReadonlySet<string> = new Set([
  'http://www.imsglobal.org/xsd/imscp_v1p1',
  'http://www.adlnet.org/xsd/adlcp_v1p3',
  ...IMSSS,
  ...ADLSEQ,
  ...ADLNAV,
]);
const SCORM_12_ONLY: ReadonlySet<string> = new Set([
  'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
  'http://www.adlnet.org/xsd/adlcp_rootv1p2',
]);

/** A <schemaversion> element and its element path, for findings. */
export interface SchemaVersionElement {
  readonly element: XmlElement;
  readonly path: string;
}

/**
 * `declared`: the <schemaversion> that decides, the manifest's or else the first organization's
 * that has one; undefined when there is none.
 */
export function detectScormVersion(root: XmlElement, declared: SchemaVersionElement | undefined, findings: FindingSink): DetectedVersion {
  if (declared !== undefined) {
    const text = collapse(declared.element.text);
    const known = SCHEMA_VERSIONS.get(text.toLowerCase());
    if (known !== undefined) return known;
    report({ path: declared.path, findings }, declared.element, ManifestFinding.unknownSchemaVersion, 'warning',
      `<schemaversion>${text}</schemaversion> is none of 1.2, CAM 1.3, 2004 3rd Edition, 2004 4th Edition; the namespaces decide.`);
  }
  // The 2004 namespaces first: a 2004 manifest may keep 1.2 ones around, not the other way round.
  if (usesNamespace(root, SCORM_2004_ONLY)) return { scormVersion: '2004', edition: undefined };
  if (!usesNamespace(root, SCORM_12_ONLY)) {
    report({ path: 'manifest', findings }, root, ManifestFinding.unknownScormVersion, 'warning',
      'Neither <schemaversion> nor the namespaces say which SCORM this is; it is read as SCORM 1.2.');
  }
  return { scormVersion: '1.2', edition: undefined };
}

/** Whether any element or attribute of the tree is in one of `namespaces`. */
function usesNamespace(root: XmlElement, namespaces: ReadonlySet<string>): boolean {
  const pending = [root];
  for (let element = pending.pop(); element !== undefined; element = pending.pop()) {
    if (namespaces.has(element.namespace)) return true;
    if (element.attributes.some((attribute) => namespaces.has(attribute.namespace))) return true;
    for (const child of element.children) pending.push(child);
  }
  return false;
}
