/**
 * A visit's UI inspection questions (`UIQ`, keys of the UserInterface dictionary joined by `~`)
 * and their expected answers (`UIA`, `Y`/`N` joined by `~`), read as ADL's LMSParser.parseUIKeys
 * reads them. ADL's SCO shows the questions, collects one answer each and the evaluator compares
 * the answers, joined again, with `UIA`.
 */
import { activityReference } from './activity-reference.js';
import { lookUp } from './dictionaries.js';
import { javaSplit } from './java-strings.js';
import type { CtsUiAsk, CtsUiQuestion } from './script-model.js';

export type DecodedUiQuestions = { ok: true; questions: CtsUiQuestion[] } | { ok: false; reason: string };

export function decodeUiQuestions(
  questions: string,
  answers: string,
  userInterface: ReadonlyMap<string, string>,
): DecodedUiQuestions {
  // ADL's SCO runs its commands straight away when there are no questions.
  if (questions === '' && answers === '') return { ok: true, questions: [] };
  const keys = javaSplit(questions, '~');
  const expected = javaSplit(answers, '~');
  if (keys.length !== expected.length) {
    return { ok: false, reason: `${keys.length} UI questions but ${expected.length} answers` };
  }
  const decoded: CtsUiQuestion[] = [];
  for (const [index, key] of keys.entries()) {
    const answer = expected[index]!;
    if (answer !== 'Y' && answer !== 'N') return { ok: false, reason: `UI answer "${answer}" is neither Y nor N` };
    const split = splitQuestionKey(key);
    if (split === undefined) return { ok: false, reason: `UI question "${key}" has nothing after its "@"` };
    const { messageKey, variable } = split;
    const text = variable === undefined ? lookUp(userInterface, messageKey) : lookUp(userInterface, messageKey, variable);
    const asks = uiAsk(messageKey, variable);
    if (text === undefined || asks === undefined) return { ok: false, reason: `unknown UI question "${key}"` };
    decoded.push({ key, text, asks, expectedYes: answer === 'Y' });
  }
  return { ok: true, questions: decoded };
}

/**
 * ADL's getUIMessage: `key@variable`; when the variable contains a dot, what follows its first
 * dot belongs to the key (`toc@Activity 2.visible` is `toc.visible` about `Activity 2`).
 */
function splitQuestionKey(key: string): { messageKey: string; variable: string | undefined } | undefined {
  if (!key.includes('@')) return { messageKey: key, variable: undefined };
  const [name = '', variable] = javaSplit(key, '@');
  if (variable === undefined) return undefined;
  const dot = variable.indexOf('.');
  if (dot < 0) return { messageKey: name, variable };
  return { messageKey: name + variable.slice(dot), variable: variable.slice(0, dot) };
}

function uiAsk(messageKey: string, variable: string | undefined): CtsUiAsk | undefined {
  if (variable === undefined) {
    switch (messageKey) {
      case 'continue.enabled':
        return { kind: 'navigationControl', event: 'continue', enabled: true };
      case 'continue.disabled':
        return { kind: 'navigationControl', event: 'continue', enabled: false };
      case 'previous.enabled':
        return { kind: 'navigationControl', event: 'previous', enabled: true };
      case 'previous.disabled':
        return { kind: 'navigationControl', event: 'previous', enabled: false };
      case 'toc.enabled':
        return { kind: 'tableOfContents' };
      case 'click.button':
        return { kind: 'clickScoButton' };
      default:
        return undefined;
    }
  }
  switch (messageKey) {
    case 'toc.enabled.selectable':
      return { kind: 'tocEntrySelectable', target: activityReference(variable) };
    case 'toc.visible':
      return { kind: 'tocEntryVisible', target: activityReference(variable) };
    case 'ui.visible':
      return { kind: 'navigationControlShown', event: variable };
    default:
      return undefined;
  }
}
