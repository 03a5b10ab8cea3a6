import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCtsCase } from '../../../src/harness/cts/script-reader.js';
import { testDictionaries } from './dictionary-fixture.js';

const dictionaries = testDictionaries();

const SCRIPT = [
  'title=CM-99',
  'UserInterAct=',
  'start=.',
  'purpose=purposeSequence',
  'RTDInit=',
  'seqInfo=<ul><li>Flow</li></ul>',
  'TT=autoTT~uiTT',
  'end=endNormal',
  '################',
  'Act1V1.UIQ=continue.enabled~toc.enabled.selectable@Activity 2',
  'Act1V1.UIA=Y~N',
  'Act1V1.commands.0=I->->t->0',
  'Act1V1.commands.2=SET->c~X!X.s->t->0',
  'Act1V1.commands.1=SET->a~n~r!N.c->t->0',
  'Act1V1.commands.2=SET->c~LOC!\\u0041\\',
  'BC->t->0',
  'Act1V1.CUI=Continue',
  '################',
  'Act2aV1.commands.0=I->->t->0',
  'Act1V1.commands.0=I->->t->0',
  'Act1V1.CUI=Exit',
].join('\n');

const parsed = parseCtsCase('CM-99', SCRIPT, dictionaries);

test('the header fields as written, the group from the id, the start event', () => {
  assert.equal(parsed.id, 'CM-99');
  assert.equal(parsed.group, 'CM');
  assert.equal(parsed.title, 'CM-99');
  assert.equal(parsed.testType, 'autoTT~uiTT');
  assert.equal(parsed.seqInfo, '<ul><li>Flow</li></ul>');
  assert.deepEqual(parsed.startEvent, { package: 'CM-99', choose: undefined });
  assert.equal(parsed.asksWhetherSessionEnded, false);
});

test('a new visit starts whenever the visit key changes, so a key seen before is a new visit', () => {
  assert.deepEqual(
    parsed.visits.map((v) => [v.key, v.activity, v.visit]),
    [['Act1V1', '1', 1], ['Act2aV1', '2a', 1], ['Act1V1', '1', 1]],
  );
});

test('commands run in file order whatever their numbers, continuation and \\u decoding applied', () => {
  const first = parsed.visits[0]!;
  assert.deepEqual(
    first.commands.map((c) => (c.kind === 'api' ? [c.key, c.method, c.argument, c.value] : [])),
    [
      ['Act1V1.commands.0', 'Initialize', '', undefined],
      ['Act1V1.commands.2', 'SetValue', 'cmi.exit', 'suspend'],
      ['Act1V1.commands.1', 'SetValue', 'adl.nav.request', 'continue'],
      ['Act1V1.commands.2', 'SetValue', 'cmi.location', 'ABC'],
    ],
  );
});

test('UI questions and the end event belong to their visit', () => {
  const [first, second, third] = parsed.visits;
  assert.deepEqual(first!.uiQuestions.map((q) => [q.key, q.expectedYes]), [
    ['continue.enabled', true],
    ['toc.enabled.selectable@Activity 2', false],
  ]);
  assert.deepEqual(first!.endEvent?.steps, [{ kind: 'navigation', request: 'continue' }]);
  assert.equal(second!.endEvent, undefined);
  assert.deepEqual(third!.endEvent?.steps, [{ kind: 'leaveCourse' }]);
});

test('a complete script has nothing ignored or undecoded', () => {
  assert.deepEqual(parsed.ignored, []);
  assert.deepEqual(parsed.undecoded, []);
});

test('what ADL passes over is listed as ignored', () => {
  const ctsCase = parseCtsCase('T-99', 'title=T-99\nfoo=bar\nAct1V1.commands.0=X->y->0\nAct1V1.notes=z', dictionaries);
  assert.deepEqual(ctsCase.ignored.map((n) => [n.line, n.key]), [[2, 'foo'], [3, 'Act1V1.commands.0'], [4, 'Act1V1.notes']]);
  assert.deepEqual(ctsCase.undecoded, []);
});

test('what cannot be decoded is collected with its line, never dropped silently', () => {
  const script = [
    'title=X',
    '',
    'Act1V1.commands.0=GES->0->less255',
    'Act1V1.UIQ=toc.enabled',
    'Act1V1.UIQ=toc.enabled',
    'Act1V1.UIA=Y',
    'Act1V1.CUI=Teleport',
    'Visit1.commands.0=I->->t->0',
    'Act2.x=y',
  ].join('\n');
  const ctsCase = parseCtsCase('X', script, dictionaries);
  assert.deepEqual(
    ctsCase.undecoded.map((n) => [n.line, n.key]),
    [[2, ''], [3, 'Act1V1.commands.0'], [5, 'Act1V1.UIQ'], [9, 'Act2.x'], [3, 'Act1V1']],
  );
  assert.deepEqual(ctsCase.ignored.map((n) => n.key), ['Visit1.commands.0', 'Act2.x']);
  assert.equal(ctsCase.group, undefined);
});

test('a script without visits is undecoded', () => {
  const ctsCase = parseCtsCase('API', 'title=API', dictionaries);
  assert.ok(ctsCase.undecoded.some((n) => n.reason.includes('no visits')));
});

test('ADL asks whether the session ended after OB-08a, OB-08b, OB-09a, OB-09b, CM-06 and SX-05', () => {
  assert.equal(parseCtsCase('SX-05', SCRIPT, dictionaries).asksWhetherSessionEnded, true);
});
