import { checkCharacterString, checkLocalizedString, checkTimeSecond } from './checks.js';
import { field } from './leaves.js';
import type { CmiState, CommentState } from './state.js';
import { nodes, readOnly, readWrite, type Access, type Collection } from './tree.js';

/**
 * RTE §4.2.2 cmi.comments_from_learner (read-write) and §4.2.3 cmi.comments_from_lms
 * (read-only to the SCO; the LMS fills it before launch). An entry has no identifier: setting
 * any of its three elements creates it. None has a default (403 until set).
 */
function commentElements(access: Access) {
  return nodes<CommentState, CmiState>({
    comment: field({
      access,
      read: (entry) => entry.comment,
      store: (entry, value) => (entry.comment = value),
      check: (value) => checkLocalizedString(value, 4000),
    }),
    location: field({
      access,
      read: (entry) => entry.location,
      store: (entry, value) => (entry.location = value),
      check: checkCharacterString,
    }),
    timestamp: field({
      access,
      read: (entry) => entry.timestamp,
      store: (entry, value) => (entry.timestamp = value),
      check: checkTimeSecond,
    }),
  });
}

const childrenKeyword = 'comment,location,timestamp';

export const commentsFromLearnerCollection: Collection<CmiState, CommentState> = {
  kind: 'collection',
  entries: (cmi) => cmi.comments_from_learner,
  entry: commentElements(readWrite),
  childrenKeyword,
  growth: {
    create: () => ({}),
    add: (cmi, comment) => cmi.comments_from_learner.push(comment),
  },
};

export const commentsFromLmsCollection: Collection<CmiState, CommentState> = {
  kind: 'collection',
  entries: (cmi) => cmi.comments_from_lms,
  entry: commentElements(readOnly),
  childrenKeyword,
  growth: {
    create: () => ({}),
    add: (cmi, comment) => cmi.comments_from_lms.push(comment),
  },
};
