/**
 * The instruction texts ADL builds from a case's header fields (LMSTestCaseInterface:
 * getInstructionsPurpose, …SeqInfo, …TestType, …Start, …End), and the way the case is opened.
 * The title and login lines need the tester's learner names and are left out.
 */
import { activityReference } from './activity-reference.js';
import { lookUp } from './dictionaries.js';
import { javaSplit } from './java-strings.js';
import type { CtsLaunch, CtsTexts } from './script-model.js';

export interface HeaderFields {
  title: string;
  start: string;
  purpose: string;
  rtdInit: string;
  seqInfo: string;
  testType: string;
  end: string;
}

/** `start=.`: the LMS starts the package itself; `start=DDMa`: the package DDMa; otherwise the title to choose in the TOC. */
export function startEvent(fields: HeaderFields): CtsLaunch {
  if (fields.start === '.') return { package: fields.title, choose: undefined };
  if (fields.start === 'DDMa') return { package: 'DDMa', choose: undefined };
  return { package: fields.title, choose: activityReference(fields.start) };
}

/** The texts, or the name of the first one whose dictionary text cannot be formatted. */
export function decodeCaseTexts(fields: HeaderFields, instructions: ReadonlyMap<string, string>): CtsTexts | string {
  const text = (key: string, ...args: string[]) => lookUp(instructions, key, ...args);

  const [purposeKey = '', purposeDetail] = tildePieces(fields.purpose);
  const purpose = then(
    purposeDetail === undefined ? text(purposeKey) : then(text(purposeDetail), (detail) => text(purposeKey, detail)),
    (body) => text('purpose', body),
  );
  if (purpose === undefined) return 'purpose';

  const sequencingBehavior = fields.seqInfo === ''
    ? ''
    : then(text(fields.rtdInit), (init) => text('sequencingBehavior', init, fields.seqInfo));
  if (sequencingBehavior === undefined) return 'sequencingBehavior';

  const [typeKey = '', secondTypeKey] = tildePieces(fields.testType);
  const testType = secondTypeKey === undefined
    ? text(typeKey)
    : then(text(typeKey), (first) => then(text(secondTypeKey), (second) => first + second));
  if (testType === undefined) return 'testType';

  const start = startText(fields, text);
  if (start === undefined) return 'start';

  const [endKey = '', endDetail] = tildePieces(fields.end);
  const end = endDetail === undefined
    ? text(endKey, fields.title)
    : then(text(endDetail), (detail) => text(endKey, detail, fields.title));
  if (end === undefined) return 'end';

  return { purpose, sequencingBehavior, testType, start, end };
}

/** `start` with the package name and, unless the LMS starts the package itself, the TOC choice. */
function startText(fields: HeaderFields, text: (key: string, ...args: string[]) => string | undefined) {
  if (fields.start === 'DDMa') return text('start', `<b>${fields.start}</b>`, '.');
  if (fields.start === '.') return text('start', fields.title, '.');
  return then(text('startTOC', fields.start), (toc) => text('start', fields.title, ` ${toc}`));
}

/** A field with `~` is a key and its argument (ADL uses the first two pieces). */
function tildePieces(field: string): string[] {
  return field.includes('~') ? javaSplit(field, '~') : [field];
}

function then(text: string | undefined, next: (text: string) => string | undefined): string | undefined {
  return text === undefined ? undefined : next(text);
}
