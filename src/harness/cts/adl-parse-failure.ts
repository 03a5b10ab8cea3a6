/**
 * Where ADL's parser throws (an index past the end of a split, a substring before its start, a
 * format without its argument), the command cannot be read as ADL reads it. The decoder stops
 * there with this error and reports the command as undecoded.
 */
import { lookUp } from './dictionaries.js';

export class AdlParseFailure extends Error {
  override name = 'AdlParseFailure';
}

/** `pieces[index]`, where Java would throw ArrayIndexOutOfBoundsException without it. */
export function piece(pieces: readonly string[], index: number, what: string): string {
  const found = pieces[index];
  if (found === undefined) throw new AdlParseFailure(`${what}: no piece ${index} in [${pieces.join(' | ')}]`);
  return found;
}

/** The dictionary lookup of dictionaries.ts, where Java's String.format would throw. */
export function expand(dictionary: ReadonlyMap<string, string>, key: string, ...args: string[]): string {
  const text = lookUp(dictionary, key, ...args);
  if (text === undefined) throw new AdlParseFailure(`"${key}" cannot be formatted with [${args.join(', ')}]`);
  return text;
}
