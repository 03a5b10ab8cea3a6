import { Scorm2004Error } from '../../api/error-codes.js';
import { cmiGroup } from './cmi.js';
import { navGroup } from './nav.js';
import { sharedDataCollection } from './shared-data.js';
import type { Scorm2004State } from './state.js';
import { nodes, type Group, type Leaf, type ModelContext } from './tree.js';

/**
 * The whole SCORM 2004 data model: the `cmi` data model (RTE §4.2) and ADL's `adl` data model
 * (adl.nav.*, adl.data.*), under one root that only names them.
 */

const adlGroup: Group<Scorm2004State, Scorm2004State['adl']> = {
  kind: 'group',
  select: (state) => state.adl,
  // ADL's SampleRTE answers 401 for adl._version, adl._children and adl._count.
  missingKeywordError: Scorm2004Error.UndefinedDataModelElement,
  children: nodes<Scorm2004State['adl']>({ nav: navGroup, data: sharedDataCollection }),
};

export const rootGroup: Group<Scorm2004State, Scorm2004State> = {
  kind: 'group',
  select: (state) => state,
  missingKeywordError: Scorm2004Error.UndefinedDataModelElement,
  children: nodes<Scorm2004State>({ cmi: cmiGroup, adl: adlGroup }),
};

/** A leaf reached through groups only, so its record follows from the state alone. */
export interface DirectLeaf {
  readonly leaf: Leaf<unknown>;
  select(state: Scorm2004State, context: ModelContext): unknown;
}

/**
 * Every element without an array index ("cmi.location", "cmi.score.scaled" …), resolved once:
 * GetValue and SetValue of these, the calls content makes most, cost one Map lookup.
 */
export const directLeaves: ReadonlyMap<string, DirectLeaf> = collectDirectLeaves();

function collectDirectLeaves(): Map<string, DirectLeaf> {
  const found = new Map<string, DirectLeaf>();
  const visit = (group: Group<unknown, unknown>, path: string, select: DirectLeaf['select']): void => {
    for (const [name, node] of group.children) {
      // A dependency needs the walk's checks; no group outside an array has one.
      if (node.requires !== undefined) continue;
      const nodePath = path === '' ? name : `${path}.${name}`;
      if (node.kind === 'leaf') found.set(nodePath, { leaf: node, select });
      if (node.kind === 'group') visit(node, nodePath, (state, context) => node.select(select(state, context), context));
    }
  };
  visit(rootGroup as Group<unknown, unknown>, '', (state) => state);
  return found;
}
