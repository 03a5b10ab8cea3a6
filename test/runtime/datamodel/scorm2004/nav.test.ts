// adl.nav.*: the SCORM Navigation Data Model (RTE book; vocabulary of ADL's SampleRTE).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { NavigationValidity } from '../../../../src/runtime/datamodel/data-model.js';
import { assertError, assertSet, assertValue, launched } from './setup.js';

const sequencer: NavigationValidity = {
  continue: () => 'true',
  previous: () => 'false',
  choice: (target) => (target === 'activity.2' ? 'true' : 'false'),
  jump: (target) => (target === 'activity.2' ? 'true' : 'unknown'),
};

test('adl.nav.request returns the pending request verbatim, target included', () => {
  const model = launched();
  assertSet(model.setValue('adl.nav.request', '{target=activity.2}choice'));
  assertValue(model.getValue('adl.nav.request'), '{target=activity.2}choice');
});

test('request_valid answers "unknown" without a sequencer', () => {
  const model = launched();
  for (const element of ['continue', 'previous', 'choice.{target=a1}', 'jump.{target=a1}']) {
    assertValue(model.getValue(`adl.nav.request_valid.${element}`), 'unknown');
  }
});

test('request_valid asks the sequencer, passing the target (dots included)', () => {
  const model = launched({ navigation: sequencer });
  assertValue(model.getValue('adl.nav.request_valid.continue'), 'true');
  assertValue(model.getValue('adl.nav.request_valid.previous'), 'false');
  assertValue(model.getValue('adl.nav.request_valid.choice.{target=activity.2}'), 'true');
  assertValue(model.getValue('adl.nav.request_valid.choice.{target=activity.3}'), 'false');
  assertValue(model.getValue('adl.nav.request_valid.jump.{target=activity.2}'), 'true');
});

test('request_valid.choice and .jump without a valid target are 301', () => {
  const model = launched({ navigation: sequencer });
  for (const request of ['choice', 'jump']) {
    for (const suffix of ['', '.', '.{target=}', '.{tar=a1}', '.activity_2', '.{target=a b}', '.{target=a1']) {
      assertError(model.getValue(`adl.nav.request_valid.${request}${suffix}`), 301);
    }
  }
});

test('request_valid elements are read-only, even to the LMS (404)', () => {
  const model = launched();
  for (const element of ['continue', 'previous', 'choice', 'choice.{target=a1}', 'jump.{target=a1}']) {
    assertError(model.setValue(`adl.nav.request_valid.${element}`, 'true'), 404);
    assertError(model.lmsSetValue(`adl.nav.request_valid.${element}`, 'true'), 404);
  }
});

test('names beside request_valid.choice are not taken for it', () => {
  assertError(launched().getValue('adl.nav.request_valid.choicex'), 401);
});

test('the sequencer is not asked when the request is malformed', () => {
  let asked = false;
  const model = launched({ navigation: { ...sequencer, choice: () => ((asked = true), 'true') } });
  model.getValue('adl.nav.request_valid.choice.{target=}');
  assert.equal(asked, false);
});
