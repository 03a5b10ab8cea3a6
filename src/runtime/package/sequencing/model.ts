/**
 * The sequencing definition of one activity (an organization or an item), as the manifest's
 * imsss:sequencing element and its ADL extensions give it, every attribute resolved to its value
 * or its default: the input of the sequencing engine.
 *
 * Field names are the XML binding's own (CAM 4th ed. §5, imsss_v1p0*.xsd, adlseq_v1p3.xsd), so a
 * field can be looked up in the books by name; the SN book §3 (Sequencing Definition Model) gives
 * each its meaning. Defaults are the XSDs' `default` values, which the books repeat.
 *
 * The default objects are frozen and shared by every activity that takes them.
 */

export type ConditionCombination = 'all' | 'any';
export type ConditionOperator = 'not' | 'noOp';

/** imsss_v1p0util.xsd sequencingRuleConditionType. */
export type SequencingRuleCondition =
  | 'satisfied'
  | 'objectiveStatusKnown'
  | 'objectiveMeasureKnown'
  | 'objectiveMeasureGreaterThan'
  | 'objectiveMeasureLessThan'
  | 'completed'
  | 'activityProgressKnown'
  | 'attempted'
  | 'attemptLimitExceeded'
  | 'timeLimitExceeded'
  | 'outsideAvailableTimeRange'
  | 'always';

/** imsss_v1p0util.xsd rollupRuleConditionType: the sequencing rule conditions less the measure comparisons and `always`. */
export type RollupRuleCondition = Exclude<
  SequencingRuleCondition,
  'objectiveMeasureGreaterThan' | 'objectiveMeasureLessThan' | 'always'
>;

export type PreConditionAction = 'skip' | 'disabled' | 'hiddenFromChoice' | 'stopForwardTraversal';
export type ExitConditionAction = 'exit';
export type PostConditionAction = 'exitParent' | 'exitAll' | 'retry' | 'retryAll' | 'continue' | 'previous';
export type RollupAction = 'satisfied' | 'notSatisfied' | 'completed' | 'incomplete';
export type ChildActivitySet = 'all' | 'any' | 'none' | 'atLeastCount' | 'atLeastPercent';
export type RandomizationTiming = 'never' | 'once' | 'onEachNewAttempt';
export type RollupConsideration = 'always' | 'ifAttempted' | 'ifNotSkipped' | 'ifNotSuspended';

/** <imsss:controlMode>, imsss_v1p0control.xsd. */
export interface ControlMode {
  readonly choice: boolean;
  readonly choiceExit: boolean;
  readonly flow: boolean;
  readonly forwardOnly: boolean;
  readonly useCurrentAttemptObjectiveInfo: boolean;
  readonly useCurrentAttemptProgressInfo: boolean;
}

/** <imsss:ruleCondition>, imsss_v1p0seqrule.xsd. */
export interface RuleCondition {
  readonly condition: SequencingRuleCondition;
  readonly operator: ConditionOperator;
  /** An objectiveID of this activity; undefined means its primary objective (IMS SS binding, referencedObjective). */
  readonly referencedObjective: string | undefined;
  /** Used by objectiveMeasureGreaterThan / LessThan; 0.0 when not given, as in ADL's reference implementation. */
  readonly measureThreshold: number;
}

/** A pre-condition, exit-condition or post-condition rule. */
export interface SequencingRule<Action extends string> {
  readonly conditionCombination: ConditionCombination;
  /** Never empty: a rule without conditions is left out (and reported). */
  readonly conditions: readonly RuleCondition[];
  readonly action: Action;
}

/** <imsss:sequencingRules>, each list in document order (the order the SN book evaluates them in). */
export interface SequencingRules {
  readonly preConditionRules: readonly SequencingRule<PreConditionAction>[];
  readonly exitConditionRules: readonly SequencingRule<ExitConditionAction>[];
  readonly postConditionRules: readonly SequencingRule<PostConditionAction>[];
}

/**
 * <imsss:limitConditions>, imsss_v1p0limit.xsd. None has a default: undefined means the limit's
 * control is false (no limit). Durations (xs:duration) and times (xs:dateTime) are kept as written.
 */
export interface LimitConditions {
  /** A positive number of attempts; 0 in the manifest means no limit, as in ADL's reference implementation. */
  readonly attemptLimit: number | undefined;
  readonly attemptAbsoluteDurationLimit: string | undefined;
  readonly attemptExperiencedDurationLimit: string | undefined;
  readonly activityAbsoluteDurationLimit: string | undefined;
  readonly activityExperiencedDurationLimit: string | undefined;
  readonly beginTimeLimit: string | undefined;
  readonly endTimeLimit: string | undefined;
}

/** <imsss:rollupCondition>, imsss_v1p0rollup.xsd. */
export interface RollupCondition {
  readonly condition: RollupRuleCondition;
  readonly operator: ConditionOperator;
}

/** <imsss:rollupRule>. */
export interface RollupRule {
  readonly childActivitySet: ChildActivitySet;
  readonly minimumCount: number;
  /** 0 to 1. */
  readonly minimumPercent: number;
  /** Defaults to `any` for rollup conditions, unlike sequencing rule conditions (`all`). */
  readonly conditionCombination: ConditionCombination;
  /** Never empty. */
  readonly conditions: readonly RollupCondition[];
  readonly action: RollupAction;
}

/** <imsss:rollupRules>. No rules means the SN book's default rollup rules apply. */
export interface RollupRules {
  readonly rollupObjectiveSatisfied: boolean;
  readonly rollupProgressCompletion: boolean;
  /** 0 to 1. */
  readonly objectiveMeasureWeight: number;
  readonly rules: readonly RollupRule[];
}

/** <imsss:mapInfo>, imsss_v1p0objective.xsd. */
export interface ObjectiveMapInfo {
  readonly targetObjectiveID: string;
  readonly readSatisfiedStatus: boolean;
  readonly readNormalizedMeasure: boolean;
  readonly writeSatisfiedStatus: boolean;
  readonly writeNormalizedMeasure: boolean;
}

/** <adlseq:mapInfo> (4th ed.), adlseq_v1p3.xsd: the objective's other fields shared with a global objective. */
export interface ExtendedObjectiveMapInfo {
  readonly targetObjectiveID: string;
  readonly readRawScore: boolean;
  readonly readMinScore: boolean;
  readonly readMaxScore: boolean;
  readonly readCompletionStatus: boolean;
  readonly readProgressMeasure: boolean;
  readonly writeRawScore: boolean;
  readonly writeMinScore: boolean;
  readonly writeMaxScore: boolean;
  readonly writeCompletionStatus: boolean;
  readonly writeProgressMeasure: boolean;
}

/** <imsss:primaryObjective> or <imsss:objective>, with the <adlseq:objective> of the same objectiveID. */
export interface ObjectiveDefinition {
  /** Required for an objective; a primary objective may have none (it is then not in cmi.objectives). */
  readonly objectiveID: string | undefined;
  readonly satisfiedByMeasure: boolean;
  /** -1 to 1. */
  readonly minNormalizedMeasure: number;
  readonly mapInfo: readonly ObjectiveMapInfo[];
  readonly extendedMapInfo: readonly ExtendedObjectiveMapInfo[];
}

/** <imsss:randomizationControls>, imsss_v1p0random.xsd. */
export interface RandomizationControls {
  readonly randomizationTiming: RandomizationTiming;
  /** undefined: no selection (Selection Count Status false). */
  readonly selectCount: number | undefined;
  readonly reorderChildren: boolean;
  readonly selectionTiming: RandomizationTiming;
}

/** <imsss:deliveryControls>, imsss_v1p0delivery.xsd. */
export interface DeliveryControls {
  readonly tracked: boolean;
  readonly completionSetByContent: boolean;
  readonly objectiveSetByContent: boolean;
}

/** <adlseq:constrainedChoiceConsiderations>. */
export interface ConstrainedChoiceConsiderations {
  readonly preventActivation: boolean;
  readonly constrainChoice: boolean;
}

/** <adlseq:rollupConsiderations>. */
export interface RollupConsiderations {
  readonly requiredForSatisfied: RollupConsideration;
  readonly requiredForNotSatisfied: RollupConsideration;
  readonly requiredForCompleted: RollupConsideration;
  readonly requiredForIncomplete: RollupConsideration;
  readonly measureSatisfactionIfActive: boolean;
}

/**
 * One activity's sequencing definition. <imsss:auxiliaryResources> is left out: SCORM 2004
 * defines no behaviour for it and no process of the SN book reads it.
 */
export interface SequencingDefinition {
  readonly controlMode: ControlMode;
  readonly sequencingRules: SequencingRules;
  readonly limitConditions: LimitConditions;
  readonly rollupRules: RollupRules;
  /** Every activity has one: the defaults when the manifest declares none. */
  readonly primaryObjective: ObjectiveDefinition;
  /** The other objectives, in document order, objectiveIDs unique. */
  readonly objectives: readonly ObjectiveDefinition[];
  readonly randomizationControls: RandomizationControls;
  readonly deliveryControls: DeliveryControls;
  readonly constrainedChoiceConsiderations: ConstrainedChoiceConsiderations;
  readonly rollupConsiderations: RollupConsiderations;
}

/**
 * Attributes of <organization> that scope what the learner's attempts share: adlseq:objectivesGlobalToSystem
 * (adlseq_v1p3.xsd) and adlcp:sharedDataGlobalToSystem (adlcp_v1p3.xsd, 4th ed.), both default true.
 */
export interface GlobalToSystem {
  readonly objectivesGlobalToSystem: boolean;
  readonly sharedDataGlobalToSystem: boolean;
}

export const DEFAULT_CONTROL_MODE: ControlMode = Object.freeze({
  choice: true,
  choiceExit: true,
  flow: false,
  forwardOnly: false,
  useCurrentAttemptObjectiveInfo: true,
  useCurrentAttemptProgressInfo: true,
});

export const DEFAULT_SEQUENCING_RULES: SequencingRules = Object.freeze({
  preConditionRules: Object.freeze([]),
  exitConditionRules: Object.freeze([]),
  postConditionRules: Object.freeze([]),
});

export const DEFAULT_LIMIT_CONDITIONS: LimitConditions = Object.freeze({
  attemptLimit: undefined,
  attemptAbsoluteDurationLimit: undefined,
  attemptExperiencedDurationLimit: undefined,
  activityAbsoluteDurationLimit: undefined,
  activityExperiencedDurationLimit: undefined,
  beginTimeLimit: undefined,
  endTimeLimit: undefined,
});

export const DEFAULT_ROLLUP_RULES: RollupRules = Object.freeze({
  rollupObjectiveSatisfied: true,
  rollupProgressCompletion: true,
  objectiveMeasureWeight: 1,
  rules: Object.freeze([]),
});

export const DEFAULT_MAP_INFO_FLAGS: Omit<ObjectiveMapInfo, 'targetObjectiveID'> = Object.freeze({
  readSatisfiedStatus: true,
  readNormalizedMeasure: true,
  writeSatisfiedStatus: false,
  writeNormalizedMeasure: false,
});

export const DEFAULT_EXTENDED_MAP_INFO_FLAGS: Omit<ExtendedObjectiveMapInfo, 'targetObjectiveID'> = Object.freeze({
  readRawScore: true,
  readMinScore: true,
  readMaxScore: true,
  readCompletionStatus: true,
  readProgressMeasure: true,
  writeRawScore: false,
  writeMinScore: false,
  writeMaxScore: false,
  writeCompletionStatus: false,
  writeProgressMeasure: false,
});

export const DEFAULT_PRIMARY_OBJECTIVE: ObjectiveDefinition = Object.freeze({
  objectiveID: undefined,
  satisfiedByMeasure: false,
  minNormalizedMeasure: 1,
  mapInfo: Object.freeze([]),
  extendedMapInfo: Object.freeze([]),
});

export const DEFAULT_RANDOMIZATION_CONTROLS: RandomizationControls = Object.freeze({
  randomizationTiming: 'never',
  selectCount: undefined,
  reorderChildren: false,
  selectionTiming: 'never',
});

export const DEFAULT_DELIVERY_CONTROLS: DeliveryControls = Object.freeze({
  tracked: true,
  completionSetByContent: false,
  objectiveSetByContent: false,
});

export const DEFAULT_CONSTRAINED_CHOICE_CONSIDERATIONS: ConstrainedChoiceConsiderations = Object.freeze({
  preventActivation: false,
  constrainChoice: false,
});

export const DEFAULT_ROLLUP_CONSIDERATIONS: RollupConsiderations = Object.freeze({
  requiredForSatisfied: 'always',
  requiredForNotSatisfied: 'always',
  requiredForCompleted: 'always',
  requiredForIncomplete: 'always',
  measureSatisfactionIfActive: true,
});

export const DEFAULT_SEQUENCING: SequencingDefinition = Object.freeze({
  controlMode: DEFAULT_CONTROL_MODE,
  sequencingRules: DEFAULT_SEQUENCING_RULES,
  limitConditions: DEFAULT_LIMIT_CONDITIONS,
  rollupRules: DEFAULT_ROLLUP_RULES,
  primaryObjective: DEFAULT_PRIMARY_OBJECTIVE,
  objectives: Object.freeze([]),
  randomizationControls: DEFAULT_RANDOMIZATION_CONTROLS,
  deliveryControls: DEFAULT_DELIVERY_CONTROLS,
  constrainedChoiceConsiderations: DEFAULT_CONSTRAINED_CHOICE_CONSIDERATIONS,
  rollupConsiderations: DEFAULT_ROLLUP_CONSIDERATIONS,
});

export const DEFAULT_GLOBAL_TO_SYSTEM: GlobalToSystem = Object.freeze({
  objectivesGlobalToSystem: true,
  sharedDataGlobalToSystem: true,
});
