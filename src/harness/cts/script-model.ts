/**
 * The typed model of one test case of ADL's SCORM 2004 4th ed. LMS conformance test
 * (TestCases/<id>.properties of adlnet/SCORM-2004-4ed-Test-Suite), read as ADL's test driver
 * reads it (LMSTestCaseGenerator, LMSParser, LMSTestCaseInterface) and with each expectation
 * stated the way ADL's evaluator (TestCaseEvaluator) judges it.
 */

/** The groups of the CTS index, named by the case id's prefix (`CM-04a` → `CM`). */
export const CTS_GROUPS = ['API', 'DMI', 'DMB', 'DDM', 'CM', 'CO', 'CT', 'MS', 'OB', 'RU', 'SX', 'T'] as const;
export type CtsGroup = (typeof CTS_GROUPS)[number];

export interface CtsCase {
  /** The script's file name without `.properties`. */
  id: string;
  group: CtsGroup | undefined;
  /** `title`: ADL's name for the case; the SCOs' `tc` launch parameter must equal it. */
  title: string;
  /** The header fields as written (`''` when absent, as ADL's getKey answers). */
  userInterAct: string;
  start: string;
  purpose: string;
  rtdInit: string;
  seqInfo: string;
  /** `TT`: the test type, e.g. `autoTT~uiTT`. */
  testType: string;
  end: string;
  /** The instruction texts ADL builds from those fields (Instructions dictionary). */
  texts: CtsTexts;
  /** How the tester opens the case. */
  startEvent: CtsLaunch;
  /**
   * Whether ADL asks the tester, once the last visit is over, if the sequencing session ended
   * (LMSTestManager.completed names OB-08a, OB-08b, OB-09a, OB-09b, CM-06 and SX-05).
   */
  asksWhetherSessionEnded: boolean;
  /** The SCO launches expected, in order; ADL fails the case at the first one out of order. */
  visits: CtsVisit[];
  /** Lines ADL's test driver passes over without effect, kept so that nothing vanishes unseen. */
  ignored: CtsLineNote[];
  /** What this reader could not decode the way ADL does; a complete reading has none. */
  undecoded: CtsLineNote[];
}

export interface CtsTexts {
  purpose: string;
  /** `sequencingBehavior` with RTDInit and seqInfo; empty without seqInfo. */
  sequencingBehavior: string;
  testType: string;
  start: string;
  end: string;
}

export interface CtsLineNote {
  /** The number of the script line the note is about (1-based). */
  line: number;
  /** The key of that line, `''` when it has none. */
  key: string;
  reason: string;
}

/** One expected launch of a SCO: `Act3V2` is the second launch of activity 3. */
export interface CtsVisit {
  /** As written: `Act3V2`. ADL does not need these to be unique (CM-09aa expects `Act1V1` twice). */
  key: string;
  /** ADL's activity name, what the SCO's `act` launch parameter must say: `3`, `1a` in DDM. */
  activity: string;
  /** The number after `V`; ADL itself does not use it. */
  visit: number;
  /** In file order, which is the order ADL runs them in (the numbers in the keys may repeat or skip). */
  commands: CtsCommand[];
  /** `UIQ`/`UIA`: asked right after the launch, before the commands run. */
  uiQuestions: CtsUiQuestion[];
  /** `CUI`: what the tester does once the SCO is done; undefined when the SCO navigates itself. */
  endEvent: CtsEndEvent | undefined;
}

export type CtsCommand = CtsApiCall | CtsCompareObjectiveIds;

/** The API functions a script calls; ADL's Commands dictionary names them `do<Name>`. */
export type CtsApiMethod =
  | 'Initialize'
  | 'Terminate'
  | 'Commit'
  | 'GetValue'
  | 'SetValue'
  | 'GetLastError'
  | 'GetErrorString'
  | 'GetDiagnostic';

/**
 * One API call and what must come back. ADL's SCO makes the call, then always calls
 * GetLastError(""), and the evaluator compares both answers with `expected` and `error`.
 */
export interface CtsApiCall {
  kind: 'api';
  /** The script key: `Act3V1.commands.7`. */
  key: string;
  /** The command as written, after ADL's `\uXXXX` decoding: `SET->c~X!X.s->t->0`. */
  text: string;
  method: CtsApiMethod;
  /** The first argument: the element of GetValue/SetValue, the parameter of the others. */
  argument: string;
  /** The second argument, SetValue's value; ADL passes `''` to the other functions. */
  value: string | undefined;
  /**
   * `cmi.objectives.&obj1&.id`: before the call ADL's SCO looks the record up by its id
   * (GetValue of `<collection>._count`, then of each `<collection>.n.id`) and calls with its
   * index in place of `&obj1&`. An id not found gives index -1, and ADL then fails the call
   * without making it (as it fails any call whose element contains `-1`).
   */
  addressedById: CtsAddressById | undefined;
  expected: CtsExpectation;
  error: CtsErrorExpectation;
  /**
   * The expected value and error code as written, after the dictionary, before judging (for
   * `LN`/`LI` elements ADL's parser puts the learner's name or id in place of this value).
   */
  written: { value: string; error: string };
}

export interface CtsAddressById {
  collection: 'cmi.objectives' | 'adl.data';
  id: string;
  /** The element is `${before}${index}${after}`. */
  before: string;
  after: string;
}

/**
 * `COI->obj1,obj2`: ADL's SCO reads every `cmi.objectives.n.id`; the evaluator wants as many
 * objectives as ids listed, each of them one of the listed ids.
 */
export interface CtsCompareObjectiveIds {
  kind: 'compareObjectiveIds';
  key: string;
  text: string;
  ids: string[];
}

/** How ADL's evaluator judges the value a call returns. */
export type CtsExpectation =
  /** The same characters. */
  | { kind: 'exactly'; value: string }
  /**
   * Equal as values of the element's data-model type (ADL's DMElement.equals): `PT2H20S` equals
   * `PT2H0M20S`, `0.50` equals `0.5`. For `cmi.interactions.n.*` patterns and responses the
   * comparison needs the interaction's type, which the script writes as `!TY.x`.
   */
  | { kind: 'equalAsType'; value: string; interactionType: string | undefined }
  /** `''`, or, when the LMS returns a value starting with `{`, a value equal to `''` as the element's type. */
  | { kind: 'empty' }
  /** Equal as the element's type to the id of the learner the tester logged in as. */
  | { kind: 'learnerId' }
  /** Equal as the element's type to that learner's name (for `LN` in an element other than cmi.learner_name, which ADL does not compare). */
  | { kind: 'learnerName' }
  /** One of `true`, `false`, `unknown`: ADL does not check adl.nav.request_valid values further. */
  | { kind: 'requestValidAnswer' }
  /** Not compared (cmi.learner_name, cmi.comments_from_lms). */
  | { kind: 'any' }
  /** The objective id written between the `&`s of the element (`…&obj1&.id` must return `obj1`). */
  | { kind: 'objectiveId'; id: string }
  /** Fewer than 255 characters (`less255`, and every GetDiagnostic whatever is written). */
  | { kind: 'shorterThan255' }
  /** `''` (`emptyCS`). */
  | { kind: 'emptyString' };

/** How ADL's evaluator judges the GetLastError that follows the call. */
export type CtsErrorExpectation =
  | { kind: 'code'; code: string }
  | { kind: 'oneOf'; codes: readonly string[] }
  | { kind: 'notChecked' };

/** One UI inspection question and the answer ADL expects. */
export interface CtsUiQuestion {
  /** As written: `toc.enabled.selectable@Activity 2`. */
  key: string;
  /** The question ADL shows (UserInterface dictionary). */
  text: string;
  asks: CtsUiAsk;
  /** `Y` or `N` in `UIA`. */
  expectedYes: boolean;
}

export type CtsUiAsk =
  /** `continue.enabled` / `continue.disabled` / `previous.…`: is there a control in that state. */
  | { kind: 'navigationControl'; event: 'continue' | 'previous'; enabled: boolean }
  /** `ui.visible@X`: is there a control for that navigation event, enabled or not. */
  | { kind: 'navigationControlShown'; event: string }
  /** `toc.enabled`: is there an enabled table of contents. */
  | { kind: 'tableOfContents' }
  /** `toc.enabled.selectable@X`: can X be chosen from the table of contents. */
  | { kind: 'tocEntrySelectable'; target: CtsActivityReference }
  /** `toc.visible@X`: is X shown in the table of contents, enabled or not. */
  | { kind: 'tocEntryVisible'; target: CtsActivityReference }
  /** `click.button` (SX-09): not a question about the LMS; the tester clicks the SCO's button. */
  | { kind: 'clickScoButton' };

/**
 * An activity as ADL's instructions name it: by its title (`Activity 3`, `API Implementation
 * Test 1`), or as the root of the package whose organization has the given title.
 */
export type CtsActivityReference =
  | { kind: 'title'; title: string }
  | { kind: 'root'; organizationTitle: string };

/** Opening a package: `LMSTestPackage_<package>`, either started by the LMS or by choosing an activity. */
export interface CtsLaunch {
  package: string;
  choose: CtsActivityReference | undefined;
}

/** `CUI`: the instruction shown when the SCO is done, and what carrying it out takes. */
export interface CtsEndEvent {
  /** As written: `Choice~Activity 3`. */
  instruction: string;
  /** ADL's text for it (Instructions dictionary). */
  text: string;
  steps: CtsEndStep[];
}

export type CtsEndStep =
  /** A navigation event through the LMS's UI. */
  | { kind: 'navigation'; request: 'continue' | 'previous' | 'exitAll' | 'suspendAll' }
  /** A choice navigation event: choosing the activity in the LMS's table of contents. */
  | { kind: 'choice'; target: CtsActivityReference }
  /**
   * `exit the package/course`, `log-out of the package`: the learner leaves through the LMS's own
   * control. ADL names no navigation request for it; it is a no-op when the session has ended.
   */
  | { kind: 'leaveCourse' }
  /** Opening a package again (or another one: DDMa → DDMb). */
  | { kind: 'launch'; launch: CtsLaunch }
  /**
   * What the instruction says has happened at this point (`The current learner attempt should
   * end`). ADL leaves it to the tester's eyes; the delivery order is what it checks.
   */
  | { kind: 'expect'; state: 'attemptEnded' | 'sessionEnded' };
