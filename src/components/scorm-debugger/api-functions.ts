/** The API functions by version, for the log's filter (the harness's trace schema has the same lists, with zod). */

/** SCORM 1.2 RTE §3.3 (the API): the eight functions of `API`. */
export const scorm12Functions = [
  'LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit',
  'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic',
] as const;

/** SCORM 2004 4th ed. RTE §3.1.4 (API methods): the eight functions of `API_1484_11`. */
export const scorm2004Functions = [
  'Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit',
  'GetLastError', 'GetErrorString', 'GetDiagnostic',
] as const;
