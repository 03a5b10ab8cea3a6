import { Scorm12Error, scorm12ErrorStrings } from './error-codes.js';
import { readStringArgument } from './api-argument.js';
import { ApiCallRunner } from './api-call-runner.js';
import type { ApiHost, ApiInstanceState } from './api-host.js';

const E = Scorm12Error;

/**
 * The SCORM 1.2 API instance, found by content as `API` (SCORM 1.2 RTE §3.2, §3.3).
 *
 * Every function takes and returns strings, sets the error state (except the three error
 * functions) and never throws: an internal fault becomes 101. The book has no "terminated"
 * code: every call after LMSFinish answers 301 Not initialized, and a second LMSInitialize 101.
 * Methods are own properties bound to the instance.
 */
export class Scorm12Api {
  readonly #calls: ApiCallRunner;
  #state: ApiInstanceState = 'not-initialized';

  constructor(host: ApiHost) {
    this.#calls = new ApiCallRunner(host, E.GeneralException, scorm12ErrorStrings);
    host.closeWith(() => {
      this.#state = 'terminated';
    });
  }

  /** RTE 1.2 §3.3.3.1 LMSInitialize(""). */
  readonly LMSInitialize = (parameter?: unknown): string =>
    this.#calls.run('LMSInitialize', [parameter], 'false', () => {
      const calls = this.#calls;
      if (readStringArgument(parameter) !== '') return calls.fail(E.InvalidArgumentError, 'LMSInitialize takes the empty string "" as its only argument.', 'false');
      if (this.#state === 'running') return calls.fail(E.GeneralException, 'LMSInitialize was already called in this session.', 'false');
      if (this.#state === 'terminated') return calls.fail(E.GeneralException, 'LMSFinish was already called: this API instance cannot be initialized again.', 'false');
      this.#state = 'running';
      calls.host.sessionStarted();
      return calls.succeed('true');
    });

  /** RTE 1.2 §3.3.3.2 LMSFinish(""). */
  readonly LMSFinish = (parameter?: unknown): string =>
    this.#calls.run('LMSFinish', [parameter], 'false', () => {
      const calls = this.#calls;
      if (readStringArgument(parameter) !== '') return calls.fail(E.InvalidArgumentError, 'LMSFinish takes the empty string "" as its only argument.', 'false');
      if (this.#state !== 'running') return this.#notRunning('LMSFinish', 'false');
      this.#state = 'terminated';
      const failure = calls.host.terminate();
      if (failure !== undefined) return calls.fail(E.GeneralException, `The data could not be saved: ${failure}`, 'false');
      return calls.succeed('true');
    });

  /** RTE 1.2 §3.3.4.1 LMSGetValue(element) — "" on any error. */
  readonly LMSGetValue = (element?: unknown): string =>
    this.#calls.run('LMSGetValue', [element], '', () => {
      const calls = this.#calls;
      if (this.#state !== 'running') return this.#notRunning('LMSGetValue', '');
      const name = readStringArgument(element);
      if (name === undefined || name === '') return calls.fail(E.InvalidArgumentError, 'LMSGetValue needs a data model element name.', '');
      const result = calls.host.dataModel.getValue(name);
      if (result.error !== 0) return calls.fail(result.error, result.diagnostic, '');
      return calls.succeed(result.value);
    });

  /** RTE 1.2 §3.3.4.2 LMSSetValue(element, value). */
  readonly LMSSetValue = (element?: unknown, value?: unknown): string =>
    this.#calls.run('LMSSetValue', [element, value], 'false', () => {
      const calls = this.#calls;
      if (this.#state !== 'running') return this.#notRunning('LMSSetValue', 'false');
      const name = readStringArgument(element);
      const text = readStringArgument(value);
      if (name === undefined || name === '') return calls.fail(E.InvalidArgumentError, 'LMSSetValue needs a data model element name.', 'false');
      if (text === undefined) return calls.fail(E.IncorrectDataType, 'The value must be a string.', 'false');
      const result = calls.host.dataModel.setValue(name, text);
      if (result.error !== 0) return calls.fail(result.error, result.diagnostic, 'false');
      return calls.succeed('true');
    });

  /** RTE 1.2 §3.3.4.3 LMSCommit(""). */
  readonly LMSCommit = (parameter?: unknown): string =>
    this.#calls.run('LMSCommit', [parameter], 'false', () => {
      const calls = this.#calls;
      if (readStringArgument(parameter) !== '') return calls.fail(E.InvalidArgumentError, 'LMSCommit takes the empty string "" as its only argument.', 'false');
      if (this.#state !== 'running') return this.#notRunning('LMSCommit', 'false');
      const failure = calls.host.commit();
      if (failure !== undefined) return calls.fail(E.GeneralException, `The data could not be saved: ${failure}`, 'false');
      return calls.succeed('true');
    });

  /** RTE 1.2 §3.3.5.1 LMSGetLastError() — does not change the error state. */
  readonly LMSGetLastError = (): string => this.#calls.inspect('LMSGetLastError', [], () => this.#calls.lastError());

  /** RTE 1.2 §3.3.5.2 LMSGetErrorString(code) — "" for a code the book does not define. */
  readonly LMSGetErrorString = (code?: unknown): string =>
    this.#calls.inspect('LMSGetErrorString', [code], () => this.#calls.errorString(code));

  /** RTE 1.2 §3.3.5.3 LMSGetDiagnostic(code) — for "" the detail of the last error. */
  readonly LMSGetDiagnostic = (code?: unknown): string =>
    this.#calls.inspect('LMSGetDiagnostic', [code], () => this.#calls.diagnostic(code));

  #notRunning(fn: string, ret: string): string {
    const when = this.#state === 'terminated' ? 'after LMSFinish' : 'before LMSInitialize';
    return this.#calls.fail(E.NotInitialized, `${fn} was called ${when}.`, ret);
  }
}
