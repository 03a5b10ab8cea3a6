/**
 * Reading ADL's CTS test-case scripts (TestCases/<id>.properties) into the model of
 * script-model.ts, following ADL's LMSTestCaseGenerator.createTC: header fields by exact key,
 * any other key containing `Act` belongs to the visit named before its first dot, and a new
 * visit starts whenever that name changes from one line to the next.
 * Node and Deno only (`node:` built-ins).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeCaseTexts, startEvent, type HeaderFields } from './case-texts.js';
import { decodeScript, decodeUnicodeEscapes, readCaseLines } from './case-lines.js';
import { decodeCommand } from './command-decoder.js';
import { readCtsDictionaries, type CtsDictionaries } from './dictionaries.js';
import { decodeEndEvent } from './end-event.js';
import { CTS_GROUPS, type CtsCase, type CtsGroup, type CtsLineNote, type CtsVisit } from './script-model.js';
import { decodeUiQuestions } from './ui-questions.js';

/** Where the scripts sit below the CTS directory. */
export const TEST_CASE_DIRECTORY = 'TestCases';

const SCRIPT_SUFFIX = '.properties';

/** The ids of the cases in the CTS at `directory`, in code-unit order. */
export async function listCtsCases(directory: string): Promise<string[]> {
  const names = await readdir(join(directory, TEST_CASE_DIRECTORY));
  return names
    .filter((name) => name.endsWith(SCRIPT_SUFFIX))
    .map((name) => name.slice(0, -SCRIPT_SUFFIX.length))
    .sort();
}

const CASE_ID = /^[A-Za-z0-9][A-Za-z0-9-]*$/;

/**
 * Reads one case of the CTS at `directory` (the folder holding `TestCases/` and
 * `docs/resources/`). Pass the dictionaries when reading many cases, to read them once.
 */
export async function readCtsCase(directory: string, id: string, dictionaries?: CtsDictionaries): Promise<CtsCase> {
  if (!CASE_ID.test(id)) throw new RangeError(`not a CTS case id: ${JSON.stringify(id)}`);
  const [bytes, resources] = await Promise.all([
    readFile(join(directory, TEST_CASE_DIRECTORY, `${id}${SCRIPT_SUFFIX}`)),
    dictionaries ?? readCtsDictionaries(directory),
  ]);
  return parseCtsCase(id, decodeScript(bytes), resources);
}

const HEADER_KEYS: ReadonlyMap<string, keyof Omit<HeaderFields, 'title'> | 'userInterAct'> = new Map([
  ['UserInterAct', 'userInterAct'],
  ['start', 'start'],
  ['purpose', 'purpose'],
  ['RTDInit', 'rtdInit'],
  ['seqInfo', 'seqInfo'],
  ['TT', 'testType'],
  ['end', 'end'],
] as const);

/** The cases after which ADL asks whether the sequencing session ended (LMSTestManager.completed). */
const ASKED_WHETHER_SESSION_ENDED: ReadonlySet<string> = new Set(['OB-08a', 'OB-08b', 'OB-09a', 'OB-09b', 'CM-06', 'SX-05']);

const VISIT_KEY = /^Act([^V]+)V(\d+)$/;

/** The part of a visit's line key that says what the line is, tested in ADL's order. */
const VISIT_FIELDS = ['UIQ', 'UIA', 'CUI'] as const;

interface Notes {
  ignored: CtsLineNote[];
  undecoded: CtsLineNote[];
}

interface VisitDraft {
  visit: CtsVisit;
  line: number;
  written: Map<(typeof VISIT_FIELDS)[number], string>;
}

/** The case in `text`, the script of case `id`. */
export function parseCtsCase(id: string, text: string, dictionaries: CtsDictionaries): CtsCase {
  const notes: Notes = { ignored: [], undecoded: [] };
  const { ignored, undecoded } = notes;
  const header = { title: '', userInterAct: '', start: '', purpose: '', rtdInit: '', seqInfo: '', testType: '', end: '' };
  const drafts: VisitDraft[] = [];
  let current: VisitDraft | undefined;

  const { entries, problems } = readCaseLines(text);
  for (const problem of problems) undecoded.push({ line: problem.line, key: '', reason: problem.reason });

  for (const { line, key, value } of entries) {
    const note = (reason: string): CtsLineNote => ({ line, key, reason });
    if (key === 'title') {
      header.title = value;
      continue;
    }
    const field = HEADER_KEYS.get(key);
    if (field !== undefined) {
      header[field] = value;
      continue;
    }
    if (!key.includes('Act')) {
      ignored.push(note('not a key ADL reads'));
      continue;
    }
    const dot = key.indexOf('.');
    if (dot < 0) {
      undecoded.push(note('a visit key without "." (ADL fails on it)'));
      continue;
    }
    const visitKey = key.slice(0, dot);
    if (current === undefined || current.visit.key !== visitKey) {
      current = { visit: newVisit(visitKey), line, written: new Map() };
      drafts.push(current);
      if (!VISIT_KEY.test(visitKey)) undecoded.push(note(`"${visitKey}" does not read as Act<activity>V<number>`));
    }
    const visitField = VISIT_FIELDS.find((name) => key.includes(name));
    if (visitField !== undefined) {
      if (current.written.has(visitField)) undecoded.push(note(`${visitField} written twice in one visit; ADL keeps the last`));
      current.written.set(visitField, value);
    } else if (key.includes('commands')) {
      addCommand(current.visit, key, value, dictionaries.commands, notes, note);
    } else {
      ignored.push(note('not a visit field ADL reads'));
    }
  }

  for (const draft of drafts) finishVisit(draft, dictionaries, undecoded);
  if (drafts.length === 0) undecoded.push({ line: 0, key: '', reason: 'no visits (ADL fails on a case without any)' });

  const texts = decodeCaseTexts(header, dictionaries.instructions);
  if (typeof texts === 'string') undecoded.push({ line: 0, key: '', reason: `the ${texts} instruction text cannot be formatted` });

  return {
    id,
    group: caseGroup(id),
    ...header,
    texts: typeof texts === 'string' ? { purpose: '', sequencingBehavior: '', testType: '', start: '', end: '' } : texts,
    startEvent: startEvent(header),
    asksWhetherSessionEnded: ASKED_WHETHER_SESSION_ENDED.has(id),
    visits: drafts.map((draft) => draft.visit),
    ignored,
    undecoded,
  };
}

/** ADL's activity name is what lies between `Act` and the first `V`. */
function newVisit(key: string): CtsVisit {
  const match = VISIT_KEY.exec(key);
  const activity = match?.[1] ?? key.slice(3, Math.max(3, key.indexOf('V')));
  return { key, activity, visit: Number(match?.[2] ?? Number.NaN), commands: [], uiQuestions: [], endEvent: undefined };
}

/** ADL decodes `\\uXXXX` in command values, and only there, before parsing them. */
function addCommand(
  visit: CtsVisit,
  key: string,
  value: string,
  commands: ReadonlyMap<string, string>,
  notes: Notes,
  note: (reason: string) => CtsLineNote,
): void {
  const text = decodeUnicodeEscapes(value);
  if (text === undefined) {
    notes.undecoded.push(note('a \\u escape cut short by the end of the command (ADL fails on it)'));
    return;
  }
  const decoded = decodeCommand(key, text, commands);
  if (decoded.kind === 'command') visit.commands.push(decoded.command);
  else notes[decoded.kind].push(note(decoded.reason));
}

function finishVisit(draft: VisitDraft, dictionaries: CtsDictionaries, undecoded: CtsLineNote[]): void {
  const { visit, line, written } = draft;
  const questions = decodeUiQuestions(written.get('UIQ') ?? '', written.get('UIA') ?? '', dictionaries.userInterface);
  if (questions.ok) visit.uiQuestions = questions.questions;
  else undecoded.push({ line, key: visit.key, reason: questions.reason });
  const instruction = written.get('CUI') ?? '';
  if (instruction === '') return;
  const event = decodeEndEvent(instruction, dictionaries.instructions);
  if (event.ok) visit.endEvent = event.event;
  else undecoded.push({ line, key: visit.key, reason: event.reason });
}

function caseGroup(id: string): CtsGroup | undefined {
  return CTS_GROUPS.find((group) => id === group || id.startsWith(`${group}-`));
}
