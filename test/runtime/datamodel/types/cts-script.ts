// Reads ADL's SCORM 2004 4th ed. CTS test-case scripts (TestCases/*.properties) from the
// third-party corpus, for tests that replay their expectations. The corpus is not part of the
// repository: `ctsCorpus()` answers undefined when it is absent, and callers skip.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

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

/** The commands of one test case, or undefined when the corpus is not there. */
export function ctsCommands(testCase: string): CtsCommand[] | undefined {
  const scriptPath = join(CTS_CORPUS_PATH, 'TestCases', `${testCase}.properties`);
  const dictionaryPath = join(CTS_CORPUS_PATH, 'docs', 'resources', 'Commands.properties');
  if (!existsSync(scriptPath) || !existsSync(dictionaryPath)) return undefined;
  const dictionary = readProperties(readFileSync(dictionaryPath, 'latin1'));
  const script = readProperties(readFileSync(scriptPath, 'latin1'));
  const commands: CtsCommand[] = [];
  for (const [key, text] of script) {
    if (!key.includes('.commands.')) continue;
    const command = decode(key, text, dictionary);
    if (command !== undefined) commands.push(command);
  }
  return commands;
}

/** `METHOD->element[!value]->expected->error`, abbreviations expanded through the dictionary. */
function decode(key: string, text: string, dictionary: Map<string, string>): CtsCommand | undefined {
  const parts = text.split('->');
  // One DMI line lacks its method and is unreadable as a command; ADL's driver cannot run it either.
  if (parts.length < 4) return undefined;
  const error = parts.pop() ?? '';
  const expected = parts.pop() ?? '';
  const method = parts.shift() ?? '';
  const call = parts.join('->');
  const bang = call.indexOf('!');
  const path = bang < 0 ? call : call.slice(0, bang);
  const value = bang < 0 ? undefined : call.slice(bang + 1);
  const expand = (token: string) => dictionary.get(token) ?? token;
  return {
    key,
    activity: key.slice(0, key.indexOf('V')),
    method: expand(method),
    element: path.split('~').map(expand).join('.'),
    value: value === undefined ? undefined : expand(value),
    expected: expand(expected),
    error,
  };
}

/** java.util.Properties' format: continuation lines, `#`/`!` comments, backslash escapes. */
function readProperties(text: string): Map<string, string> {
  const entries = new Map<string, string>();
  let logical: string | undefined;
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = logical === undefined ? raw : raw.replace(/^[ \t\f]+/, '');
    if (logical === undefined && /^[ \t\f]*[#!]/.test(line)) continue;
    const continues = /(?:^|[^\\])(?:\\\\)*\\$/.test(line);
    logical = (logical ?? '') + (continues ? line.slice(0, -1) : line);
    if (continues) continue;
    const separator = logical.search(/(?<!\\)[=:]/);
    if (logical.trim() !== '' && separator > 0) {
      const key = logical.slice(0, separator).trim();
      entries.set(unescape(key), unescape(logical.slice(separator + 1).replace(/^[ \t\f]+/, '')));
    }
    logical = undefined;
  }
  return entries;
}

const CONTROL_ESCAPES = new Map([
  ['t', '\t'],
  ['n', '\n'],
  ['r', '\r'],
  ['f', '\f'],
]);

function unescape(text: string): string {
  return text.replace(/\\(u[0-9A-Fa-f]{4}|.)/g, (_, escape: string) => {
    if (escape.length === 5) return String.fromCharCode(parseInt(escape.slice(1), 16));
    return CONTROL_ESCAPES.get(escape) ?? escape;
  });
}
