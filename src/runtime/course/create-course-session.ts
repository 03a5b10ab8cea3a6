/**
 * Opening a course session from a package: the activity tree of its organization, the run-time,
 * and the navigator its SCORM version calls for (the SCORM 2004 sequencer, the SCORM 1.2
 * navigator), restored from the navigator state saved in the attempt document.
 */
import { createRuntime, type RuntimeOptions } from '../runtime.js';
import type { Clock } from '../clock.js';
import type { SharedDataStore } from '../datamodel/data-model.js';
import type { OpenedPackage } from '../package/open-package.js';
import type { ManifestModel } from '../package/manifest/model.js';
import { buildActivityTree } from '../sequencing/activity-tree.js';
import type { RandomSource } from '../sequencing/sequencing-workspace.js';
import { emptySequencingState, type ObjectiveProgress, type SequencingState } from '../sequencing/tracking-model.js';
import { createSequencer } from '../sequencing/sequencer.js';
import { readObjective } from '../sequencing/objectives/objective-maps.js';
import { createScorm12Navigator } from '../navigation12/index.js';
import { CourseError, CourseSession } from './course-session.js';

export interface CourseSessionOptions extends Omit<RuntimeOptions, 'scorm' | 'clock'> {
  /** The package (opened) or its manifest. */
  readonly package: OpenedPackage | ManifestModel;
  /** The organization to take; the default one when not given. */
  readonly organizationId?: string;
  /** Time for the run-time and the sequencer (durations, time limits). Default: the system clock. */
  readonly clock?: Clock;
  /** Randomness for selection and randomization (SN SR.1, SR.2). Default: Math.random. */
  readonly random?: RandomSource;
  /**
   * Where the learner's global objectives live beyond this registration (SCORM 2004): shared
   * with every course whose organization has adlseq:objectivesGlobalToSystem true (the
   * default). Without it they are kept with this registration only.
   */
  readonly globalObjectives?: GlobalObjectiveStore;
  /**
   * Where the learner's adl.data stores live beyond this registration (SCORM 2004): shared with
   * every course whose organization has adlcp:sharedDataGlobalToSystem true (the default).
   * Without it they are kept with this registration, across its attempts.
   */
  readonly sharedData?: SharedDataStore;
}

/** The learner's system-wide global objectives (CAM 4th ed. adlseq:objectivesGlobalToSystem). */
export interface GlobalObjectiveStore {
  read(): Readonly<Record<string, ObjectiveProgress>>;
  write(objectives: Readonly<Record<string, ObjectiveProgress>>): void;
}

/**
 * Opens a course session: loads the registration's attempt document and restores the
 * navigator's saved state from it.
 * @throws CourseError when the package has no organization to take; the navigator's error when
 *   the saved state does not fit the package; the adapter's error when loading fails.
 */
export async function createCourseSession(options: CourseSessionOptions): Promise<CourseSession> {
  const manifest = 'findings' in options.package ? options.package.manifest : options.package;
  if (manifest === undefined) throw new CourseError('The package has no manifest to read.');
  const organization = options.organizationId === undefined
    ? manifest.defaultOrganization
    : manifest.organizations.find((candidate) => candidate.identifier === options.organizationId);
  const tree = organization === undefined ? undefined : buildActivityTree(manifest, organization.identifier);
  if (tree === undefined || organization === undefined) {
    throw new CourseError(options.organizationId === undefined
      ? 'The package has no organization to take.'
      : `The package has no organization "${options.organizationId}".`);
  }
  const runtime = createRuntime({ ...options, scorm: manifest.scormVersion });
  const state = await runtime.loadSequencingState();
  if (manifest.scormVersion === '1.2') return new CourseSession(runtime, createScorm12Navigator(tree, { state }));
  // The saved state is whatever the adapter returned: the sequencer checks that it fits the tree.
  let saved = state as SequencingState | undefined;
  const store = organization.objectivesGlobalToSystem ? options.globalObjectives : undefined;
  if (store !== undefined) {
    const base = saved ?? emptySequencingState(tree.root.id);
    saved = { ...base, globalObjectives: { ...base.globalObjectives, ...store.read() } };
  }
  const sequencer = createSequencer(tree, { state: saved, clock: options.clock, random: options.random });
  // CAM 4th ed. §3.4.1.7, RTE 4th ed. §4.3.2: shared data is the learner's (true, the default) or
  // belongs to the learner's attempt on this activity tree (false).
  const sharedData = organization.sharedDataGlobalToSystem ? options.sharedData : undefined;
  return new CourseSession(runtime, sequencer, {
    objective: (activity, index) => readObjective(sequencer.workspace(), activity, index),
    attemptCounts: () => {
      const { activities } = sequencer.state;
      return (id) => (Object.hasOwn(activities, id) ? activities[id]!.activityAttemptCount : 0);
    },
    ...(store === undefined ? {} : { stateSaved: () => store.write(sequencer.state.globalObjectives) }),
    ...(sharedData === undefined ? {} : { sharedData }),
    ...(organization.sharedDataGlobalToSystem ? {} : { sharedDataPerAttempt: true }),
  });
}

