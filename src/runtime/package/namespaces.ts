/**
 * The XML namespaces of SCORM content packages, as sets: an element is matched by local name in
 * any namespace of its family, because SCORM 1.2 and 2004 name the same elements in different
 * namespaces (CAM 1.3 §3.4 and the SCORM 1.2 CAM's imscp_rootv1p1p2 / adlcp_rootv1p2).
 */

/** IMS Content Packaging: 2004 (imscp_v1p1) and 1.2 (imscp_rootv1p1p2). */
export const IMSCP: ReadonlySet<string> = new Set([
  'http://www.imsglobal.org/xsd/imscp_v1p1',
  'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
]);

/** ADL content packaging extensions: 2004 (adlcp_v1p3) and 1.2 (adlcp_rootv1p2). */
export const ADLCP: ReadonlySet<string> = new Set([
  'http://www.adlnet.org/xsd/adlcp_v1p3',
  'http://www.adlnet.org/xsd/adlcp_rootv1p2',
]);

/** IMS Simple Sequencing (SCORM 2004). */
export const IMSSS: ReadonlySet<string> = new Set(['http://www.imsglobal.org/xsd/imsss']);

/** ADL sequencing extensions (SCORM 2004). */
export const ADLSEQ: ReadonlySet<string> = new Set(['http://www.adlnet.org/xsd/adlseq_v1p3']);

/** ADL navigation extensions (SCORM 2004). */
export const ADLNAV: ReadonlySet<string> = new Set(['http://www.adlnet.org/xsd/adlnav_v1p3']);

/** Learning Object Metadata: IEEE LOM (2004) and IMS metadata 1.2.1 (SCORM 1.2). */
export const LOM: ReadonlySet<string> = new Set([
  'http://ltsc.ieee.org/xsd/LOM',
  'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1',
]);

/** The XML namespace (xml:base, xml:lang). */
export const XML: ReadonlySet<string> = new Set(['http://www.w3.org/XML/1998/namespace']);
