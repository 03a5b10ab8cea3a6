/**
 * Selection and randomization at the start of a sequencing session, as ADL's reference sequencer
 * does before the first request of a session (ADLSequencer.prepareClusters): every cluster whose
 * children have not been selected or randomized yet gets SR.1 then SR.2. The SN book names the
 * timings but not the moment; this is the moment the CTS was validated with.
 */
import type { SequencingWorkspace } from '../sequencing-workspace.js';
import { randomizeChildrenProcess } from './sr-2-randomize-children.js';
import { selectChildrenProcess } from './sr-1-select-children.js';

/** Applies SR.1 and SR.2 to every cluster not yet prepared, in preorder. */
export function prepareClustersForSession(ws: SequencingWorkspace): void {
  for (const activity of ws.tree.activities) {
    if (activity.children.length === 0) continue;
    const { selectionTiming, randomizationTiming } = activity.sequencing.randomizationControls;
    if (selectionTiming !== 'never' && !ws.tracking(activity).selectionDone) selectChildrenProcess(ws, activity);
    if (randomizationTiming !== 'never' && !ws.tracking(activity).randomizationDone) randomizeChildrenProcess(ws, activity);
  }
}
