import { Scorm2004Error } from '../../api/error-codes.js';
import { commentsFromLearnerCollection, commentsFromLmsCollection } from './comments.js';
import { interactionsCollection } from './interactions.js';
import { learnerPreferenceGroup } from './learner-preference.js';
import { learnerSessionElements } from './learner-session.js';
import { objectivesCollection } from './objectives.js';
import { scoreGroup } from './score.js';
import type { CmiState, Scorm2004State } from './state.js';
import { statusElements } from './status.js';
import { nodes, type Group } from './tree.js';

/**
 * The cmi data model (RTE §4.2): every element of SCORM 2004 4th edition's run-time data model.
 * `cmi._version` is "1.0" (RTE §4.2.1). `cmi` has no `_children` or `_count`: ADL's SampleRTE
 * looks those up as element names and answers 401.
 */
export const cmiGroup: Group<Scorm2004State, CmiState> = {
  kind: 'group',
  select: (state) => state.cmi,
  version: '1.0',
  missingKeywordError: Scorm2004Error.UndefinedDataModelElement,
  children: nodes<CmiState>({
    comments_from_learner: commentsFromLearnerCollection,
    comments_from_lms: commentsFromLmsCollection,
    interactions: interactionsCollection,
    learner_preference: learnerPreferenceGroup,
    objectives: objectivesCollection,
    score: scoreGroup<CmiState>((cmi) => cmi.score),
    ...learnerSessionElements,
    ...statusElements,
  }),
};
