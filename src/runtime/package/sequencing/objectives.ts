import { ADLSEQ, IMSSS } from '../namespaces.js';
import { childElement, childElements, type XmlElement } from '../xml/xml-tree.js';
import {
  decimalValue,
  readBooleans,
  readBoolean,
  readIdentifier,
  readRequiredIdentifier,
  report,
  within,
  type ParseContext,
} from './attribute-values.js';
import { SequencingFinding } from './finding-codes.js';
import {
  DEFAULT_EXTENDED_MAP_INFO_FLAGS,
  DEFAULT_MAP_INFO_FLAGS,
  DEFAULT_PRIMARY_OBJECTIVE,
  type ExtendedObjectiveMapInfo,
  type ObjectiveDefinition,
  type ObjectiveMapInfo,
} from './model.js';
import { MEASURE_RANGE } from './sequencing-rules.js';

export interface ActivityObjectives {
  readonly primaryObjective: ObjectiveDefinition;
  readonly objectives: readonly ObjectiveDefinition[];
}

/**
 * CAM 4th ed. §5 <imsss:objectives> (imsss_v1p0objective.xsd), SN book §3 Objective Description:
 * the primary objective (the defaults when none is declared) and the others, objectiveIDs unique.
 */
export function parseObjectives(element: XmlElement | undefined, context: ParseContext): ActivityObjectives {
  if (element === undefined) return { primaryObjective: DEFAULT_PRIMARY_OBJECTIVE, objectives: [] };
  const primaryElement = childElement(element, IMSSS, 'primaryObjective');
  let primaryObjective = DEFAULT_PRIMARY_OBJECTIVE;
  if (primaryElement === undefined) {
    report(context, element, SequencingFinding.missingPrimaryObjective, 'warning', '<objectives> has no <primaryObjective>; one with the default values stands in.');
  } else {
    primaryObjective = parseObjective(primaryElement, readIdentifier(primaryElement, 'objectiveID'), within(context, 'primaryObjective'));
  }
  const objectives: ObjectiveDefinition[] = [];
  childElements(element, IMSSS, 'objective').forEach((objectiveElement, index) => {
    const objectiveContext = within(context, `objective[${index + 1}]`);
    const id = readRequiredIdentifier(objectiveElement, 'objectiveID', objectiveContext, 'the objective');
    if (id === undefined) return;
    if (declares({ primaryObjective, objectives }, id)) {
      report(objectiveContext, objectiveElement, SequencingFinding.duplicateObjectiveId, 'warning', `objectiveID "${id}" is used twice in this activity; the later objective is left out.`);
      return;
    }
    objectives.push(parseObjective(objectiveElement, id, objectiveContext));
  });
  return { primaryObjective, objectives };
}

/** Whether the activity has an objective of this objectiveID. */
export function declares({ primaryObjective, objectives }: ActivityObjectives, id: string): boolean {
  return primaryObjective.objectiveID === id || objectives.some((objective) => objective.objectiveID === id);
}

function parseObjective(element: XmlElement, objectiveID: string | undefined, context: ParseContext): ObjectiveDefinition {
  const measureElement = childElement(element, IMSSS, 'minNormalizedMeasure');
  const mapInfo: ObjectiveMapInfo[] = [];
  childElements(element, IMSSS, 'mapInfo').forEach((mapElement, index) => {
    const mapContext = within(context, `mapInfo[${index + 1}]`);
    const targetObjectiveID = readRequiredIdentifier(mapElement, 'targetObjectiveID', mapContext, 'the map');
    if (targetObjectiveID !== undefined) {
      mapInfo.push({ targetObjectiveID, ...readBooleans(mapElement, DEFAULT_MAP_INFO_FLAGS, mapContext) });
    }
  });
  return {
    objectiveID,
    satisfiedByMeasure: readBoolean(element, 'satisfiedByMeasure', false, context),
    // The XSD gives the element a default (1.0): it applies to an empty element as to an absent one.
    minNormalizedMeasure:
      measureElement === undefined || measureElement.text.trim() === ''
        ? DEFAULT_PRIMARY_OBJECTIVE.minNormalizedMeasure
        : decimalValue(measureElement.text, measureElement, '', MEASURE_RANGE, DEFAULT_PRIMARY_OBJECTIVE.minNormalizedMeasure, context),
    mapInfo,
    extendedMapInfo: [],
  };
}

/**
 * CAM 4th ed. §5 <adlseq:objectives> (adlseq_v1p3.xsd): each adlseq:objective adds its extended
 * maps (raw, min and max score, completion status, progress measure) to the imsss objective of
 * the same objectiveID.
 */
export function addExtendedMapInfo(
  activity: ActivityObjectives,
  element: XmlElement | undefined,
  context: ParseContext,
): ActivityObjectives {
  if (element === undefined) return activity;
  const extended = new Map<string, ExtendedObjectiveMapInfo[]>();
  childElements(element, ADLSEQ, 'objective').forEach((objectiveElement, index) => {
    const objectiveContext = within(context, `objective[${index + 1}]`);
    const id = readRequiredIdentifier(objectiveElement, 'objectiveID', objectiveContext, 'the objective');
    if (id === undefined) return;
    if (!declares(activity, id)) {
      report(objectiveContext, objectiveElement, SequencingFinding.unmatchedExtendedObjective, 'warning', `<adlseq:objective> "${id}" matches no <imsss:objective> of this activity; it is ignored.`);
      return;
    }
    const maps = extended.get(id) ?? [];
    childElements(objectiveElement, ADLSEQ, 'mapInfo').forEach((mapElement, mapIndex) => {
      const mapContext = within(objectiveContext, `mapInfo[${mapIndex + 1}]`);
      const targetObjectiveID = readRequiredIdentifier(mapElement, 'targetObjectiveID', mapContext, 'the map');
      if (targetObjectiveID !== undefined) {
        maps.push({ targetObjectiveID, ...readBooleans(mapElement, DEFAULT_EXTENDED_MAP_INFO_FLAGS, mapContext) });
      }
    });
    extended.set(id, maps);
  });
  const extend = (objective: ObjectiveDefinition): ObjectiveDefinition => {
    const maps = objective.objectiveID === undefined ? undefined : extended.get(objective.objectiveID);
    return maps === undefined ? objective : { ...objective, extendedMapInfo: maps };
  };
  return { primaryObjective: extend(activity.primaryObjective), objectives: activity.objectives.map(extend) };
}
