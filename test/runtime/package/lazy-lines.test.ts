// Issue 3: findings point at lines, but lines are counted only when a finding asks for one (the
// reader keeps offsets, source-text.ts counts on first use): a package read without findings,
// however large, never counts them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SourceText } from '../../../src/runtime/package/xml/source-text.js';
import { manifest2004, openManifest, scoResource } from './findings-fixtures.js';

/** How many times `work` asks any document for a line. */
async function linesAskedFor(work: () => Promise<unknown>): Promise<number> {
  const lineOf = SourceText.prototype.lineOf;
  let asked = 0;
  SourceText.prototype.lineOf = function (this: SourceText, offset: number): number {
    asked += 1;
    return lineOf.call(this, offset);
  };
  try {
    await work();
  } finally {
    SourceText.prototype.lineOf = lineOf;
  }
  return asked;
}

test('a package without findings is read, its files checked, without counting a line', async () => {
  const opened = await openManifest(manifest2004());
  assert.deepEqual(opened.findings, []);
  assert.equal(await linesAskedFor(() => openManifest(manifest2004())), 0);
});

test('a listed file that is missing asks for the line of its <file> only', async () => {
  const xml = manifest2004({ resources: scoResource('<file href="media/intro.mp4"/>') });
  assert.equal(await linesAskedFor(() => openManifest(xml)), 1);
});
