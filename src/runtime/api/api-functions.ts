/** The API functions by version: what content may call, and what traces and the debugger name. */

/** SCORM 1.2 RTE book, section 3 (the API): the eight functions of the `API` object. */
export const scorm12Functions = [
  'LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit',
  'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic',
] as const;

/** SCORM 2004 4th ed. RTE book §3.1.4 (API methods): the eight functions of `API_1484_11`. */
export const scorm2004Functions = [
  'Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit',
  'GetLastError', 'GetErrorString', 'GetDiagnostic',
] as const;

export type ApiFunction = (typeof scorm12Functions)[number] | (typeof scorm2004Functions)[number];
