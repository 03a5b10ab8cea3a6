/**
 * The data-model part of a command (the piece after the method): `c~OB~&obj1&~S~SCA!0.5` →
 * `cmi.objectives.&obj1&.score.scaled!0.5`. ADL builds it differently for SetValue and for the
 * other calls (LMSParser.parseSetCommandsDMParams and parseGetCommandsDMParams); both are
 * reproduced rule for rule, since they decide what the SCO sends.
 */
import { AdlParseFailure, expand, piece } from './adl-parse-failure.js';
import { javaSplit } from './java-strings.js';

/**
 * SetValue's `element!value`. The text is split at `~`, value included, and each count of
 * pieces has its own rule: the third of four pieces (an index, `&id&`) is kept as written, all
 * other pieces go through the dictionary; five pieces containing `a~n~r` are a navigation
 * request `{target=%s}` + request. ADL keeps only the first of seven or more pieces, which
 * makes no call worth replaying: that is reported as undecoded.
 */
export function setValueParameters(written: string, commands: ReadonlyMap<string, string>): string {
  const pieces = javaSplit(written, '~');
  const word = (index: number) => expand(commands, piece(pieces, index, 'SetValue element'));
  const start = word(0);
  switch (pieces.length) {
    case 2: {
      const [name, value] = lastPieceAndValue(pieces);
      return `${start}.${expand(commands, name)}!${expand(commands, value)}`;
    }
    case 3: {
      const [name, value] = lastPieceAndValue(pieces);
      return `${start}.${word(1)}.${expand(commands, name)}!${expand(commands, value)}`;
    }
    case 4: {
      const [name, value] = lastPieceAndValue(pieces);
      return `${start}.${word(1)}.${pieces[2]}.${expand(commands, name)}!${expand(commands, value)}`;
    }
    case 5: {
      if (written.includes('a~n~r')) {
        const request = javaSplit(piece(pieces, 2, 'navigation request'), '!');
        const target = expand(commands, piece(request, 1, 'navigation request'), piece(pieces, 3, 'target'));
        return `${start}.${word(1)}.${expand(commands, piece(request, 0, 'navigation request'))}!${target}${word(4)}`;
      }
      const last = javaSplit(piece(pieces, 4, 'SetValue element'), '!');
      const name = expand(commands, piece(last, 0, 'SetValue element'));
      const value = expand(commands, piece(last, 1, 'SetValue value'));
      return `${start}.${word(1)}.${word(2)}.${word(3)}.${name}!${value}`;
    }
    case 6: {
      const [name, value] = lastPieceAndValue(pieces);
      const middle = [1, 2, 3, 4].map(word).join('.');
      return `${start}.${middle}.${expand(commands, name)}!${expand(commands, value)}`;
    }
    case 1:
      return start;
    default:
      throw new AdlParseFailure(`ADL keeps only "${start}" of a SetValue element of ${pieces.length} pieces`);
  }
}

/** ADL's setFinalSplitArray: the last piece cut at its first `!` into element name and value. */
function lastPieceAndValue(pieces: readonly string[]): [string, string] {
  const last = pieces[pieces.length - 1]!;
  const bang = last.indexOf('!');
  if (bang === last.length - 1) return [last.slice(0, -1), ''];
  if (bang < 0) throw new AdlParseFailure(`no "!" in the last piece "${last}" of a SetValue element`);
  return [last.slice(0, bang), last.slice(bang + 1)];
}

/** The parameter of GetValue, Initialize and Commit, and the interaction type a `!TY.x` names. */
export interface GetParameters {
  parameter: string;
  interactionType: string | undefined;
}

/**
 * Without `~` the text is the parameter as written (`I->illegal`). Otherwise every piece goes
 * through the dictionary and the pieces are joined with `.`; in `c~INTR~…` a piece `name!TY.x`
 * names the interaction type the expected value is to be compared as; six pieces containing
 * `a~n~r` end in `{target=%s}` formatted with the sixth.
 */
export function getValueParameters(written: string, commands: ReadonlyMap<string, string>): GetParameters {
  if (!written.includes('~')) return { parameter: written, interactionType: undefined };
  const pieces = javaSplit(written, '~');
  let interactionType: string | undefined;
  if (piece(pieces, 1, 'GetValue element') === 'INTR' && written.includes('!')) {
    for (const [index, text] of pieces.entries()) {
      if (!text.includes('!')) continue;
      const typed = javaSplit(text, '!');
      interactionType = expand(commands, piece(typed, 1, 'interaction type'));
      pieces[index] = piece(typed, 0, 'GetValue element');
    }
  }
  if (pieces.length === 6 && written.includes('a~n~r')) {
    const words = pieces.slice(0, 4).map((word) => expand(commands, word));
    return { parameter: `${words.join('.')}.${expand(commands, pieces[4]!, pieces[5]!)}`, interactionType };
  }
  return { parameter: pieces.map((word) => expand(commands, word)).join('.'), interactionType };
}
