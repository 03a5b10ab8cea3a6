/**
 * The error codes of both API versions and their texts.
 *
 * SCORM 2004 4th ed. RTE book §3.1.7 (table 3.1.7a) and SCORM 1.2 RTE book §3.3.2.
 * GetErrorString of a code not in the table answers "" (RTE 2004 §3.1.4.5).
 */

/** SCORM 2004 4th edition error codes (RTE §3.1.7.6, table 3.1.7a). */
export const Scorm2004Error = {
  NoError: 0,
  GeneralException: 101,
  GeneralInitializationFailure: 102,
  AlreadyInitialized: 103,
  ContentInstanceTerminated: 104,
  GeneralTerminationFailure: 111,
  TerminationBeforeInitialization: 112,
  TerminationAfterTermination: 113,
  RetrieveDataBeforeInitialization: 122,
  RetrieveDataAfterTermination: 123,
  StoreDataBeforeInitialization: 132,
  StoreDataAfterTermination: 133,
  CommitBeforeInitialization: 142,
  CommitAfterTermination: 143,
  GeneralArgumentError: 201,
  GeneralGetFailure: 301,
  GeneralSetFailure: 351,
  GeneralCommitFailure: 391,
  UndefinedDataModelElement: 401,
  UnimplementedDataModelElement: 402,
  DataModelElementValueNotInitialized: 403,
  DataModelElementIsReadOnly: 404,
  DataModelElementIsWriteOnly: 405,
  DataModelElementTypeMismatch: 406,
  DataModelElementValueOutOfRange: 407,
  DataModelDependencyNotEstablished: 408,
} as const;

export type Scorm2004ErrorCode = (typeof Scorm2004Error)[keyof typeof Scorm2004Error];

export const scorm2004ErrorStrings: ReadonlyMap<number, string> = new Map([
  [0, 'No Error'],
  [101, 'General Exception'],
  [102, 'General Initialization Failure'],
  [103, 'Already Initialized'],
  [104, 'Content Instance Terminated'],
  [111, 'General Termination Failure'],
  [112, 'Termination Before Initialization'],
  [113, 'Termination After Termination'],
  [122, 'Retrieve Data Before Initialization'],
  [123, 'Retrieve Data After Termination'],
  [132, 'Store Data Before Initialization'],
  [133, 'Store Data After Termination'],
  [142, 'Commit Before Initialization'],
  [143, 'Commit After Termination'],
  [201, 'General Argument Error'],
  [301, 'General Get Failure'],
  [351, 'General Set Failure'],
  [391, 'General Commit Failure'],
  [401, 'Undefined Data Model Element'],
  [402, 'Unimplemented Data Model Element'],
  [403, 'Data Model Element Value Not Initialized'],
  [404, 'Data Model Element Is Read Only'],
  [405, 'Data Model Element Is Write Only'],
  [406, 'Data Model Element Type Mismatch'],
  [407, 'Data Model Element Value Out Of Range'],
  [408, 'Data Model Dependency Not Established'],
]);

/** SCORM 1.2 error codes (RTE 1.2 §3.3.2). 1.2 has no 406/407: every bad value is 405. */
export const Scorm12Error = {
  NoError: 0,
  GeneralException: 101,
  InvalidArgumentError: 201,
  ElementCannotHaveChildren: 202,
  ElementCannotHaveCount: 203,
  NotInitialized: 301,
  NotImplementedError: 401,
  InvalidSetValueElementIsKeyword: 402,
  ElementIsReadOnly: 403,
  ElementIsWriteOnly: 404,
  IncorrectDataType: 405,
} as const;

export type Scorm12ErrorCode = (typeof Scorm12Error)[keyof typeof Scorm12Error];

export const scorm12ErrorStrings: ReadonlyMap<number, string> = new Map([
  [0, 'No error'],
  [101, 'General exception'],
  [201, 'Invalid argument error'],
  [202, 'Element cannot have children'],
  [203, 'Element not an array - cannot have count'],
  [301, 'Not initialized'],
  [401, 'Not implemented error'],
  [402, 'Invalid set value, element is a keyword'],
  [403, 'Element is read only'],
  [404, 'Element is write only'],
  [405, 'Incorrect data type'],
]);
