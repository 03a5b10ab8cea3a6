import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import process from 'node:process';
import { z } from 'zod';
import { loadAdlFixtures, type AdlFixtures } from '../../src/harness/adl-fixtures.js';
import { replayTrace } from '../../src/harness/replay.js';
import { describeFailure } from '../../src/harness/report.js';

const corpusFixtures = resolve(process.cwd(), '../shared/corpus/traces/scorm-again-adl-fixtures/fixtures');
const divergencesFile = resolve(process.cwd(), 'conformance-suites/adl-fixture-divergences.json');

/** A step where our answer knowingly differs from the fixture's, with the book's reason. */
const divergencesSchema = z.array(z.object({
  fixture: z.string(),
  activity: z.string(),
  /** The step's index in the activity. */
  step: z.number().int().nonnegative(),
  ours: z.object({ ret: z.string(), err: z.string() }),
  reason: z.string().min(1),
}));

async function loadFixture(fixture: unknown): Promise<AdlFixtures> {
  const directory = await mkdtemp(join(tmpdir(), 'scorm-harness-adl-'));
  try {
    await writeFile(join(directory, 'case.json'), JSON.stringify(fixture));
    return await loadAdlFixtures(directory);
  } finally {
    await rm(directory, { recursive: true });
  }
}

test('each activity becomes a single-session trace with its launch values flattened', async () => {
  const { cases, invalid } = await loadFixture({
    id: 'X',
    scormVersion: '2004',
    source: 'hand-written',
    activities: [
      { id: 'Act1V1', steps: [{ method: 'Initialize', expectedReturn: 'true', expectedErrorCode: '0' }] },
      {
        id: 'Act2V1',
        initialState: { cmi: { entry: 'resume', score: { scaled: '0.5' } } },
        steps: [
          { method: 'GetValue', element: 'cmi.score.scaled', expectedReturn: '0.5', expectedErrorCode: '0' },
          {
            method: 'SetValue', element: 'cmi.location', value: 'p2',
            expectedReturn: 'true', expectedErrorCode: '0',
          },
          {
            method: 'GetErrorString', value: '0',
            expectedReturn: { match: 'nonEmptyMax255' }, expectedErrorCode: '0',
          },
          { method: 'GetLastError', expectedReturn: '0', expectedErrorCode: '0' },
        ],
      },
    ],
  });
  assert.deepEqual(invalid, []);
  assert.deepEqual(
    cases.map((c) => [c.fixture, c.activity, c.trace.title]),
    [['X', 'Act1V1', 'X Act1V1'], ['X', 'Act2V1', 'X Act2V1']],
  );
  assert.equal(cases[0]?.trace.launch, undefined);
  const second = cases[1]?.trace;
  assert.deepEqual(second?.launch?.dataModel, { 'cmi.entry': 'resume', 'cmi.score.scaled': '0.5' });
  assert.deepEqual(second?.sessions, [[
    { fn: 'GetValue', args: ['cmi.score.scaled'], ret: '0.5', err: '0' },
    { fn: 'SetValue', args: ['cmi.location', 'p2'], ret: 'true', err: '0' },
    { fn: 'GetErrorString', args: ['0'], match: 'nonempty', err: '0' },
    { fn: 'GetLastError', args: [], ret: '0', err: '0' },
  ]]);
});

test('SCORM 1.2 fixtures call the 1.2 functions', async () => {
  const { cases } = await loadFixture({
    id: 'Y',
    scormVersion: '1.2',
    activities: [{
      id: 'a',
      steps: [
        { method: 'Initialize', expectedReturn: 'true', expectedErrorCode: '0' },
        { method: 'Terminate', expectedReturn: 'true', expectedErrorCode: '0' },
      ],
    }],
  });
  assert.deepEqual(cases[0]?.trace.sessions[0]?.map((s) => 'fn' in s && s.fn), ['LMSInitialize', 'LMSFinish']);
});

test('a file that is not a fixture is reported with the path of the fault', async () => {
  const { cases, invalid } = await loadFixture({
    id: 'Z',
    scormVersion: '2004',
    activities: [{ id: 'a', steps: [{ method: 'Launch' }] }],
  });
  assert.deepEqual(cases, []);
  assert.match(invalid[0]?.errors[0] ?? '', /^activities\[0\]\.steps\[0\]\.method: /);
});

test('every ADL fixture step passes, except the documented divergences', async (t) => {
  if ((await stat(corpusFixtures).catch(() => undefined)) === undefined) {
    return t.skip(`the ADL fixtures are absent (${corpusFixtures}): nothing to check`);
  }
  const divergences = divergencesSchema.parse(JSON.parse(await readFile(divergencesFile, 'utf8')));
  const listed = new Map(divergences.map((d) => [`${d.fixture} ${d.activity} ${d.step}`, d]));
  const { cases, invalid } = await loadAdlFixtures(corpusFixtures);
  assert.deepEqual(invalid, []);
  assert.ok(cases.length > 0, 'no fixtures found');
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const { fixture, activity, file, trace } of cases) {
    const outcome = await replayTrace(trace, { activityId: activity });
    if (outcome.kind !== 'replayed') {
      problems.push(`${file}: ${outcome.kind}`);
      continue;
    }
    if (outcome.error !== undefined) problems.push(`${file}: ${outcome.error}`);
    for (const step of outcome.steps) {
      const key = `${fixture} ${activity} ${step.index}`;
      const divergence = listed.get(key);
      if (divergence === undefined) {
        if (!step.passed) problems.push(`${file}: ${describeFailure(step)}`);
        continue;
      }
      seen.add(key);
      if (step.passed) problems.push(`${file}: step ${step.index} passes now: remove its divergence`);
      else if (divergence.ours.ret !== step.actual.ret || divergence.ours.err !== (step.actual.err ?? '')) {
        problems.push(`${file}: step ${step.index} no longer answers as its divergence says: ` +
          describeFailure(step));
      }
    }
  }
  for (const key of listed.keys()) {
    if (!seen.has(key)) problems.push(`divergence ${key} names no step of the fixtures`);
  }
  assert.deepEqual(problems, []);
});
