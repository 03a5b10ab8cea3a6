// The commands of ADL's SCORM 2004 4th ed. CTS test-case scripts (TestCases/*.properties) from the
// third-party corpus, for tests that replay their expectations: an adapter over the harness's
// script reader (src/harness/cts), the project's one reading of ADL's grammar. The corpus is not
// part of the repository: `ctsCommands()` answers undefined when it is absent, and callers skip.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeScript } from '../../../../src/harness/cts/case-lines.js';
import {
  DICTIONARY_DIRECTORY,
  DICTIONARY_FILES,
  parseCtsDictionaries,
} from '../../../../src/harness/cts/dictionaries.js';
import { parseCtsCase, TEST_CASE_DIRECTORY } from '../../../../src/harness/cts/script-reader.js';

/** One API call of a script: `SET->c~X!X.t->t->0` is SetValue("cmi.exit", "time-out") → "true", 0. */
export interface CtsCommand {
  /** The visit and position, e.g. `Act3V1.commands.47`. */
  key: string;
  /** The activity the visit belongs to, e.g. `Act3`. */
  activity: string;
  method: string;
  element: string;
  /** The SetValue value; undefined for calls without one. */
  value: string | undefined;
  expected: string;
  error: string;
}

export const CTS_CORPUS_PATH = resolve(process.cwd(), '../shared/corpus/adl-cts-2004-4ed');

/** The API calls of one test case, in ADL's order, or undefined when the corpus is not there. */
export function ctsCommands(testCase: string): CtsCommand[] | undefined {
  const scriptPath = join(CTS_CORPUS_PATH, TEST_CASE_DIRECTORY, `${testCase}.properties`);
  if (!existsSync(scriptPath)) return undefined;
  const dictionary = (file: string) => readFileSync(join(CTS_CORPUS_PATH, DICTIONARY_DIRECTORY, file));
  const dictionaries = parseCtsDictionaries({
    commands: dictionary(DICTIONARY_FILES.commands),
    instructions: dictionary(DICTIONARY_FILES.instructions),
    userInterface: dictionary(DICTIONARY_FILES.userInterface),
  });
  const ctsCase = parseCtsCase(testCase, decodeScript(readFileSync(scriptPath)), dictionaries);
  return ctsCase.visits.flatMap((visit) =>
    visit.commands.flatMap((command) =>
      command.kind === 'api'
        ? [{
            key: command.key,
            activity: `Act${visit.activity}`,
            method: `do${command.method}`,
            element: command.argument,
            value: command.value,
            expected: command.written.value,
            error: command.written.error,
          }]
        : [],
    ),
  );
}
