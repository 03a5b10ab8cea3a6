// Reads every test case of ADL's SCORM 2004 4th ed. CTS (../shared/corpus/adl-cts-2004-4ed) and
// checks the reading against counts taken from the raw files in another way, and against a few
// cases read by hand. Skips when the third-party corpus is absent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readCtsDictionaries } from '../../../src/harness/cts/dictionaries.js';
import { describeCase } from '../../../src/harness/cts/describe-case.js';
import { listCtsCases, readCtsCase } from '../../../src/harness/cts/script-reader.js';
import type { CtsApiCall, CtsCase, CtsGroup } from '../../../src/harness/cts/script-model.js';

const CTS = resolve(process.cwd(), '../shared/corpus/adl-cts-2004-4ed');
const skip = existsSync(join(CTS, 'TestCases')) ? false : `ADL CTS corpus not found at ${CTS}`;

async function readAll(): Promise<CtsCase[]> {
  const dictionaries = await readCtsDictionaries(CTS);
  return Promise.all((await listCtsCases(CTS)).map((id) => readCtsCase(CTS, id, dictionaries)));
}

const cases = skip === false ? await readAll() : [];
const byId = new Map(cases.map((c) => [c.id, c]));

function ctsCase(id: string): CtsCase {
  const found = byId.get(id);
  assert.ok(found, id);
  return found;
}

function apiCall(id: string, key: string, nth = 0): CtsApiCall {
  const calls = ctsCase(id).visits.flatMap((v) => v.commands).filter((c) => c.key === key);
  const call = calls[nth];
  assert.ok(call?.kind === 'api', `${id} ${key}`);
  return call;
}

interface Totals {
  cases: number;
  visits: number;
  /** Command lines, those ADL's parser passes over included. */
  commands: number;
  uiQuestions: number;
  endEvents: number;
}

/** Per group, counted from the raw files with grep: `^Act…\.commands\.` lines, runs of one visit key, `UIQ` pieces, `CUI` lines. */
const GREP_TOTALS: Record<CtsGroup, Totals> = {
  API: { cases: 1, visits: 3, commands: 30, uiQuestions: 0, endEvents: 3 },
  DMI: { cases: 1, visits: 8, commands: 8162, uiQuestions: 0, endEvents: 8 },
  DMB: { cases: 1, visits: 25, commands: 235, uiQuestions: 0, endEvents: 4 },
  DDM: { cases: 1, visits: 13, commands: 120, uiQuestions: 0, endEvents: 6 },
  CM: { cases: 32, visits: 166, commands: 455, uiQuestions: 184, endEvents: 99 },
  CO: { cases: 23, visits: 66, commands: 363, uiQuestions: 0, endEvents: 25 },
  CT: { cases: 7, visits: 38, commands: 134, uiQuestions: 0, endEvents: 7 },
  MS: { cases: 8, visits: 45, commands: 148, uiQuestions: 2, endEvents: 16 },
  OB: { cases: 40, visits: 129, commands: 879, uiQuestions: 2, endEvents: 46 },
  RU: { cases: 48, visits: 235, commands: 810, uiQuestions: 2, endEvents: 64 },
  SX: { cases: 24, visits: 87, commands: 433, uiQuestions: 3, endEvents: 31 },
  T: { cases: 2, visits: 27, commands: 101, uiQuestions: 0, endEvents: 2 },
};

function emptyTotals(): Totals {
  return { cases: 0, visits: 0, commands: 0, uiQuestions: 0, endEvents: 0 };
}

/** The reader's totals per group. */
function readTotals(): Map<string, Totals> {
  const totals = new Map<string, Totals>();
  for (const c of cases) {
    const group = totals.get(c.group ?? '') ?? emptyTotals();
    group.cases++;
    group.visits += c.visits.length;
    group.commands += c.ignored.filter((n) => n.key.includes('.commands.')).length;
    for (const visit of c.visits) {
      group.commands += visit.commands.length;
      group.uiQuestions += visit.uiQuestions.length;
      if (visit.endEvent !== undefined) group.endEvents++;
    }
    totals.set(c.group ?? '', group);
  }
  return totals;
}

/** The same totals taken from the raw text with regular expressions, line by line. */
function rawTotals(): Map<string, Totals> {
  const totals = new Map<string, Totals>();
  for (const c of cases) {
    const text = readFileSync(join(CTS, 'TestCases', `${c.id}.properties`), 'latin1');
    const group = totals.get(c.group ?? '') ?? emptyTotals();
    group.cases++;
    let previousVisit = '';
    for (const line of text.split(/\r?\n/)) {
      const visit = /^(Act[0-9a-z]+V[0-9]+)\./.exec(line)?.[1];
      if (visit === undefined) continue;
      if (visit !== previousVisit) group.visits++;
      previousVisit = visit;
      if (/^Act[0-9a-z]+V[0-9]+\.commands\./.test(line)) group.commands++;
      const questions = /^Act[0-9a-z]+V[0-9]+\.UIQ=(.+)$/.exec(line)?.[1];
      if (questions !== undefined) group.uiQuestions += questions.split('~').length;
      if (/^Act[0-9a-z]+V[0-9]+\.CUI=./.test(line)) group.endEvents++;
    }
    totals.set(c.group ?? '', group);
  }
  return totals;
}

test('all 188 cases read, each in one of the twelve groups', { skip }, () => {
  assert.equal(cases.length, 188);
  assert.deepEqual(cases.filter((c) => c.group === undefined).map((c) => c.id), []);
});

test('every visit key reads as Act<activity>V<number>', { skip }, () => {
  const bad = cases.flatMap((c) => c.visits.filter((v) => !Number.isInteger(v.visit) || v.activity === '').map((v) => `${c.id} ${v.key}`));
  assert.deepEqual(bad, []);
});

test('nothing is undecoded', { skip }, () => {
  assert.deepEqual(cases.flatMap((c) => c.undecoded.map((n) => `${c.id}:${n.line} ${n.key} ${n.reason}`)), []);
});

test('the only line passed over is DMI Act3V2.commands.47, which lacks its method', { skip }, () => {
  assert.deepEqual(cases.flatMap((c) => c.ignored.map((n) => `${c.id} ${n.key}`)), ['DMI Act3V2.commands.47']);
});

test('totals per group match the grep counts and a line-by-line count of the raw files', { skip }, () => {
  const read = Object.fromEntries(readTotals());
  assert.deepEqual(read, GREP_TOTALS);
  assert.deepEqual(read, Object.fromEntries(rawTotals()));
});

test('every case has a title equal to its id, so ADL names it as the file does', { skip }, () => {
  assert.deepEqual(cases.filter((c) => c.title !== c.id).map((c) => c.id), []);
});

test('the cases asked about the session ending are the six that say so in their end field', { skip }, () => {
  const asked = cases.filter((c) => c.asksWhetherSessionEnded).map((c) => c.id);
  assert.deepEqual(asked, cases.filter((c) => c.end === 'endUserInter').map((c) => c.id));
  assert.equal(asked.length, 6);
});

// Spot checks, each against the raw file read by hand: CM-01, CM-09aa, MS-07, SX-11a, DMB, DDM,
// API, CM-03a, DMI, CM-11, CM-04b, SX-09.

test('CM-01: seven visits in file order, UI questions of the first, Exit at the end', { skip }, () => {
  const c = ctsCase('CM-01');
  assert.deepEqual(c.visits.map((v) => v.key), ['Act1V1', 'Act2V1', 'Act3V1', 'Act2V2', 'Act3V2', 'Act2V3', 'Act1V2']);
  assert.deepEqual(c.visits[0]!.uiQuestions.map((q) => [q.key, q.expectedYes]), [
    ['continue.disabled', true],
    ['previous.enabled', false],
    ['toc.enabled.selectable@Activity 2', false],
  ]);
  assert.deepEqual(c.visits[6]!.endEvent?.steps, [{ kind: 'leaveCourse' }]);
  assert.deepEqual(apiCall('CM-01', 'Act3V1.commands.1').expected, {
    kind: 'equalAsType', value: 'P5Y6M4DT12H30M58.55S', interactionType: undefined,
  });
});

test('CM-09aa: Act1V1 comes twice, as two visits', { skip }, () => {
  assert.deepEqual(ctsCase('CM-09aa').visits.map((v) => v.key), ['Act1V1', 'Act2V1', 'Act1V1', 'Act3V1']);
});

test('MS-07 and SX-11a: commands run in file order, repeated and unordered numbers included', { skip }, () => {
  const act6 = ctsCase('MS-07').visits.find((v) => v.key === 'Act6V1')!;
  assert.deepEqual(act6.commands.map((c) => c.key), [
    'Act6V1.commands.0', 'Act6V1.commands.2', 'Act6V1.commands.2', 'Act6V1.commands.3', 'Act6V1.commands.2',
  ]);
  const sx = ctsCase('SX-11a').visits.find((v) => v.key === 'Act2V1')!;
  assert.deepEqual(sx.commands.slice(-2).map((c) => (c.kind === 'api' ? c.argument : '')), ['adl.nav.request', 'cmi.exit']);
});

test('DMB: a choice navigation request with its target', { skip }, () => {
  const call = apiCall('DMB', 'Act1V1.commands.8');
  assert.deepEqual([call.argument, call.value], ['adl.nav.request', '{target=activity_1}choice']);
});

test('DDM: continued values, backslashes kept, \\u decoded, a value cut at "->"', { skip }, () => {
  assert.ok(apiCall('DDM', 'Act1aV1.commands.2').value?.startsWith('<?xml version="1.0" encoding="UTF-8"?><manifest xmlns='));
  const paths = apiCall('DDM', 'Act1aV1.commands.3');
  assert.ok(paths.value?.includes('M:\\ADLadli_tech\\software_development\\src\\org\\adl\\samplerte\\util\\'));
  assert.ok(paths.value?.endsWith('\\3,06-Nov-08.09:28:22'));
  assert.deepEqual(paths.expected, { kind: 'exactly', value: 'true' });
  assert.ok(apiCall('DDM', 'Act1bV3.commands.5').value?.startsWith('!"#$%&\''));
  assert.ok(apiCall('DDM', 'Act1aV1.commands.5').value?.includes('parent\u2019s rollup'), 'byte 0x92 read as windows-1252');
  assert.deepEqual(ctsCase('DDM').startEvent, { package: 'DDMa', choose: undefined });
});

test('API: less255 and emptyCS markers, a call before Initialize', { skip }, () => {
  assert.deepEqual(apiCall('API', 'Act3V1.commands.1').expected, { kind: 'shorterThan255' });
  assert.deepEqual(apiCall('API', 'Act3V1.commands.12').expected, { kind: 'emptyString' });
  const early = apiCall('API', 'Act3V1.commands.7');
  assert.deepEqual([early.method, early.argument, early.expected, early.error], [
    'GetValue', 'cmi.location', { kind: 'empty' }, { kind: 'code', code: '122' },
  ]);
  assert.deepEqual(ctsCase('API').startEvent, { package: 'API', choose: { kind: 'title', title: 'Asset Launch Test' } });
});

test('CM-03a: compareObjIds, and request_valid GETs judged as ADL judges them', { skip }, () => {
  const coi = ctsCase('CM-03a').visits[1]!.commands[1];
  assert.deepEqual(coi, { kind: 'compareObjectiveIds', key: 'Act3V1.commands.1', text: 'COI->obj2,obj3,obj4,obj5', ids: ['obj2', 'obj3', 'obj4', 'obj5'] });
  const choice = apiCall('CM-03a', 'Act5V1.commands.3');
  assert.equal(choice.argument, 'adl.nav.request_valid.choice.{target=activity_6}');
  assert.deepEqual(choice.error, { kind: 'notChecked' });
});

test('DMI: an interactions GET names the type to compare as; learner_id is the learner\'s', { skip }, () => {
  assert.deepEqual(apiCall('DMI', 'Act3V1.commands.403').expected, {
    kind: 'equalAsType', value: '82.3960', interactionType: 'numeric',
  });
  assert.deepEqual(apiCall('DMI', 'Act1V1.commands.34').expected, { kind: 'learnerId' });
});

test('CM-11: a lowercase "id" still makes an objective-id check', { skip }, () => {
  const call = apiCall('CM-11', 'Act1V1.commands.1');
  assert.equal(call.argument, 'cmi.objectives.&obj1&.id');
  assert.deepEqual(call.expected, { kind: 'objectiveId', id: 'obj1' });
});

test('CM-04b, SX-09: the root of a package as a TOC entry, and the SCO button question', { skip }, () => {
  const root = ctsCase('CM-04b').visits.flatMap((v) => v.endEvent?.steps ?? []).find((s) => s.kind === 'choice' && s.target.kind === 'root');
  assert.deepEqual(root, { kind: 'choice', target: { kind: 'root', organizationTitle: 'LMS Test Content Package CM-04b' } });
  assert.deepEqual(ctsCase('SX-09').visits[1]!.uiQuestions[0]?.asks, { kind: 'clickScoButton' });
  assert.equal(apiCall('SX-09', 'Act1V1.commands.1').value, 'exit');
});

test('describeCase prints every case', { skip }, () => {
  for (const c of cases) assert.ok(describeCase(c).startsWith(`${c.id} (group ${c.group})`));
});
