/**
 * ADL's resource dictionaries for the LMS test (docs/resources/*.properties in the corpus):
 * `Commands` expands the scripts' abbreviations (`c` → `cmi`, `X.s` → `suspend`), `Instructions`
 * holds the texts the tester is shown (`Continue`, `Choice`, `purposeSequence` …), and
 * `UserInterface` the UI inspection questions (`toc.visible` …).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { javaFormat } from './java-strings.js';
import { decodeIso88591, parseProperties } from './properties.js';

export interface CtsDictionaries {
  commands: ReadonlyMap<string, string>;
  instructions: ReadonlyMap<string, string>;
  userInterface: ReadonlyMap<string, string>;
}

/** Where the dictionaries sit below the CTS directory, and their file names there. */
export const DICTIONARY_DIRECTORY = join('docs', 'resources');
export const DICTIONARY_FILES = {
  commands: 'Commands.properties',
  instructions: 'Instructions.properties',
  userInterface: 'UserInterface.properties',
} as const;

/** Reads the three dictionaries of the CTS in `directory` (the folder holding `TestCases/`). */
export async function readCtsDictionaries(directory: string): Promise<CtsDictionaries> {
  const read = (file: string) => readFile(join(directory, DICTIONARY_DIRECTORY, file));
  const [commands, instructions, userInterface] = await Promise.all([
    read(DICTIONARY_FILES.commands),
    read(DICTIONARY_FILES.instructions),
    read(DICTIONARY_FILES.userInterface),
  ]);
  return parseCtsDictionaries({ commands, instructions, userInterface });
}

/** The dictionaries from the bytes of their files (ISO-8859-1, as ResourceBundle reads them). */
export function parseCtsDictionaries(files: Record<keyof CtsDictionaries, Uint8Array>): CtsDictionaries {
  return {
    commands: parseProperties(decodeIso88591(files.commands)),
    instructions: parseProperties(decodeIso88591(files.instructions)),
    userInterface: parseProperties(decodeIso88591(files.userInterface)),
  };
}

/**
 * ADL's `Resources.getString(key, args…)`: the dictionary's text for `key` formatted with `args`
 * by `String.format`, or `key` itself, unformatted, when the dictionary has no such key. So every
 * script token goes through the dictionary and the ones it does not know (`0`, `&obj1&`,
 * `visit=2`) come back unchanged. Undefined where Java's formatting throws (`tar`, whose text
 * `{target=%s}` needs an argument, looked up without one).
 */
export function lookUp(dictionary: ReadonlyMap<string, string>, key: string, ...args: string[]): string | undefined {
  const text = dictionary.get(key);
  return text === undefined ? key : javaFormat(text, args);
}
