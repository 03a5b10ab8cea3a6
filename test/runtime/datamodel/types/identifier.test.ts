// SCORM 2004 4th ed. RTE §4.1.1.3 long_identifier_type / short_identifier_type: URIs as ADL's
// URIValidator (java.net.URI) parses them, with URN syntax for urn: values; vectors from DMI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isLongIdentifier, isShortIdentifier } from '../../../../src/runtime/datamodel/types/identifier.js';

test('plain names, relative references and absolute URIs are identifiers (DMI)', () => {
  const valid = [
    'MYID01', '1', 'INTID249', 'DUPLICATEID', 'urn:adl:lmsTest/OBJ01', 'uri.uri.uri.abcd', 'a-b_c.d!~*\'()',
    'for/the/long/identifier', 'http://example.com/a?b=c#d', 'mailto:a@b.c', '///x', '%41B', 'a?x[1]',
    'a#frag', 'café', '__proto__',
  ];
  for (const s of valid) {
    assert.equal(isLongIdentifier(s), true, s);
    assert.equal(isShortIdentifier(s), true, s);
  }
});

test('urn: values need a namespace and a specific string (DMI: urn: fails)', () => {
  for (const s of ['urn:', 'urn:adl', 'urn:adl:', 'urn:-x:y', 'URN:abcdefghijklmnopqrstuvwxyz0123456789:x']) {
    assert.equal(isLongIdentifier(s), false, s);
  }
  assert.equal(isLongIdentifier('URN:ISBN:0-395-36341-1'), true);
});

test('spaces, controls and characters outside URIs are not allowed (DMI: "urn:adl:lms Test/OBJ01")', () => {
  const invalid = [
    '', ' ', 'urn:adl:lms Test/OBJ01', 'a b', 'a\tb', 'a\u00a0b', 'a\u0085b', 'a\u3000b', 'a"b', 'a<b',
    'a\\b', 'a^b', 'a`b', 'a{b', 'a|b', '{}{[]}{}{[]}{}', 'a[b', 'a#b#c',
  ];
  for (const s of invalid) assert.equal(isShortIdentifier(s), false, JSON.stringify(s));
});

test('malformed escapes, schemes and authorities fail, as in java.net.URI', () => {
  for (const s of ['%4', '%zz', 'a%', ':x', 'my_id:1', '1a:b', '//', 'http://', 'http://ho st/']) {
    assert.equal(isShortIdentifier(s), false, s);
  }
  assert.equal(isShortIdentifier('http://[::1]:8080/x'), true);
});

test('identifiers past their SPM are accepted, as SPMs are floors (DMI)', () => {
  assert.equal(isShortIdentifier('a'.repeat(251)), true);
  assert.equal(isLongIdentifier(`urn:adl:${'b/'.repeat(2500)}`), true);
});
