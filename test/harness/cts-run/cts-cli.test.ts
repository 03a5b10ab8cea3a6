// `scorm-harness cts DIR [--json] [--case ID…]` through the real binary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { runCommand } from '../run-command.js';

const cli = fileURLToPath(new URL('../../../src/harness/cli.js', import.meta.url));
const CTS = resolve(process.cwd(), '../shared/corpus/adl-cts-2004-4ed');
const skip = existsSync(join(CTS, 'TestCases')) ? false : `ADL CTS corpus not found at ${CTS}`;
const harness = (...args: string[]) => runCommand(process.execPath, [cli, ...args]);

test('cts without a directory is a usage error (exit 2)', async () => {
  const run = await harness('cts');
  assert.equal(run.code, 2);
  assert.match(run.stderr, /cts needs exactly one DIR/);
});

test('cts --case without an id is a usage error (exit 2)', async () => {
  const run = await harness('cts', CTS, '--case');
  assert.equal(run.code, 2);
  assert.match(run.stderr, /--case needs a case id/);
});

test('cts --case runs the named cases and prints the table by group', { skip }, async () => {
  const run = await harness('cts', CTS, '--case', 'API', '--case', 'CM-01');
  assert.equal(run.code, 0, run.stdout + run.stderr);
  assert.match(run.stdout, /^API\s+1\s+0\s+1$/m);
  assert.match(run.stdout, /^CM\s+1\s+0\s+1$/m);
  assert.match(run.stdout, /^total\s+2\s+0\s+2$/m);
});

test('cts --json prints every case with its outcome', { skip }, async () => {
  const run = await harness('cts', CTS, '--json', '--case', 'API');
  const report = JSON.parse(run.stdout) as { passed: number; total: number; cases: { id: string; passed: boolean }[] };
  assert.equal(report.total, 1);
  assert.deepEqual(report.cases.map((c) => [c.id, c.passed]), [['API', true]]);
});

test('cts on a directory that is not a CTS exits 1 with the reason', async () => {
  const run = await harness('cts', join(process.cwd(), 'no-such-cts'));
  assert.equal(run.code, 1);
  assert.match(run.stderr, /^scorm-harness: /);
});
