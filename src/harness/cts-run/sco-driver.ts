/**
 * ADL's test SCO, played headless: for each command of a visit it makes the API call (looking
 * an `&id&` element up by id first, as ADL's Command.parseForIndex does), always follows it with
 * GetLastError, and judges both answers as ADL's TestCaseEvaluator does (adl-expectation.ts).
 * The first failed command fails the visit, with what was expected and what came back.
 */
import type { Scorm2004Api } from '../../runtime/api/scorm2004-api.js';
import type { CtsApiCall, CtsCommand, CtsCompareObjectiveIds, CtsErrorExpectation, CtsExpectation } from '../cts/script-model.js';
import { equalAsType } from './equal-as-type.js';

export interface CtsLearner {
  readonly id: string;
  readonly name: string;
}

const LEADING_DELIMITERS = /^(?:\{[^}]*\})+/;

/** Runs the commands in order; undefined when every one passed, else why the first one failed. */
export function runCommands(api: Scorm2004Api, commands: readonly CtsCommand[], learner: CtsLearner): string | undefined {
  for (const command of commands) {
    const failure = command.kind === 'api' ? runApiCall(api, command, learner) : compareObjectiveIds(api, command);
    if (failure !== undefined) return `${command.key} ${clip(command.text)}: ${failure}`;
  }
  return undefined;
}

function runApiCall(api: Scorm2004Api, call: CtsApiCall, learner: CtsLearner): string | undefined {
  let element = call.argument;
  if (call.addressedById !== undefined) {
    const { collection, id, before, after } = call.addressedById;
    const index = indexOfId(api, collection, id);
    // ADL fails a call whose element holds -1 without making it.
    if (index < 0) return `no ${collection} record has the id "${id}"`;
    element = `${before}${index}${after}`;
  }
  const value = invoke(api, call.method, element, call.value ?? '');
  const error = api.GetLastError();
  if (!meetsExpectation(call.expected, element, value, learner)) {
    return `returned ${JSON.stringify(clip(value))} (error ${error}), expected ${clip(describe(call.expected))}`;
  }
  if (!meetsError(call.error, error)) return `error ${error} (returned ${JSON.stringify(clip(value))}), expected ${describeError(call.error)}`;
  return undefined;
}

function invoke(api: Scorm2004Api, method: CtsApiCall['method'], argument: string, value: string): string {
  switch (method) {
    case 'Initialize':
      return api.Initialize(argument);
    case 'Terminate':
      return api.Terminate(argument);
    case 'Commit':
      return api.Commit(argument);
    case 'GetValue':
      return api.GetValue(argument);
    case 'SetValue':
      return api.SetValue(argument, value);
    case 'GetLastError':
      return api.GetLastError();
    case 'GetErrorString':
      return api.GetErrorString(argument);
    case 'GetDiagnostic':
      return api.GetDiagnostic(argument);
  }
}

/** ADL's SCO reads `<collection>._count`, then each record's id, and takes the first match. */
function indexOfId(api: Scorm2004Api, collection: string, id: string): number {
  const count = Number(api.GetValue(`${collection}._count`)) || 0;
  for (let index = 0; index < count; index++) {
    if (api.GetValue(`${collection}.${index}.id`) === id) return index;
  }
  return -1;
}

function meetsExpectation(expected: CtsExpectation, element: string, value: string, learner: CtsLearner): boolean {
  switch (expected.kind) {
    case 'exactly':
      return value === expected.value;
    case 'equalAsType':
      return equalAsType(element, expected.value, value, expected.interactionType);
    case 'empty':
      // A localized string with only its delimiter (`{lang=en}`) is empty as its type.
      return value.replace(LEADING_DELIMITERS, '') === '';
    case 'learnerId':
      return value === learner.id;
    case 'learnerName':
      return value === learner.name;
    case 'requestValidAnswer':
      return value === 'true' || value === 'false' || value === 'unknown';
    case 'any':
      return true;
    case 'objectiveId':
      return value === expected.id;
    case 'shorterThan255':
      return value.length < 255;
    case 'emptyString':
      return value === '';
  }
}

function meetsError(expected: CtsErrorExpectation, error: string): boolean {
  switch (expected.kind) {
    case 'code':
      return error === expected.code;
    case 'oneOf':
      return expected.codes.includes(error);
    case 'notChecked':
      return true;
  }
}

/** ADL's compareObjectiveIDs: as many objectives as ids listed, each one of them. */
function compareObjectiveIds(api: Scorm2004Api, command: CtsCompareObjectiveIds): string | undefined {
  const count = Number(api.GetValue('cmi.objectives._count')) || 0;
  const found: string[] = [];
  for (let index = 0; index < count; index++) found.push(api.GetValue(`cmi.objectives.${index}.id`));
  const matches = found.length === command.ids.length && found.every((id) => command.ids.includes(id));
  return matches ? undefined : `cmi.objectives ids are {${found.join(', ')}}, expected {${command.ids.join(', ')}}`;
}

/** Scripts set values of 64000 characters: a reason names them by their start. */
function clip(text: string): string {
  return text.length <= 100 ? text : `${text.slice(0, 100)}…`;
}

function describe(expected: CtsExpectation): string {
  switch (expected.kind) {
    case 'exactly':
    case 'equalAsType':
      return JSON.stringify(expected.value);
    case 'objectiveId':
      return JSON.stringify(expected.id);
    default:
      return expected.kind;
  }
}

function describeError(expected: CtsErrorExpectation): string {
  return expected.kind === 'code' ? expected.code : expected.kind === 'oneOf' ? `one of ${expected.codes.join(', ')}` : 'anything';
}
