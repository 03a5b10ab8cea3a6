import { describeArgument, readStringArgument } from './api-argument.js';
import type { ApiHost } from './api-host.js';

/** Error codes are written without leading zeros: "001" is not code 1 (ADL CTS API Act3V1). */
const canonicalErrorCode = /^(0|[1-9][0-9]{0,2})$/;

/**
 * The machinery both API versions share: the error state (last error and its diagnostic), the
 * guarantee that no exception reaches content, and the call event for every call.
 * Held privately by each API object so that content cannot reach or alter it.
 */
export class ApiCallRunner {
  readonly #host: ApiHost;
  readonly #generalException: number;
  readonly #errorStrings: ReadonlyMap<number, string>;
  #lastError = 0;
  #lastDiagnostic = '';

  constructor(host: ApiHost, generalException: number, errorStrings: ReadonlyMap<number, string>) {
    this.#host = host;
    this.#generalException = generalException;
    this.#errorStrings = errorStrings;
  }

  get host(): ApiHost {
    return this.#host;
  }

  succeed(ret: string): string {
    this.#lastError = 0;
    this.#lastDiagnostic = '';
    return ret;
  }

  fail(error: number, diagnostic: string, ret: string): string {
    this.#lastError = error;
    this.#lastDiagnostic = diagnostic;
    return ret;
  }

  /**
   * Runs a function that sets the error state. An internal fault becomes the general exception
   * (101 in both versions) with `failRet`, never an exception in content.
   */
  run(fn: string, args: readonly unknown[], failRet: string, body: () => string): string {
    let ret: string;
    try {
      ret = body();
    } catch (fault) {
      const reason = fault instanceof Error ? fault.message : 'unknown fault';
      ret = this.fail(this.#generalException, `Internal error in the run-time: ${reason}`, failRet);
    }
    this.#record(fn, args, ret);
    return ret;
  }

  /** Runs one of the three error functions, which leave the error state as it is. */
  inspect(fn: string, args: readonly unknown[], body: () => string): string {
    let ret: string;
    try {
      ret = body();
    } catch {
      ret = '';
    }
    this.#record(fn, args, ret);
    return ret;
  }

  lastError(): string {
    return String(this.#lastError);
  }

  /** GetErrorString: the table's text, "" for a code the table does not define. */
  errorString(code: unknown): string {
    const text = readStringArgument(code);
    if (text === undefined || !canonicalErrorCode.test(text)) return '';
    return this.#errorStrings.get(Number(text)) ?? '';
  }

  /**
   * GetDiagnostic: for "" or the current error code, the detail of the last error; for another
   * defined code, its text; "" for a code the table does not define. At most 255 characters
   * (SCORM 2004 RTE §3.1.4.8).
   */
  diagnostic(code: unknown): string {
    const text = readStringArgument(code);
    if (text === '' || text === String(this.#lastError)) {
      const detail = this.#lastDiagnostic === '' ? this.errorString(String(this.#lastError)) : this.#lastDiagnostic;
      return detail.length <= 255 ? detail : `${detail.slice(0, 254)}…`;
    }
    return this.errorString(code);
  }

  #record(fn: string, args: readonly unknown[], ret: string): void {
    const host = this.#host;
    if (!host.events.hasListeners) return;
    host.events.emit({
      type: 'call',
      activityId: host.activityId,
      fn,
      args: args.map(describeArgument),
      ret,
      err: String(this.#lastError),
      t: host.clock.now(),
    });
  }
}
