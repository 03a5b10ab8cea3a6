import type { TocStatus } from './toc-model.js';

/** Every text <scorm-toc> shows or announces; replace any of them through its `strings` property. */
export interface TocStrings {
  /** The tree's accessible name. */
  readonly label: string;
  /** Shown while no package is open. */
  readonly empty: string;
  readonly status: Readonly<Record<TocStatus, string>>;
  /** Announced after the status of an entry that cannot be chosen now. */
  readonly unavailable: string;
}

export const defaultTocStrings: TocStrings = Object.freeze({
  label: 'Table of contents',
  empty: 'No course is open.',
  status: Object.freeze({
    current: 'Current',
    suspended: 'Suspended',
    failed: 'Failed',
    passed: 'Passed',
    completed: 'Completed',
    incomplete: 'Incomplete',
    'not-attempted': 'Not attempted',
  }),
  unavailable: 'not available',
});
