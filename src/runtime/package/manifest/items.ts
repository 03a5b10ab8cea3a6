/**
 * <item> (CAM 4th ed. §3.4, <item>; SCORM 1.2 CAM §2.3, <item>): an activity, its resource and
 * the launch values the manifest gives it.
 */
import type { FindingSink } from '../findings.js';
import { ADLCP, ADLNAV, IMSSS } from '../namespaces.js';
import { parseSequencing } from '../sequencing/sequencing-parser.js';
import { childElement, childElements, type XmlElement } from '../xml/xml-tree.js';
import { ManifestFinding } from './finding-codes.js';
import { isPlainRelativePath, launchUrl } from './launch-url.js';
import { parseMetadata } from './metadata.js';
import type { CompletionThreshold, HiddenLmsUi, Item, Prerequisites, Resource, ScormVersion, SharedDataMap, TimeLimitAction } from './model.js';
import { attribute, collapse, collapsedAttribute, CP, readBoolean, readDecimal, readToken, report, reportInvalid, textOf, within, type Context } from './values.js';

/** Items nested deeper than this are left out (with an error): no real course comes near it. */
export const MAX_ITEM_DEPTH = 100;

/** What reading one organization's items shares. */
export interface TreeContext {
  readonly findings: FindingSink;
  readonly scormVersion: ScormVersion;
  readonly resourcesById: ReadonlyMap<string, Resource>;
  /** The manifest's imsss:sequencingCollection by ID. */
  readonly collection: ReadonlyMap<string, XmlElement>;
  /** The identifiers of the activities (organizations and items) read so far. */
  readonly activityIds: Set<string>;
}

/** The item children of `parent` (an organization or an item at `depth`), read. */
export function parseItems(parent: XmlElement, parentContext: Context, depth: number, tree: TreeContext): Item[] {
  return readItems(childElements(parent, CP, 'item'), parent, parentContext, depth, tree);
}

/** The items of a leaf, and other lists most items leave empty, shared: the model is read-only, and its default values are shared too. */
const NO_ITEMS: readonly Item[] = Object.freeze([]);
const NONE: readonly never[] = Object.freeze([]);

function readItems(elements: readonly XmlElement[], parent: XmlElement, parentContext: Context, depth: number, tree: TreeContext): Item[] {
  if (elements.length === 0) return [];
  if (depth >= MAX_ITEM_DEPTH) {
    report(parentContext, parent, ManifestFinding.nestingTooDeep, 'error',
      `Items nest more than ${MAX_ITEM_DEPTH} deep; the items inside "${collapsedAttribute(parent, 'identifier') ?? ''}" are left out.`);
    return [];
  }
  return elements.map((child) => parseItem(child, parentContext, depth + 1, tree));
}

/** The children of an <item> the model reads, found in one pass (the first of each name counts). */
interface ItemParts {
  title: XmlElement | undefined;
  metadata: XmlElement | undefined;
  items: XmlElement[] | undefined;
  sequencing: XmlElement | undefined;
  presentation: XmlElement | undefined;
  /** The first adlcp child; adlcpChild looks for the others among its next siblings. Most SCORM 2004 items have none. */
  adlcp: XmlElement | undefined;
}

function itemParts(element: XmlElement): ItemParts {
  const parts: ItemParts = { title: undefined, metadata: undefined, items: undefined, sequencing: undefined, presentation: undefined, adlcp: undefined };
  for (let child = element.firstChild; child !== undefined; child = child.nextSibling) {
    const name = child.localName;
    if (CP.has(child.namespace)) {
      if (name === 'item') (parts.items ??= []).push(child);
      else if (name === 'title') parts.title ??= child;
      else if (name === 'metadata') parts.metadata ??= child;
    } else if (ADLCP.has(child.namespace)) {
      parts.adlcp ??= child;
    } else if (name === 'sequencing' && IMSSS.has(child.namespace)) {
      parts.sequencing ??= child;
    } else if (name === 'presentation' && ADLNAV.has(child.namespace)) {
      parts.presentation ??= child;
    }
  }
  return parts;
}

/**
 * The item's first adlcp child named `name2004`, or else its first named `name12`: real packages
 * mix the SCORM 2004 spellings with SCORM 1.2's lower-case ones.
 */
function adlcpChild({ adlcp }: ItemParts, name2004: string, name12 = name2004): XmlElement | undefined {
  if (adlcp === undefined) return undefined;
  let found12: XmlElement | undefined;
  for (let child: XmlElement | undefined = adlcp; child !== undefined; child = child.nextSibling) {
    if (!ADLCP.has(child.namespace)) continue;
    if (child.localName === name2004) return child;
    if (child.localName === name12) found12 ??= child;
  }
  return found12;
}

function parseItem(element: XmlElement, parentContext: Context, depth: number, tree: TreeContext): Item {
  const identifier = collapsedAttribute(element, 'identifier') ?? '';
  const context = within(parentContext, 'item', identifier);
  const parts = itemParts(element);
  checkActivityIdentifier(identifier, parts.title, element, 'item', context, tree);
  const items = parts.items === undefined ? NO_ITEMS : readItems(parts.items, element, context, depth, tree);
  const identifierref = collapsedAttribute(element, 'identifierref') || undefined;
  const parameters = attribute(element, 'parameters')?.trim() || undefined;
  return {
    identifier,
    identifierref,
    resource: launchedResource(identifierref, items.length === 0, element, parts.title, identifier, context, tree),
    parameters,
    isVisible: readBoolean(element, 'isvisible', true, context),
    title: titleText(parts.title, element, identifier, context),
    items,
    metadata: parseMetadata(parts.metadata),
    dataFromLms: adlcpChild(parts, 'dataFromLMS', 'datafromlms')?.text,
    timeLimitAction: timeLimitActionOf(adlcpChild(parts, 'timeLimitAction', 'timelimitaction'), context),
    completionThreshold: completionThresholdOf(adlcpChild(parts, 'completionThreshold', 'completionthreshold'), context),
    hideLmsUi: hiddenLmsUiOf(parts.presentation, context),
    sharedData: sharedDataOf(adlcpChild(parts, 'data'), context),
    sequencing: parseSequencing(parts.sequencing, tree.collection, context, identifier),
    masteryScore: masteryScoreOf(adlcpChild(parts, 'masteryscore'), context),
    maxTimeAllowed: maxTimeAllowedOf(adlcpChild(parts, 'maxtimeallowed'), context),
    prerequisites: prerequisitesOf(adlcpChild(parts, 'prerequisites')),
  };
}

/**
 * Identifiers are xs:ID (compared after whitespace collapse, case-sensitively): required, and
 * one per activity. `kind` names the element in messages, and its <title> (when it has one) which.
 */
export function checkActivityIdentifier(identifier: string, title: XmlElement | undefined, element: XmlElement, kind: string, context: Context, tree: TreeContext): void {
  if (identifier === '') {
    const named = titleIn(title);
    report(context, element, ManifestFinding.missingIdentifier, 'error',
      `${named === '' ? `An <${kind}>` : `The <${kind}> "${named}"`} has no identifier; its progress cannot be tracked.`);
    return;
  }
  // One look-up: the set grows unless it has the identifier already.
  const known = tree.activityIds.size;
  if (tree.activityIds.add(identifier).size === known) {
    report(context, element, ManifestFinding.duplicateIdentifier, 'error', `Another organization or item has the identifier "${identifier}"; their progress cannot be told apart.`);
  } else if (tree.resourcesById.has(identifier)) {
    report(context, element, ManifestFinding.identifierSharedAcrossKinds, 'warning', `A resource has the identifier "${identifier}" too (the XSD gives all identifiers one space).`);
  }
}

/** <title>, required; the identifier stands in for a missing or empty one. */
export function titleOf(element: XmlElement, identifier: string, context: Context): string {
  return titleText(childElement(element, CP, 'title'), element, identifier, context);
}

/** The text of a <title>, collapsed; "" when there is none. */
function titleIn(title: XmlElement | undefined): string {
  return title === undefined ? '' : collapse(title.text);
}

function titleText(title: XmlElement | undefined, element: XmlElement, identifier: string, context: Context): string {
  const text = titleIn(title);
  if (text !== '') return text;
  report(context, element, ManifestFinding.missingTitle, 'warning', `<${element.localName}> "${identifier}" has no title; its identifier is shown instead.`);
  return identifier;
}

/**
 * The resource the item launches. In SCORM 2004 only leaves launch: a leaf must reference a
 * resource, and a cluster's reference is ignored. SCORM 1.2 lets any item launch and any leaf
 * be a plain heading.
 */
function launchedResource(
  identifierref: string | undefined,
  leaf: boolean,
  element: XmlElement,
  title: XmlElement | undefined,
  identifier: string,
  context: Context,
  tree: TreeContext,
): Resource | undefined {
  const scorm2004 = tree.scormVersion === '2004';
  if (identifierref === undefined) {
    if (leaf && scorm2004) {
      report(context, element, ManifestFinding.leafWithoutResource, 'error',
        `The leaf item "${identifier}" (${titleIn(title)}) references no resource: there is nothing to deliver.`);
    }
    return undefined;
  }
  if (!leaf && scorm2004) {
    report(context, element, ManifestFinding.clusterWithResource, 'warning', `identifierref="${identifierref}" is ignored: an item with children is not launched.`);
    return undefined;
  }
  const resource = tree.resourcesById.get(identifierref);
  if (resource === undefined) {
    report(context, element, ManifestFinding.unknownIdentifierref, 'error', `identifierref="${identifierref}" names no resource.`);
  } else if (resource.href === undefined) {
    report(context, element, ManifestFinding.resourceWithoutHref, 'error', `The resource "${identifierref}" has no href: there is nothing to launch.`);
  } else if (!isPlainRelativePath(resource.href) && launchUrl(resource) === undefined) {
    report(context, element, ManifestFinding.launchOutsidePackage, 'error', `The resource "${identifierref}" launches href="${resource.href}", which leads outside the package: there is nothing to launch.`);
  }
  return resource;
}

const TIME_LIMIT_ACTIONS: ReadonlySet<TimeLimitAction> = new Set(['exit,message', 'exit,no message', 'continue,message', 'continue,no message']);

function timeLimitActionOf(child: XmlElement | undefined, context: Context): TimeLimitAction | undefined {
  return child === undefined ? undefined : readToken(collapse(child.text), TIME_LIMIT_ACTIONS, child, '', context);
}

const COMPLETION_THRESHOLD_ATTRIBUTES = ['completedByMeasure', 'minProgressMeasure', 'progressWeight'];

/**
 * adlcp:completionThreshold: the 4th edition's attributes (defaults false, 1.0, 1.0), or the 3rd
 * edition's decimal text, read as measure-based completion at that threshold (model.ts).
 */
function completionThresholdOf(child: XmlElement | undefined, context: Context): CompletionThreshold | undefined {
  if (child === undefined) return undefined;
  const text = textOf(child);
  if (text !== '' && COMPLETION_THRESHOLD_ATTRIBUTES.every((name) => attribute(child, name) === undefined)) {
    const threshold = readDecimal(text, 0, 1, child, '', context);
    return threshold === undefined ? undefined : { completedByMeasure: true, minProgressMeasure: threshold, progressWeight: 1 };
  }
  const decimal = (name: string): number => {
    const raw = collapsedAttribute(child, name);
    return raw === undefined ? 1 : readDecimal(raw, 0, 1, child, name, context, 1)!;
  };
  return {
    completedByMeasure: readBoolean(child, 'completedByMeasure', false, context),
    minProgressMeasure: decimal('minProgressMeasure'),
    progressWeight: decimal('progressWeight'),
  };
}

const HIDDEN_LMS_UI: ReadonlySet<HiddenLmsUi> = new Set(['previous', 'continue', 'exit', 'exitAll', 'abandon', 'abandonAll', 'suspendAll']);

/** adlnav:presentation/adlnav:navigationInterface/adlnav:hideLMSUI (adlnav_v1p3.xsd), each token once. */
function hiddenLmsUiOf(presentation: XmlElement | undefined, context: Context): readonly HiddenLmsUi[] {
  const navigationInterface = presentation === undefined ? undefined : childElement(presentation, ADLNAV, 'navigationInterface');
  if (navigationInterface === undefined) return NONE;
  const hidden = new Set<HiddenLmsUi>();
  for (const child of childElements(navigationInterface, ADLNAV, 'hideLMSUI')) {
    const token = readToken(collapse(child.text), HIDDEN_LMS_UI, child, '', context);
    if (token !== undefined) hidden.add(token);
  }
  return [...hidden];
}

/**
 * adlcp:data/adlcp:map: targetID required, readSharedData default true. writeSharedData defaults
 * to true too, as ADL's reference run-time reads it and ADL's conformance suite requires (DDM,
 * DMI write through maps that do not say), although adlcp_v1p3.xsd declares default="false".
 */
function sharedDataOf(data: XmlElement | undefined, context: Context): readonly SharedDataMap[] {
  if (data === undefined) return NONE;
  const maps: SharedDataMap[] = [];
  for (const map of childElements(data, ADLCP, 'map')) {
    const targetId = collapsedAttribute(map, 'targetID') ?? '';
    if (targetId === '') {
      reportInvalid(context, map, 'targetID', '', 'a shared data identifier');
    } else if (maps.some((known) => known.targetId === targetId)) {
      report(context, map, ManifestFinding.duplicateSharedDataTarget, 'warning', `The item maps the shared data "${targetId}" twice; the first map is used.`);
    } else {
      maps.push({
        targetId,
        readSharedData: readBoolean(map, 'readSharedData', true, context),
        writeSharedData: readBoolean(map, 'writeSharedData', true, context),
      });
    }
  }
  return maps;
}

/** SCORM 1.2 adlcp:masteryscore: a decimal from 0 to 100 (SCORM 1.2 CAM §2.3; the RTE's cmi.student_data.mastery_score). */
function masteryScoreOf(child: XmlElement | undefined, context: Context): number | undefined {
  return child === undefined ? undefined : readDecimal(collapse(child.text), 0, 100, child, '', context);
}

/** SCORM 1.2 CMITimespan, HHHH:MM:SS.SS (SCORM 1.2 RTE data types). */
const CMI_TIMESPAN = /^\d{2,4}:\d{2}:\d{2}(?:\.\d{1,2})?$/;

function maxTimeAllowedOf(child: XmlElement | undefined, context: Context): string | undefined {
  if (child === undefined) return undefined;
  const value = collapse(child.text);
  if (CMI_TIMESPAN.test(value)) return value;
  reportInvalid(context, child, '', value, 'a CMITimespan (HHHH:MM:SS.SS)');
  return undefined;
}

/** SCORM 1.2 adlcp:prerequisites: an AICC script expression (type="aicc_script"). */
function prerequisitesOf(child: XmlElement | undefined): Prerequisites | undefined {
  if (child === undefined) return undefined;
  return { type: collapsedAttribute(child, 'type') ?? 'aicc_script', expression: collapse(child.text) };
}
