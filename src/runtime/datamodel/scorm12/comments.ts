import { isCMIString4096 } from '../types/cmi-string.js';
import { element } from './element.js';

/**
 * SCORM 1.2 RTE §3.4.4 cmi.comments: freeform comments from the SCO (read/write CMIString4096).
 * The value is stored as set; a later set replaces it.
 */
export const comments = element({
  name: 'cmi.comments',
  access: 'read-write',
  accepts: isCMIString4096,
  read: (state) => state.comments,
  write: (state, _n, _m, value) => {
    state.comments = value;
  },
});

/** SCORM 1.2 RTE §3.4.4 cmi.comments_from_lms: comments from the LMS, read-only to the SCO. */
export const commentsFromLms = element({
  name: 'cmi.comments_from_lms',
  access: 'read-only',
  accepts: isCMIString4096,
  read: (state) => state.comments_from_lms,
  write: (state, _n, _m, value) => {
    state.comments_from_lms = value;
  },
});
