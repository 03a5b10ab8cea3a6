// Issue 5: a custom-elements.json manifest generated from the elements' JSDoc (@fires, @csspart,
// @cssprop, @slot, @attr), so editors, docs tools and framework wrappers know every tag. This runs
// the generator (`npm run cem`) into a temporary folder and checks what it documents.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import process from 'node:process';
import { runCommand } from '../harness/run-command.js';

interface Declaration {
  tagName?: string;
  customElement?: boolean;
  attributes?: { name: string }[];
  events?: { name: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
  slots?: { name: string }[];
}

const elements = new Map<string, Declaration>();

before(async () => {
  const outdir = await mkdtemp(join(tmpdir(), 'scorm-cem-'));
  try {
    const run = await runCommand(process.execPath, [
      'node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze',
      // The analyzer joins --outdir to the working directory, so it must be relative.
      '--config', 'custom-elements-manifest.config.mjs', '--outdir', relative(process.cwd(), outdir), '--quiet',
    ]);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    const manifest = JSON.parse(await readFile(join(outdir, 'custom-elements.json'), 'utf8')) as {
      modules: { declarations?: Declaration[] }[];
    };
    for (const module of manifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (declaration.customElement === true && declaration.tagName !== undefined) elements.set(declaration.tagName, declaration);
      }
    }
  } finally {
    await rm(outdir, { recursive: true, force: true });
  }
});

const names = (list: { name: string }[] | undefined) => new Set((list ?? []).map((entry) => entry.name));

test('the manifest lists the three elements by tag name', () => {
  assert.deepEqual([...elements.keys()].sort(), ['scorm-debugger', 'scorm-player', 'scorm-toc']);
});

test('<scorm-player> documents its attributes, typed scorm-* events, parts, custom properties and slots', () => {
  const player = elements.get('scorm-player')!;
  for (const attribute of ['src', 'learner-id', 'learner-name', 'registration', 'organization', 'scorm-version']) {
    assert.ok(names(player.attributes).has(attribute), `attribute ${attribute}`);
  }
  for (const event of ['scorm-launch', 'scorm-initialize', 'scorm-commit', 'scorm-status-change', 'scorm-score-change',
    'scorm-navigate', 'scorm-session-end', 'scorm-error']) {
    assert.ok(names(player.events).has(event), `event ${event}`);
  }
  assert.ok(names(player.cssParts).has('toolbar'));
  assert.ok(names(player.cssProperties).has('--scorm-player-accent'));
  assert.ok(names(player.slots).has('toc'));
});

test('<scorm-toc> documents its for attribute, its choose event and its parts', () => {
  const toc = elements.get('scorm-toc')!;
  assert.ok(names(toc.attributes).has('for'));
  assert.ok(names(toc.events).has('scorm-choose'));
  assert.ok((toc.cssParts ?? []).length > 0);
});

test('<scorm-debugger> documents its parts and custom properties', () => {
  const debuggerElement = elements.get('scorm-debugger')!;
  assert.ok((debuggerElement.cssParts ?? []).length > 0);
  assert.ok((debuggerElement.cssProperties ?? []).length > 0);
});
