// SCORM 2004 4th ed. RTE §4.1.1.7 language_type, as ADL's LangStringValidator and CTS (DMI) check it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isLanguageCode } from '../../../../src/runtime/datamodel/types/language.js';

test('ISO 639-1 and 639-2 codes pass in any case (DMI)', () => {
  for (const s of [
    'en', 'EN', 'aF', 'ABK', 'AcE', 'eng', 'fre', 'fra', 'zho', 'iii', 'fil', 'scn', 'und', 'mul',
  ]) {
    assert.equal(isLanguageCode(s), true, s);
  }
});

test('a language with an ISO 3166-1 country passes, later subtags free (DMI)', () => {
  for (const s of [
    'en-US', 'en-us', 'de-CH', 'an-tt', 'gd-ie', 'ro-mo', 'en-GB-oed', 'de-AT-1901', 'sgn-BE-fr',
  ]) {
    assert.equal(isLanguageCode(s), true, s);
  }
});

test('IANA-registered tags pass, also with further subtags (DMI)', () => {
  for (const s of [
    'i-klingon', 'I-DEFAULT', 'art-lojban', 'zh-min-nan', 'zh-Hans', 'zh-Hans-CN', 'de-1901', 'sl-rozaj',
    'no-bok', 'az-Latn',
  ]) {
    assert.equal(isLanguageCode(s), true, s);
  }
});

test('private x- tags and ISO 639-2 local-use codes pass', () => {
  for (const s of [
    'x-klingon', 'X-my-dialect', 'qaa', 'qtz', 'qab-US',
  ]) assert.equal(isLanguageCode(s), true, s);
});

test('country codes assigned after ADL wrote its list pass', () => {
  for (const s of ['sr-RS', 'sr-ME', 'en-IM', 'en-JE', 'sv-AX']) assert.equal(isLanguageCode(s), true, s);
});

test('unknown languages fail (DMI: exg, frl, sp, ruq-JM)', () => {
  for (const s of [
    'exg', 'frl', 'sp', 'ruq-JM', 'qua', 'english', 'e', 'ac',
  ]) assert.equal(isLanguageCode(s), false, s);
});

test('unknown or malformed regions fail: three letters, digits, empty subtags', () => {
  for (const s of ['en-USA', 'es-419', 'en-ZZ', 'en-', 'en--US', 'en-U', 'en-US-', 'en-US-toolongsubtag']) {
    assert.equal(isLanguageCode(s), false, s);
  }
});

test('"", lone x or i, unregistered i- tags and non-tags fail', () => {
  for (const s of [
    '', 'x', 'x-', 'i', 'i-foo', 'en us', ' en', 'é', 'en_US', '__proto__', 'constructor', 'toString',
  ]) {
    assert.equal(isLanguageCode(s), false, JSON.stringify(s));
  }
});
