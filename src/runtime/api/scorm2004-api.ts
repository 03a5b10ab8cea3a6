import { Scorm2004Error, scorm2004ErrorStrings } from './error-codes.js';
import { readStringArgument } from './api-argument.js';
import { ApiCallRunner } from './api-call-runner.js';
import type { ApiHost, ApiInstanceState } from './api-host.js';

const E = Scorm2004Error;

/**
 * The SCORM 2004 4th edition API instance, found by content as `API_1484_11`
 * (SCORM 2004 4th ed. RTE §3.1, IEEE 1484.11.2).
 *
 * Every function takes and returns characterstrings, sets the error state (except the three
 * error functions, RTE §3.1.4.6–3.1.4.8) and never throws: an internal fault becomes 101.
 * Methods are own properties bound to the instance, so `const f = api.GetValue; f(x)` works.
 */
export class Scorm2004Api {
  readonly #calls: ApiCallRunner;
  #state: ApiInstanceState = 'not-initialized';

  constructor(host: ApiHost) {
    this.#calls = new ApiCallRunner(host, E.GeneralException, scorm2004ErrorStrings);
    host.closeWith(() => {
      this.#state = 'terminated';
    });
  }

  /** RTE §3.1.4.1 Initialize("") — begins the communication session. */
  readonly Initialize = (parameter?: unknown): string =>
    this.#calls.run('Initialize', [parameter], 'false', () => {
      const calls = this.#calls;
      if (this.#state === 'running') return calls.fail(E.AlreadyInitialized, 'Initialize was already called in this session.', 'false');
      if (this.#state === 'terminated') return calls.fail(E.ContentInstanceTerminated, 'Terminate was already called: this API instance cannot be initialized again.', 'false');
      if (readStringArgument(parameter) !== '') return calls.fail(E.GeneralArgumentError, 'Initialize takes the empty string "" as its only argument.', 'false');
      this.#state = 'running';
      calls.host.sessionStarted();
      return calls.succeed('true');
    });

  /** RTE §3.1.4.2 Terminate("") — ends the session; the LMS persists the data. */
  readonly Terminate = (parameter?: unknown): string =>
    this.#calls.run('Terminate', [parameter], 'false', () => {
      const calls = this.#calls;
      if (this.#state === 'not-initialized') return calls.fail(E.TerminationBeforeInitialization, 'Terminate was called before Initialize.', 'false');
      if (this.#state === 'terminated') return calls.fail(E.TerminationAfterTermination, 'Terminate was already called.', 'false');
      if (readStringArgument(parameter) !== '') return calls.fail(E.GeneralArgumentError, 'Terminate takes the empty string "" as its only argument.', 'false');
      this.#state = 'terminated';
      const failure = calls.host.terminate();
      if (failure !== undefined) return calls.fail(E.GeneralTerminationFailure, `The data could not be saved: ${failure}`, 'false');
      return calls.succeed('true');
    });

  /** RTE §3.1.4.3 GetValue(element) — "" on any error. */
  readonly GetValue = (element?: unknown): string =>
    this.#calls.run('GetValue', [element], '', () => {
      const calls = this.#calls;
      if (this.#state === 'not-initialized') return calls.fail(E.RetrieveDataBeforeInitialization, 'GetValue was called before Initialize.', '');
      if (this.#state === 'terminated') return calls.fail(E.RetrieveDataAfterTermination, 'GetValue was called after Terminate.', '');
      const name = readStringArgument(element);
      if (name === undefined) return calls.fail(E.GeneralArgumentError, 'The element name must be a string.', '');
      if (name === '') return calls.fail(E.GeneralGetFailure, 'GetValue needs a data model element name.', '');
      const result = calls.host.dataModel.getValue(name);
      if (result.error !== 0) return calls.fail(result.error, result.diagnostic, '');
      return calls.succeed(result.value);
    });

  /** RTE §3.1.4.4 SetValue(element, value). */
  readonly SetValue = (element?: unknown, value?: unknown): string =>
    this.#calls.run('SetValue', [element, value], 'false', () => {
      const calls = this.#calls;
      if (this.#state === 'not-initialized') return calls.fail(E.StoreDataBeforeInitialization, 'SetValue was called before Initialize.', 'false');
      if (this.#state === 'terminated') return calls.fail(E.StoreDataAfterTermination, 'SetValue was called after Terminate.', 'false');
      const name = readStringArgument(element);
      const text = readStringArgument(value);
      if (name === undefined || text === undefined) return calls.fail(E.GeneralArgumentError, 'The element name and the value must be strings.', 'false');
      if (name === '') return calls.fail(E.GeneralSetFailure, 'SetValue needs a data model element name.', 'false');
      const result = calls.host.dataModel.setValue(name, text);
      if (result.error !== 0) return calls.fail(result.error, result.diagnostic, 'false');
      return calls.succeed('true');
    });

  /** RTE §3.1.4.5 Commit("") — asks the LMS to persist what was set so far. */
  readonly Commit = (parameter?: unknown): string =>
    this.#calls.run('Commit', [parameter], 'false', () => {
      const calls = this.#calls;
      if (this.#state === 'not-initialized') return calls.fail(E.CommitBeforeInitialization, 'Commit was called before Initialize.', 'false');
      if (this.#state === 'terminated') return calls.fail(E.CommitAfterTermination, 'Commit was called after Terminate.', 'false');
      if (readStringArgument(parameter) !== '') return calls.fail(E.GeneralArgumentError, 'Commit takes the empty string "" as its only argument.', 'false');
      const failure = calls.host.commit();
      if (failure !== undefined) return calls.fail(E.GeneralCommitFailure, `The data could not be saved: ${failure}`, 'false');
      return calls.succeed('true');
    });

  /** RTE §3.1.4.6 GetLastError() — does not change the error state. */
  readonly GetLastError = (): string => this.#calls.inspect('GetLastError', [], () => this.#calls.lastError());

  /** RTE §3.1.4.7 GetErrorString(code) — "" for a code the table does not define. */
  readonly GetErrorString = (code?: unknown): string =>
    this.#calls.inspect('GetErrorString', [code], () => this.#calls.errorString(code));

  /** RTE §3.1.4.8 GetDiagnostic(code) — for "" the detail of the last error. */
  readonly GetDiagnostic = (code?: unknown): string =>
    this.#calls.inspect('GetDiagnostic', [code], () => this.#calls.diagnostic(code));
}
