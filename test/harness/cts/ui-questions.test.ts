import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeUiQuestions } from '../../../src/harness/cts/ui-questions.js';
import { testDictionaries } from './dictionary-fixture.js';

const { userInterface } = testDictionaries();

test('no UIQ and no UIA: no questions', () => {
  assert.deepEqual(decodeUiQuestions('', '', userInterface), { ok: true, questions: [] });
});

test('each question pairs with its answer, in order, with ADL\'s text', () => {
  const decoded = decodeUiQuestions('continue.disabled~previous.enabled~toc.enabled', 'Y~N~Y', userInterface);
  assert.ok(decoded.ok);
  assert.deepEqual(decoded.questions, [
    { key: 'continue.disabled', text: 'Is Continue disabled?', asks: { kind: 'navigationControl', event: 'continue', enabled: false }, expectedYes: true },
    { key: 'previous.enabled', text: 'Is Previous enabled?', asks: { kind: 'navigationControl', event: 'previous', enabled: true }, expectedYes: false },
    { key: 'toc.enabled', text: 'Is there a TOC?', asks: { kind: 'tableOfContents' }, expectedYes: true },
  ]);
});

test('@ names the TOC entry by title, or the root of a package by its organization title', () => {
  const decoded = decodeUiQuestions(
    'toc.enabled.selectable@Activity 2~toc.visible@the activity that corresponds to the root of "LMS Test Content Package CM-07d"',
    'N~Y',
    userInterface,
  );
  assert.ok(decoded.ok);
  assert.deepEqual(decoded.questions.map((q) => [q.text, q.asks]), [
    ['Is Activity 2 selectable?', { kind: 'tocEntrySelectable', target: { kind: 'title', title: 'Activity 2' } }],
    [
      'Is the activity that corresponds to the root of "LMS Test Content Package CM-07d" visible?',
      { kind: 'tocEntryVisible', target: { kind: 'root', organizationTitle: 'LMS Test Content Package CM-07d' } },
    ],
  ]);
});

test('a dot in the @ variable moves what follows it into the key, as ADL\'s getUIMessage does', () => {
  const decoded = decodeUiQuestions('toc@Activity 5.visible', 'N', userInterface);
  assert.ok(decoded.ok);
  assert.deepEqual(decoded.questions[0]?.asks, { kind: 'tocEntryVisible', target: { kind: 'title', title: 'Activity 5' } });
});

test('ui.visible and click.button', () => {
  const decoded = decodeUiQuestions('ui.visible@Suspend All~click.button', 'Y~Y', userInterface);
  assert.ok(decoded.ok);
  assert.deepEqual(decoded.questions.map((q) => q.asks), [
    { kind: 'navigationControlShown', event: 'Suspend All' },
    { kind: 'clickScoButton' },
  ]);
});

test('mismatched counts, answers other than Y/N and unknown questions are not decoded', () => {
  assert.equal(decodeUiQuestions('toc.enabled~continue.enabled', 'Y', userInterface).ok, false);
  assert.equal(decodeUiQuestions('toc.enabled', 'yes', userInterface).ok, false);
  assert.equal(decodeUiQuestions('toc.blinking', 'Y', userInterface).ok, false);
  assert.equal(decodeUiQuestions('toc.visible', 'Y', userInterface).ok, false);
  assert.equal(decodeUiQuestions('', 'Y', userInterface).ok, false);
});
