/**
 * One `ActNVm.commands.k` value decoded as ADL's LMSParser.parseCommands decodes it:
 * `METHOD->parameters->expected value->error code`, pieces split at `->` the Java way.
 * The method picks the rule; a method LMSParser does not know makes no call at all.
 */
import { AdlParseFailure, expand, piece } from './adl-parse-failure.js';
import { judgeAsAdl, type WrittenResult } from './adl-expectation.js';
import { getValueParameters, setValueParameters } from './element-parameters.js';
import { javaSplit } from './java-strings.js';
import type { CtsAddressById, CtsApiMethod, CtsCommand } from './script-model.js';

export type DecodedCommand =
  | { kind: 'command'; command: CtsCommand }
  /** ADL's parser passes the line over: no call, no expected result. */
  | { kind: 'ignored'; reason: string }
  | { kind: 'undecoded'; reason: string };

/** The methods LMSParser.parseCommands recognises, by the rule it parses them with. */
const RULES: ReadonlyMap<string, 'get' | 'set' | 'errorText' | 'lastError' | 'terminate' | 'compareObjectiveIds'> =
  new Map([
    ['GET', 'get'],
    ['I', 'get'],
    ['C', 'get'],
    ['SET', 'set'],
    ['GES', 'errorText'],
    ['GeDi', 'errorText'],
    ['GLE', 'lastError'],
    ['T', 'terminate'],
    ['COI', 'compareObjectiveIds'],
  ]);

const API_METHODS: ReadonlySet<string> = new Set<CtsApiMethod>([
  'Initialize', 'Terminate', 'Commit', 'GetValue', 'SetValue', 'GetLastError', 'GetErrorString', 'GetDiagnostic',
]);

export function decodeCommand(key: string, text: string, commands: ReadonlyMap<string, string>): DecodedCommand {
  const pieces = javaSplit(text, '->');
  const rule = RULES.get(pieces[0] ?? '');
  if (rule === undefined) {
    return { kind: 'ignored', reason: `"${pieces[0] ?? ''}" is not a method ADL's parser knows; it makes no call` };
  }
  try {
    if (rule === 'compareObjectiveIds') {
      const ids = javaSplit(piece(pieces, 1, 'compareObjIds'), ',');
      return { kind: 'command', command: { kind: 'compareObjectiveIds', key, text, ids } };
    }
    const method = apiMethod(expand(commands, pieces[0]!));
    const { parameters, result } = parse(rule, pieces, commands);
    const bang = parameters.indexOf('!');
    const argument = bang < 0 ? parameters : parameters.slice(0, bang);
    const { expected, error } = judgeAsAdl(method, parameters, result);
    return {
      kind: 'command',
      command: {
        kind: 'api',
        key,
        text,
        method,
        argument,
        value: bang < 0 ? undefined : parameters.slice(bang + 1),
        addressedById: addressById(argument),
        expected,
        error,
        written: { value: result.value, error: result.error },
      },
    };
  } catch (failure) {
    if (failure instanceof AdlParseFailure) return { kind: 'undecoded', reason: failure.message };
    throw failure;
  }
}

/** The dictionary names API functions `doGetValue`…; the part after `do` is the API's name. */
function apiMethod(functionName: string): CtsApiMethod {
  const name = functionName.startsWith('do') ? functionName.slice(2) : functionName;
  if (!API_METHODS.has(name)) throw new AdlParseFailure(`"${functionName}" is not an API function`);
  return name as CtsApiMethod;
}

interface Parsed {
  /** ADL's params string: `element!value` for SetValue. */
  parameters: string;
  result: WrittenResult;
}

function parse(rule: 'get' | 'set' | 'errorText' | 'lastError' | 'terminate', pieces: string[], commands: ReadonlyMap<string, string>): Parsed {
  const noLearner = { interactionType: undefined, learner: undefined };
  switch (rule) {
    case 'get':
      return parseGet(pieces, commands);
    case 'set': {
      // The expected value of a SetValue goes through the dictionary with no fallback: a token
      // the dictionary maps to '' (`es`) expects ''.
      const value = middlePieces(pieces).map((token) => expand(commands, token)).at(-1) ?? '';
      const parameters = setValueParameters(piece(pieces, 1, 'SetValue element'), commands);
      return { parameters, result: { value, error: lastPiece(pieces), ...noLearner } };
    }
    case 'errorText':
      return {
        parameters: pieces[1] ?? '',
        result: { value: pieces[2] ?? '', error: piece(pieces, 3, 'error code'), ...noLearner },
      };
    case 'lastError':
      return {
        parameters: '',
        result: { value: piece(pieces, 2, 'GetLastError value'), error: piece(pieces, 3, 'error code'), ...noLearner },
      };
    case 'terminate':
      // ADL expects '' and error '' of every Terminate, whatever is written (no script has one).
      return { parameters: '', result: { value: '', error: '', ...noLearner } };
  }
}

/**
 * GetValue, Initialize, Commit. The expected value goes through the dictionary, but a token the
 * dictionary maps to '' stands for itself; `LN`/`LI` anywhere in the element make it the
 * learner's name or id.
 */
function parseGet(pieces: string[], commands: ReadonlyMap<string, string>): Parsed {
  const written = piece(pieces, 1, 'parameter');
  const { parameter, interactionType } = getValueParameters(written, commands);
  let value = '';
  for (const token of middlePieces(pieces)) {
    const expanded = expand(commands, token);
    value = expanded === '' && token !== '' ? token : expanded;
  }
  const learner = written.includes('LN') ? 'name' : written.includes('LI') ? 'id' : undefined;
  return { parameters: parameter, result: { value, error: lastPiece(pieces), interactionType, learner } };
}

/** Pieces 2 … n-2: ADL keeps the last of them as the expected value. */
function middlePieces(pieces: readonly string[]): string[] {
  return pieces.slice(2, -1);
}

/** The error code: the last piece, when there are more than two. */
function lastPiece(pieces: readonly string[]): string {
  return pieces.length > 2 ? pieces[pieces.length - 1]! : '';
}

/** ADL's Command.parseForIndex: `&id&` in an element whose text before it names data or objectives. */
function addressById(argument: string): CtsAddressById | undefined {
  if (!argument.includes('&')) return undefined;
  const parts = javaSplit(argument, '&');
  const before = parts[0] ?? '';
  const collection = before.includes('data') ? 'adl.data' : before.includes('objective') ? 'cmi.objectives' : undefined;
  if (collection === undefined) return undefined;
  return { collection, id: piece(parts, 1, 'id'), before, after: piece(parts, 2, 'element after the id') };
}
