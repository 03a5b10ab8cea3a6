import { FindingList, type Finding } from './findings.js';
import { parseManifest } from './manifest/manifest-parser.js';
import { launchUrl, resolveReference } from './manifest/launch-url.js';
import { listingElement, resourceElements } from './manifest/resources.js';
import type { Item, ManifestModel, Organization } from './manifest/model.js';
import { decodeManifest } from './manifest-text.js';
import { PackageFinding } from './package-finding-codes.js';
import type { PackageFiles } from './package-files.js';
import { readXml } from './xml/xml-reader.js';
import type { XmlElement } from './xml/xml-tree.js';

/** A package as the player sees it: its files, what its manifest says, and what is wrong with it. */
export interface OpenedPackage {
  readonly files: PackageFiles | undefined;
  /** Undefined when there is no manifest to read (see the findings). */
  readonly manifest: ManifestModel | undefined;
  /** Every finding, in the order found: the validation report. */
  readonly findings: readonly Finding[];
  /** False when an error finding makes the package unplayable. */
  readonly playable: boolean;
}

const MANIFEST = 'imsmanifest.xml';

/** AICC course structure files (AICC CMI001 §5): a package made of these is AICC, not SCORM. */
const aiccExtensions = ['.crs', '.au', '.des', '.cst'];

/**
 * Reads a package's manifest and checks the package: CAM 4th ed. §3 (content packages) and
 * SCORM 1.2 CAM §2. Never throws for what is wrong with the package itself; a source that fails
 * to read (network) is reported as `package.unreadable`.
 */
export async function openPackage(files: PackageFiles): Promise<OpenedPackage> {
  const findings = new FindingList();
  let bytes: Uint8Array | undefined;
  try {
    bytes = await files.read(MANIFEST);
  } catch (error) {
    // A source's own refusal (a zip entry that fails its CRC, a bomb) keeps its code and path.
    if (isFinding(error)) return unplayable({ code: error.code, severity: 'error', message: error.message, path: error.path || MANIFEST });
    return unplayable({ code: PackageFinding.unreadable, severity: 'error', message: errorMessage(error), path: files.origin });
  }
  if (bytes === undefined) return unplayable(missingManifest(files));
  const decoded = decodeManifest(bytes);
  if ('error' in decoded) return unplayable({ code: PackageFinding.undecodableManifest, severity: 'error', message: decoded.error, path: MANIFEST });
  const root = readXml(decoded.text, MANIFEST, findings);
  if (root === undefined) return { files, manifest: undefined, findings: findings.findings, playable: false };
  const manifest = parseManifest(root, MANIFEST, findings);
  if (files.paths !== undefined) checkFiles(manifest, root, new Set(files.paths), findings);
  return { files, manifest, findings: findings.findings, playable: !findings.hasErrors };
}

/** A package that cannot be opened at all, with the one finding that says why. */
export function unplayable(finding: Finding): OpenedPackage {
  return { files: undefined, manifest: undefined, findings: [finding], playable: false };
}

/** Why there is no manifest at the root, as precisely as the file list tells. */
function missingManifest(files: PackageFiles): Finding {
  const paths = files.paths ?? [];
  const nested = paths.filter((path) => path.endsWith(`/${MANIFEST}`)).sort((a, b) => a.length - b.length)[0];
  if (nested !== undefined) {
    const folder = nested.slice(0, -MANIFEST.length - 1);
    return {
      code: PackageFinding.manifestNotAtRoot,
      severity: 'error',
      path: nested,
      message: `The manifest is at ${nested}, but a SCORM package has imsmanifest.xml at its root. Zip the contents of the folder "${folder}", not the folder itself.`,
    };
  }
  if (paths.some((path) => aiccExtensions.some((extension) => path.toLowerCase().endsWith(extension)))) {
    return {
      code: PackageFinding.aiccNotScorm,
      severity: 'error',
      path: files.origin,
      message: 'This is an AICC course (it has .crs/.au/.des files and no imsmanifest.xml). Export the course as SCORM 1.2 or SCORM 2004 instead.',
    };
  }
  return {
    code: PackageFinding.noManifest,
    severity: 'error',
    path: files.origin,
    message: 'The package has no imsmanifest.xml at its root, so it is not a SCORM package.',
  };
}

/**
 * Every file a launched resource starts at must be there; listed files should be. `root`: the
 * manifest's element, where the <resource> and <file> of a finding are found again for its line.
 */
function checkFiles(manifest: ManifestModel, root: XmlElement, present: ReadonlySet<string>, findings: FindingList): void {
  let elements: readonly XmlElement[] | undefined;
  const listing = (resourceIndex: number): XmlElement | undefined => (elements ??= resourceElements(root))[resourceIndex];
  for (const organization of manifest.organizations) {
    for (const item of launchedItems(organization)) {
      const url = item.resource === undefined ? undefined : launchUrl(item.resource);
      const file = url === undefined ? undefined : packageFile(url);
      if (file !== undefined && !present.has(file)) {
        findings.add({
          code: PackageFinding.launchFileMissing,
          severity: 'error',
          path: `manifest/resources/resource[${item.resource!.identifier}]`,
          line: listing(manifest.resources.indexOf(item.resource!))?.line,
          message: `Item "${item.title}" launches ${file}, which is not in the package.`,
        });
      }
    }
  }
  manifest.resources.forEach((resource, resourceIndex) => {
    for (const href of resource.files) {
      const location = resolveReference(href, resource.base);
      const file = location === undefined ? undefined : packageFile(location);
      if (file !== undefined && !present.has(file)) {
        const resourceElement = listing(resourceIndex);
        findings.add({
          code: PackageFinding.listedFileMissing,
          severity: 'warning',
          path: `manifest/resources/resource[${resource.identifier}]/file`,
          line: (resourceElement && (listingElement(resourceElement, 'file', 'href', href) ?? resourceElement))?.line,
          message: `The manifest lists ${file}, which is not in the package.`,
        });
      }
    }
  });
}

/** The items that launch a resource, in document order (clusters too, where SCORM 1.2 lets them). */
function* launchedItems(parent: Organization | Item): Generator<Item> {
  for (const item of parent.items) {
    if (item.resource !== undefined) yield item;
    yield* launchedItems(item);
  }
}

/**
 * The package file a package-relative URL names (query and fragment dropped, percent-decoding
 * applied); undefined for a URL on the web or one that does not decode.
 */
function packageFile(url: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return undefined;
  const path = url.replace(/[?#].*$/s, '');
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}

/** An error that is also a finding (ZipError is), without importing the zip code here. */
function isFinding(error: unknown): error is Error & Finding {
  return error instanceof Error && typeof (error as Partial<Finding>).code === 'string' && typeof (error as Partial<Finding>).path === 'string';
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
