/**
 * The debugger's log of API calls: bounded, filtered and searched without touching the DOM, so
 * a session of thousands of calls stays fast to show.
 */
import { scorm12ErrorStrings, scorm2004ErrorStrings } from '../../runtime/api/error-codes.js';
import type { ApiCallEvent } from '../../runtime/index.js';

export interface LogEntry {
  /** Position in the whole session, from 1: stays the same when older entries are dropped. */
  readonly seq: number;
  readonly activityId: string;
  readonly fn: string;
  readonly args: readonly string[];
  readonly ret: string;
  readonly err: string;
  /** The error code's text in the version's table (SCORM 2004 RTE §3.1.7, 1.2 RTE §3.3.2). */
  readonly errText: string;
  readonly isError: boolean;
  readonly t: number;
  /** Lower-cased text the search looks in, made once. */
  readonly haystack: string;
}

export interface LogFilter {
  /** An API function's name, or '' for all. */
  readonly fn: string;
  /** Found in the function, arguments, return value, error code or text; case-insensitive. */
  readonly search: string;
  readonly errorsOnly: boolean;
}

export const noFilter: LogFilter = Object.freeze({ fn: '', search: '', errorsOnly: false });

/** The text of an error code in the version's table; '' for a code the table does not define. */
export function errorText(scorm: '1.2' | '2004', code: string): string {
  const table = scorm === '1.2' ? scorm12ErrorStrings : scorm2004ErrorStrings;
  return table.get(Number(code)) ?? '';
}

export class CallLog {
  /** At most this many entries are kept; the oldest go first. */
  readonly capacity: number;
  #entries: LogEntry[] = [];
  #seq = 0;

  constructor(capacity = 10_000) {
    this.capacity = capacity;
  }

  get entries(): readonly LogEntry[] {
    return this.#entries;
  }

  /** Every call recorded since the start, kept or dropped. */
  get total(): number {
    return this.#seq;
  }

  add(event: ApiCallEvent, scorm: '1.2' | '2004'): LogEntry {
    const errText = errorText(scorm, event.err);
    const entry: LogEntry = {
      seq: ++this.#seq,
      activityId: event.activityId,
      fn: event.fn,
      args: event.args,
      ret: event.ret,
      err: event.err,
      errText,
      isError: event.err !== '0',
      t: event.t,
      haystack: `${event.fn}\u0000${event.args.join('\u0000')}\u0000${event.ret}\u0000${event.err}\u0000${errText}`.toLowerCase(),
    };
    this.#entries.push(entry);
    // Dropping in batches keeps adding amortised constant time.
    if (this.#entries.length > this.capacity + (this.capacity >> 3)) this.#entries = this.#entries.slice(-this.capacity);
    return entry;
  }

  clear(): void {
    this.#entries = [];
  }
}

/** The last `limit` entries that pass the filter, oldest first. */
export function filterLog(entries: readonly LogEntry[], filter: LogFilter, limit: number): LogEntry[] {
  const search = filter.search.trim().toLowerCase();
  const shown: LogEntry[] = [];
  for (let index = entries.length - 1; index >= 0 && shown.length < limit; index--) {
    const entry = entries[index]!;
    if (filter.fn !== '' && entry.fn !== filter.fn) continue;
    if (filter.errorsOnly && !entry.isError) continue;
    if (search !== '' && !entry.haystack.includes(search)) continue;
    shown.push(entry);
  }
  return shown.reverse();
}
