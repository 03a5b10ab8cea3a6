/**
 * One CTS case as plain text, for people debugging a run: the opening, then each visit with its
 * UI questions, its API calls and what must come back, and how it ends.
 *
 *     CM-01 (group CM): purposeSequence, autoTT~uiTT
 *     start: LMSTestPackage_CM-01, started by the LMS
 *     1. Act1V1 — activity 1
 *        UI: continue control enabled? N
 *        GetValue("cmi.max_time_allowed") → equal as type "P5Y6M4DT12H30M58S", error 0
 *        end: Exit → leave the course
 */
import { describeActivityReference } from './activity-reference.js';
import type {
  CtsCase,
  CtsCommand,
  CtsEndStep,
  CtsErrorExpectation,
  CtsExpectation,
  CtsLaunch,
  CtsUiAsk,
  CtsVisit,
} from './script-model.js';

export function describeCase(ctsCase: CtsCase): string {
  const lines = [
    `${ctsCase.id} (group ${ctsCase.group ?? 'unknown'}): ${ctsCase.purpose}, ${ctsCase.testType}`,
    `start: ${describeLaunch(ctsCase.startEvent)}`,
  ];
  if (ctsCase.seqInfo !== '') lines.push(`sequencing: ${plainText(ctsCase.seqInfo)}`);
  ctsCase.visits.forEach((visit, index) => lines.push(...describeVisit(visit, index + 1)));
  if (ctsCase.asksWhetherSessionEnded) lines.push('then: did the sequencing session end? expected Y');
  for (const note of ctsCase.ignored) lines.push(`ignored, line ${note.line} ${note.key}: ${note.reason}`);
  for (const note of ctsCase.undecoded) lines.push(`UNDECODED, line ${note.line} ${note.key}: ${note.reason}`);
  return `${lines.join('\n')}\n`;
}

function describeVisit(visit: CtsVisit, position: number): string[] {
  const lines = [`${position}. ${visit.key} — activity ${visit.activity}`];
  for (const question of visit.uiQuestions) {
    lines.push(`   UI: ${describeAsk(question.asks)}? ${question.expectedYes ? 'Y' : 'N'}`);
  }
  for (const command of visit.commands) lines.push(`   ${describeCommand(command)}`);
  if (visit.endEvent !== undefined) {
    const steps = visit.endEvent.steps.map(describeStep).join(', then ');
    lines.push(`   end: ${visit.endEvent.instruction} → ${steps}`);
  }
  return lines;
}

function describeCommand(command: CtsCommand): string {
  if (command.kind === 'compareObjectiveIds') {
    return `cmi.objectives ids are exactly {${command.ids.join(', ')}}`;
  }
  const args = [command.argument, ...(command.value === undefined ? [] : [command.value])]
    .map((arg) => JSON.stringify(arg))
    .join(', ');
  const address = command.addressedById === undefined
    ? ''
    : ` (${command.addressedById.collection} index of id "${command.addressedById.id}")`;
  return `${command.method}(${args})${address} → ${describeExpectation(command.expected)}, ${describeError(command.error)}`;
}

function describeExpectation(expected: CtsExpectation): string {
  switch (expected.kind) {
    case 'exactly':
      return JSON.stringify(expected.value);
    case 'equalAsType':
      return `equal as type ${JSON.stringify(expected.value)}${expected.interactionType === undefined ? '' : ` (${expected.interactionType})`}`;
    case 'empty':
      return '""';
    case 'learnerId':
      return "the learner's id";
    case 'learnerName':
      return "the learner's name";
    case 'requestValidAnswer':
      return 'true, false or unknown';
    case 'any':
      return 'any value';
    case 'objectiveId':
      return JSON.stringify(expected.id);
    case 'shorterThan255':
      return 'fewer than 255 characters';
    case 'emptyString':
      return 'an empty string';
  }
}

function describeError(error: CtsErrorExpectation): string {
  switch (error.kind) {
    case 'code':
      return `error ${error.code === '' ? '""' : error.code}`;
    case 'oneOf':
      return `error one of ${error.codes.join(', ')}`;
    case 'notChecked':
      return 'error not checked';
  }
}

function describeAsk(asks: CtsUiAsk): string {
  switch (asks.kind) {
    case 'navigationControl':
      return `${asks.event} control ${asks.enabled ? 'enabled' : 'disabled'}`;
    case 'navigationControlShown':
      return `${asks.event} control shown`;
    case 'tableOfContents':
      return 'table of contents enabled';
    case 'tocEntrySelectable':
      return `${describeActivityReference(asks.target)} selectable in the TOC`;
    case 'tocEntryVisible':
      return `${describeActivityReference(asks.target)} shown in the TOC`;
    case 'clickScoButton':
      return "click the SCO's button";
  }
}

function describeStep(step: CtsEndStep): string {
  switch (step.kind) {
    case 'navigation':
      return step.request;
    case 'choice':
      return `choose ${describeActivityReference(step.target)}`;
    case 'leaveCourse':
      return 'leave the course';
    case 'launch':
      return `launch ${describeLaunch(step.launch)}`;
    case 'expect':
      return step.state === 'attemptEnded' ? '(attempt ended)' : '(session ended)';
  }
}

function describeLaunch(launch: CtsLaunch): string {
  const how = launch.choose === undefined ? 'started by the LMS' : `choosing ${describeActivityReference(launch.choose)}`;
  return `LMSTestPackage_${launch.package}, ${how}`;
}

/** seqInfo is an HTML list; its items joined read well enough. */
function plainText(html: string): string {
  return html.replace(/<\/li>\s*<li>/g, '; ').replace(/<[^>]+>/g, '');
}
