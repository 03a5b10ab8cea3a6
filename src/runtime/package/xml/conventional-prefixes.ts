/**
 * The namespaces SCORM packages conventionally bind their prefixes to, for manifests that use a
 * prefix without declaring it (Namespaces in XML 1.0 §5 NSC Prefix Declared is broken by real
 * packages, most often with `adlcp:`). A SCORM 1.2 manifest (default namespace imscp_rootv1p1p2,
 * SCORM 1.2 CAM §2.3) gets the 1.2 bindings; every other document the SCORM 2004 ones (CAM 4th ed. §3.4).
 */

export const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

const SCORM_12_CONTENT_PACKAGING = 'http://www.imsproject.org/xsd/imscp_rootv1p1p2';

const SCORM_2004: ReadonlyMap<string, string> = new Map([
  ['imscp', 'http://www.imsglobal.org/xsd/imscp_v1p1'],
  ['adlcp', 'http://www.adlnet.org/xsd/adlcp_v1p3'],
  ['imsss', 'http://www.imsglobal.org/xsd/imsss'],
  ['adlseq', 'http://www.adlnet.org/xsd/adlseq_v1p3'],
  ['adlnav', 'http://www.adlnet.org/xsd/adlnav_v1p3'],
  ['lom', 'http://ltsc.ieee.org/xsd/LOM'],
  ['imsmd', 'http://ltsc.ieee.org/xsd/LOM'],
]);

/** 1.2 has no sequencing or navigation namespaces: those prefixes keep their 2004 binding. */
const SCORM_12: ReadonlyMap<string, string> = new Map([
  ...SCORM_2004,
  ['imscp', SCORM_12_CONTENT_PACKAGING],
  ['adlcp', 'http://www.adlnet.org/xsd/adlcp_rootv1p2'],
  ['lom', 'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1'],
  ['imsmd', 'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1'],
]);

/** The namespace an undeclared `prefix` conventionally stands for, or undefined when it has no convention. */
export function conventionalNamespace(prefix: string, rootDefaultNamespace: string): string | undefined {
  return (rootDefaultNamespace === SCORM_12_CONTENT_PACKAGING ? SCORM_12 : SCORM_2004).get(prefix);
}
