import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import process from 'node:process';
import { harnessVersion } from '../../src/harness/version.js';

test('the harness version is the package version', async () => {
  const text = await readFile(resolve(process.cwd(), 'package.json'), 'utf8');
  const manifest = JSON.parse(text) as { version: string };
  assert.equal(harnessVersion, manifest.version);
});
