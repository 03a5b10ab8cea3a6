/**
 * How ADL's evaluator judges one API call (TestCaseEvaluator.evaluateCurrentResult), decided
 * from what the parser produced. The branches are tried in ADL's order; the first that applies
 * decides, which is why, say, a GetValue of `adl.nav.request_valid.choice.{target=…}` has its
 * error code left unchecked.
 */
import type { CtsApiMethod, CtsErrorExpectation, CtsExpectation } from './script-model.js';

/** The parser's Result for one call: value and error code as written, after expansion. */
export interface WrittenResult {
  value: string;
  error: string;
  /** `!TY.x` in an interactions element. */
  interactionType: string | undefined;
  /** The parser put the learner's name or id in place of the written value (`LN`, `LI`). */
  learner: 'name' | 'id' | undefined;
}

export interface Judgement {
  expected: CtsExpectation;
  error: CtsErrorExpectation;
}

/** GetValue errors ADL accepts for cmi.comments_from_lms: none, general get failure, not initialized. */
const COMMENTS_FROM_LMS_ERRORS = ['0', '301', '403'] as const;

/**
 * `parameters` is the call's whole parameter string as ADL keeps it, `element!value` for a
 * SetValue; ADL's substring tests look at it whole.
 */
export function judgeAsAdl(method: CtsApiMethod, parameters: string, written: WrittenResult): Judgement {
  const code: CtsErrorExpectation = { kind: 'code', code: written.error };
  switch (method) {
    case 'GetValue':
      return judgeGetValue(parameters, written, code);
    case 'GetErrorString':
      if (written.value === 'less255') return { expected: { kind: 'shorterThan255' }, error: code };
      if (written.value === 'emptyCS') return { expected: { kind: 'emptyString' }, error: code };
      return { expected: { kind: 'exactly', value: written.value }, error: code };
    case 'GetDiagnostic':
      return { expected: { kind: 'shorterThan255' }, error: code };
    default:
      return { expected: { kind: 'exactly', value: written.value }, error: code };
  }
}

function judgeGetValue(parameters: string, written: WrittenResult, code: CtsErrorExpectation): Judgement {
  if (parameters.includes('learner_name')) return { expected: { kind: 'any' }, error: code };
  if (parameters.includes('request_valid.choice') || parameters.includes('request_valid.jump')) {
    return { expected: { kind: 'requestValidAnswer' }, error: { kind: 'notChecked' } };
  }
  if (!parameters.includes('_children') && parameters.includes('comments_from_lms')) {
    const codes = parameters === 'cmi.comments_from_lms'
      ? [...COMMENTS_FROM_LMS_ERRORS, '401']
      : COMMENTS_FROM_LMS_ERRORS;
    return { expected: { kind: 'any' }, error: { kind: 'oneOf', codes } };
  }
  const counted = parameters.includes('_count');
  if (written.value !== '' && !counted) {
    return { expected: typedExpectation(parameters, written), error: code };
  }
  if (parameters.includes('&') && parameters.includes('.id')) {
    return { expected: { kind: 'objectiveId', id: idBetweenAmpersands(parameters) }, error: code };
  }
  if (!counted) return { expected: { kind: 'empty' }, error: code };
  return { expected: { kind: 'exactly', value: written.value }, error: code };
}

/** ADL's evaluateRegularGet: request_valid answers, else equality as the element's type. */
function typedExpectation(parameters: string, written: WrittenResult): CtsExpectation {
  if (parameters.includes('request_valid')) return { kind: 'requestValidAnswer' };
  if (written.learner === 'id') return { kind: 'learnerId' };
  if (written.learner === 'name') return { kind: 'learnerName' };
  return { kind: 'equalAsType', value: written.value, interactionType: written.interactionType };
}

/** ADL's compareObjectiveIDs: from after the first `&` to the next one. */
function idBetweenAmpersands(parameters: string): string {
  const rest = parameters.slice(parameters.indexOf('&') + 1);
  const end = rest.indexOf('&');
  return end < 0 ? rest : rest.slice(0, end);
}
