/**
 * An activity's <imsss:sequencing> (CAM 4th ed. §5, imsss_v1p0.xsd) read into its sequencing
 * definition, the collection entry it references merged in, each part resolved to its values or
 * the defaults the XSDs and the SN book give.
 */
import { ADLSEQ, IMSSS } from '../namespaces.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { parseConstrainedChoiceConsiderations, parseRollupConsiderations } from './adlseq-considerations.js';
import { report, within, type ParseContext } from './attribute-values.js';
import { referencedEntry } from './collection.js';
import { parseControlMode } from './control-mode.js';
import { parseDeliveryControls } from './delivery-controls.js';
import { SequencingFinding } from './finding-codes.js';
import { parseLimitConditions } from './limit-conditions.js';
import { DEFAULT_SEQUENCING, type SequencingDefinition } from './model.js';
import { addExtendedMapInfo, parseObjectives } from './objectives.js';
import { parseRandomizationControls } from './randomization.js';
import { parseRollupRules } from './rollup-rules.js';
import { parseSequencingRules } from './sequencing-rules.js';

export { readSequencingCollection } from './collection.js';

/** The children <imsss:sequencing> may have, by namespace (imsss_v1p0.xsd; adlseq_v1p3.xsd in its ##other slot). */
const IMSSS_CHILDREN: ReadonlySet<string> = new Set([
  'controlMode',
  'sequencingRules',
  'limitConditions',
  'auxiliaryResources',
  'rollupRules',
  'objectives',
  'randomizationControls',
  'deliveryControls',
]);
const ADLSEQ_CHILDREN: ReadonlySet<string> = new Set(['constrainedChoiceConsiderations', 'rollupConsiderations', 'objectives']);

/**
 * `element`: the activity's <imsss:sequencing>, or undefined for an activity without one (all
 * defaults). `collection`: the manifest's sequencingCollection (readSequencingCollection).
 * `activity`: the activity's context, for findings; `identifier`: its identifier, for messages.
 */
export function parseSequencing(
  element: XmlElement | undefined,
  collection: ReadonlyMap<string, XmlElement>,
  activity: ParseContext,
  identifier: string,
): SequencingDefinition {
  if (element === undefined) return DEFAULT_SEQUENCING;
  const context = within(activity, 'sequencing');
  const entry = referencedEntry(element, collection, context);
  // The item's own elements first: each replaces the collection entry's of the same name (CAM 4th ed. §5, IDRef).
  const own = collectParts(element, context);
  const inherited = entry === undefined ? NO_PARTS : collectParts(entry.element, entry.context);
  /** A part, parsed from its element in the context of its findings (the <imsss:sequencing>'s when it is absent). */
  const read = <T, A>(key: string, parse: (element: XmlElement | undefined, context: ParseContext, argument: A) => T, argument?: A): T => {
    const ownPart = own[key];
    if (ownPart !== undefined) return parse(ownPart, within(context, ownPart.localName), argument!);
    const inheritedPart = inherited[key];
    if (inheritedPart !== undefined) return parse(inheritedPart, within(entry!.context, inheritedPart.localName), argument!);
    return parse(undefined, context, argument!);
  };
  const objectives = read('adlseq:objectives', addExtendedMapInfo, read('objectives', parseObjectives, identifier));
  return {
    controlMode: read('controlMode', parseControlMode),
    sequencingRules: read('sequencingRules', parseSequencingRules, objectives),
    limitConditions: read('limitConditions', parseLimitConditions),
    rollupRules: read('rollupRules', parseRollupRules),
    primaryObjective: objectives.primaryObjective,
    objectives: objectives.objectives,
    randomizationControls: read('randomizationControls', parseRandomizationControls),
    deliveryControls: read('deliveryControls', parseDeliveryControls),
    constrainedChoiceConsiderations: read('adlseq:constrainedChoiceConsiderations', parseConstrainedChoiceConsiderations),
    rollupConsiderations: read('adlseq:rollupConsiderations', parseRollupConsiderations),
  };
}

/** The parts of an <imsss:sequencing>, keyed by local name (`adlseq:` before ADL's); an object costs less than a Map. */
type Parts = Partial<Record<string, XmlElement>>;

const NO_PARTS: Parts = Object.freeze({});

/**
 * The children of `sequencing` that are parts of a definition, the first of each key; reports
 * the imsss and adlseq elements that have no place in <imsss:sequencing>. Other namespaces are
 * the XSD's ##other extensions: ignored.
 */
function collectParts(sequencing: XmlElement, context: ParseContext): Parts {
  const parts: Parts = {};
  for (let child = sequencing.firstChild; child !== undefined; child = child.nextSibling) {
    const { namespace, localName } = child;
    let key: string | undefined;
    if (IMSSS.has(namespace)) {
      if (IMSSS_CHILDREN.has(localName)) key = localName;
    } else if (ADLSEQ.has(namespace)) {
      if (ADLSEQ_CHILDREN.has(localName)) key = `adlseq:${localName}`;
    } else {
      continue;
    }
    if (key === undefined) {
      report(context, child, SequencingFinding.unknownElement, 'warning', `<${child.prefix === '' ? '' : `${child.prefix}:`}${localName}> has no place in <imsss:sequencing>; it is ignored.`);
    } else {
      parts[key] ??= child;
    }
  }
  return parts;
}
