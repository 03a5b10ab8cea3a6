/**
 * An activity's <imsss:sequencing> (CAM 4th ed. §5, imsss_v1p0.xsd) read into its sequencing
 * definition, the collection entry it references merged in, each part resolved to its values or
 * the defaults the XSDs and the SN book give.
 */
import type { FindingSink } from '../findings.js';
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
import { addExtendedMapInfo, declares, parseObjectives } from './objectives.js';
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
 * `path`: the activity's element path, for findings.
 */
export function parseSequencing(
  element: XmlElement | undefined,
  collection: ReadonlyMap<string, XmlElement>,
  path: string,
  findings: FindingSink,
): SequencingDefinition {
  if (element === undefined) return DEFAULT_SEQUENCING;
  const context: ParseContext = { path: `${path}/sequencing`, findings };
  const entry = referencedEntry(element, collection, context.path, findings);
  // The item's own elements first: each replaces the collection entry's of the same name (CAM 4th ed. §5, IDRef).
  // Keyed by the names of IMSSS_CHILDREN and ADLSEQ_CHILDREN only; an object costs less than a Map.
  const parts: Partial<Record<string, Part>> = {};
  collectParts(element, context, parts);
  if (entry !== undefined) collectParts(entry.element, { path: entry.path, findings }, parts);
  const absent: Part = [undefined, context];
  const part = (key: string): Part => parts[key] ?? absent;
  const objectives = addExtendedMapInfo(parseObjectives(...part('objectives')), ...part('adlseq:objectives'));
  const definition: SequencingDefinition = {
    controlMode: parseControlMode(...part('controlMode')),
    sequencingRules: parseSequencingRules(...part('sequencingRules')),
    limitConditions: parseLimitConditions(...part('limitConditions')),
    rollupRules: parseRollupRules(...part('rollupRules')),
    primaryObjective: objectives.primaryObjective,
    objectives: objectives.objectives,
    randomizationControls: parseRandomizationControls(...part('randomizationControls')),
    deliveryControls: parseDeliveryControls(...part('deliveryControls')),
    constrainedChoiceConsiderations: parseConstrainedChoiceConsiderations(...part('adlseq:constrainedChoiceConsiderations')),
    rollupConsiderations: parseRollupConsiderations(...part('adlseq:rollupConsiderations')),
  };
  checkReferencedObjectives(definition, part('sequencingRules'));
  return definition;
}

/** A part of the definition: its element, or undefined, and the context its findings are reported in. */
type Part = [XmlElement | undefined, ParseContext];

/**
 * Adds the children of `sequencing` to `parts`, keyed by local name (`adlseq:` before ADL's),
 * unless a part of that key is there already; reports the imsss and adlseq elements that have no
 * place in <imsss:sequencing>. Other namespaces are the XSD's ##other extensions: ignored.
 */
function collectParts(sequencing: XmlElement, context: ParseContext, parts: Partial<Record<string, Part>>): void {
  for (const child of sequencing.children) {
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
      parts[key] ??= [child, within(context, localName)];
    }
  }
}

/** A rule condition's referencedObjective is an objectiveID of the same activity (CAM 4th ed. §5, <ruleCondition>). */
function checkReferencedObjectives(definition: SequencingDefinition, [rulesElement, context]: Part): void {
  if (rulesElement === undefined) return;
  const { preConditionRules, exitConditionRules, postConditionRules } = definition.sequencingRules;
  for (const rules of [preConditionRules, exitConditionRules, postConditionRules]) {
    for (const rule of rules) {
      for (const { referencedObjective: id } of rule.conditions) {
        if (id !== undefined && !declares(definition, id)) {
          report(context, rulesElement, SequencingFinding.unknownReferencedObjective, 'warning', `A rule condition references objective "${id}", which this activity does not declare.`);
        }
      }
    }
  }
}
