/**
 * The findings the manifest parser reports. Errors make the package (or the part named) unplayable
 * as written; warnings say what was read in place of what is there, and the package plays.
 */
export const ManifestFinding = {
  /** CAM 4th ed. §3.4 / SCORM 1.2 CAM §2.3: the root element is <manifest> in the IMS CP namespace. */
  notAManifest: 'manifest.not-a-manifest',
  /** The root <manifest> is in no namespace: read as IMS CP, but XSD validation would reject it. */
  noNamespace: 'manifest.no-namespace',
  /** `identifier` is required on <manifest>, <organization>, <item> and <resource> (imscp XSDs, xs:ID). */
  missingIdentifier: 'manifest.missing-identifier',
  /**
   * xs:ID values are unique in the document (XML Schema Part 2 §3.3.8): two activities
   * (organizations and items) or two resources with one identifier cannot be told apart.
   */
  duplicateIdentifier: 'manifest.duplicate-identifier',
  /**
   * An activity and a resource share an identifier: invalid against the XSD (one ID space), but
   * item → resource references stay unambiguous, so the package plays.
   */
  identifierSharedAcrossKinds: 'manifest.identifier-shared-across-kinds',
  /** <organizations default> names no <organization> (CAM 4th ed. §3.4, <organizations>). */
  unknownDefaultOrganization: 'manifest.unknown-default-organization',
  /**
   * No <organization>: a resource package, not a content aggregation (CAM 4th ed. §3). With
   * launchable resources it is a warning and an organization is made of them, as LMSs do; without,
   * an error.
   */
  noOrganization: 'manifest.no-organization',
  /** An item's identifierref names no resource (CAM 4th ed. §3.4, <item> identifierref). */
  unknownIdentifierref: 'manifest.unknown-identifierref',
  /** A 2004 leaf item without identifierref: a leaf is what is delivered, and it has nothing to deliver (CAM 4th ed. §3.4, <item>). */
  leafWithoutResource: 'manifest.leaf-without-resource',
  /** A 2004 item with children references a resource: only leaves reference resources (CAM 4th ed. §3.4, <item>); ignored. */
  clusterWithResource: 'manifest.cluster-with-resource',
  /** An item launches a resource that has no href: nothing to launch (CAM 4th ed. §3.4, <resource> href). */
  resourceWithoutHref: 'manifest.resource-without-href',
  /** An href or xml:base leads outside the package root. */
  hrefOutsidePackage: 'manifest.href-outside-package',
  /**
   * An item launches a resource whose href leads outside the package root: the launch URL cannot be
   * made, so the item has nothing to deliver (CAM 4th ed. §3.4, <resource> href).
   */
  launchOutsidePackage: 'manifest.launch-outside-package',
  /**
   * xml:base is a "relative path offset" (CAM 4th ed. §3.4, xml:base), a folder; one not ending in
   * "/" would drop its last segment under RFC 3986 resolution. Read as a folder, as ADL's
   * reference implementation (SampleRTE LaunchData.getXMLBase) does.
   */
  xmlBaseWithoutSlash: 'manifest.xml-base-without-slash',
  /** adlcp:scormType (1.2: adlcp:scormtype) is required (adlcp XSDs); read as "asset". */
  missingScormType: 'manifest.missing-scorm-type',
  /** A <dependency identifierref> names no resource: its files may be missing at run time. */
  unknownDependency: 'manifest.unknown-dependency',
  /** <title> is required on <organization> and <item> (imscp XSDs); the identifier stands in. */
  missingTitle: 'manifest.missing-title',
  /** A value outside its type or vocabulary (XSD); the default (or nothing) is used. */
  invalidValue: 'manifest.invalid-value',
  /** <schemaversion> is none of `1.2`, `CAM 1.3`, `2004 3rd Edition`, `2004 4th Edition`; the namespaces decide. */
  unknownSchemaVersion: 'manifest.unknown-schemaversion',
  /** Neither <schemaversion> nor the namespaces say which SCORM version; read as SCORM 1.2. */
  unknownScormVersion: 'manifest.unknown-scorm-version',
  /** adlcp:map targetIDs are unique within an item (CAM 4th ed. §3.4, <adlcp:map>); the first is kept. */
  duplicateSharedDataTarget: 'manifest.duplicate-shared-data-target',
  /** A (sub)manifest inside <manifest>: neither ADL's test suite nor this player uses them; ignored. */
  subManifestIgnored: 'manifest.sub-manifest-ignored',
  /** Items nested deeper than MAX_ITEM_DEPTH: the deeper ones are left out. */
  nestingTooDeep: 'manifest.nesting-too-deep',
} as const;
