/**
 * <resources> and <resource> (CAM 4th ed. §3.4; SCORM 1.2 CAM §2.3): what the items launch.
 */
import { ADLCP, XML } from '../namespaces.js';
import { childElement, childElements, type XmlElement } from '../xml/xml-tree.js';
import { ManifestFinding } from './finding-codes.js';
import { resolveReference, isPlainRelativePath } from './launch-url.js';
import { parseMetadata } from './metadata.js';
import type { Resource, ScormType } from './model.js';
import { atSize } from '../sequencing/attribute-values.js';
import { attribute, collapse, collapsedAttribute, CP, describe, report, reportInvalid, within, type Context } from './values.js';

export interface ParsedResources {
  readonly resources: readonly Resource[];
  /** The first resource of each identifier. */
  readonly byId: ReadonlyMap<string, Resource>;
}

/** `manifestBase`: the manifest's own xml:base, resolved (resolveXmlBase). */
export function parseResources(root: XmlElement, manifestBase: string, context: Context): ParsedResources {
  const resources: Resource[] = [];
  const byId = new Map<string, Resource>();
  const element = childElement(root, CP, 'resources');
  if (element === undefined) return { resources, byId };
  const resourcesContext = within(context, 'resources');
  const base = resolveXmlBase(element, manifestBase, resourcesContext);
  for (const child of childElements(element, CP, 'resource')) {
    const resource = parseResource(child, base, resourcesContext);
    resources.push(resource);
    if (resource.identifier === '') continue;
    if (byId.has(resource.identifier)) {
      report(within(resourcesContext, 'resource', resource.identifier), child, ManifestFinding.duplicateIdentifier, 'error',
        `Two resources have the identifier "${resource.identifier}"; items can only reach the first.`);
    } else {
      byId.set(resource.identifier, resource);
    }
  }
  checkDependencies(element, resources, byId, resourcesContext);
  return { resources, byId };
}

/**
 * The base URL an element's xml:base gives its content (XML Base §4.2): the xml:base resolved
 * against the parent's base, as a folder. Returns `parentBase` when there is none to apply.
 */
export function resolveXmlBase(element: XmlElement, parentBase: string, context: Context): string {
  const written = attribute(element, 'base', XML);
  if (written === undefined) return parentBase;
  let base = collapse(written);
  if (base === '') return parentBase;
  if (!base.endsWith('/')) {
    report(context, element, ManifestFinding.xmlBaseWithoutSlash, 'warning',
      `xml:base="${base}" does not end in "/"; it is read as the folder "${base}/".`);
    base += '/';
  }
  const resolved = resolveReference(base, parentBase);
  if (resolved === undefined) {
    report(context, element, ManifestFinding.hrefOutsidePackage, 'warning', `xml:base="${base}" leads outside the package; it is ignored.`);
    return parentBase;
  }
  return resolved;
}

const SCORM_TYPES: ReadonlySet<string> = new Set(['sco', 'asset']);

function parseResource(element: XmlElement, parentBase: string, context: Context): Resource {
  const identifier = collapsedAttribute(element, 'identifier') ?? '';
  const resourceContext = within(context, 'resource', identifier);
  if (identifier === '') report(resourceContext, element, ManifestFinding.missingIdentifier, 'error', 'A <resource> has no identifier; no item can launch it.');
  const base = resolveXmlBase(element, parentBase, resourceContext);
  const href = collapsedAttribute(element, 'href');
  if (href !== undefined && !isPlainRelativePath(href) && resolveReference(href, base) === undefined) {
    report(resourceContext, element, ManifestFinding.hrefOutsidePackage, 'warning', `href="${href}" leads outside the package (or is no URL).`);
  }
  return {
    identifier,
    type: collapsedAttribute(element, 'type') ?? 'webcontent',
    scormType: scormTypeOf(element, resourceContext),
    href,
    base,
    files: childAttributes(element, 'file', 'href'),
    dependencies: childAttributes(element, 'dependency', 'identifierref'),
    metadata: parseMetadata(childElement(element, CP, 'metadata')),
  };
}

/** The non-empty `attributeName` values of the `childName` children (<file href>, <dependency identifierref>). */
function childAttributes(element: XmlElement, childName: string, attributeName: string): string[] {
  const values: string[] = [];
  for (const child of element.children) {
    if (child.localName !== childName || !CP.has(child.namespace)) continue;
    const value = collapsedAttribute(child, attributeName);
    if (value !== undefined && value !== '') values.push(value);
  }
  return atSize(values);
}

/**
 * adlcp:scormType (2004) or adlcp:scormtype (1.2); real packages mix the spellings, so either is
 * read in either version. A value in the wrong case is read with a warning; a missing or unknown
 * one is read as "asset", the type that asks nothing of the content.
 */
function scormTypeOf(element: XmlElement, context: Context): ScormType {
  const raw = collapsedAttribute(element, 'scormType', ADLCP) ?? collapsedAttribute(element, 'scormtype', ADLCP);
  if (raw === undefined) {
    report(context, element, ManifestFinding.missingScormType, 'warning', 'The <resource> has no adlcp:scormType; it is read as an asset.');
    return 'asset';
  }
  if (SCORM_TYPES.has(raw)) return raw as ScormType;
  const folded = raw.toLowerCase();
  if (SCORM_TYPES.has(folded)) {
    report(context, element, ManifestFinding.invalidValue, 'warning', `${describe(element, 'adlcp:scormType', raw)} is read as "${folded}" (the value is case-sensitive).`);
    return folded as ScormType;
  }
  reportInvalid(context, element, 'adlcp:scormType', raw, 'sco or asset', '"asset"');
  return 'asset';
}

function checkDependencies(element: XmlElement, resources: readonly Resource[], byId: ReadonlyMap<string, Resource>, context: Context): void {
  const resourceElements = childElements(element, CP, 'resource');
  resources.forEach((resource, index) => {
    for (const dependency of resource.dependencies) {
      if (byId.has(dependency)) continue;
      report(within(context, 'resource', resource.identifier), resourceElements[index]!, ManifestFinding.unknownDependency, 'warning',
        `<dependency identifierref="${dependency}"> names no resource; files it stands for may be missing.`);
    }
  });
}
