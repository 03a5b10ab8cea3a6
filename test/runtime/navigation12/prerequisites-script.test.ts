// SCORM 1.2 CAM §2.3.2.5 adlcp:prerequisites, type aicc_script (AICC CMI001 prerequisites logic):
// reading the script and evaluating it against lesson statuses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePrerequisites } from '../../../src/runtime/navigation12/prerequisites-script.js';
import { prerequisitesMet } from '../../../src/runtime/navigation12/prerequisites-evaluation.js';
import type { LessonStatus } from '../../../src/runtime/navigation12/lesson-status.js';

function met(script: string, statuses: Record<string, LessonStatus>): boolean {
  const parsed = parsePrerequisites(script);
  assert.ok(parsed.ok, parsed.ok ? '' : parsed.error);
  const known = new Map(Object.entries(statuses));
  return prerequisitesMet(parsed.expression, (id) => known.get(id) ?? 'not attempted');
}

function error(script: string): string {
  const parsed = parsePrerequisites(script);
  assert.equal(parsed.ok, false, `"${script}" should be refused`);
  return parsed.ok ? '' : parsed.error;
}

test('a bare identifier is met when the item is passed or completed', () => {
  assert.equal(met('A', { A: 'passed' }), true);
  assert.equal(met('A', { A: 'completed' }), true);
});

test('a bare identifier is not met by browsed, failed, incomplete or not attempted', () => {
  for (const status of ['browsed', 'failed', 'incomplete', 'not attempted'] as const) {
    assert.equal(met('A', { A: status }), false, status);
  }
});

test('~A is the same as A<>passed & A<>completed (the CAM 1.2 example)', () => {
  const statuses: LessonStatus[] = ['passed', 'completed', 'failed', 'incomplete', 'browsed', 'not attempted'];
  for (const status of statuses) {
    assert.equal(met('~A', { A: status }), met('A<>passed & A<>completed', { A: status }), status);
  }
});

test('& needs both, | either', () => {
  assert.equal(met('A & B', { A: 'passed' }), false);
  assert.equal(met('A&B', { A: 'passed', B: 'completed' }), true);
  assert.equal(met('A | B', { B: 'completed' }), true);
  assert.equal(met('A|B', {}), false);
});

test('& binds tighter than |, ~ tighter than both', () => {
  assert.equal(met('A | B & C', { A: 'passed' }), true);
  assert.equal(met('(A | B) & C', { A: 'passed' }), false);
  assert.equal(met('~A & B', { B: 'passed' }), true);
  assert.equal(met('~(A & B)', { A: 'passed', B: 'passed' }), false);
});

test('= and <> compare with a status written in full, by first letter, in any case or quoted', () => {
  assert.equal(met('A=failed', { A: 'failed' }), true);
  assert.equal(met('A = F', { A: 'failed' }), true);
  assert.equal(met('A=Passed', { A: 'passed' }), true);
  assert.equal(met('A="incomplete"', { A: 'incomplete' }), true);
  assert.equal(met('A<>b', { A: 'browsed' }), false);
  assert.equal(met('A<>browsed', { A: 'passed' }), true);
});

test('"not attempted" is a status of two words (and "n")', () => {
  assert.equal(met('A=not attempted', {}), true);
  assert.equal(met('A = Not Attempted & B', { B: 'passed' }), true);
  assert.equal(met('A=n', { A: 'incomplete' }), false);
});

test('n*{A,B,C} is met when at least n of the set are passed or completed', () => {
  assert.equal(met('2*{A,B,C}', { A: 'passed', C: 'completed' }), true);
  assert.equal(met('2*{A, B, C}', { A: 'passed', B: 'browsed' }), false);
  assert.equal(met('0*{A}', {}), true);
  assert.equal(met('B & 1*{A,C}', { B: 'passed', C: 'passed' }), true);
});

test('a doubly escaped &amp; still means and', () => {
  assert.equal(met('A&amp;B', { A: 'passed' }), false);
  assert.equal(met('A&amp;B', { A: 'passed', B: 'passed' }), true);
});

test('identifiers are what the expression names, set members included', () => {
  const parsed = parsePrerequisites('A & ~(B=p | 2*{C,D,E})');
  assert.ok(parsed.ok);
  assert.deepEqual([...parsed.identifiers].sort(), ['A', 'B', 'C', 'D', 'E']);
});

test('malformed scripts are described with where they go wrong', () => {
  assert.match(error(''), /empty/);
  assert.match(error('A &'), /expected an item identifier.*found the end/);
  assert.match(error('(A | B'), /"\)" closing the "\(" at column 1/);
  assert.match(error('A B'), /"B" at column 3/);
  assert.match(error('A=done'), /"done" at column 3 is not a lesson status/);
  assert.match(error('A < B'), /"<" at column 3/);
  assert.match(error('A="passed'), /quote at column 3 is never closed/);
  assert.match(error('x*{A}'), /set count "x"/);
  assert.match(error('2*{A B}'), /"," or "}"/);
  assert.match(error('A,B'), /"," at column 2/);
  assert.match(error('A=not'), /"not" at column 3 is not a lesson status/);
});
