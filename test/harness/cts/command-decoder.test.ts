import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeCommand, type DecodedCommand } from '../../../src/harness/cts/command-decoder.js';
import type { CtsApiCall } from '../../../src/harness/cts/script-model.js';
import { testDictionaries } from './dictionary-fixture.js';

const { commands } = testDictionaries();

function call(text: string): CtsApiCall {
  const decoded = decodeCommand('Act1V1.commands.0', text, commands);
  assert.equal(decoded.kind, 'command', JSON.stringify(decoded));
  const command = (decoded as Extract<DecodedCommand, { kind: 'command' }>).command;
  assert.equal(command.kind, 'api');
  return command as CtsApiCall;
}

/** The call's shape without its key, text and the parser's raw result. */
function shape(text: string) {
  const { method, argument, value, expected, error, addressedById } = call(text);
  return { method, argument, value, expected, error, addressedById };
}

const code = (c: string) => ({ kind: 'code', code: c }) as const;

test('I: Initialize with its parameter as written, expected value through the dictionary', () => {
  assert.deepEqual(shape('I->->t->0'), {
    method: 'Initialize', argument: '', value: undefined,
    expected: { kind: 'exactly', value: 'true' }, error: code('0'), addressedById: undefined,
  });
  assert.equal(call('I->illegal->f->201').argument, 'illegal');
});

test('C and GLE: Commit and GetLastError compare exactly', () => {
  assert.deepEqual(shape('C->->f->142').expected, { kind: 'exactly', value: 'false' });
  assert.deepEqual(shape('GLE->->201->201'), {
    method: 'GetLastError', argument: '', value: undefined,
    expected: { kind: 'exactly', value: '201' }, error: code('201'), addressedById: undefined,
  });
});

test('T: ADL expects "" and error "" of Terminate, whatever is written', () => {
  assert.deepEqual(shape('T->->t->0'), {
    method: 'Terminate', argument: '', value: undefined,
    expected: { kind: 'exactly', value: '' }, error: code(''), addressedById: undefined,
  });
});

test('GET: the element expanded piece by piece; a non-empty value is compared as the element type', () => {
  assert.deepEqual(shape('GET->c~S~SCA->0.5->0'), {
    method: 'GetValue', argument: 'cmi.score.scaled', value: undefined,
    expected: { kind: 'equalAsType', value: '0.5', interactionType: undefined }, error: code('0'),
    addressedById: undefined,
  });
});

test('GET: an expected token the dictionary maps to "" stands for itself', () => {
  assert.deepEqual(shape('GET->c~LOC->es->0').expected, { kind: 'equalAsType', value: 'es', interactionType: undefined });
});

test('GET: an empty expected value is "" (or "" as the type when the LMS answers with {…})', () => {
  assert.deepEqual(shape('GET->c~SD->->403').expected, { kind: 'empty' });
});

test('GET: _count values compare exactly', () => {
  assert.deepEqual(shape('GET->c~OB~CNT->3->0').expected, { kind: 'exactly', value: '3' });
});

test('GET: &id& addresses a record by id; "" expected of its .id means the id itself', () => {
  const command = shape('GET->c~OB~&obj1&~ID->->0');
  assert.equal(command.argument, 'cmi.objectives.&obj1&.id');
  assert.deepEqual(command.addressedById, {
    collection: 'cmi.objectives', id: 'obj1', before: 'cmi.objectives.', after: '.id',
  });
  assert.deepEqual(command.expected, { kind: 'objectiveId', id: 'obj1' });
});

test('GET: &id& in adl.data addresses a store by its id', () => {
  const command = shape('GET->a~DA~&tarID_1&~STR->PlaceHolder->0');
  assert.deepEqual(command.addressedById, { collection: 'adl.data', id: 'tarID_1', before: 'adl.data.', after: '.store' });
  assert.deepEqual(command.expected, { kind: 'equalAsType', value: 'PlaceHolder', interactionType: undefined });
});

test('GET: "!TY.x" in an interactions element names the type to compare as, and leaves the element', () => {
  const command = shape('GET->c~INTR~0~R!TY.n->82.3960->0');
  assert.equal(command.argument, 'cmi.interactions.0.result');
  assert.deepEqual(command.expected, { kind: 'equalAsType', value: '82.3960', interactionType: 'numeric' });
});

test('GET: request_valid choice/jump with a target: true, false or unknown, error unchecked', () => {
  const command = shape('GET->a~n~rv~TY.c~tar~activity_6->f->0');
  assert.equal(command.argument, 'adl.nav.request_valid.choice.{target=activity_6}');
  assert.deepEqual(command.expected, { kind: 'requestValidAnswer' });
  assert.deepEqual(command.error, { kind: 'notChecked' });
});

test('GET: request_valid.continue: true, false or unknown, with the error checked', () => {
  const command = shape('GET->a~n~rv~N.c->t->0');
  assert.equal(command.argument, 'adl.nav.request_valid.continue');
  assert.deepEqual(command.expected, { kind: 'requestValidAnswer' });
  assert.deepEqual(command.error, code('0'));
});

test('GET: learner_name is not compared; learner_id is the learner\'s id', () => {
  assert.deepEqual(shape('GET->c~LN->->0').expected, { kind: 'any' });
  assert.deepEqual(shape('GET->c~LI->m->0').expected, { kind: 'learnerId' });
});

test('GET: comments_from_lms accepts errors 0, 301, 403, and 401 for the bare element', () => {
  assert.deepEqual(shape('GET->c~CFLMS~0~COM->x->0').error, { kind: 'oneOf', codes: ['0', '301', '403'] });
  assert.deepEqual(shape('GET->c~CFLMS->->401').error, { kind: 'oneOf', codes: ['0', '301', '403', '401'] });
  assert.deepEqual(shape('GET->c~CFLMS~CHIL->x->0').expected, { kind: 'equalAsType', value: 'x', interactionType: undefined });
});

test('SET with one piece: the parameter as written, split at "!"', () => {
  assert.deepEqual(shape('SET->!test->f->351'), {
    method: 'SetValue', argument: '', value: 'test',
    expected: { kind: 'exactly', value: 'false' }, error: code('351'), addressedById: undefined,
  });
});

test('SET with two and three pieces: element and value through the dictionary', () => {
  assert.equal(call('SET->c~LOC!a->t->0').value, 'adl');
  assert.deepEqual([call('SET->c~X!X.s->t->0').argument, call('SET->c~X!X.s->t->0').value], ['cmi.exit', 'suspend']);
  assert.deepEqual([call('SET->a~n~r!N.c->t->0').argument, call('SET->a~n~r!N.c->t->0').value], ['adl.nav.request', 'continue']);
  assert.equal(call('SET->c~LOC!visit=2->t->0').value, 'visit=2');
});

test('SET with four pieces keeps the third as written (an index or &id&)', () => {
  const command = call('SET->c~OB~&obj1&~ID!obj1->t->0');
  assert.equal(command.argument, 'cmi.objectives.&obj1&.id');
  assert.equal(command.value, 'obj1');
});

test('SET of a navigation request with a target: {target=ID} + the request', () => {
  assert.equal(call('SET->a~n~r!tar~activity_7~N.j->t->0').value, '{target=activity_7}jump');
  assert.equal(call('SET->a~n~r!tar~activity_1~TY.c->t->0').value, '{target=activity_1}choice');
});

test('SET with five other pieces: the value ends at its next "!"', () => {
  const command = call('SET->c~OB~0~S~SCA!0.5!x->t->0');
  assert.equal(command.argument, 'cmi.objectives.0.score.scaled');
  assert.equal(command.value, '0.5');
});

test('SET with six pieces', () => {
  const command = call('SET->c~INTR~0~CR~0~P!a[,]b->t->0');
  assert.equal(command.argument, 'cmi.interactions.0.correct_responses.0.pattern');
  assert.equal(command.value, 'a[,]b');
});

test('SET: an empty value, and a value cut at "->" as ADL cuts it', () => {
  assert.equal(call('SET->c~X!->t->0').value, '');
  const cut = call('SET->c~SD!xyz->b->t->0');
  assert.equal(cut.value, 'xyz');
  assert.deepEqual(cut.expected, { kind: 'exactly', value: 'true' });
});

test('SET: the expected value goes through the dictionary without fallback ("es" is "")', () => {
  assert.deepEqual(shape('SET->c~LOC!x->es->0').expected, { kind: 'exactly', value: '' });
});

test('GES: less255, emptyCS, or the text itself; GeDi is always under 255 characters', () => {
  assert.deepEqual(shape('GES->0->less255->0').expected, { kind: 'shorterThan255' });
  assert.deepEqual(shape('GES->->emptyCS->201').expected, { kind: 'emptyString' });
  assert.deepEqual(shape('GES->0->No error->0').expected, { kind: 'exactly', value: 'No error' });
  assert.deepEqual(shape('GeDi->001->emptyCS->0'), {
    method: 'GetDiagnostic', argument: '001', value: undefined,
    expected: { kind: 'shorterThan255' }, error: code('0'), addressedById: undefined,
  });
});

test('COI: the objective ids the SCO must find', () => {
  const decoded = decodeCommand('Act3V1.commands.1', 'COI->obj2,obj3', commands);
  assert.deepEqual(decoded, {
    kind: 'command',
    command: { kind: 'compareObjectiveIds', key: 'Act3V1.commands.1', text: 'COI->obj2,obj3', ids: ['obj2', 'obj3'] },
  });
});

test('a method ADL does not know makes no call', () => {
  const decoded = decodeCommand('Act3V2.commands.47', 'c~INTR~6~CR~0~P!TY.m->a[.]b->0', commands);
  assert.equal(decoded.kind, 'ignored');
});

test('what ADL\'s parser fails on is undecoded, with the reason', () => {
  for (const text of [
    'GES->0->less255',           // no error code piece
    'SET->c~S~SCA->t->0',        // no "!" in the last piece
    'SET->c~OB~0~S~SCA->t->0',   // five pieces, no value
    'SET->c~INTR~0~CR~0~P~x!y->t->0', // seven pieces
    'GET->c~LOC->tar->0',        // {target=%s} without its argument
    'GET',                       // no parameter
    'GET->c~OB~&obj1&->->0',     // nothing after the id
  ]) {
    const decoded = decodeCommand('k', text, commands);
    assert.equal(decoded.kind, 'undecoded', text);
    assert.ok((decoded as { reason: string }).reason.length > 0);
  }
});

test('key and text are kept as written', () => {
  const command = decodeCommand('Act2V1.commands.12', 'SET->c~X!X.s->t->0', commands);
  assert.ok(command.kind === 'command');
  assert.equal(command.command.key, 'Act2V1.commands.12');
  assert.equal(command.command.text, 'SET->c~X!X.s->t->0');
});
