// Test fixture of the objective and rollup tests: activity trees from small manifests written
// in the tests, workspaces over them with a settable clock, and setters for tracking values.
import assert from 'node:assert/strict';
import { FindingList } from '../../../../src/runtime/package/findings.js';
import { parseManifest } from '../../../../src/runtime/package/manifest/manifest-parser.js';
import { readXml } from '../../../../src/runtime/package/xml/xml-reader.js';
import { buildActivityTree, type Activity, type ActivityTree } from '../../../../src/runtime/sequencing/activity-tree.js';
import { SequencingWorkspace } from '../../../../src/runtime/sequencing/sequencing-workspace.js';
import { emptySequencingState, type ActivityTracking, type ObjectiveProgress } from '../../../../src/runtime/sequencing/tracking-model.js';

/** A tree from an organization's content (items, then the organization's own sequencing). Leaves launch resource R. */
export function treeOf(body: string): ActivityTree {
  const xml = `<manifest identifier="M" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
      xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3" xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
      xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3">
    <metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>
    <organizations default="ORG"><organization identifier="ORG"><title>Course</title>${body}</organization></organizations>
    <resources><resource identifier="R" type="webcontent" adlcp:scormType="sco" href="sco.html"/></resources>
  </manifest>`;
  const findings = new FindingList();
  const model = parseManifest(readXml(xml, 'imsmanifest.xml', findings)!, 'imsmanifest.xml', findings);
  assert.equal(findings.hasErrors, false, JSON.stringify(findings));
  return buildActivityTree(model)!;
}

/** A leaf item; `extra` goes inside it (sequencing, adlcp:completionThreshold). */
export function leaf(id: string, extra = ''): string {
  return `<item identifier="${id}" identifierref="R"><title>${id}</title>${extra}</item>`;
}

/** A cluster item: its children's XML, then its optional extra XML. */
export function cluster(id: string, children: string, extra = ''): string {
  return `<item identifier="${id}"><title>${id}</title>${children}${extra}</item>`;
}

export function seq(content: string): string {
  return `<imsss:sequencing>${content}</imsss:sequencing>`;
}

/** One rollup rule; `conditions` as condition or not:condition. */
export function rollupRule(action: string, conditions: readonly string[], attributes = '', combination = 'any'): string {
  const inner = conditions
    .map((condition) => condition.startsWith('not:')
      ? `<imsss:rollupCondition condition="${condition.slice(4)}" operator="not"/>`
      : `<imsss:rollupCondition condition="${condition}"/>`)
    .join('');
  return `<imsss:rollupRule ${attributes}><imsss:rollupConditions conditionCombination="${combination}">${inner}` +
    `</imsss:rollupConditions><imsss:rollupAction action="${action}"/></imsss:rollupRule>`;
}

/** A mutable clock for tests. */
export class TestClock {
  time = Date.UTC(2026, 0, 1);
  now(): number {
    return this.time;
  }
}

export interface Fixture {
  readonly tree: ActivityTree;
  readonly ws: SequencingWorkspace;
  readonly clock: TestClock;
  get(id: string): Activity;
}

export function fixture(body: string): Fixture {
  const tree = treeOf(body);
  const clock = new TestClock();
  const ws = new SequencingWorkspace(tree, emptySequencingState(tree.root.id), { clock, random: () => 0 });
  return {
    tree,
    ws,
    clock,
    get(id: string): Activity {
      const activity = tree.get(id);
      assert.ok(activity, `no activity ${id}`);
      return activity;
    },
  };
}

/** Changes an activity's tracking record. */
export function track(f: Fixture, id: string, values: Partial<ActivityTracking>): void {
  Object.assign(f.ws.edit(f.get(id)), values);
}

/** Changes one objective (0: primary) of an activity. */
export function objective(f: Fixture, id: string, values: Partial<ObjectiveProgress>, index = 0): void {
  Object.assign(f.ws.edit(f.get(id)).objectives[index]!, values);
}

/** An attempted activity: activity progress known, one attempt. */
export function attempted(f: Fixture, id: string): void {
  track(f, id, { activityProgressStatus: true, activityAttemptCount: 1 });
}

/** The primary objective is known satisfied (true) or not satisfied (false). */
export function satisfied(f: Fixture, id: string, value: boolean): void {
  attempted(f, id);
  objective(f, id, { progressStatus: true, satisfiedStatus: value });
}

/** The attempt is known completed (true) or incomplete (false). */
export function completed(f: Fixture, id: string, value: boolean): void {
  attempted(f, id);
  track(f, id, { attemptProgressStatus: true, attemptCompletionStatus: value });
}
