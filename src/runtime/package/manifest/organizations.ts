/**
 * <organizations> and <organization> (CAM 4th ed. §3.4; SCORM 1.2 CAM §2.3): the activity trees,
 * and which one is played.
 */
import { IMSSS } from '../namespaces.js';
import { parseGlobalToSystem } from '../sequencing/global-to-system.js';
import { DEFAULT_GLOBAL_TO_SYSTEM, DEFAULT_SEQUENCING } from '../sequencing/model.js';
import { parseSequencing } from '../sequencing/sequencing-parser.js';
import { childElement, childElements, type XmlElement } from '../xml/xml-tree.js';
import { ManifestFinding } from './finding-codes.js';
import { checkActivityIdentifier, parseItems, titleOf, type TreeContext } from './items.js';
import { parseMetadata } from './metadata.js';
import type { Item, Organization, Resource } from './model.js';
import { collapsedAttribute, CP, report, within, type Context } from './values.js';

export interface ParsedOrganizations {
  readonly organizations: readonly Organization[];
  readonly defaultOrganization: Organization | undefined;
}

const PATH = 'manifest/organizations';

export function parseOrganizations(root: XmlElement, resources: readonly Resource[], tree: TreeContext): ParsedOrganizations {
  const element = childElement(root, CP, 'organizations');
  const context: Context = { path: PATH, findings: tree.findings };
  const organizations = element === undefined ? [] : childElements(element, CP, 'organization').map((child) => parseOrganization(child, context, tree));
  if (organizations.length === 0) {
    const synthesized = organizationOfResources(root, element ?? root, resources, context);
    return { organizations: synthesized === undefined ? [] : [synthesized], defaultOrganization: synthesized };
  }
  const named = element === undefined ? undefined : collapsedAttribute(element, 'default');
  if (named === undefined || named === '') return { organizations, defaultOrganization: organizations[0] };
  const defaultOrganization = organizations.find((organization) => organization.identifier === named);
  if (defaultOrganization === undefined) {
    report(context, element!, ManifestFinding.unknownDefaultOrganization, 'error', `default="${named}" names no <organization>.`);
  }
  return { organizations, defaultOrganization };
}

function parseOrganization(element: XmlElement, organizationsContext: Context, tree: TreeContext): Organization {
  const identifier = collapsedAttribute(element, 'identifier') ?? '';
  const context = within(organizationsContext, 'organization', identifier);
  checkActivityIdentifier(identifier, childElement(element, CP, 'title'), element, 'organization', context, tree);
  return {
    identifier,
    title: titleOf(element, identifier, context),
    structure: collapsedAttribute(element, 'structure') || 'hierarchical',
    ...parseGlobalToSystem(element, context),
    items: parseItems(element, context, 0, tree),
    metadata: parseMetadata(childElement(element, CP, 'metadata')),
    sequencing: parseSequencing(childElement(element, IMSSS, 'sequencing'), tree.collection, context, identifier),
    synthesized: false,
  };
}

/**
 * A manifest without <organization> is a resource package (CAM 4th ed. §3): nothing says what to
 * play. LMSs play its launchable resources in document order, one item each (Moodle's
 * `singlescobasic_missingorg` fixture); so do we, with a warning. Without any, it is unplayable.
 * `at`: the <organizations> element (the <manifest> when there is none), where the finding points.
 */
function organizationOfResources(root: XmlElement, at: XmlElement, resources: readonly Resource[], context: Context): Organization | undefined {
  const launchable = resources.filter((resource) => resource.href !== undefined && resource.identifier !== '');
  if (launchable.length === 0) {
    report(context, at, ManifestFinding.noOrganization, 'error', 'The manifest has no <organization> and no resource to launch: there is nothing to play.');
    return undefined;
  }
  report(context, at, ManifestFinding.noOrganization, 'warning',
    'The manifest has no <organization>; its launchable resources are played in document order, one item each.');
  const identifier = collapsedAttribute(root, 'identifier') || 'organization';
  return {
    identifier,
    title: identifier,
    structure: 'hierarchical',
    ...DEFAULT_GLOBAL_TO_SYSTEM,
    items: launchable.map((resource): Item => ({
      identifier: resource.identifier,
      identifierref: resource.identifier,
      resource,
      parameters: undefined,
      isVisible: true,
      title: resource.metadata?.title[0]?.value || resource.identifier,
      items: [],
      metadata: undefined,
      dataFromLms: undefined,
      timeLimitAction: undefined,
      completionThreshold: undefined,
      hideLmsUi: [],
      sharedData: [],
      sequencing: DEFAULT_SEQUENCING,
      masteryScore: undefined,
      maxTimeAllowed: undefined,
      prerequisites: undefined,
    })),
    metadata: undefined,
    sequencing: DEFAULT_SEQUENCING,
    synthesized: true,
  };
}
