/**
 * A visit's `CUI`: a key of the Instructions dictionary, with `~`-separated arguments for its
 * `%s` (`Choice~Activity 3`), as LMSTestCaseInterface.getCurrentUserInstructions formats it.
 * ADL shows the text to the tester; here each instruction is also spelled out as the steps it
 * asks for, read from its text in the dictionary.
 */
import { activityReference } from './activity-reference.js';
import { lookUp } from './dictionaries.js';
import { javaSplit } from './java-strings.js';
import type { CtsEndEvent, CtsEndStep, CtsLaunch } from './script-model.js';

export type DecodedEndEvent = { ok: true; event: CtsEndEvent } | { ok: false; reason: string };

export function decodeEndEvent(instruction: string, instructions: ReadonlyMap<string, string>): DecodedEndEvent {
  const [name = '', ...args] = instruction.includes('~') ? javaSplit(instruction, '~') : [instruction];
  const text = lookUp(instructions, name, ...args);
  const meaning = MEANINGS.get(name);
  if (text === undefined || meaning === undefined || meaning.arguments !== args.length) {
    return { ok: false, reason: `unknown end-of-visit instruction "${instruction}"` };
  }
  return { ok: true, event: { instruction, text, steps: meaning.steps(args) } };
}

interface Meaning {
  arguments: number;
  steps: (args: readonly string[]) => CtsEndStep[];
}

const attemptEnded: CtsEndStep = { kind: 'expect', state: 'attemptEnded' };
const leaveCourse: CtsEndStep = { kind: 'leaveCourse' };
const navigation = (request: 'continue' | 'previous' | 'exitAll' | 'suspendAll'): CtsEndStep => ({
  kind: 'navigation',
  request,
});
const choose = (title: string): CtsEndStep => ({ kind: 'choice', target: activityReference(title) });
const launch = (pkg: string, title?: string): CtsEndStep => {
  const opening: CtsLaunch = { package: pkg, choose: title === undefined ? undefined : activityReference(title) };
  return { kind: 'launch', launch: opening };
};

/**
 * Every instruction of the dictionary's "Current User Instructions" section, by the number of
 * arguments it takes. "exit the package/course" and "after you log-out of the package" are the
 * learner leaving the course; "launch <title>" within a package is choosing it from the TOC.
 */
const MEANINGS: ReadonlyMap<string, Meaning> = new Map<string, Meaning>([
  ['APIt1', fixed(choose('API Implementation Test 1'))],
  ['APIt2', fixed(choose('API Implementation Test 2'))],
  ['DMIt1', fixed(choose('Data Model Implementation Test 1'))],
  ['DMIt2', fixed(choose('Data Model Implementation Test 2'))],
  ['DMIt3', fixed(choose('Data Model Implementation Test 3'))],
  ['DMIt4', fixed(choose('Data Model Implementation Test 4'))],
  ['DMBxAct', fixed(attemptEnded, launch('DMB', 'Data Model Behavior Test 1'))],
  ['DMBx', fixed(attemptEnded, launch('DMB'))],
  ['TRIGExitAll', fixed(navigation('exitAll'), attemptEnded)],
  ['Choice', { arguments: 1, steps: ([target]) => [choose(target!)] }],
  ['ChoiceExit', { arguments: 1, steps: ([target]) => [choose(target!), attemptEnded] }],
  ['ContinueExitCM8', fixed(navigation('continue'), attemptEnded, leaveCourse, launch('CM-08'))],
  ['Exit', fixed(leaveCourse)],
  ['ExitCM09ba', fixed(leaveCourse, launch('CM-09ba'))],
  ['SuspendCM09ca', fixed(navigation('suspendAll'), leaveCourse, launch('CM-09ca'))],
  ['Continue', fixed(navigation('continue'))],
  ['Previous', fixed(navigation('previous'))],
  ['OKEnd', fixed(attemptEnded)],
  ['HasEnded', fixed(attemptEnded)],
  ['RelaunchCM5', fixed(leaveCourse, launch('CM-05'))],
  ['RelaunchCM10', fixed(attemptEnded, launch('CM-10', 'Activity 4'))],
  ['RelaunchCM11', fixed(leaveCourse, launch('CM-11'))],
  ['RelaunchCM16', fixed(attemptEnded, leaveCourse, launch('CM-16'))],
  ['RelaunchOB3b', fixed(attemptEnded, leaveCourse, launch('OB-03b'))],
  ['RelaunchRU13e', fixed(leaveCourse, launch('RU-13e'))],
  ['RelaunchRU14a', fixed(leaveCourse, launch('RU-14a'))],
  ['RelaunchRU14b', fixed(leaveCourse, launch('RU-14b'))],
  ['RelaunchRU14c', fixed(leaveCourse, launch('RU-14c'))],
  ['RelaunchRU14d', fixed(leaveCourse, launch('RU-14d'))],
  ['AutoTest', fixed({ kind: 'expect', state: 'sessionEnded' })],
  ['RelaunchSX4a', fixed(attemptEnded, launch('SX-04a'))],
  ['RootSX4b', fixed(attemptEnded, choose('the activity that corresponds to the root of "LMS Test Content Package SX-04b"'))],
  ['LaunchDDMb', fixed(attemptEnded, launch('DDMb'))],
  ['ReLaunchDDMa', fixed(attemptEnded, launch('DDMa'))],
  ['ReLaunchDDMb', fixed(attemptEnded, launch('DDMb'))],
  ['launch', { arguments: 1, steps: ([title]) => [choose(title!)] }],
  ['relaunch', { arguments: 1, steps: ([pkg]) => [leaveCourse, launch(pkg!)] }],
  ['exitlaunch', { arguments: 1, steps: ([pkg]) => [leaveCourse, launch(pkg!)] }],
  ['launchnchoose', { arguments: 2, steps: ([pkg, title]) => [leaveCourse, launch(pkg!, title)] }],
  ['relaunchnchoose', { arguments: 2, steps: ([pkg, title]) => [leaveCourse, launch(pkg!, title)] }],
  ['autoendrelaunch', { arguments: 1, steps: ([pkg]) => [attemptEnded, launch(pkg!)] }],
  ['autoendlaunchnchoose', { arguments: 2, steps: ([pkg, title]) => [attemptEnded, launch(pkg!, title)] }],
]);

/** An instruction without arguments. */
function fixed(...steps: CtsEndStep[]): Meaning {
  return { arguments: 0, steps: () => [...steps] };
}
