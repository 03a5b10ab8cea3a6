/**
 * `scorm-harness cts DIR`: every case of ADL's CTS at DIR (or the ones named) run against our
 * course session, and the outcome as a table by group (the CTS index's prefixes) or as JSON.
 * Node and Deno only (`node:` built-ins).
 */
import { readCtsDictionaries } from '../cts/dictionaries.js';
import { listCtsCases, readCtsCase } from '../cts/script-reader.js';
import { CTS_GROUPS } from '../cts/script-model.js';
import type { OpenedPackage } from '../../runtime/package/open-package.js';
import { memoryGlobalObjectives, runCtsCase, type CtsCaseResult, type CtsRunContext } from './cts-case-runner.js';

export interface CtsSuiteOptions {
  /** Only these cases, in this order; every case of the suite when absent. */
  readonly caseIds?: readonly string[];
  readonly openCourse: CtsRunContext['openCourse'];
}

export async function runCtsSuite(directory: string, options: CtsSuiteOptions): Promise<CtsCaseResult[]> {
  const dictionaries = await readCtsDictionaries(directory);
  const ids = options.caseIds ?? (await listCtsCases(directory));
  const context: CtsRunContext = {
    directory,
    packages: new Map<string, Promise<OpenedPackage>>(),
    openCourse: options.openCourse,
    globalObjectives: memoryGlobalObjectives(),
  };
  const results: CtsCaseResult[] = [];
  for (const id of ids) {
    const ctsCase = await readCtsCase(directory, id, dictionaries);
    results.push(await runCtsCase(ctsCase, context));
  }
  return results;
}

interface Tally {
  passed: number;
  failed: number;
}

/** Passed / failed / total by group, in the CTS index's order, then the total. */
export function formatCtsTable(results: readonly CtsCaseResult[]): string {
  const tallies = new Map<string, Tally>();
  for (const group of CTS_GROUPS) tallies.set(group, { passed: 0, failed: 0 });
  const total: Tally = { passed: 0, failed: 0 };
  for (const result of results) {
    const group = result.group ?? 'other';
    let tally = tallies.get(group);
    if (tally === undefined) tallies.set(group, (tally = { passed: 0, failed: 0 }));
    const key = result.passed ? 'passed' : 'failed';
    tally[key]++;
    total[key]++;
  }
  const lines = ['group  passed  failed  total'];
  const row = (name: string, { passed, failed }: Tally) =>
    `${name.padEnd(5)}  ${String(passed).padStart(6)}  ${String(failed).padStart(6)}  ${String(passed + failed).padStart(5)}`;
  for (const [group, tally] of tallies) if (tally.passed + tally.failed > 0) lines.push(row(group, tally));
  lines.push(row('total', total));
  const failures = results.filter((result) => !result.passed).map((result) => `FAIL ${result.id}: ${result.reason ?? ''}`);
  return `${[...failures, ...(failures.length > 0 ? [''] : []), ...lines].join('\n')}\n`;
}

export function ctsJson(results: readonly CtsCaseResult[]): string {
  return `${JSON.stringify({ passed: results.filter((result) => result.passed).length, total: results.length, cases: results }, null, 2)}\n`;
}
