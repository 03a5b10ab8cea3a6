// A small driver for sequencing scenarios: builds an activity tree from a few lines of
// manifest XML and plays a learner's visits (what the SCO reports, what it requests) against
// createSequencer, recording the delivered order.
import assert from 'node:assert/strict';
import type { Clock } from '../../../../src/runtime/clock.js';
import { FindingList } from '../../../../src/runtime/package/findings.js';
import { parseManifest } from '../../../../src/runtime/package/manifest/manifest-parser.js';
import { readXml } from '../../../../src/runtime/package/xml/xml-reader.js';
import { buildActivityTree, type ActivityTree } from '../../../../src/runtime/sequencing/activity-tree.js';
import type { NavigationResult, RuntimeReport } from '../../../../src/runtime/sequencing/navigator.js';
import type { NavigationRequest } from '../../../../src/runtime/sequencing/requests.js';
import { createSequencer, type Sequencer } from '../../../../src/runtime/sequencing/sequencer.js';
import type { SequencingState } from '../../../../src/runtime/sequencing/tracking-model.js';

/** A leaf item launching the one SCO, with optional imsss:sequencing content. */
export function leaf(id: string, sequencing = '', attributes = '', extra = ''): string {
  return `<item identifier="${id}" identifierref="R"${attributes}><title>${id}</title>${extra}${wrap(sequencing)}</item>`;
}

/** A cluster item. */
export function cluster(id: string, children: readonly string[], sequencing = ''): string {
  return `<item identifier="${id}"><title>${id}</title>${children.join('')}${wrap(sequencing)}</item>`;
}

function wrap(sequencing: string): string {
  return sequencing === '' ? '' : `<imsss:sequencing>${sequencing}</imsss:sequencing>`;
}

/** The tree of an organization `ORG` with these items, root sequencing and <organization> attributes. */
export function treeOf(items: readonly string[], rootSequencing = '', organizationAttributes = ''): ActivityTree {
  const xml = `<manifest identifier="M" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
      xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3" xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
      xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3">
    <metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>
    <organizations default="ORG"><organization identifier="ORG" ${organizationAttributes}><title>Course</title>
      ${items.join('\n')}${wrap(rootSequencing)}
    </organization></organizations>
    <resources><resource identifier="R" type="webcontent" adlcp:scormType="sco" href="sco.html"/></resources>
  </manifest>`;
  const findings = new FindingList();
  const model = parseManifest(readXml(xml, 'imsmanifest.xml', findings)!, 'imsmanifest.xml', findings);
  assert.equal(findings.hasErrors, false, 'test manifest must be valid');
  return buildActivityTree(model)!;
}

/** A clock the test moves by hand. */
export class ManualClock implements Clock {
  time = 1_700_000_000_000;
  now(): number {
    return this.time;
  }
}

/** What a SCO reports before it terminates; everything else is "not set". */
export interface Report {
  completion?: string;
  success?: string;
  scaled?: number;
  progress?: number;
  exit?: string;
  sessionTime?: number;
  objectives?: RuntimeReport['objectives'];
}

export function runtimeReport(activityId: string, report: Report = {}): RuntimeReport {
  return {
    activityId,
    completionStatus: report.completion ?? 'unknown',
    successStatus: report.success ?? 'unknown',
    completionStatusSet: report.completion !== undefined,
    successStatusSet: report.success !== undefined,
    scoreScaled: report.scaled,
    scoreRaw: undefined,
    scoreMin: undefined,
    scoreMax: undefined,
    progressMeasure: report.progress,
    objectives: report.objectives ?? [],
    sessionTime: report.sessionTime ?? 0,
    exit: report.exit ?? '',
  };
}

/** Plays a session: each step reports for the delivered SCO, then issues a request. */
export class Scenario {
  readonly sequencer: Sequencer;
  readonly delivered: string[] = [];
  readonly clock = new ManualClock();
  last: NavigationResult | undefined;

  constructor(tree: ActivityTree, state?: SequencingState) {
    this.sequencer = createSequencer(tree, { state, clock: this.clock, random: () => 0.5 });
  }

  /** Issues a request (LMS UI or content), recording a delivery. */
  request(request: NavigationRequest): NavigationResult {
    this.clock.time += 1000;
    const result = this.sequencer.navigate(request);
    this.last = result;
    if (result.deliver !== undefined) this.delivered.push(result.deliver.id);
    return result;
  }

  /** The current SCO reports, then the request is issued (as at Terminate with adl.nav.request). */
  visit(report: Report, request: NavigationRequest): NavigationResult {
    const current = this.sequencer.currentActivity;
    assert.ok(current !== undefined, 'a SCO must be delivered to report');
    this.sequencer.reportRuntime(runtimeReport(current.id, report));
    return this.request(request);
  }
}

export const CONTINUE: NavigationRequest = { type: 'continue' };
export const PREVIOUS: NavigationRequest = { type: 'previous' };
export const START: NavigationRequest = { type: 'start' };
export const EXIT_ALL: NavigationRequest = { type: 'exitAll' };
export const choice = (target: string): NavigationRequest => ({ type: 'choice', target });
export const jump = (target: string): NavigationRequest => ({ type: 'jump', target });

/** Sequencing XML snippets. */
export const FLOW = '<imsss:controlMode flow="true" choice="false"/>';
export interface Rule {
  /** Each condition as `name`, `not name`, or `name:threshold` for the measure comparisons. */
  readonly when: readonly string[];
  readonly action: string;
  readonly combination?: 'all' | 'any';
}

/** <imsss:sequencingRules> with the given pre-, exit- and post-condition rules. */
export function rules(kinds: { pre?: readonly Rule[]; exit?: readonly Rule[]; post?: readonly Rule[] }): string {
  const list = (kind: string, ruleList: readonly Rule[] = []) =>
    ruleList
      .map((rule) => {
        const conditions = rule.when
          .map((text) => {
            const negated = text.startsWith('not ');
            const [condition, threshold] = (negated ? text.slice(4) : text).split(':');
            const measure = threshold === undefined ? '' : ` measureThreshold="${threshold}"`;
            return `<imsss:ruleCondition condition="${condition}" operator="${negated ? 'not' : 'noOp'}"${measure}/>`;
          })
          .join('');
        return `<imsss:${kind}ConditionRule><imsss:ruleConditions conditionCombination="${rule.combination ?? 'all'}">${conditions}</imsss:ruleConditions><imsss:ruleAction action="${rule.action}"/></imsss:${kind}ConditionRule>`;
      })
      .join('');
  return `<imsss:sequencingRules>${list('pre', kinds.pre)}${list('exit', kinds.exit)}${list('post', kinds.post)}</imsss:sequencingRules>`;
}
