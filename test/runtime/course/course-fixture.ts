// Small packages written in the tests, and a navigator that follows the leaves in order: enough
// to drive a course session without the sequencer, and to see what the session asks of it.
import assert from 'node:assert/strict';
import { FindingList } from '../../../src/runtime/package/findings.js';
import { parseManifest } from '../../../src/runtime/package/manifest/manifest-parser.js';
import type { ManifestModel } from '../../../src/runtime/package/manifest/model.js';
import { readXml } from '../../../src/runtime/package/xml/xml-reader.js';
import type { Activity, ActivityTree } from '../../../src/runtime/sequencing/activity-tree.js';
import type { NavigationResult, Navigator, RuntimeReport, TocAvailability } from '../../../src/runtime/sequencing/navigator.js';
import type { NavigationRequest } from '../../../src/runtime/sequencing/requests.js';

export function manifestOf(xml: string): ManifestModel {
  const findings = new FindingList();
  const root = readXml(xml, 'imsmanifest.xml', findings);
  assert.ok(root);
  const model = parseManifest(root, 'imsmanifest.xml', findings);
  assert.equal(findings.hasErrors, false, JSON.stringify(findings.findings));
  return model;
}

export const scorm2004Namespaces = `xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3" xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
    xmlns:imsss="http://www.imsglobal.org/xsd/imsss"`;

/** Three SCOs under a flow root; the first with every launch value the manifest can give. */
export const threeScos = `<manifest identifier="M" ${scorm2004Namespaces}>
  <metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>
  <organizations default="ORG">
    <organization identifier="ORG">
      <title>Course</title>
      <item identifier="A1" identifierref="R" parameters="?n=1"><title>One</title>
        <adlcp:timeLimitAction>exit,message</adlcp:timeLimitAction>
        <adlcp:dataFromLMS>hello</adlcp:dataFromLMS>
        <adlcp:completionThreshold completedByMeasure="true" minProgressMeasure="0.75"/>
        <imsss:sequencing>
          <imsss:limitConditions attemptAbsoluteDurationLimit="PT1H"/>
          <imsss:objectives>
            <imsss:primaryObjective satisfiedByMeasure="true"><imsss:minNormalizedMeasure>0.6</imsss:minNormalizedMeasure></imsss:primaryObjective>
            <imsss:objective objectiveID="obj1"/>
            <imsss:objective objectiveID="obj2"/>
          </imsss:objectives>
        </imsss:sequencing>
      </item>
      <item identifier="A2" identifierref="R"><title>Two</title></item>
      <item identifier="A3" identifierref="R"><title>Three</title></item>
      <imsss:sequencing><imsss:controlMode flow="true"/></imsss:sequencing>
    </organization>
  </organizations>
  <resources><resource identifier="R" type="webcontent" adlcp:scormType="sco" href="sco.html"/></resources>
</manifest>`;

/**
 * Leaves in tree order: start and resumeAll deliver, continue/previous move by one, choice and
 * jump go to the target, exitAll/suspendAll/abandonAll end the session. Records what it is told.
 */
export class LeafNavigator implements Navigator {
  readonly scorm = '2004';
  readonly tree: ActivityTree;
  readonly reports: RuntimeReport[] = [];
  readonly requests: NavigationRequest[] = [];
  readonly #leaves: Activity[];
  currentActivity: Activity | undefined;
  suspendedActivity: Activity | undefined;

  constructor(tree: ActivityTree) {
    this.tree = tree;
    this.#leaves = tree.activities.filter((activity) => activity.children.length === 0);
  }

  navigate(request: NavigationRequest): NavigationResult {
    this.requests.push(request);
    const target = this.#target(request);
    if (target === 'end') {
      if (request.type === 'suspendAll') this.suspendedActivity = this.currentActivity;
      this.currentActivity = undefined;
      return { exception: undefined, deliver: undefined, endSession: true };
    }
    if (target === undefined) return { exception: 'NB.2.1-1', deliver: undefined, endSession: false };
    this.currentActivity = target;
    return { exception: undefined, deliver: target, endSession: false };
  }

  isValid(request: NavigationRequest): boolean {
    return this.#target(request) !== undefined;
  }

  tocAvailability(): ReadonlyMap<string, TocAvailability> {
    return new Map(this.tree.activities.map((activity) => [activity.id, 'enabled' as const]));
  }

  reportRuntime(report: RuntimeReport): void {
    this.reports.push(report);
  }

  saveState(): unknown {
    return { current: this.currentActivity?.id ?? null, reports: this.reports.length };
  }

  #target(request: NavigationRequest): Activity | undefined | 'end' {
    const index = this.currentActivity === undefined ? -1 : this.#leaves.indexOf(this.currentActivity);
    switch (request.type) {
      case 'start':
        return this.#leaves[0];
      case 'resumeAll':
        return this.suspendedActivity;
      case 'continue':
        return index < 0 ? undefined : this.#leaves[index + 1];
      case 'previous':
        return index <= 0 ? undefined : this.#leaves[index - 1];
      case 'choice':
      case 'jump':
        return this.#leaves.find((leaf) => leaf.id === request.target);
      case 'exitAll':
      case 'suspendAll':
      case 'abandonAll':
        return 'end';
      default:
        return undefined;
    }
  }
}
