import { Scorm2004Error } from '../../api/error-codes.js';
import type { NavigationValidity, NavValidity } from '../data-model.js';
import { isLongIdentifier } from '../types/identifier.js';
import { quote, typeMismatch } from './checks.js';
import type { Scorm2004State } from './state.js';
import { nodes, readOnly, readWrite, type Failure, type Group, type Leaf, type ModelContext } from './tree.js';

/**
 * adl.nav.*, the SCORM Navigation Data Model (RTE book, "SCORM Navigation Data Model"; SN book
 * §5.2 for the requests):
 * the SCO asks for a navigation request to be processed when it terminates (adl.nav.request),
 * and asks the sequencer whether a request would be valid now (adl.nav.request_valid.*).
 * The vocabulary is ADL's (SampleRTE SCORM_2004_NAV_DM): no underscore forms, no start/resumeAll.
 */

type NavState = Scorm2004State['adl']['nav'];

const plainRequests = new Set(['continue', 'previous', 'exit', 'exitAll', 'abandon', 'abandonAll', 'suspendAll', '_none_']);

const targetOpening = '{target=';

/** The identifier inside a `{target=ID}` delimiter, or undefined when `text` is not one. */
function targetIn(text: string): string | undefined {
  if (!text.startsWith(targetOpening) || !text.endsWith('}')) return undefined;
  const target = text.slice(targetOpening.length, -1);
  return isLongIdentifier(target) ? target : undefined;
}

/** adl.nav.request: a plain request, or `{target=ID}choice` / `{target=ID}jump`. */
function checkNavigationRequest(value: string): Failure | undefined {
  if (plainRequests.has(value)) return undefined;
  const close = value.indexOf('}');
  if (close !== -1 && targetIn(value.slice(0, close + 1)) !== undefined) {
    const request = value.slice(close + 1);
    if (request === 'choice' || request === 'jump') return undefined;
  }
  return typeMismatch(
    `${quote(value)} is not a navigation request: continue, previous, {target=ID}choice, {target=ID}jump, exit, exitAll, abandon, abandonAll, suspendAll or _none_`,
  );
}

const request: Leaf<NavState> = {
  kind: 'leaf',
  access: () => readWrite,
  read: (nav) => nav.request,
  write(nav, value) {
    const failure = checkNavigationRequest(value);
    if (failure !== undefined) return failure;
    nav.request = value;
    return undefined;
  },
};

const computedBySequencer: Failure = {
  error: Scorm2004Error.DataModelElementIsReadOnly,
  reason: 'the sequencer computes this element; nobody sets it',
};

/** A request_valid element: read-only, answered by the sequencer's look-ahead ("unknown" without one). */
function validity(ask: (navigation: NavigationValidity) => NavValidity): Leaf<NavState> {
  return {
    kind: 'leaf',
    access: () => readOnly,
    read: (_nav, context) => (context.options.navigation === undefined ? 'unknown' : ask(context.options.navigation)),
    write: () => computedBySequencer,
  };
}

export const navGroup: Group<Scorm2004State['adl'], NavState> = {
  kind: 'group',
  select: (adl) => adl.nav,
  missingKeywordError: Scorm2004Error.GeneralGetFailure,
  children: nodes<NavState>({
    request,
    request_valid: {
      kind: 'group',
      select: (nav: NavState) => nav,
      missingKeywordError: Scorm2004Error.GeneralGetFailure,
      children: nodes<NavState>({
        continue: validity((navigation) => navigation.continue()),
        previous: validity((navigation) => navigation.previous()),
      }),
    },
  }),
};

/**
 * adl.nav.request_valid.choice.{target=ID} and .jump.{target=ID} carry their target in the
 * element name, where the identifier may hold dots: they are answered here, before the name is
 * split on dots. A missing or malformed target is a General Get Failure (301), as ADL's
 * SampleRTE answers (INVALID_ARGUMENT).
 */
const targetedValidity = [
  { prefix: 'adl.nav.request_valid.choice', ask: (navigation: NavigationValidity, target: string) => navigation.choice(target) },
  { prefix: 'adl.nav.request_valid.jump', ask: (navigation: NavigationValidity, target: string) => navigation.jump(target) },
] as const;

function targetedElement(element: string) {
  for (const candidate of targetedValidity) {
    if (element === candidate.prefix || element.startsWith(`${candidate.prefix}.`)) return candidate;
  }
  return undefined;
}

/** Whether `element` names adl.nav.request_valid.choice / jump, with or without a target. */
export function isTargetedValidity(element: string): boolean {
  return targetedElement(element) !== undefined;
}

/** GetValue of a targeted request_valid element; undefined when `element` is not one. */
export function readTargetedValidity(element: string, context: ModelContext): Failure | string | undefined {
  const candidate = targetedElement(element);
  if (candidate === undefined) return undefined;
  const target = targetIn(element.slice(candidate.prefix.length + 1));
  if (target === undefined) {
    return { error: Scorm2004Error.GeneralGetFailure, reason: `name the activity: ${candidate.prefix}.{target=ID}` };
  }
  return context.options.navigation === undefined ? 'unknown' : candidate.ask(context.options.navigation, target);
}

/** SetValue of a targeted request_valid element (always 404); undefined when `element` is not one. */
export function writeTargetedValidity(element: string): Failure | undefined {
  return targetedElement(element) === undefined ? undefined : computedBySequencer;
}
