// SCORM 2004 4th ed. RTE §4.1.1.7 localized_string_type and its {lang=} delimiter.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLocalizedString } from '../../../../src/runtime/datamodel/types/localized-string.js';

test('a value that does not start with {lang= is all text, without a language', () => {
  for (const s of [
    '', 'z', 'Description of this objective 0', '{foo=bar}x', ' {lang=en}x', 'x{lang=en}', '{}{[]}{}{[]}{}',
  ]) {
    assert.deepEqual(parseLocalizedString(s, 250), { lang: undefined, text: s }, s);
  }
});

test('{lang=code} names the language of the text that follows', () => {
  assert.deepEqual(parseLocalizedString('{lang=en-US}a', 4000), { lang: 'en-US', text: 'a' });
  assert.deepEqual(parseLocalizedString('{lang=zho}欢迎使用  Unicode', 4000), { lang: 'zho', text: '欢迎使用  Unicode' });
  assert.deepEqual(parseLocalizedString('{lang=AB}', 4000), { lang: 'AB', text: '' });
});

test('an empty or unknown language code makes the value invalid (DMI: {lang=} is 406)', () => {
  for (const s of ['{lang=}', '{lang=frl}z', '{lang=exg}z', '{lang=sp}z', '{lang=ruq-JM}z', '{lang= en}z']) {
    assert.equal(parseLocalizedString(s, 250), undefined, s);
  }
});

test('a {lang= without a closing brace is text', () => {
  assert.deepEqual(parseLocalizedString('{lang=en', 250), { lang: undefined, text: '{lang=en' });
});

test('only the first delimiter is read: a second {lang=} is text', () => {
  assert.deepEqual(parseLocalizedString('{lang=en}{lang=fr}x', 250), { lang: 'en', text: '{lang=fr}x' });
});

test('text longer than the SPM is accepted, as SPMs are floors', () => {
  const text = 'q'.repeat(4001);
  assert.deepEqual(parseLocalizedString(`{lang=en}${text}`, 4000), { lang: 'en', text });
});

test('text with an unpaired surrogate is invalid', () => {
  assert.equal(parseLocalizedString('\uD800', 250), undefined);
  assert.equal(parseLocalizedString('{lang=en}\uDC00', 250), undefined);
});
