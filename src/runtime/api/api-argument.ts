/**
 * How an API function reads an argument from content.
 *
 * The ECMAScript binding of the SCORM API takes characterstrings. Content in the wild passes
 * numbers (`SetValue("cmi.score.raw", 85)`) and leaves arguments out (`LMSInitialize()`); we read
 * those as the string a script would get from them. Objects, functions and symbols are refused
 * without ever calling their toString (which hostile content could make throw or lie).
 *
 * @returns the string, or undefined when the argument cannot be read as a string.
 */
export function readStringArgument(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
      return value;
    case 'undefined':
      return '';
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value);
    case 'object':
      return value === null ? '' : undefined;
    default:
      return undefined;
  }
}

/** How an unreadable argument is shown in the event log. */
export function describeArgument(value: unknown): string {
  const text = readStringArgument(value);
  if (text !== undefined) return text;
  return `[${typeof value}]`;
}
