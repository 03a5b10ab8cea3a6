import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { harnessVersion } from '../../src/harness/version.js';
import { runCommand } from './run-command.js';

/** The compiled CLI beside this compiled test, whatever the output directory. */
const cli = fileURLToPath(new URL('../../src/harness/cli.js', import.meta.url));
const examples = resolve(process.cwd(), '../shared/contracts/examples');

const run = runCommand;

const harness = (...args: string[]) => run(process.execPath, [cli, ...args]);

async function withTraceFile(document: unknown, use: (file: string) => Promise<void>): Promise<void> {
  const directory = await mkdtemp(join(tmpdir(), 'scorm-harness-test-'));
  try {
    const file = join(directory, 'trace.json');
    await writeFile(file, JSON.stringify(document));
    await use(file);
  } finally {
    await rm(directory, { recursive: true });
  }
}

const failingTrace = {
  format: 'scorm-trace/1',
  title: 'a refused score expected to be accepted',
  scorm: '2004',
  sessions: [[
    { fn: 'Initialize', args: [''], ret: 'true', err: '0' },
    { fn: 'SetValue', args: ['cmi.score.scaled', '1.5'], ret: 'true', err: '0' },
  ]],
};

async function examplesPresent(): Promise<boolean> {
  return (await readdir(examples).catch(() => undefined)) !== undefined;
}

test('--version prints the harness version', async () => {
  const { code, stdout } = await harness('--version');
  assert.equal(code, 0);
  assert.equal(stdout, `scorm-harness ${harnessVersion}\n`);
});

test('--help prints the usage on stdout', async () => {
  const { code, stdout } = await harness('--help');
  assert.equal(code, 0);
  assert.match(stdout, /^Usage: scorm-harness replay FILE\|DIR\.\.\. \[--json\]/);
});

test('an unknown command prints the usage on stderr and exits 2', async () => {
  const { code, stdout, stderr } = await harness('record');
  assert.equal(code, 2);
  assert.equal(stdout, '');
  assert.match(stderr, /^scorm-harness: unknown command: record\n\nUsage: /);
});

test('an unknown option exits 2', async () => {
  const { code, stderr } = await harness('replay', '--fast', 'x.json');
  assert.equal(code, 2);
  assert.match(stderr, /unknown option: --fast/);
});

test('replay without anything to replay exits 2', async () => {
  assert.equal((await harness('replay', '--json')).code, 2);
});

test('replaying the examples directory passes, the two-SCO package trace included', async (t) => {
  if (!(await examplesPresent())) return t.skip(`${examples} is absent`);
  const { code, stdout } = await harness('replay', examples);
  assert.equal(code, 0);
  assert.match(stdout, /^PASS .*single-sco-2004\.json: /m);
  assert.match(stdout, /^PASS .*two-scos\.json: /m);
  assert.match(stdout, /^3 traces: 3 passed, 0 failed, 0 skipped$/m);
});

test('a failed trace exits 1 and names the failed step', async () => {
  await withTraceFile(failingTrace, async (file) => {
    const { code, stdout } = await harness('replay', file);
    assert.equal(code, 1);
    assert.ok(stdout.includes(
      '\n  sessions[0][1] SetValue("cmi.score.scaled", "1.5"): expected "true" err 0, got "false" err 407\n',
    ), stdout);
  });
});

test('--json prints one object per trace with the failed steps', async () => {
  await withTraceFile(failingTrace, async (file) => {
    const { code, stdout } = await harness('replay', '--json', file);
    assert.equal(code, 1);
    assert.deepEqual(JSON.parse(stdout), [{
      title: failingTrace.title,
      file,
      passed: false,
      failed: [{
        session: 0,
        index: 1,
        fn: 'SetValue',
        args: ['cmi.score.scaled', '1.5'],
        expected: { ret: 'true', err: '0', match: 'exact' },
        actual: { ret: 'false', err: '407' },
      }],
    }]);
  });
});

test('an invalid document exits 1 and names the offending path', async () => {
  await withTraceFile({ ...failingTrace, sessions: [[{ fn: 'Start', args: [] }]] }, async (file) => {
    const { code, stdout } = await harness('replay', file);
    assert.equal(code, 1);
    assert.match(stdout, /^ {2}sessions\[0\]\[0\]\.fn: expected one of /m);
  });
});

test('a missing file is reported as a failed trace', async () => {
  const { code, stdout } = await harness('replay', join(tmpdir(), 'no-such-trace.json'));
  assert.equal(code, 1);
  assert.match(stdout, /cannot read the file/);
});

async function denoAvailable(): Promise<boolean> {
  const probe = await run('npx', ['--no-install', 'deno', '--version']).catch(() => undefined);
  return probe?.code === 0;
}

test('the same CLI runs unchanged on Deno with the same answers', async (t) => {
  if (!(await examplesPresent())) return t.skip(`${examples} is absent`);
  if (!(await denoAvailable())) return t.skip('deno is not available (npx deno)');
  const deno = (...args: string[]) =>
    run('npx', ['--no-install', 'deno', 'run', '--allow-read', '--allow-env', cli, ...args]);
  const onDeno = await deno('replay', '--json', examples);
  assert.equal(onDeno.code, 0, onDeno.stderr);
  assert.equal(onDeno.stdout, (await harness('replay', '--json', examples)).stdout);
  await withTraceFile(failingTrace, async (file) => {
    assert.equal((await deno('replay', file)).code, 1);
  });
  assert.equal((await deno('replay', '--bogus')).code, 2);
});
