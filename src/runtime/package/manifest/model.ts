/**
 * A content package manifest (imsmanifest.xml) as the player uses it: SCORM 1.2 CAM §2.3 and
 * SCORM 2004 4th ed. CAM §3.4, every value resolved to what it means (defaults applied,
 * identifiers trimmed, item → resource references followed).
 *
 * Plain interfaces, no schema library: this code ships to browsers.
 */
import type { GlobalToSystem, SequencingDefinition } from '../sequencing/model.js';

export type ScormVersion = '1.2' | '2004';

/** The SCORM 2004 edition a manifest declares: `CAM 1.3` is the 2nd, then `2004 3rd Edition`, `2004 4th Edition`. */
export type Edition = '2nd' | '3rd' | '4th';

export interface ManifestModel {
  /** <manifest identifier>, trimmed ("" when missing). */
  readonly identifier: string;
  readonly version: string | undefined;
  readonly scormVersion: ScormVersion;
  readonly edition: Edition | undefined;
  readonly metadata: Metadata | undefined;
  /** The organization <organizations default> names; undefined when there is none to play. */
  readonly defaultOrganization: Organization | undefined;
  /** Every organization in document order, the default one included. */
  readonly organizations: readonly Organization[];
  /** Every resource in document order. */
  readonly resources: readonly Resource[];
  /** The resources by identifier (trimmed, case-sensitive). */
  readonly resourcesById: ReadonlyMap<string, Resource>;
}

/** A LOM langstring: 2004 <string language>, 1.2 <langstring xml:lang>. */
export interface LangString {
  readonly language: string | undefined;
  readonly value: string;
}

/** <metadata>: CAM 4th ed. §4 (ADL SCORM schema and version, adlcp:location, inline LOM). */
export interface Metadata {
  readonly schema: string | undefined;
  readonly schemaVersion: string | undefined;
  /** adlcp:location: a metadata file in the package (not read here). */
  readonly locations: readonly string[];
  /** Inline LOM general/title, general/description, general/keyword. */
  readonly title: readonly LangString[];
  readonly description: readonly LangString[];
  readonly keywords: readonly LangString[];
}

/** <organization>: the root of an activity tree (CAM 4th ed. §3.4, <organization>). */
export interface Organization extends GlobalToSystem {
  readonly identifier: string;
  readonly title: string;
  /** `structure`, "hierarchical" by default. */
  readonly structure: string;
  readonly items: readonly Item[];
  readonly metadata: Metadata | undefined;
  readonly sequencing: SequencingDefinition;
  /**
   * True when the manifest has no <organization> and this one was made from its resources, one
   * item per launchable resource, as LMSs do for such packages (Moodle's "missing organization").
   */
  readonly synthesized: boolean;
}

/** adlcp:timeLimitAction (2004) / adlcp:timelimitaction (1.2). */
export type TimeLimitAction = 'exit,message' | 'exit,no message' | 'continue,message' | 'continue,no message';

/** adlnav:hideLMSUI tokens (adlnav_v1p3.xsd). */
export type HiddenLmsUi = 'previous' | 'continue' | 'exit' | 'exitAll' | 'abandon' | 'abandonAll' | 'suspendAll';

/**
 * adlcp:completionThreshold (CAM 4th ed. §3.4, <adlcp:completionThreshold>; SN 4th ed. §3.14). The 3rd edition wrote a
 * bare decimal as the element's text; it reads as measure-based completion at that threshold
 * (completedByMeasure true, minProgressMeasure the value), which is what the 3rd edition RTE did
 * with it (RTE 3rd ed. §4.2.4.1: a defined threshold and a reported progress measure decide
 * cmi.completion_status).
 */
export interface CompletionThreshold {
  /** Default false. */
  readonly completedByMeasure: boolean;
  /** 0..1, default 1.0. */
  readonly minProgressMeasure: number;
  /** 0..1, default 1.0. */
  readonly progressWeight: number;
}

/** adlcp:data/adlcp:map (CAM 4th ed. §3.4, <adlcp:data>): a shared data bucket the item reads or writes. */
export interface SharedDataMap {
  readonly targetId: string;
  /** Default true. */
  readonly readSharedData: boolean;
  /** Default true, as ADL's run-time and conformance suite have it (the XSD says false). */
  readonly writeSharedData: boolean;
}

/** SCORM 1.2 adlcp:prerequisites (SCORM 1.2 CAM §2.3, <adlcp:prerequisites>): an AICC script expression. */
export interface Prerequisites {
  readonly type: string;
  readonly expression: string;
}

/** <item>: an activity (CAM 4th ed. §3.4, <item>). */
export interface Item {
  readonly identifier: string;
  /** identifierref as written (trimmed); undefined when the item has none. */
  readonly identifierref: string | undefined;
  /** The resource the item launches: only leaves launch (in 2004; in 1.2 any item may). */
  readonly resource: Resource | undefined;
  readonly parameters: string | undefined;
  /** `isvisible`, default true. */
  readonly isVisible: boolean;
  readonly title: string;
  readonly items: readonly Item[];
  readonly metadata: Metadata | undefined;
  /** adlcp:dataFromLMS (1.2: adlcp:datafromlms): cmi.launch_data. */
  readonly dataFromLms: string | undefined;
  /** adlcp:timeLimitAction (1.2: adlcp:timelimitaction): cmi.time_limit_action. */
  readonly timeLimitAction: TimeLimitAction | undefined;
  readonly completionThreshold: CompletionThreshold | undefined;
  /** adlnav:presentation/navigationInterface/hideLMSUI, each token once. */
  readonly hideLmsUi: readonly HiddenLmsUi[];
  readonly sharedData: readonly SharedDataMap[];
  readonly sequencing: SequencingDefinition;
  /** 1.2 adlcp:masteryscore (0..100): cmi.student_data.mastery_score. */
  readonly masteryScore: number | undefined;
  /** 1.2 adlcp:maxtimeallowed (CMITimespan): cmi.student_data.max_time_allowed. */
  readonly maxTimeAllowed: string | undefined;
  readonly prerequisites: Prerequisites | undefined;
}

export type ScormType = 'sco' | 'asset';

/** <resource> (CAM 4th ed. §3.4, <resource>). */
export interface Resource {
  readonly identifier: string;
  /** `type`; "webcontent" for every SCORM resource. */
  readonly type: string;
  readonly scormType: ScormType;
  /** `href` as written: percent-encoding and query kept. */
  readonly href: string | undefined;
  /**
   * The xml:base of <manifest>, <resources> and <resource> resolved in turn (XML Base, RFC 3986
   * §5.2), relative to the package root: "" when none applies, else ending in "/".
   */
  readonly base: string;
  /** <file href>s, as written. */
  readonly files: readonly string[];
  /** <dependency identifierref>s, trimmed. */
  readonly dependencies: readonly string[];
  readonly metadata: Metadata | undefined;
}
