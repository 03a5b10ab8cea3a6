/**
 * SCORM 2004 4th ed. RTE §4.2.9.1: some interaction values start with delimiters such as
 * `{case_matters=true}` or `{order_matters=false}`.
 *
 * Read the way ADL's SampleRTE reads them (RequestToken.parseDelimiters, then
 * SCORM_2004_DMElement.validate): from the start of the value, each `{name=value}` whose name
 * the element defines, in any order, is taken as a delimiter. The first one that is malformed,
 * unknown to the element or a repeat ends the delimiters; it and everything after it are the
 * value proper. So `{lang=en}{case_matters=x}y` on a fill-in pattern is all match text (DMI:
 * valid), while `{case_matters=x}y` has an invalid delimiter (DMI: 406).
 */

/** The delimiters found at the start of a value, by name, and the value that follows them. */
export interface Delimited {
  /** One entry per name asked for, in that order: its value, or undefined when absent. */
  values: (string | undefined)[];
  rest: string;
}

export function readDelimiters(value: string, names: readonly string[]): Delimited {
  const values: (string | undefined)[] = names.map(() => undefined);
  let start = 0;
  while (value.charCodeAt(start) === 0x7b /* { */) {
    const close = value.indexOf('}', start);
    const equals = value.indexOf('=', start);
    if (close < 0 || equals < 0 || equals > close) break;
    const which = names.indexOf(value.slice(start + 1, equals));
    if (which < 0 || values[which] !== undefined) break;
    values[which] = value.slice(equals + 1, close);
    start = close + 1;
  }
  return { values, rest: value.slice(start) };
}

/** The value of a `case_matters` or `order_matters` delimiter: absent, `true` or `false`. */
export function isBooleanDelimiter(value: string | undefined): boolean {
  return value === undefined || value === 'true' || value === 'false';
}
