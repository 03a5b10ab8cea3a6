/**
 * <resources> and <resource> (CAM 4th ed. §3.4; SCORM 1.2 CAM §2.3): what the items launch.
 */
import { ADLCP, XML } from '../namespaces.js';
import { childElement, childElements, type XmlElement } from '../xml/xml-tree.js';
import { ManifestFinding } from './finding-codes.js';
import { resolveReference, isPlainRelativePath } from './launch-url.js';
import { parseMetadata } from './metadata.js';
import type { Resource, ScormType } from './model.js';
import { attribute, collapse, collapsedAttribute, CP, describe, report, reportInvalid, within, type Context } from './values.js';

export interface ParsedResources {
  readonly resources: readonly Resource[];
  /** The first resource of each identifier. */
  readonly byId: ReadonlyMap<string, Resource>;
}

/** `manifestBase`: the manifest's own xml:base, resolved (resolveXmlBase). */
export function parseResources(root: XmlElement, manifestBase: string, context: Context): ParsedResources {
  const byId = new Map<string, Resource>();
  const element = childElement(root, CP, 'resources');
  if (element === undefined) return { resources: [], byId };
  const resourcesContext = within(context, 'resources');
  const base = resolveXmlBase(element, manifestBase, resourcesContext);
  const elements = childElements(element, CP, 'resource');
  const resources = elements.map((child) => parseResource(child, base, resourcesContext));
  resources.forEach(({ identifier }, index) => {
    if (identifier === '') return;
    if (byId.has(identifier)) {
      report(within(resourcesContext, 'resource', identifier), elements[index]!, ManifestFinding.duplicateIdentifier, 'error',
        `Two resources have the identifier "${identifier}"; items can only reach the first.`);
    } else {
      byId.set(identifier, resources[index]!);
    }
  });
  checkDependencies(elements, resources, byId, resourcesContext);
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
    scormType: scormTypeOf(element, identifier, resourceContext),
    href,
    base,
    files: childAttributes(element, 'file', 'href'),
    dependencies: childAttributes(element, 'dependency', 'identifierref'),
    metadata: parseMetadata(childElement(element, CP, 'metadata')),
  };
}

/** What most resources have no <dependency> gives, shared: the model is read-only. */
const NONE: readonly string[] = Object.freeze([]);

/**
 * The non-empty `attributeName` values of the `childName` children (<file href>, <dependency
 * identifierref>), in an array made at the number of children and cut to its length.
 */
function childAttributes(element: XmlElement, childName: string, attributeName: string): readonly string[] {
  let children = 0;
  for (let child = element.firstChild; child !== undefined; child = child.nextSibling) children += 1;
  const values = new Array<string>(children);
  let count = 0;
  for (let child = element.firstChild; child !== undefined; child = child.nextSibling) {
    const value = listedValue(child, childName, attributeName);
    if (value !== undefined) values[count++] = value;
  }
  values.length = count;
  return count === 0 ? NONE : values;
}

/** The value childAttributes lists for `child`, if any. */
function listedValue(child: XmlElement, childName: string, attributeName: string): string | undefined {
  if (child.localName !== childName || !CP.has(child.namespace)) return undefined;
  const value = collapsedAttribute(child, attributeName);
  return value === '' ? undefined : value;
}

/**
 * The <resource> elements the manifest's resources were read from, in their order, and the
 * first child of one that lists `value` (a <file href>, a <dependency identifierref>): found
 * again when a finding needs a line, so that reading keeps no element and counts no line.
 */
export function resourceElements(root: XmlElement): readonly XmlElement[] {
  const element = childElement(root, CP, 'resources');
  return element === undefined ? [] : childElements(element, CP, 'resource');
}

export function listingElement(resource: XmlElement, childName: string, attributeName: string, value: string): XmlElement | undefined {
  return resource.children.find((child) => listedValue(child, childName, attributeName) === value);
}

/**
 * adlcp:scormType (2004) or adlcp:scormtype (1.2); real packages mix the spellings, so either is
 * read in either version. A value in the wrong case is read with a warning; a missing or unknown
 * one is read as "asset", the type that asks nothing of the content.
 */
function scormTypeOf(element: XmlElement, identifier: string, context: Context): ScormType {
  const raw = collapsedAttribute(element, 'scormType', ADLCP) ?? collapsedAttribute(element, 'scormtype', ADLCP);
  if (raw === undefined) {
    report(context, element, ManifestFinding.missingScormType, 'warning', `The <resource> "${identifier}" has no adlcp:scormType; it is read as an asset.`);
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

/** `elements`: the <resource>s the resources were read from, where a finding finds its <dependency>. */
function checkDependencies(elements: readonly XmlElement[], resources: readonly Resource[], byId: ReadonlyMap<string, Resource>, context: Context): void {
  resources.forEach(({ identifier, dependencies }, index) => {
    for (let dependencyIndex = 0; dependencyIndex < dependencies.length; dependencyIndex += 1) {
      const dependency = dependencies[dependencyIndex]!;
      if (byId.has(dependency)) continue;
      report(within(context, 'resource', identifier), listingElement(elements[index]!, 'dependency', 'identifierref', dependency) ?? elements[index]!,
        ManifestFinding.unknownDependency, 'warning', `<dependency identifierref="${dependency}"> names no resource; files it stands for may be missing.`);
    }
  });
}
