import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeCaseTexts, startEvent, type HeaderFields } from '../../../src/harness/cts/case-texts.js';
import { testDictionaries } from './dictionary-fixture.js';

const { instructions } = testDictionaries();

const fields: HeaderFields = {
  title: 'CM-06',
  start: '.',
  purpose: 'purposeUInteraction~lastLeaf',
  rtdInit: 'initChecks',
  seqInfo: '<ul><li>Flow</li></ul>',
  testType: 'autoTT~uiTT',
  end: 'endNormal',
};

test('the texts ADL builds from the header fields', () => {
  assert.deepEqual(decodeCaseTexts(fields, instructions), {
    purpose: 'This course tests sequencing, ending when continuing past the last leaf.',
    sequencingBehavior: 'Init checks. Elements: <ul><li>Flow</li></ul>',
    testType: 'Automatic.UI inspection.',
    start: 'Start package CM-06.',
    end: 'After package CM-06 click Continue.',
  });
});

test('start=<title> adds the TOC choice to the start text', () => {
  const texts = decodeCaseTexts({ ...fields, start: 'Activity 2' }, instructions);
  assert.equal(typeof texts === 'string' ? texts : texts.start, 'Start package CM-06 by choosing Activity 2 from the TOC.');
});

test('a text whose format lacks its argument is named', () => {
  assert.equal(decodeCaseTexts({ ...fields, purpose: 'purposeUInteraction' }, instructions), 'purpose');
});

test('start=. lets the LMS start the package; start=DDMa opens DDMa; anything else is a TOC choice', () => {
  assert.deepEqual(startEvent(fields), { package: 'CM-06', choose: undefined });
  assert.deepEqual(startEvent({ ...fields, title: 'DDM', start: 'DDMa' }), { package: 'DDMa', choose: undefined });
  assert.deepEqual(startEvent({ ...fields, start: 'Activity 2' }), {
    package: 'CM-06',
    choose: { kind: 'title', title: 'Activity 2' },
  });
});
