/**
 * The SCORM 2004 sequencer: the SN book's processes over an activity tree and a saved
 * SequencingState. `sequence` is the pure entry point (state in, state out); the Sequencer keeps
 * the committed state between requests and answers look-ahead and table-of-contents questions.
 */
import { systemClock, type Clock } from '../clock.js';
import { ActivityTree, type Activity } from './activity-tree.js';
import { isRequestValid, sessionWorkspace, tocAvailability } from './look-ahead.js';
import type { NavigationResult, Navigator, RuntimeReport, TocAvailability } from './navigator.js';
import { overallSequencingProcess } from './overall/op-1-overall-sequencing.js';
import type { NavigationRequest } from './requests.js';
import { applyRuntimeReport } from './runtime-report.js';
import { SequencingWorkspace, type RandomSource, type SequencingEnvironment } from './sequencing-workspace.js';
import { sequencingStateMismatch } from './sequencing-state-check.js';
import { emptySequencingState, type SequencingState } from './tracking-model.js';

/**
 * Carries out one navigation request (SN OP.1) from `state`. A request that ends in an exception
 * changes nothing: the state returned is the one given (SN §5.3, an LMS ignores a request it
 * should not honour).
 */
export function sequence(
  tree: ActivityTree,
  state: SequencingState,
  request: NavigationRequest,
  environment: SequencingEnvironment,
): { state: SequencingState; result: NavigationResult } {
  const ws = sessionWorkspace(tree, state, environment);
  const result = overallSequencingProcess(ws, request);
  return { state: result.exception === undefined ? ws.commit() : state, result };
}

export interface SequencerOptions {
  /** A state saved earlier (saveState) to continue from; refused with an error when it does not fit the tree. */
  readonly state?: SequencingState;
  readonly clock?: Clock;
  readonly random?: RandomSource;
}

export class Sequencer implements Navigator {
  readonly scorm = '2004';
  /** The tree the sequencer works on: the one given, with ADL's single-SCO adjustment (see createSequencer). */
  readonly tree: ActivityTree;
  readonly #environment: SequencingEnvironment;
  #state: SequencingState;

  constructor(tree: ActivityTree, state: SequencingState, environment: SequencingEnvironment) {
    this.tree = tree;
    this.#state = state;
    this.#environment = environment;
  }

  /** The committed state. */
  get state(): SequencingState {
    return this.#state;
  }

  get currentActivity(): Activity | undefined {
    return this.#state.currentActivity === null ? undefined : this.tree.get(this.#state.currentActivity);
  }

  get suspendedActivity(): Activity | undefined {
    return this.#state.suspendedActivity === null ? undefined : this.tree.get(this.#state.suspendedActivity);
  }

  navigate(request: NavigationRequest): NavigationResult {
    const { state, result } = sequence(this.tree, this.#state, request, this.#environment);
    this.#state = state;
    return result;
  }

  isValid(request: NavigationRequest): boolean {
    return isRequestValid(this.tree, this.#state, this.#environment, request);
  }

  tocAvailability(): ReadonlyMap<string, TocAvailability> {
    return tocAvailability(this.tree, this.#state, this.#environment);
  }

  reportRuntime(report: RuntimeReport): void {
    const ws = new SequencingWorkspace(this.tree, this.#state, this.#environment);
    if (applyRuntimeReport(ws, report)) this.#state = ws.commit();
  }

  saveState(): SequencingState {
    return this.#state;
  }

  /** A fresh workspace over the committed state, for inspectors; changes to it are not kept. */
  workspace(): SequencingWorkspace {
    return new SequencingWorkspace(this.tree, this.#state, this.#environment);
  }
}

/**
 * A sequencer for the tree, from a saved state or from the beginning. A saved state that does
 * not fit the tree is refused with an Error naming the mismatch.
 */
export function createSequencer(tree: ActivityTree, options: SequencerOptions = {}): Sequencer {
  const adjusted = withSingleScoControlModes(tree);
  let state = options.state;
  if (state === undefined) state = emptySequencingState(adjusted.root.id);
  else {
    const mismatch = sequencingStateMismatch(adjusted, state);
    if (mismatch !== undefined) throw new Error(`Cannot restore the sequencing state: ${mismatch}.`);
  }
  return new Sequencer(adjusted, state, { clock: options.clock ?? systemClock, random: options.random ?? Math.random });
}

/**
 * ADL's reference implementation turns a root whose only child is a leaf, with choice = true
 * and flow = false, into flow = true, choice = false (ADLSeqUtilities.buildActivityTree, its
 * problem report 11524), so that Start delivers the single SCO and no table of contents offers
 * choice; the CTS expects it (SX-08a). The tree is rebuilt with that root only when the rule applies.
 */
function withSingleScoControlModes(tree: ActivityTree): ActivityTree {
  const { root } = tree;
  const only = root.children[0];
  const mode = root.sequencing.controlMode;
  if (root.children.length !== 1 || only === undefined || only.children.length > 0 || !mode.choice || mode.flow) return tree;
  const newRoot: { -readonly [K in keyof Activity]: Activity[K] } = {
    ...root,
    sequencing: { ...root.sequencing, controlMode: { ...mode, flow: true, choice: false } },
  };
  const leaf: Activity = { ...only, parent: newRoot };
  newRoot.children = [leaf];
  return new ActivityTree(newRoot, [newRoot, leaf], tree.objectivesGlobalToSystem);
}
