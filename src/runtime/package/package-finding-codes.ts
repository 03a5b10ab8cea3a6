/**
 * The findings about the package as a whole: where its manifest is, what kind of package it is,
 * and whether the files the manifest launches are there.
 */
export const PackageFinding = {
  /** CAM 4th ed. §3.2 / SCORM 1.2 CAM §2.3: imsmanifest.xml is at the root of the package. Found in a folder instead: the folder was zipped, not its contents. */
  manifestNotAtRoot: 'package.manifest-not-at-root',
  /** No imsmanifest.xml anywhere, but AICC course structure files (.crs, .au, .des, .cst): an AICC course, which a SCORM player does not play. */
  aiccNotScorm: 'package.aicc-not-scorm',
  /** No imsmanifest.xml at all. */
  noManifest: 'package.no-manifest',
  /** The manifest's bytes are not text in the encoding it declares (XML 1.0 §4.3.3). */
  undecodableManifest: 'package.undecodable-manifest',
  /** A resource an item launches has no file at its href (CAM 4th ed. §3.4, <resource> href): the learner would get a missing page. */
  launchFileMissing: 'package.launch-file-missing',
  /** A <file href> the manifest lists is not in the package: the content may miss it at run time. */
  listedFileMissing: 'package.listed-file-missing',
  /** Reading the package failed (network, zip refused): the message says why. */
  unreadable: 'package.unreadable',
} as const;
