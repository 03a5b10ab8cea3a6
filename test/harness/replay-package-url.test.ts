// A debugger export from a page names its package by URL (the page's folder or zip), and
// `scorm-harness replay` opens it there: our extension of scorm-trace/1's `package`, which the
// contract defines relative to the trace file. The server is local and stopped after the test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { replayTrace } from '../../src/harness/replay.js';
import { parseTrace } from '../../src/harness/trace-schema.js';

const folder = resolve(process.cwd(), 'conformance-suites/traces/multi-sco/three-scos');

async function withPackageServer(body: (base: string) => Promise<void>): Promise<void> {
  const server = createServer((request, response) => {
    const name = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname).replace(/^\/course\//, '');
    if (name.includes('..') || name.includes('/')) return void response.writeHead(404).end();
    readFile(join(folder, name)).then(
      (body) => response.writeHead(200, { 'content-length': body.length }).end(request.method === 'HEAD' ? undefined : body),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  try {
    const { port } = server.address() as { port: number };
    await body(`http://127.0.0.1:${port}/course/`);
  } finally {
    server.close();
  }
}

function trace(packageUrl: string) {
  const parsed = parseTrace({
    format: 'scorm-trace/1',
    title: 'a package named by URL',
    scorm: '2004',
    package: packageUrl,
    sessions: [[
      { nav: 'start' },
      { expect: { delivered: 'intro' } },
      { fn: 'Initialize', args: [''], ret: 'true', err: '0' },
      { fn: 'SetValue', args: ['adl.nav.request', 'continue'], ret: 'true', err: '0' },
      { fn: 'Terminate', args: [''], ret: 'true', err: '0' },
      { expect: { delivered: 'quiz' } },
    ]],
  });
  assert.ok(parsed.ok, parsed.ok ? '' : parsed.errors.join('\n'));
  return parsed.trace;
}

test('a trace whose package is the URL of a manifest replays against the package served there', async () => {
  await withPackageServer(async (base) => {
    const outcome = await replayTrace(trace(`${base}imsmanifest.xml`));
    assert.equal(outcome.kind, 'replayed');
    if (outcome.kind !== 'replayed') return;
    assert.equal(outcome.error, undefined);
    assert.deepEqual(outcome.steps.filter((step) => !step.passed), []);
  });
});

test('a trace whose package URL names nothing the server has fails with the package named', async () => {
  await withPackageServer(async (base) => {
    const outcome = await replayTrace(trace(`${base}missing/imsmanifest.xml`));
    assert.equal(outcome.kind, 'replayed');
    if (outcome.kind !== 'replayed') return;
    assert.match(outcome.error ?? '', /missing\/imsmanifest\.xml/);
  });
});
