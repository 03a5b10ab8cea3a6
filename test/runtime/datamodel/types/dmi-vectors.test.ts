// Replays every SetValue of ADL's CTS data-model test (DMI, SCORM 2004 4th ed.) whose outcome a
// type check decides: 0 means the value is valid, 406 that it is not (407: valid but out of
// range). Skips when the third-party corpus is absent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ctsCommands, CTS_CORPUS_PATH, type CtsCommand } from './cts-script.js';
import { isCharacterString } from '../../../../src/runtime/datamodel/types/characterstring.js';
import { isLongIdentifier } from '../../../../src/runtime/datamodel/types/identifier.js';
import {
  correctResponseLimit,
  isCorrectResponsePattern,
  isInteractionType,
  isLearnerResponse,
  samePattern,
  type InteractionType,
} from '../../../../src/runtime/datamodel/types/interaction-patterns.js';
import { isLanguageCode } from '../../../../src/runtime/datamodel/types/language.js';
import { parseLocalizedString } from '../../../../src/runtime/datamodel/types/localized-string.js';
import { parseReal } from '../../../../src/runtime/datamodel/types/real.js';
import { isTimeSecond } from '../../../../src/runtime/datamodel/types/time-second.js';
import { isTimeInterval } from '../../../../src/runtime/datamodel/types/timeinterval.js';

const commands = ctsCommands('DMI');
const skip = commands === undefined ? `ADL CTS corpus not found at ${CTS_CORPUS_PATH}` : false;
const sets = (commands ?? []).filter(
  (c): c is CtsCommand & { value: string } => c.method === 'doSetValue' && c.value !== undefined,
);

/** The SetValues on elements matching `element` that end in 0 or 406, and whether each was valid. */
function typeVectors(element: RegExp, validErrors: readonly string[] = ['0']) {
  return sets
    .filter((c) => element.test(c.element) && (validErrors.includes(c.error) || c.error === '406'))
    .map((c) => ({ key: c.key, value: c.value, valid: c.error !== '406' }));
}

/** Asserts `check` agrees with DMI on every vector and that there were some. */
function agrees(vectors: ReturnType<typeof typeVectors>, check: (value: string) => boolean) {
  assert.ok(vectors.length > 0, 'DMI holds vectors for this type');
  const disagreements = vectors
    .filter((v) => check(v.value) !== v.valid)
    .map((v) => `${v.key}: ${JSON.stringify(v.value.slice(0, 80))}`);
  assert.deepEqual(disagreements, []);
}

test('time(second,10,2): every DMI timestamp vector', { skip }, () => {
  agrees(typeVectors(/\.timestamp$/), isTimeSecond);
});

test('timeinterval(second,10,2): every DMI session_time and latency vector', { skip }, () => {
  agrees(typeVectors(/^cmi\.session_time$|\.latency$/), isTimeInterval);
});

test('real(10,7): every DMI score, progress, weighting and preference vector (407 parses)', { skip }, () => {
  const reals = /(?:score\.(?:raw|min|max|scaled)|progress_measure|weighting|audio_level|delivery_speed)$/;
  agrees(typeVectors(reals, ['0', '407']), (v) => parseReal(v) !== undefined);
});

test('long_identifier_type: every DMI objective and interaction id vector', { skip }, () => {
  const ids = /^cmi\.(?:objectives|interactions)\.\d+\.id$|^cmi\.interactions\.\d+\.objectives\.\d+\.id$/;
  agrees(typeVectors(ids), isLongIdentifier);
});

test('localized_string_type: every DMI description and comment vector', { skip }, () => {
  agrees(typeVectors(/\.description$/), (v) => parseLocalizedString(v, 250) !== undefined);
  const comments = /^cmi\.comments_from_learner\.\d+\.comment$/;
  agrees(typeVectors(comments), (v) => parseLocalizedString(v, 4000) !== undefined);
});

test('language_type: every DMI learner_preference.language vector ("" allowed there)', { skip }, () => {
  agrees(typeVectors(/^cmi\.learner_preference\.language$/), (v) => v === '' || isLanguageCode(v));
});

test('characterstring: every DMI location and suspend_data vector', { skip }, () => {
  const texts = /^cmi\.(?:location|suspend_data)$|^cmi\.comments_from_learner\.\d+\.location$/;
  agrees(typeVectors(texts), isCharacterString);
});

test('interaction type: every DMI interactions.n.type vector', { skip }, () => {
  agrees(typeVectors(/^cmi\.interactions\.\d+\.type$/), isInteractionType);
});

/**
 * Replays the interactions of each activity: the type set on each interaction, and for every
 * pattern and learner_response SetValue the outcome our checks predict. A pattern SetValue gives
 * 351 when its index is past _count, when _count has reached correctResponseLimit, or when a
 * valid pattern duplicates another index's (samePattern); a failed SetValue adds nothing; a new
 * type empties correct_responses, as ADL's SampleRTE does.
 */
function replayInteractions() {
  const interactions = new Map<string, { type: InteractionType; patterns: string[] }>();
  const outcomes: { key: string; expected: string; predicted: string }[] = [];
  const interactionElement =
    /^cmi\.interactions\.(\d+)\.(type|learner_response|correct_responses\.(\d+)\.pattern)$/;
  for (const c of sets) {
    const match = interactionElement.exec(c.element);
    if (match === null) continue;
    const id = `${c.activity}.${match[1]}`;
    const current = interactions.get(id);
    if (match[2] === 'type') {
      if (c.error === '0' && isInteractionType(c.value) && current?.type !== c.value) {
        interactions.set(id, { type: c.value, patterns: [] });
      }
      continue;
    }
    if (current === undefined) continue;
    const { type, patterns } = current;
    let predicted: string;
    if (match[3] === undefined) {
      predicted = isLearnerResponse(type, c.value) ? '0' : '406';
    } else {
      const index = Number(match[3]);
      const full = index === patterns.length && index >= correctResponseLimit(type);
      if (index > patterns.length || full) predicted = '351';
      else if (!isCorrectResponsePattern(type, c.value)) predicted = '406';
      else if (patterns.some((p, i) => i !== index && samePattern(type, p, c.value))) predicted = '351';
      else {
        predicted = '0';
        patterns[index] = c.value;
      }
    }
    outcomes.push({ key: `${c.key} ${type} ${c.element}`, expected: c.error, predicted });
  }
  return outcomes;
}

test('interaction patterns and learner responses: every DMI vector, 351s included', { skip }, () => {
  const outcomes = replayInteractions();
  assert.ok(outcomes.length > 300, 'DMI holds several hundred interaction vectors');
  assert.deepEqual(
    outcomes.filter((o) => o.expected !== o.predicted),
    [],
  );
});
