/**
 * scorm-again's ADL RTE fixtures (corpus/traces/scorm-again-adl-fixtures, format in its
 * README.md), converted in memory to scorm-trace/1 documents: one per activity.
 *
 * An activity of an ADL test case is a SCO of its own, not a relaunch of the one before, so each
 * becomes a single-session trace launched as a first launch of its own activity.
 */
import { z } from 'zod';
import { expandPaths, readJson } from './trace-files.js';
import { formatPath, parseTrace, type Trace } from './trace-schema.js';

const fixtureMethods = [
  'Initialize', 'Terminate', 'Commit', 'GetValue', 'SetValue',
  'GetLastError', 'GetErrorString', 'GetDiagnostic',
] as const;
type FixtureMethod = (typeof fixtureMethods)[number];

/** The SCORM 1.2 name of each method (SCORM 1.2 RTE book, section 3: the API). */
const scorm12Names: ReadonlyMap<FixtureMethod, string> = new Map([
  ['Initialize', 'LMSInitialize'], ['Terminate', 'LMSFinish'], ['Commit', 'LMSCommit'],
  ['GetValue', 'LMSGetValue'], ['SetValue', 'LMSSetValue'], ['GetLastError', 'LMSGetLastError'],
  ['GetErrorString', 'LMSGetErrorString'], ['GetDiagnostic', 'LMSGetDiagnostic'],
]);

const fixtureStep = z.object({
  method: z.enum(fixtureMethods),
  element: z.string().optional(),
  value: z.string().optional(),
  /** `{ match: 'nonEmptyMax255' }`: an implementation-defined text (ADL's `less255` marker). */
  expectedReturn: z.union([
    z.string(),
    z.object({ match: z.literal('nonEmptyMax255') }),
  ]).optional(),
  expectedErrorCode: z.string().optional(),
});

/** LMS-provided values as nested objects: `{ cmi: { score: { scaled: "0.5" } } }`. */
const initialState = z.record(z.string(), z.unknown());

const fixtureSchema = z.object({
  id: z.string(),
  scormVersion: z.enum(['1.2', '2004']),
  initialState: initialState.optional(),
  activities: z.array(z.object({
    id: z.string(),
    initialState: initialState.optional(),
    steps: z.array(fixtureStep),
  })),
});

type Fixture = z.infer<typeof fixtureSchema>;
type FixtureStep = z.infer<typeof fixtureStep>;

export interface AdlCase {
  fixture: string;
  activity: string;
  /** The fixture file and the activity: `…/DMB.json#Act1V2`. */
  file: string;
  trace: Trace;
}

export interface AdlFixtures {
  cases: AdlCase[];
  /** Fixture files that are not in the fixture format, with the reasons. */
  invalid: { file: string; errors: string[] }[];
}

/** Every `*.json` fixture below `directory`, in path order, each activity as one case. */
export async function loadAdlFixtures(directory: string): Promise<AdlFixtures> {
  const result: AdlFixtures = { cases: [], invalid: [] };
  for (const file of await expandPaths([directory])) {
    const json = await readJson(file);
    if (!json.ok) {
      result.invalid.push({ file, errors: [json.error] });
      continue;
    }
    const fixture = fixtureSchema.safeParse(json.value);
    if (!fixture.success) {
      const errors = fixture.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`);
      result.invalid.push({ file, errors });
      continue;
    }
    for (const activity of fixture.data.activities) {
      const converted = parseTrace(activityTrace(fixture.data, activity));
      if (converted.ok) {
        result.cases.push({
          fixture: fixture.data.id,
          activity: activity.id,
          file: `${file}#${activity.id}`,
          trace: converted.trace,
        });
      } else {
        result.invalid.push({ file: `${file}#${activity.id}`, errors: converted.errors });
      }
    }
  }
  return result;
}

function activityTrace(fixture: Fixture, activity: Fixture['activities'][number]): unknown {
  // The README: an activity's initialState overrides (replaces) the fixture's.
  const state = activity.initialState ?? fixture.initialState;
  const dataModel = state === undefined ? undefined : Object.fromEntries(dottedEntries(state, ''));
  return {
    format: 'scorm-trace/1',
    title: `${fixture.id} ${activity.id}`,
    scorm: fixture.scormVersion,
    ...(dataModel === undefined ? {} : { launch: { dataModel } }),
    sessions: [activity.steps.map((step) => callStep(fixture.scormVersion, step))],
  };
}

/** `{ cmi: { score: { scaled: "0.5" } } }` → `cmi.score.scaled` = "0.5"; arrays by index. */
function dottedEntries(value: unknown, name: string): [string, string][] {
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, inner]) =>
      dottedEntries(inner, name === '' ? key : `${name}.${key}`));
  }
  return [[name, String(value)]];
}

function callStep(scorm: Fixture['scormVersion'], step: FixtureStep): unknown {
  const expected = step.expectedReturn;
  return {
    fn: scorm === '1.2' ? scorm12Names.get(step.method) : step.method,
    args: argumentsOf(step),
    ...(typeof expected === 'string' ? { ret: expected } : {}),
    ...(typeof expected === 'object' ? { match: 'nonempty' } : {}),
    ...(step.expectedErrorCode === undefined ? {} : { err: step.expectedErrorCode }),
  };
}

/** The README: `value` is the one argument, except SetValue's (element, value) and GetValue's. */
function argumentsOf(step: FixtureStep): string[] {
  switch (step.method) {
    case 'GetValue': return [step.element ?? ''];
    case 'SetValue': return [step.element ?? '', step.value ?? ''];
    case 'GetLastError': return [];
    default: return [step.value ?? ''];
  }
}
