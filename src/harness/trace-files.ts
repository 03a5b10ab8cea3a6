/**
 * Finding and reading trace documents on disk. Only `node:` built-ins that Deno also provides,
 * so the harness runs unchanged on both.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseTrace, type Trace } from './trace-schema.js';

/**
 * The files named, in the order given; a directory stands for every `*.json` file below it,
 * recursively, in code-unit order of their paths (the same on every platform and locale).
 */
export async function expandPaths(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    if ((await stat(path).catch(() => undefined))?.isDirectory()) {
      files.push(...(await jsonFilesBelow(path)).sort());
    } else {
      files.push(path);
    }
  }
  return files;
}

async function jsonFilesBelow(directory: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) found.push(...(await jsonFilesBelow(path)));
    else if (entry.isFile() && entry.name.endsWith('.json')) found.push(path);
  }
  return found;
}

/** Parsed JSON, or why the file could not be read or parsed. */
export type JsonFile = { ok: true; value: unknown } | { ok: false; error: string };

export async function readJson(file: string): Promise<JsonFile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (thrown) {
    return { ok: false, error: `cannot read the file: ${errorMessage(thrown)}` };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (thrown) {
    return { ok: false, error: `not JSON: ${errorMessage(thrown)}` };
  }
}

export type TraceFile =
  | { ok: true; trace: Trace }
  /** `title` when the document has one, to name it in the report. */
  | { ok: false; title: string; errors: string[] };

export async function readTraceFile(file: string): Promise<TraceFile> {
  const json = await readJson(file);
  if (!json.ok) return { ok: false, title: '', errors: [json.error] };
  const parsed = parseTrace(json.value);
  if (parsed.ok) return parsed;
  return { ok: false, title: titleOf(json.value), errors: parsed.errors };
}

function titleOf(document: unknown): string {
  if (typeof document !== 'object' || document === null) return '';
  if (!Object.hasOwn(document, 'title')) return '';
  const title: unknown = (document as { title: unknown }).title;
  return typeof title === 'string' ? title : '';
}

function errorMessage(thrown: unknown): string {
  return thrown instanceof Error ? thrown.message : String(thrown);
}
