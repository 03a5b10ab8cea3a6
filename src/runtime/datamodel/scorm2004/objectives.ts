import { checkLocalizedString, checkLongIdentifier, checkReal, generalSetFailure, quote } from './checks.js';
import { field, vocabularyField } from './leaves.js';
import { scoreGroup } from './score.js';
import type { CmiState, ObjectiveState } from './state.js';
import { nodes, readWrite, type Collection, type EntryPosition, type Failure, type Leaf, type Requirement } from './tree.js';
import { completionStatuses, successStatuses } from './vocabularies.js';

/**
 * RTE §4.2.17 cmi.objectives: the objectives of the SCO, pre-populated by the LMS with the
 * activity's manifest objective ids and extended by the SCO.
 */

/**
 * Every element of an objective depends on its id (RTE §4.2.17). An entry exists only once its
 * id was set, so the dependency fails only where SetValue would create the entry (408).
 */
const idIsSet: Requirement<ObjectiveState> = { element: 'id', isMet: () => true };

/**
 * cmi.objectives.n.id: a long identifier, unique among the objectives, that cannot change once
 * set (RTE §4.2.17: "the identifier shall not be changed"). Setting it again to the same value
 * succeeds, as in ADL's SampleRTE. Order as ADL checks: uniqueness, then overwrite, then type.
 *
 * The LMS writes the manifest's objectiveIDs as the package gives them, after ADL's `%20`
 * decoding, without the long identifier check: ADL's run-time does so and the CTS expects such
 * an id, spaces included, to be there (OB-12a: `ob%20j%201` is found as `ob j 1`).
 */
const objectiveId: Leaf<ObjectiveState, CmiState> = {
  kind: 'leaf',
  access: () => readWrite,
  read: (objective) => objective.id,
  write(objective, value, context, entry) {
    const failure = uniqueAmong(entry, value) ?? unchanged(objective, value, entry) ??
      (context.byLms && value !== '' ? undefined : checkLongIdentifier(value));
    if (failure !== undefined) return failure;
    objective.id = value;
    return undefined;
  },
};

function uniqueAmong(entry: EntryPosition<ObjectiveState, CmiState> | undefined, id: string): Failure | undefined {
  if (entry === undefined) return undefined;
  const duplicate = entry.siblings.findIndex((other, index) => index !== entry.index && other.id === id);
  return duplicate === -1 ? undefined : generalSetFailure(`cmi.objectives.${duplicate}.id already is ${quote(id)}: objective ids are unique`);
}

function unchanged(objective: ObjectiveState, id: string, entry: EntryPosition<ObjectiveState, CmiState> | undefined): Failure | undefined {
  const isNew = entry !== undefined && entry.index === entry.siblings.length;
  return isNew || objective.id === id ? undefined : generalSetFailure(`the objective's id is ${quote(objective.id)} and cannot change`);
}

const objectiveElements = nodes<ObjectiveState, CmiState>({
  id: objectiveId,
  score: scoreGroup<ObjectiveState>((objective) => objective.score, idIsSet),
  success_status: vocabularyField({
    access: readWrite,
    requires: idIsSet,
    vocabulary: successStatuses,
    read: (objective) => objective.success_status,
    store: (objective, value) => (objective.success_status = value),
  }),
  completion_status: vocabularyField({
    access: readWrite,
    requires: idIsSet,
    vocabulary: completionStatuses,
    read: (objective) => objective.completion_status,
    store: (objective, value) => (objective.completion_status = value),
  }),
  progress_measure: field({
    access: readWrite,
    requires: idIsSet,
    read: (objective) => objective.progress_measure,
    store: (objective, value) => (objective.progress_measure = value),
    check: (value) => checkReal(value, { min: 0, max: 1 }),
  }),
  description: field({
    access: readWrite,
    requires: idIsSet,
    read: (objective) => objective.description,
    store: (objective, value) => (objective.description = value),
    check: (value) => checkLocalizedString(value, 250),
  }),
});

export const objectivesCollection: Collection<CmiState, ObjectiveState> = {
  kind: 'collection',
  entries: (cmi) => cmi.objectives,
  entry: objectiveElements,
  childrenKeyword: 'id,score,success_status,completion_status,progress_measure,description',
  growth: {
    create: () => ({ id: '', score: {}, success_status: 'unknown', completion_status: 'unknown' }),
    add: (cmi, objective) => cmi.objectives.push(objective),
  },
};
