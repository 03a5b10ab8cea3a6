/**
 * Reads a scorm-trace/1 file to show its steps. Only the shape the viewer needs is checked (the
 * harness validates fully); no schema library, as this ships to browsers.
 */
import { traceFormat, type TraceDocument, type TraceStep } from './trace-document.js';

export type TraceReadResult = { readonly ok: true; readonly trace: TraceDocument } | { readonly ok: false; readonly error: string };

export function readTrace(text: string): TraceReadResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `not JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (!isRecord(value)) return { ok: false, error: '(document): expected an object' };
  if (value['format'] !== traceFormat) return { ok: false, error: `format: expected "${traceFormat}"` };
  if (typeof value['title'] !== 'string') return { ok: false, error: 'title: expected a string' };
  const scorm = value['scorm'];
  if (scorm !== '1.2' && scorm !== '2004') return { ok: false, error: 'scorm: expected "1.2" or "2004"' };
  const sessions = value['sessions'];
  if (!Array.isArray(sessions)) return { ok: false, error: 'sessions: expected an array' };
  for (const [session, steps] of sessions.entries()) {
    if (!Array.isArray(steps)) return { ok: false, error: `sessions[${session}]: expected an array of steps` };
    for (const [index, step] of steps.entries()) {
      if (!isStep(step)) return { ok: false, error: `sessions[${session}][${index}]: expected a step: an object with "fn", "nav" or "expect"` };
    }
  }
  return { ok: true, trace: value as unknown as TraceDocument };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStep(value: unknown): value is TraceStep {
  if (!isRecord(value)) return false;
  if (Object.hasOwn(value, 'fn')) return typeof value['fn'] === 'string' && Array.isArray(value['args']);
  if (Object.hasOwn(value, 'nav')) return typeof value['nav'] === 'string';
  return Object.hasOwn(value, 'expect') && isRecord(value['expect']);
}

/** One line of text per step, for the viewer. */
export function describeStep(step: TraceStep): string {
  if ('fn' in step) {
    const call = `${step.fn}(${step.args.map((arg) => JSON.stringify(arg)).join(', ')})`;
    const ret = step.ret === undefined ? '' : ` → ${JSON.stringify(step.ret)}`;
    const err = step.err === undefined ? '' : ` [${step.err}]`;
    return `${call}${ret}${err}`;
  }
  if ('nav' in step) return `navigation request: ${step.nav}`;
  return `expect ${JSON.stringify(step.expect)}`;
}
