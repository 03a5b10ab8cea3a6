// SCORM 2004 4th ed. RTE §4.1.1.1 characterstring.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isCharacterString } from '../../../../src/runtime/datamodel/types/characterstring.js';

test('ordinary text, the empty string and paired surrogates are characterstrings', () => {
  for (const s of [
    '', 'z', 'Welcome to Unicode', '欢迎使用  Unicode', 'Добро пожаловаТъ', '😀', 'a😀b', '{l[]}+=485'.repeat(6400),
  ]) {
    assert.equal(isCharacterString(s), true, JSON.stringify(s.slice(0, 20)));
  }
});

test('unpaired surrogates are not characterstrings', () => {
  for (const s of ['\uD800', 'a\uDC00b', '\uDC00\uD800', 'x\uD83D', '\uDE00x']) {
    assert.equal(isCharacterString(s), false, JSON.stringify(s));
  }
});
