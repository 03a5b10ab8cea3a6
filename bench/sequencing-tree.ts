/**
 * Generated activity trees for bench/sequencing.ts: a root of `modules` clusters, each of
 * `lessons` clusters of `pages` leaves, flow and choice enabled everywhere, a skip rule on every
 * leaf and default rollup, so that navigation and rollup do their usual work at scale.
 */
import { FindingList } from '../src/runtime/package/findings.js';
import { parseManifest } from '../src/runtime/package/manifest/manifest-parser.js';
import { readXml } from '../src/runtime/package/xml/xml-reader.js';
import { buildActivityTree, type ActivityTree } from '../src/runtime/sequencing/activity-tree.js';
import type { RuntimeReport } from '../src/runtime/sequencing/navigator.js';
import { createSequencer } from '../src/runtime/sequencing/sequencer.js';
import type { SequencingEnvironment } from '../src/runtime/sequencing/sequencing-workspace.js';
import type { SequencingState } from '../src/runtime/sequencing/tracking-model.js';

const CLUSTER = '<imsss:sequencing><imsss:controlMode choice="true" flow="true"/></imsss:sequencing>';
const LEAF =
  '<imsss:sequencing><imsss:sequencingRules><imsss:preConditionRule><imsss:ruleConditions>' +
  '<imsss:ruleCondition condition="satisfied"/></imsss:ruleConditions><imsss:ruleAction action="skip"/>' +
  '</imsss:preConditionRule></imsss:sequencingRules></imsss:sequencing>';

/**
 * A leaf whose primary objective reads (and, for `writer`, writes) the global objective `shared`:
 * when the writer's status changes, every cluster holding a reader must roll up again.
 */
function sharedObjectiveLeaf(writer: boolean): string {
  return '<imsss:sequencing><imsss:objectives><imsss:primaryObjective objectiveID="p">' +
    `<imsss:mapInfo targetObjectiveID="shared" writeSatisfiedStatus="${writer}"/>` +
    '</imsss:primaryObjective></imsss:objectives></imsss:sequencing>';
}

/**
 * The tree of (1 + modules × (1 + lessons × (1 + pages))) activities. With `sharedObjective`,
 * every leaf reads one global objective that the first leaf writes, instead of the skip rule.
 */
export function sequencingTree(modules: number, lessons: number, pages: number, sharedObjective = false): ActivityTree {
  let items = '';
  for (let m = 0; m < modules; m++) {
    items += `<item identifier="M${m}"><title>Module ${m}</title>`;
    for (let l = 0; l < lessons; l++) {
      items += `<item identifier="M${m}L${l}"><title>Lesson ${l}</title>`;
      for (let p = 0; p < pages; p++) {
        const first = m === 0 && l === 0 && p === 0;
        const sequencing = sharedObjective ? sharedObjectiveLeaf(first) : LEAF;
        items += `<item identifier="M${m}L${l}P${p}" identifierref="R"><title>Page ${p}</title>${sequencing}</item>`;
      }
      items += `${CLUSTER}</item>`;
    }
    items += `${CLUSTER}</item>`;
  }
  const xml =
    '<manifest identifier="M" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3" ' +
    'xmlns:imsss="http://www.imsglobal.org/xsd/imsss"><metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>' +
    `<organizations default="O"><organization identifier="O"><title>Course</title>${items}${CLUSTER}</organization></organizations>` +
    '<resources><resource identifier="R" type="webcontent" adlcp:scormType="sco" href="sco.html"/></resources></manifest>';
  const findings = new FindingList();
  const manifest = parseManifest(readXml(xml, 'imsmanifest.xml', findings)!, 'imsmanifest.xml', findings);
  if (findings.hasErrors) throw new Error(`the generated manifest has errors: ${findings.findings[0]?.message}`);
  return buildActivityTree(manifest)!;
}

/** The score every bench SCO reports. */
export const BENCH_SCORE = 0.9;

/** What a bench SCO reports when it ends: completed and passed, with BENCH_SCORE. */
export function passedReport(activityId: string): RuntimeReport {
  return {
    activityId, completionStatus: 'completed', successStatus: 'passed', completionStatusSet: true, successStatusSet: true,
    scoreScaled: BENCH_SCORE, scoreRaw: undefined, scoreMin: undefined, scoreMax: undefined, progressMeasure: undefined,
    objectives: [], sessionTime: 60_000, exit: '',
  };
}

/** A learner half way through: every leaf before the middle one passed, the middle one delivered and reported so. */
export function halfWay(tree: ActivityTree, environment: SequencingEnvironment): SequencingState {
  const sequencer = createSequencer(tree, environment);
  sequencer.navigate({ type: 'start' });
  const leaves = tree.activities.filter((activity) => activity.children.length === 0).length;
  for (let visited = 1; visited < leaves / 2; visited++) {
    sequencer.reportRuntime(passedReport(sequencer.currentActivity!.id));
    sequencer.navigate({ type: 'continue' });
  }
  sequencer.reportRuntime(passedReport(sequencer.currentActivity!.id));
  return sequencer.state;
}
