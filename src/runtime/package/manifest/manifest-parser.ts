/**
 * imsmanifest.xml, read by xml-reader.ts, into the manifest model (model.ts): SCORM 1.2 CAM §2.3
 * and SCORM 2004 4th ed. CAM §3.4. Reading goes on past every finding it can; errors say the
 * package, or the part named, cannot be played as written.
 *
 * Finding paths are element paths (`manifest/organizations/organization[O1]/item[I1]`); a
 * finding about the file as a whole names the file.
 */
import type { FindingSink } from '../findings.js';
import { readSequencingCollection } from '../sequencing/sequencing-parser.js';
import { childElement, childElements, type XmlElement } from '../xml/xml-tree.js';
import { ManifestFinding } from './finding-codes.js';
import type { TreeContext } from './items.js';
import { parseMetadata } from './metadata.js';
import type { ManifestModel } from './model.js';
import { parseOrganizations } from './organizations.js';
import { parseResources, resolveXmlBase } from './resources.js';
import { detectScormVersion, type SchemaVersionElement } from './scorm-version.js';
import { collapsedAttribute, CP, report, type Context } from './values.js';

export function parseManifest(root: XmlElement, file: string, findings: FindingSink): ManifestModel {
  const context: Context = { path: 'manifest', findings };
  if (root.localName !== 'manifest' || !CP.has(root.namespace)) {
    const name = root.prefix === '' ? root.localName : `${root.prefix}:${root.localName}`;
    report({ path: file, findings }, root, ManifestFinding.notAManifest, 'error',
      `The root element is <${name}>${root.namespace === '' ? '' : ` in ${root.namespace}`}, not an IMS Content Packaging <manifest>.`);
    return emptyManifest();
  }
  if (root.namespace === '') {
    report({ path: file, findings }, root, ManifestFinding.noNamespace, 'warning',
      '<manifest> declares no namespace (xmlns); it is read as IMS Content Packaging.');
  }
  for (const subManifest of childElements(root, CP, 'manifest')) {
    report(context, subManifest, ManifestFinding.subManifestIgnored, 'warning',
      `The sub-manifest "${collapsedAttribute(subManifest, 'identifier') ?? ''}" inside <manifest> is ignored.`);
  }
  const identifier = collapsedAttribute(root, 'identifier') ?? '';
  if (identifier === '') report(context, root, ManifestFinding.missingIdentifier, 'warning', '<manifest> has no identifier.');
  const metadataElement = childElement(root, CP, 'metadata');
  const { scormVersion, edition } = detectScormVersion(root, declaredSchemaVersion(root, metadataElement), findings);
  const resources = parseResources(root, resolveXmlBase(root, '', context), context);
  const tree: TreeContext = {
    findings,
    scormVersion,
    resourcesById: resources.byId,
    collection: readSequencingCollection(root, findings),
    activityIds: new Set(),
  };
  const { organizations, defaultOrganization } = parseOrganizations(root, resources.resources, tree);
  return {
    identifier,
    version: collapsedAttribute(root, 'version'),
    scormVersion,
    edition,
    metadata: parseMetadata(metadataElement),
    defaultOrganization,
    organizations,
    resources: resources.resources,
    resourcesById: resources.byId,
  };
}

/** The <schemaversion> that says the SCORM version, with its element path: the manifest's, else the first organization's that has one. */
function declaredSchemaVersion(root: XmlElement, metadata: XmlElement | undefined): SchemaVersionElement | undefined {
  const own = schemaVersionIn(metadata);
  if (own !== undefined) return { element: own, path: 'manifest/metadata/schemaversion' };
  const organizations = childElement(root, CP, 'organizations');
  if (organizations === undefined) return undefined;
  for (const organization of childElements(organizations, CP, 'organization')) {
    const element = schemaVersionIn(childElement(organization, CP, 'metadata'));
    if (element !== undefined) return { element, path: `manifest/organizations/organization[${collapsedAttribute(organization, 'identifier') ?? ''}]/metadata/schemaversion` };
  }
  return undefined;
}

function schemaVersionIn(metadata: XmlElement | undefined): XmlElement | undefined {
  return metadata && childElement(metadata, CP, 'schemaversion');
}

/** What a document that is not a manifest gives: nothing to play (its error finding says why). */
function emptyManifest(): ManifestModel {
  return {
    identifier: '',
    version: undefined,
    scormVersion: '1.2',
    edition: undefined,
    metadata: undefined,
    defaultOrganization: undefined,
    organizations: [],
    resources: [],
    resourcesById: new Map(),
  };
}
