/**
 * Replay results as text for people and as JSON for machines (scorm-trace/1, "Results").
 * A skipped trace does not fail the run, but it is counted and shown.
 */
import type { ReplayOutcome, StepResult } from './replay.js';

export type TraceOutcome =
  | ReplayOutcome
  /** The file could not be read, or is not a valid scorm-trace/1 document. */
  | { kind: 'invalid'; errors: string[] };

export interface TraceReport {
  title: string;
  file: string;
  outcome: TraceOutcome;
}

export type Verdict = 'passed' | 'failed' | 'skipped';

export function verdictOf(outcome: TraceOutcome): Verdict {
  switch (outcome.kind) {
    case 'skipped': return 'skipped';
    case 'invalid': return 'failed';
    case 'replayed': {
      const completed = outcome.error === undefined;
      return completed && outcome.steps.every((s) => s.passed) ? 'passed' : 'failed';
    }
  }
}

/** 0 only when every trace that was not skipped passed. */
export function exitStatus(reports: readonly TraceReport[]): 0 | 1 {
  return reports.every((r) => verdictOf(r.outcome) !== 'failed') ? 0 : 1;
}

const verdictLabels: ReadonlyMap<Verdict, string> = new Map([
  ['passed', 'PASS'], ['failed', 'FAIL'], ['skipped', 'SKIP'],
]);

export function formatText(reports: readonly TraceReport[]): string {
  const lines: string[] = [];
  for (const { title, file, outcome } of reports) {
    const verdict = verdictOf(outcome);
    const named = title === '' ? file : `${file}: ${title}`;
    lines.push(outcome.kind === 'skipped'
      ? `SKIP ${named} (${outcome.reason})`
      : `${verdictLabels.get(verdict)} ${named}`);
    for (const problem of problemsOf(outcome)) lines.push(`  ${problem}`);
  }
  const count = (verdict: Verdict) =>
    reports.filter((r) => verdictOf(r.outcome) === verdict).length;
  const traces = reports.length === 1 ? '1 trace' : `${reports.length} traces`;
  const counts = `${count('passed')} passed, ${count('failed')} failed, ${count('skipped')} skipped`;
  lines.push(`${traces}: ${counts}`);
  return `${lines.join('\n')}\n`;
}

function problemsOf(outcome: TraceOutcome): string[] {
  const failed = outcome.kind === 'replayed' ? outcome.steps.filter((s) => !s.passed) : [];
  return [...failed.map(describeFailure), ...(errorsOf(outcome) ?? [])];
}

/** Why a trace could not be replayed to its end, if it could not. */
function errorsOf(outcome: TraceOutcome): string[] | undefined {
  if (outcome.kind === 'invalid') return outcome.errors;
  if (outcome.kind === 'replayed' && outcome.error !== undefined) return [outcome.error];
  return undefined;
}

/**
 * One failed call, e.g.
 * `sessions[0][5] SetValue("cmi.score.scaled", "1.5"): expected "false" err 407, got "true" err 0`
 */
export function describeFailure(step: StepResult): string {
  const call = `${step.fn}(${step.args.map((a) => JSON.stringify(a)).join(', ')})`;
  const { ret, err, match } = step.expected;
  const expected = [
    ret === undefined ? (match === 'nonempty' ? 'non-empty' : '') : JSON.stringify(ret),
    ret !== undefined && match !== 'exact' ? `(${match})` : '',
    err === undefined ? '' : `err ${err}`,
  ].filter((part) => part !== '').join(' ');
  const actual = [
    JSON.stringify(step.actual.ret),
    step.actual.err === undefined ? '' : `err ${step.actual.err}`,
  ].filter((part) => part !== '').join(' ');
  return `sessions[${step.session}][${step.index}] ${call}: expected ${expected}, got ${actual}`;
}

/** One object per trace: title, file, passed, failed steps (index, expected, actual). */
export function formatJson(reports: readonly TraceReport[]): string {
  const objects = reports.map(({ title, file, outcome }) => ({
    title,
    file,
    passed: verdictOf(outcome) === 'passed',
    skipped: outcome.kind === 'skipped' ? outcome.reason : undefined,
    failed: outcome.kind === 'replayed'
      ? outcome.steps.filter((s) => !s.passed).map((s) => ({
          session: s.session,
          index: s.index,
          fn: s.fn,
          args: s.args,
          expected: s.expected,
          actual: s.actual,
        }))
      : [],
    errors: errorsOf(outcome),
  }));
  return `${JSON.stringify(objects, null, 2)}\n`;
}
