import { ADLSEQ, IMSSS } from '../namespaces.js';
import { childElement, childElements, type XmlElement } from '../xml/xml-tree.js';
import {
  atSize,
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

/** measureType, imsss_v1p0util.xsd. */
export const MEASURE_RANGE = [-1, 1] as const;

export interface ActivityObjectives {
  readonly primaryObjective: ObjectiveDefinition;
  readonly objectives: readonly ObjectiveDefinition[];
}

/**
 * CAM 4th ed. §5 <imsss:objectives> (imsss_v1p0objective.xsd), SN book §3 Objective Description:
 * the primary objective (the defaults when none is declared) and the others, objectiveIDs unique.
 * `activity`: the activity's identifier, for messages.
 */
export function parseObjectives(element: XmlElement | undefined, context: ParseContext, activity: string): ActivityObjectives {
  if (element === undefined) return NO_OBJECTIVES;
  const primaryElement = childElement(element, IMSSS, 'primaryObjective');
  let primaryObjective = DEFAULT_PRIMARY_OBJECTIVE;
  if (primaryElement === undefined) {
    report(context, element, SequencingFinding.missingPrimaryObjective, 'warning', `The <objectives> of "${activity}" have no <primaryObjective>; one with the default values stands in.`);
  } else {
    primaryObjective = parseObjective(primaryElement, readIdentifier(primaryElement, 'objectiveID'), within(context, 'primaryObjective'));
  }
  const objectiveElements = childElements(element, IMSSS, 'objective');
  const objectives: ObjectiveDefinition[] = [];
  for (let index = 0; index < objectiveElements.length; index += 1) {
    const objectiveElement = objectiveElements[index]!;
    const objectiveContext = within(context, 'objective', index + 1);
    const id = readRequiredIdentifier(objectiveElement, 'objectiveID', objectiveContext, 'the objective');
    if (id === undefined) continue;
    if (declaresIn(primaryObjective, objectives, id)) {
      report(objectiveContext, objectiveElement, SequencingFinding.duplicateObjectiveId, 'warning', `objectiveID "${id}" is used twice in this activity; the later objective is left out.`);
      continue;
    }
    objectives.push(parseObjective(objectiveElement, id, objectiveContext));
  }
  return { primaryObjective, objectives: atSize(objectives) };
}

/** Shared by the objectives that <adlseq:objectives> does not extend, like the defaults (model.ts). */
const NO_EXTENDED_MAPS: readonly ExtendedObjectiveMapInfo[] = Object.freeze([]);

/** What an activity without <imsss:objectives> has: the default primary objective only. */
const NO_OBJECTIVES: ActivityObjectives = Object.freeze({ primaryObjective: DEFAULT_PRIMARY_OBJECTIVE, objectives: Object.freeze([]) });

/** Whether the activity has an objective of this objectiveID. */
export function declares(activity: ActivityObjectives, id: string): boolean {
  return declaresIn(activity.primaryObjective, activity.objectives, id);
}

function declaresIn(primaryObjective: ObjectiveDefinition, objectives: readonly ObjectiveDefinition[], id: string): boolean {
  if (primaryObjective.objectiveID === id) return true;
  for (const objective of objectives) {
    if (objective.objectiveID === id) return true;
  }
  return false;
}

function parseObjective(element: XmlElement, objectiveID: string | undefined, context: ParseContext): ObjectiveDefinition {
  const measureElement = childElement(element, IMSSS, 'minNormalizedMeasure');
  const mapElements = childElements(element, IMSSS, 'mapInfo');
  const mapInfo: ObjectiveMapInfo[] = [];
  for (let index = 0; index < mapElements.length; index += 1) {
    const mapElement = mapElements[index]!;
    const mapContext = within(context, 'mapInfo', index + 1);
    const targetObjectiveID = readRequiredIdentifier(mapElement, 'targetObjectiveID', mapContext, 'the map');
    if (targetObjectiveID !== undefined) {
      mapInfo.push({ targetObjectiveID, ...readBooleans(mapElement, DEFAULT_MAP_INFO_FLAGS, mapContext) });
    }
  }
  return {
    objectiveID,
    satisfiedByMeasure: readBoolean(element, 'satisfiedByMeasure', false, context),
    // The XSD gives the element a default (1.0): it applies to an empty element as to an absent one.
    minNormalizedMeasure:
      measureElement === undefined || measureElement.text.trim() === ''
        ? DEFAULT_PRIMARY_OBJECTIVE.minNormalizedMeasure
        : decimalValue(measureElement.text, measureElement, '', MEASURE_RANGE, DEFAULT_PRIMARY_OBJECTIVE.minNormalizedMeasure, context),
    mapInfo: atSize(mapInfo),
    extendedMapInfo: NO_EXTENDED_MAPS,
  };
}

/**
 * CAM 4th ed. §5 <adlseq:objectives> (adlseq_v1p3.xsd): each adlseq:objective adds its extended
 * maps (raw, min and max score, completion status, progress measure) to the imsss objective of
 * the same objectiveID.
 */
export function addExtendedMapInfo(
  element: XmlElement | undefined,
  context: ParseContext,
  activity: ActivityObjectives,
): ActivityObjectives {
  if (element === undefined) return activity;
  const extended = new Map<string, ExtendedObjectiveMapInfo[]>();
  const objectiveElements = childElements(element, ADLSEQ, 'objective');
  for (let index = 0; index < objectiveElements.length; index += 1) {
    const objectiveElement = objectiveElements[index]!;
    const objectiveContext = within(context, 'objective', index + 1);
    const id = readRequiredIdentifier(objectiveElement, 'objectiveID', objectiveContext, 'the objective');
    if (id === undefined) continue;
    if (!declares(activity, id)) {
      report(objectiveContext, objectiveElement, SequencingFinding.unmatchedExtendedObjective, 'warning', `<adlseq:objective> "${id}" matches no <imsss:objective> of this activity; it is ignored.`);
      continue;
    }
    const maps = extended.get(id) ?? [];
    const mapElements = childElements(objectiveElement, ADLSEQ, 'mapInfo');
    for (let mapIndex = 0; mapIndex < mapElements.length; mapIndex += 1) {
      const mapElement = mapElements[mapIndex]!;
      const mapContext = within(objectiveContext, 'mapInfo', mapIndex + 1);
      const targetObjectiveID = readRequiredIdentifier(mapElement, 'targetObjectiveID', mapContext, 'the map');
      if (targetObjectiveID !== undefined) {
        maps.push({ targetObjectiveID, ...readBooleans(mapElement, DEFAULT_EXTENDED_MAP_INFO_FLAGS, mapContext) });
      }
    }
    extended.set(id, maps);
  }
  const extend = (objective: ObjectiveDefinition): ObjectiveDefinition => {
    const maps = objective.objectiveID === undefined ? undefined : extended.get(objective.objectiveID);
    return maps === undefined ? objective : { ...objective, extendedMapInfo: maps };
  };
  return { primaryObjective: extend(activity.primaryObjective), objectives: activity.objectives.map(extend) };
}
