/**
 * The findings the sequencing parser reports. Invalid values are warnings: the default is used
 * and the package plays. A rule, map or objective that cannot be read at all is an error: it is
 * left out, so that part of the package does not behave as written.
 */
export const SequencingFinding = {
  /** XSD xs:boolean: `true`, `false`, `1` or `0`. */
  invalidBoolean: 'sequencing.invalid-boolean',
  /** A token outside the XSD's enumeration (imsss_v1p0util.xsd, adlseq_v1p3.xsd). */
  invalidToken: 'sequencing.invalid-token',
  /** XSD xs:decimal (measureType, percentType, weightType) or xs:nonNegativeInteger. */
  invalidNumber: 'sequencing.invalid-number',
  /** measureType is -1 to 1; percentType and weightType 0 to 1 (imsss_v1p0util.xsd). */
  outOfRange: 'sequencing.out-of-range',
  /** XSD xs:duration / xs:dateTime (imsss_v1p0limit.xsd). */
  invalidTime: 'sequencing.invalid-time',
  /** A `use="required"` attribute or a required child element (ruleAction, rollupAction) is missing. */
  missingPart: 'sequencing.missing-part',
  /**
   * A sequencing rule without ruleConditions (the XSD allows it). ADL's reference implementation
   * (ADLSeqUtilities.getSequencingRules) ignores such a rule, and so do we.
   */
  ruleWithoutConditions: 'sequencing.rule-without-conditions',
  /** imsss:objectives requires a primaryObjective (imsss_v1p0objective.xsd); the defaults stand in. */
  missingPrimaryObjective: 'sequencing.missing-primary-objective',
  /** objectiveIDs are unique within an activity (CAM 4th ed. §5, <objective>); the later one is left out. */
  duplicateObjectiveId: 'sequencing.duplicate-objective-id',
  /** An adlseq:objective extends the imsss objective of the same objectiveID (CAM 4th ed. §5); none has it. */
  unmatchedExtendedObjective: 'sequencing.unmatched-extended-objective',
  /** A ruleCondition's referencedObjective names no objective of the activity. */
  unknownReferencedObjective: 'sequencing.unknown-referenced-objective',
  /** An element of the imsss or adlseq namespace that has no place in <imsss:sequencing>. */
  unknownElement: 'sequencing.unknown-element',
  /** IDRef names no <imsss:sequencing> of the manifest's <imsss:sequencingCollection> (xs:IDREF). */
  unknownCollectionRef: 'sequencing.unknown-collection-ref',
  /** Two sequencingCollection entries with one ID (xs:ID is unique); the first is used. */
  duplicateCollectionId: 'sequencing.duplicate-collection-id',
  /** A sequencingCollection entry without an ID cannot be referenced. */
  collectionEntryWithoutId: 'sequencing.collection-entry-without-id',
} as const;
