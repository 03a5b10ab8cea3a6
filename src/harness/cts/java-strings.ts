/**
 * The two java.lang.String behaviours ADL's CTS (adlnet/SCORM-2004-4ed-Test-Suite, LMSParser and
 * Resources) relies on when it reads its test-case scripts, reproduced so that our reading of a
 * script is the one ADL's test driver makes, quirks included.
 */

/**
 * `text.split(separator)` in Java, for a literal separator: the pieces between separators, with
 * trailing empty pieces removed (Java's limit 0). `"I->->t->0"` gives `I`, ``, `t`, `0`;
 * `"GET->c~SD->->"` gives `GET`, `c~SD`; a text made only of separators gives no piece at all.
 */
export function javaSplit(text: string, separator: string): string[] {
  if (!text.includes(separator)) return [text];
  const pieces = text.split(separator);
  let end = pieces.length;
  while (end > 0 && pieces[end - 1] === '') end--;
  pieces.length = end;
  return pieces;
}

/**
 * `String.format(pattern, args)` for the conversions ADL's resource texts use: `%s` takes the
 * next argument, `%%` is a percent sign. Undefined where Java throws: a `%s` without an argument
 * left (MissingFormatArgumentException) or any other conversion, which no ADL text has.
 * Arguments beyond the last `%s` are ignored, as in Java.
 */
export function javaFormat(pattern: string, args: readonly string[]): string | undefined {
  if (!pattern.includes('%')) return pattern;
  let result = '';
  let next = 0;
  let from = 0;
  for (let at = pattern.indexOf('%'); at >= 0; at = pattern.indexOf('%', from)) {
    result += pattern.slice(from, at);
    const conversion = pattern[at + 1];
    if (conversion === '%') {
      result += '%';
    } else if (conversion === 's' && next < args.length) {
      result += args[next++];
    } else {
      return undefined;
    }
    from = at + 2;
  }
  return result + pattern.slice(from);
}
