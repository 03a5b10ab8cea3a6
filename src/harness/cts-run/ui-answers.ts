/**
 * The tester's answers to ADL's UI questions, read off the course session the way ADL's player
 * shows it: continue and previous controls unless the delivered item hides them
 * (adlnav:hideLMSUI); previous enabled when the navigator's look-ahead says the request is valid,
 * continue whenever the current activity's parent lets flow (see continueOffered); the table of
 * contents as the navigator's tocAvailability gives it.
 */
import type { CourseSession } from '../../runtime/course/course-session.js';
import { isAncestorOrSelf, type Activity } from '../../runtime/sequencing/activity-tree.js';
import type { HiddenLmsUi } from '../../runtime/package/manifest/model.js';
import type { CtsActivityReference, CtsUiAsk, CtsUiQuestion } from '../cts/script-model.js';
import { describeActivityReference } from '../cts/activity-reference.js';

/** The answers, checked in order; undefined when all are as ADL expects, else the first wrong one. */
export function checkUiQuestions(course: CourseSession, questions: readonly CtsUiQuestion[]): string | undefined {
  for (const question of questions) {
    const answer = answerFor(course, question.asks);
    if (typeof answer === 'string') return `UI question ${question.key}: ${answer}`;
    if (answer !== question.expectedYes) {
      return `UI question ${question.key}: answered ${answer ? 'Y' : 'N'}, expected ${question.expectedYes ? 'Y' : 'N'}`;
    }
  }
  return undefined;
}

/** Yes or no, or why the question cannot be answered. */
function answerFor(course: CourseSession, asks: CtsUiAsk): boolean | string {
  switch (asks.kind) {
    case 'navigationControl': {
      // ADL counts a hidden control as not enabled: "a disabled device" is answered Yes for it (CM-01).
      const offered = asks.event === 'continue' ? continueOffered(course) : course.isValid({ type: asks.event });
      const enabled = controlShown(course, asks.event) && offered;
      return enabled === asks.enabled;
    }
    case 'navigationControlShown': {
      const control = CONTROLS.get(asks.event);
      return control === undefined ? `no control for "${asks.event}"` : controlShown(course, control);
    }
    case 'tableOfContents':
      return tableOfContentsEnabled(course);
    case 'tocEntrySelectable':
    case 'tocEntryVisible': {
      const activity = findActivity(course, asks.target);
      if (activity === undefined) return `no activity is ${describeActivityReference(asks.target)}`;
      const availability = course.tocAvailability().get(activity.id) ?? 'hidden';
      return asks.kind === 'tocEntrySelectable' ? availability === 'enabled' : availability !== 'hidden';
    }
    case 'clickScoButton':
      return true;
  }
}

/** ADL's names of navigation events (ui.visible@X), as adlnav:hideLMSUI names their controls. */
const CONTROLS: ReadonlyMap<string, HiddenLmsUi> = new Map<string, HiddenLmsUi>([
  ['Continue', 'continue'],
  ['Previous', 'previous'],
  ['Exit', 'exit'],
  ['Exit All', 'exitAll'],
  ['Abandon', 'abandon'],
  ['Abandon All', 'abandonAll'],
  ['Suspend All', 'suspendAll'],
]);

/**
 * ADL answers No for a course of one SCO (CM-11, SX-08a) and while choice can lead only to the
 * current activity (CM-07a, choiceExit false): the table of contents counts as enabled when it
 * offers an activity that is neither the current one nor one of its ancestors.
 */
function tableOfContentsEnabled(course: CourseSession): boolean {
  const current = course.navigator.currentActivity;
  for (const [id, availability] of course.tocAvailability()) {
    if (availability !== 'enabled') continue;
    const activity = course.tree.get(id);
    if (activity !== undefined && (current === undefined || !isAncestorOrSelf(activity, current))) return true;
  }
  return false;
}

/**
 * ADL's player offers Continue whenever the current activity's parent has flow on, without
 * looking ahead (ADLSequencer.validateRequests: "Always provide a Continue Button if the current
 * activity is in a 'Flow' cluster"); a continue that then fails is refused when it is asked for.
 * The CTS expects the control even where continuing would fail (CM-07d, Activity 3). The
 * content's adl.nav.request_valid.continue stays the exact look-ahead.
 */
function continueOffered(course: CourseSession): boolean {
  return course.navigator.currentActivity?.parent?.sequencing.controlMode.flow === true;
}

function controlShown(course: CourseSession, control: HiddenLmsUi): boolean {
  const activity = course.delivery?.activity;
  return activity === undefined || !activity.hideLmsUi.includes(control);
}

/** An activity named by its title (the first in tree order), or the root by its organization's title. */
export function findActivity(course: CourseSession, reference: CtsActivityReference): Activity | undefined {
  const tree = course.tree;
  if (reference.kind === 'root') return tree.root.title.trim() === reference.organizationTitle ? tree.root : undefined;
  return tree.activities.find((activity) => activity.title.trim() === reference.title);
}
