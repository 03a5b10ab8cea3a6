// `scorm-harness inspect ZIP|DIR|URL [--json]` (issue 3): the package outline and validation
// report, from a zip file, a directory and a folder on a web server; the exit status says
// whether the package is playable.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { runCommand } from './run-command.js';

const cli = fileURLToPath(new URL('../../src/harness/cli.js', import.meta.url));
const harness = (...args: string[]) => runCommand(process.execPath, [cli, ...args]);

const manifest = `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="M1" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3" xmlns:imsss="http://www.imsglobal.org/xsd/imsss">
  <metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>
  <organizations default="ORG">
    <organization identifier="ORG">
      <title>Course</title>
      <item identifier="I1" identifierref="R1"><title>Lesson one</title></item>
      <imsss:sequencing><imsss:controlMode flow="true"/></imsss:sequencing>
    </organization>
  </organizations>
  <resources>
    <resource identifier="R1" type="webcontent" adlcp:scormType="sco" href="one.html"><file href="one.html"/></resource>
  </resources>
</manifest>`;

const files = { 'imsmanifest.xml': manifest, 'one.html': '<p>one</p>' };

async function inTempDir(use: (directory: string) => Promise<void>): Promise<void> {
  const directory = await mkdtemp(join(tmpdir(), 'scorm-inspect-'));
  try {
    await use(directory);
  } finally {
    await rm(directory, { recursive: true });
  }
}

test('inspect of a zip prints the outline, a clean report and exits 0', async () => {
  await inTempDir(async (directory) => {
    const zip = join(directory, 'course.zip');
    await writeFile(zip, zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)]))));
    const run = await harness('inspect', zip);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /SCORM 2004 4th edition, manifest "M1"/);
    assert.match(run.stdout, /Organization "Course" \[ORG\] \(default\) — flow/);
    assert.match(run.stdout, /- Lesson one \[I1\] → one\.html \(sco\)/);
    assert.match(run.stdout, /Validation: playable, 0 error\(s\), 0 warning\(s\)/);
  });
});

test('inspect of a directory whose launch file is missing reports it and exits 1', async () => {
  await inTempDir(async (directory) => {
    await writeFile(join(directory, 'imsmanifest.xml'), manifest);
    const run = await harness('inspect', directory);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /error package\.launch-file-missing .*Lesson one.*one\.html/);
  });
});

test('inspect --json gives the outline and the findings as data', async () => {
  await inTempDir(async (directory) => {
    await mkdir(join(directory, 'pkg'));
    for (const [name, text] of Object.entries(files)) await writeFile(join(directory, 'pkg', name), text);
    const run = await harness('inspect', join(directory, 'pkg'), '--json');
    const report = JSON.parse(run.stdout);
    assert.equal(report.playable, true);
    assert.deepEqual(report.findings, []);
    assert.equal(report.manifest.organizations[0].items[0].launch, 'one.html');
    assert.deepEqual(report.manifest.organizations[0].items[0].sequencing, []);
  });
});

test('inspect of a folder URL reads the package over HTTP', async () => {
  const server = createServer((request, response) => {
    const name = decodeURIComponent((request.url ?? '/').replace(/^\/course\//, ''));
    const body = Object.hasOwn(files, name) ? files[name as keyof typeof files] : undefined;
    response.writeHead(body === undefined ? 404 : 200).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as { port: number };
    const run = await harness('inspect', `http://127.0.0.1:${port}/course/`);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /Lesson one \[I1\] → one\.html/);
  } finally {
    server.close();
  }
});

test('inspect of a zip URL the server does not have reports the zip.http-error finding and exits 1', async () => {
  const server = createServer((_request, response) => response.writeHead(404).end());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as { port: number };
    const run = await harness('inspect', `http://127.0.0.1:${port}/course.zip`);
    assert.equal(run.code, 1);
    assert.equal(run.stderr, '');
    assert.match(run.stdout, /error zip\.http-error at http:\/\/127\.0\.0\.1:\d+\/course\.zip: .*404/);
  } finally {
    server.close();
  }
});

test('inspect of something that is not there names it and exits 1', async () => {
  const run = await harness('inspect', '/nonexistent/course.zip');
  assert.equal(run.code, 1);
  assert.match(run.stderr, /cannot open \/nonexistent\/course\.zip/);
});
