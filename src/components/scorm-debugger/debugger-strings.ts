/** Every text <scorm-debugger> shows; replace any of them through its `strings` property. */
export interface DebuggerStrings {
  readonly label: string;
  readonly tabs: {
    readonly calls: string;
    readonly dataModel: string;
    readonly sequencing: string;
    readonly commits: string;
    readonly trace: string;
  };
  readonly noPlayer: string;
  readonly allFunctions: string;
  readonly functionFilter: string;
  readonly search: string;
  readonly errorsOnly: string;
  readonly clear: string;
  /** `{shown}` and `{total}` are replaced. */
  readonly showing: string;
  readonly noCalls: string;
  readonly noData: string;
  readonly activity: string;
  readonly element: string;
  readonly value: string;
  readonly sessions: string;
  readonly suspended: string;
  readonly status: string;
  readonly validRequests: string;
  readonly valid: string;
  readonly invalid: string;
  readonly globalObjectives: string;
  readonly sharedData: string;
  readonly none: string;
  readonly noCommits: string;
  readonly saved: string;
  readonly failed: string;
  readonly exportTrace: string;
  readonly importTrace: string;
  readonly importedTrace: string;
  readonly importError: string;
  readonly session: string;
}

export const defaultDebuggerStrings: DebuggerStrings = Object.freeze({
  label: 'SCORM debugger',
  tabs: Object.freeze({
    calls: 'API calls',
    dataModel: 'Data model',
    sequencing: 'Sequencing',
    commits: 'Commits',
    trace: 'Trace',
  }),
  noPlayer: 'No player is connected.',
  allFunctions: 'All functions',
  functionFilter: 'Function',
  search: 'Search',
  errorsOnly: 'Errors only',
  clear: 'Clear',
  showing: 'Showing the last {shown} of {total} calls.',
  noCalls: 'No API call yet.',
  noData: 'No run-time data yet.',
  activity: 'Activity',
  element: 'Element',
  value: 'Value',
  sessions: 'sessions',
  suspended: 'suspended',
  status: 'Status',
  validRequests: 'Valid requests',
  valid: 'valid',
  invalid: 'not valid',
  globalObjectives: 'Global objectives',
  sharedData: 'Shared data (adl.data)',
  none: 'None.',
  noCommits: 'Nothing saved yet.',
  saved: 'saved',
  failed: 'failed',
  exportTrace: 'Export trace',
  importTrace: 'Import trace',
  importedTrace: 'Imported trace',
  importError: 'This file is not a scorm-trace/1 trace:',
  session: 'Session',
});
