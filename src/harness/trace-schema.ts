/**
 * The scorm-trace/1 document: its zod schema and a parser whose errors name the offending path.
 *
 * Contract: /work/shared/contracts/scorm-trace-1.md. Extra fields are accepted and ignored
 * (our own traces add `description` and `reference`).
 */
import { z } from 'zod';

import { scorm12Functions, scorm2004Functions, type ApiFunction } from '../runtime/api/api-functions.js';

export type { ApiFunction };

export const matchKinds = ['exact', 'set', 'number', 'duration', 'nonempty', 'any'] as const;
export type MatchKind = (typeof matchKinds)[number];

function callStep<const Fns extends readonly [string, ...string[]]>(functions: Fns) {
  return z.object({
    fn: z.enum(functions),
    args: z.array(z.string()),
    ret: z.string().optional(),
    err: z.string().regex(/^\d+$/, 'expected an error code: digits only').optional(),
    match: z.enum(matchKinds).optional(),
    t: z.number().nonnegative().optional(),
  });
}

/** SCORM 2004 4th ed. SN book, the navigation requests, as the learner's controls issue them. */
const navigationRequests: ReadonlySet<string> = new Set([
  'start', 'resumeAll', 'continue', 'previous', 'exit', 'exitAll',
  'abandon', 'abandonAll', 'suspendAll',
]);
const targetedRequest = /^\{target=[^}]+\}(?:choice|jump)$/;

const navStep = z.object({
  nav: z.string().refine(
    (request) => navigationRequests.has(request) || targetedRequest.test(request),
    `expected one of ${[...navigationRequests].join(', ')}, {target=ID}choice, {target=ID}jump`,
  ),
});

const activityStatus = z.object({
  completion: z.enum(['completed', 'incomplete', 'unknown']).optional(),
  success: z.enum(['passed', 'failed', 'unknown']).optional(),
  measure: z.number().nullable().optional(),
  attempts: z.number().int().nonnegative().optional(),
  suspended: z.boolean().optional(),
});

const expectStep = z.object({
  expect: z.object({
    delivered: z.string().nullable().optional(),
    deliveredOneOf: z.array(z.string()).optional(),
    ended: z.boolean().optional(),
    valid: z.object({
      continue: z.boolean().optional(),
      previous: z.boolean().optional(),
      choice: z.record(z.string(), z.boolean()).optional(),
    }).optional(),
    status: z.record(z.string(), activityStatus).optional(),
  }),
});

/**
 * The key that makes a step a call, a nav or an expect step, in the order of the step union's
 * branches: `describeIssue` reports only the branch the step's own key selects.
 */
const stepKindKeys = ['fn', 'nav', 'expect'] as const;

function traceOf<const V extends '1.2' | '2004', const Fns extends readonly [string, ...string[]]>(
  version: V,
  functions: Fns,
) {
  return z.object({
    format: z.literal('scorm-trace/1'),
    title: z.string(),
    scorm: z.literal(version),
    package: z.string().optional(),
    launch: z.object({
      learner: z.object({ id: z.string(), name: z.string() }).optional(),
      dataModel: z.record(z.string(), z.string()).optional(),
      /**
       * Our extension for traces without a package: the adl.data buckets the SCO maps, as a
       * manifest's adlcp:data/adlcp:map would give them (defaults as our manifest reader takes
       * them, after ADL's run-time and conformance suite: readSharedData and writeSharedData true).
       */
      sharedData: z.array(z.object({
        id: z.string().min(1),
        readSharedData: z.boolean().default(true),
        writeSharedData: z.boolean().default(true),
      })).optional(),
    }).optional(),
    sessions: z.array(z.array(z.union([callStep(functions), navStep, expectStep]))),
  });
}

export const traceSchema = z.discriminatedUnion('scorm', [
  traceOf('1.2', scorm12Functions),
  traceOf('2004', scorm2004Functions),
]);

export type Trace = z.infer<typeof traceSchema>;
export type TraceStep = Trace['sessions'][number][number];
export type CallStep = Extract<TraceStep, { fn: string }>;

export type ParseResult = { ok: true; trace: Trace } | { ok: false; errors: string[] };

/** Validates a parsed JSON value as a scorm-trace/1 document. */
export function parseTrace(input: unknown): ParseResult {
  const result = traceSchema.safeParse(input);
  if (result.success) return { ok: true, trace: result.data };
  const errors = result.error.issues.flatMap((issue) => describeIssue(issue, [], input));
  return { ok: false, errors };
}

type Issue = z.core.$ZodIssue;
type PathKey = PropertyKey;

function describeIssue(issue: Issue, prefix: readonly PathKey[], root: unknown): string[] {
  const path = [...prefix, ...issue.path];
  // The step union is the schema's only plain union (the version one is discriminated and
  // reports no branch errors).
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    const step = valueAt(root, path);
    const branch = stepKindKeys.findIndex((key) => isObject(step) && Object.hasOwn(step, key));
    const branchIssues = issue.errors[branch];
    if (branchIssues === undefined) {
      return [`${formatPath(path)}: expected a step: an object with "fn", "nav" or "expect"`];
    }
    return branchIssues.flatMap((inner) => describeIssue(inner, path, root));
  }
  return [`${formatPath(path)}: ${issue.message.replace(/^Invalid (?:option|input): /, '')}`];
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

function valueAt(root: unknown, path: readonly PathKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (!isObject(value) || typeof key === 'symbol' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

const identifier = /^[A-Za-z_$][\w$]*$/;

/** `sessions[0][3].fn`, the way the path would be written in JavaScript. */
export function formatPath(path: readonly PathKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (typeof key === 'string' && identifier.test(key)) text += text === '' ? key : `.${key}`;
    else text += `[${JSON.stringify(String(key))}]`;
  }
  return text === '' ? '(document)' : text;
}
