import { Scorm2004Error } from '../../api/error-codes.js';
import {
  correctResponseLimit,
  isCorrectResponsePattern,
  isInteractionType,
  isLearnerResponse,
  samePattern,
  type InteractionType,
} from '../types/interaction-patterns.js';
import { parseReal } from '../types/real.js';
import {
  checkLocalizedString,
  checkLongIdentifier,
  checkReal,
  checkTimeInterval,
  checkTimeSecond,
  generalSetFailure,
  quote,
  typeMismatch,
  vocabularyMismatch,
} from './checks.js';
import { field } from './leaves.js';
import type { CmiState, InteractionState } from './state.js';
import { nodes, readWrite, type Collection, type Failure, type Leaf, type Requirement } from './tree.js';
import { interactionResultWords, isOneOf } from './vocabularies.js';

/**
 * RTE §4.2.9 cmi.interactions: the learner's responses, journaled or kept per question.
 *
 * Dependencies (RTE §4.2.9, ADL SampleRTE): every element needs `id` first; `correct_responses`
 * and `learner_response` need `type` first, because the type decides their format.
 * Unlike objectives, an interaction id may change and need not be unique (DMI sets
 * cmi.interactions.0.id several times; journaling repeats ids).
 */

type CorrectResponse = InteractionState['correct_responses'][number];
type InteractionObjective = InteractionState['objectives'][number];

/** An entry exists only once its id was set: the dependency fails only for a new entry. */
const idIsSet: Requirement<InteractionState> = { element: 'id', isMet: () => true };
const typeIsSet: Requirement<InteractionState> = { element: 'type', isMet: (interaction) => interaction.type !== undefined };

/**
 * cmi.interactions.n.type. A different type voids the correct responses and learner response
 * recorded for the old one (their format depends on the type); ADL's SampleRTE drops them too.
 */
const interactionType: Leaf<InteractionState> = {
  kind: 'leaf',
  requires: idIsSet,
  access: () => readWrite,
  read: (interaction) => interaction.type,
  write(interaction, value) {
    if (!isInteractionType(value)) {
      return typeMismatch(
        `${quote(value)} is not an interaction type: true-false, choice, fill-in, long-fill-in, likert, matching, performance, sequencing, numeric or other`,
      );
    }
    if (interaction.type !== undefined && interaction.type !== value) {
      interaction.correct_responses = [];
      delete interaction.learner_response;
    }
    interaction.type = value;
    return undefined;
  },
};

/** cmi.interactions.n.objectives.m.id: a long identifier, unique within the interaction. */
const interactionObjectiveId: Leaf<InteractionObjective, InteractionState> = {
  kind: 'leaf',
  access: () => readWrite,
  read: (objective) => objective.id,
  write(objective, value, _context, entry) {
    const duplicate = entry?.siblings.findIndex((other, index) => index !== entry.index && other.id === value) ?? -1;
    if (duplicate !== -1) return generalSetFailure(`objectives.${duplicate}.id of this interaction already is ${quote(value)}: ids are unique`);
    const failure = checkLongIdentifier(value);
    if (failure !== undefined) return failure;
    objective.id = value;
    return undefined;
  },
};

const interactionObjectives: Collection<InteractionState, InteractionObjective> = {
  kind: 'collection',
  requires: idIsSet,
  entries: (interaction) => interaction.objectives,
  entry: nodes<InteractionObjective, InteractionState>({ id: interactionObjectiveId }),
  growth: {
    create: () => ({ id: '' }),
    add: (interaction, objective) => interaction.objectives.push(objective),
  },
};

/**
 * cmi.interactions.n.correct_responses.m.pattern, in the format of the interaction's type
 * (RTE §4.2.9.1). Choice and sequencing patterns must differ from each other (ADL SampleRTE
 * marks them unique; a duplicate is 351).
 */
const correctResponsePattern: Leaf<CorrectResponse, InteractionState> = {
  kind: 'leaf',
  access: () => readWrite,
  read: (response) => response.pattern,
  write(response, value, _context, entry) {
    const type = entry?.owner.type;
    if (type === undefined) return { error: Scorm2004Error.DataModelDependencyNotEstablished, reason: 'the interaction has no type yet' };
    if (!isCorrectResponsePattern(type, value)) return typeMismatch(`${quote(value)} is not a correct response pattern for a ${type} interaction`);
    const failure = duplicatePattern(type, value, entry);
    if (failure !== undefined) return failure;
    response.pattern = value;
    return undefined;
  },
};

function duplicatePattern(
  type: InteractionType,
  pattern: string,
  entry: { siblings: readonly CorrectResponse[]; index: number } | undefined,
): Failure | undefined {
  if ((type !== 'choice' && type !== 'sequencing') || entry === undefined) return undefined;
  const duplicate = entry.siblings.findIndex((other, index) => index !== entry.index && samePattern(type, other.pattern, pattern));
  return duplicate === -1 ? undefined : generalSetFailure(`correct_responses.${duplicate}.pattern already is the same ${type} pattern`);
}

const correctResponses: Collection<InteractionState, CorrectResponse> = {
  kind: 'collection',
  requires: typeIsSet,
  entries: (interaction) => interaction.correct_responses,
  entry: nodes<CorrectResponse, InteractionState>({ pattern: correctResponsePattern }),
  growth: {
    create: () => ({ pattern: '' }),
    add: (interaction, response) => interaction.correct_responses.push(response),
    maximum: (interaction) => (interaction.type === undefined ? undefined : correctResponseLimit(interaction.type)),
  },
};

/** cmi.interactions.n.learner_response, in the format of the interaction's type (RTE §4.2.9.2). */
const learnerResponse: Leaf<InteractionState> = {
  kind: 'leaf',
  requires: typeIsSet,
  access: () => readWrite,
  read: (interaction) => interaction.learner_response,
  write(interaction, value) {
    const type = interaction.type;
    if (type === undefined) return { error: Scorm2004Error.DataModelDependencyNotEstablished, reason: 'the interaction has no type yet' };
    if (!isLearnerResponse(type, value)) return typeMismatch(`${quote(value)} is not a learner response for a ${type} interaction`);
    interaction.learner_response = value;
    return undefined;
  },
};

/** cmi.interactions.n.result: a result word or a real number (RTE §4.2.9). */
function checkResult(value: string): Failure | undefined {
  if (isOneOf(interactionResultWords, value) || parseReal(value) !== undefined) return undefined;
  return vocabularyMismatch(value, [...interactionResultWords, '<a real number>']);
}

const interactionElements = nodes<InteractionState, CmiState>({
  id: field({
    access: readWrite,
    read: (interaction) => interaction.id,
    store: (interaction, value) => (interaction.id = value),
    check: checkLongIdentifier,
  }),
  type: interactionType,
  objectives: interactionObjectives,
  timestamp: field({
    access: readWrite,
    requires: idIsSet,
    read: (interaction) => interaction.timestamp,
    store: (interaction, value) => (interaction.timestamp = value),
    check: checkTimeSecond,
  }),
  correct_responses: correctResponses,
  weighting: field({
    access: readWrite,
    requires: idIsSet,
    read: (interaction) => interaction.weighting,
    store: (interaction, value) => (interaction.weighting = value),
    check: (value) => checkReal(value),
  }),
  learner_response: learnerResponse,
  result: field({
    access: readWrite,
    requires: idIsSet,
    read: (interaction) => interaction.result,
    store: (interaction, value) => (interaction.result = value),
    check: checkResult,
  }),
  latency: field({
    access: readWrite,
    requires: idIsSet,
    read: (interaction) => interaction.latency,
    store: (interaction, value) => (interaction.latency = value),
    check: checkTimeInterval,
  }),
  description: field({
    access: readWrite,
    requires: idIsSet,
    read: (interaction) => interaction.description,
    store: (interaction, value) => (interaction.description = value),
    check: (value) => checkLocalizedString(value, 250),
  }),
});

export const interactionsCollection: Collection<CmiState, InteractionState> = {
  kind: 'collection',
  entries: (cmi) => cmi.interactions,
  entry: interactionElements,
  childrenKeyword: 'id,type,objectives,timestamp,correct_responses,weighting,learner_response,result,latency,description',
  growth: {
    create: () => ({ id: '', objectives: [], correct_responses: [] }),
    add: (cmi, interaction) => cmi.interactions.push(interaction),
  },
};
