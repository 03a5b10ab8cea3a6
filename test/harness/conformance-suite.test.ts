// conformance-suites/traces: every trace passes, replayed by the very same CLI on Node and on
// Deno (issue 2: "replay passes every trace in conformance-suites on Node and on Deno").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { runCommand as run, type CommandRun } from './run-command.js';

const cli = fileURLToPath(new URL('../../src/harness/cli.js', import.meta.url));
const suite = resolve(process.cwd(), 'conformance-suites/traces');

interface TraceReport {
  title: string;
  file: string;
  passed: boolean;
  skipped?: string;
}

function assertEveryTracePassed(output: CommandRun): void {
  const reports = JSON.parse(output.stdout) as TraceReport[];
  const failed = reports.filter((r) => !r.passed || r.skipped !== undefined).map((r) => r.file);
  assert.deepEqual(failed, [], `traces that did not pass: ${failed.join(', ')}`);
  assert.ok(reports.length >= 300, `expected at least 300 traces, found ${reports.length}`);
  assert.equal(output.code, 0, output.stderr);
}

test('every trace in conformance-suites passes on Node', async () => {
  assertEveryTracePassed(await run(process.execPath, [cli, 'replay', '--json', suite]));
});

test('every trace in conformance-suites passes on Deno', async (t) => {
  const probe = await run('npx', ['--no-install', 'deno', '--version']).catch(() => undefined);
  if (probe?.code !== 0) return t.skip('deno is not available (npx deno): install devDependencies');
  assertEveryTracePassed(await run('npx', ['--no-install', 'deno', 'run', '--allow-read', '--allow-env', cli, 'replay', '--json', suite]));
});
