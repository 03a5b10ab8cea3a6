// Test helper (Node and browser): a small activity tree read from a manifest written here, and a
// navigator whose answers the test sets.
import { FindingList } from '../../../src/runtime/package/findings.js';
import { parseManifest } from '../../../src/runtime/package/manifest/manifest-parser.js';
import { readXml } from '../../../src/runtime/package/xml/xml-reader.js';
import { buildActivityTree, type ActivityTree } from '../../../src/runtime/sequencing/activity-tree.js';
import type { NavigationResult, Navigator, TocAvailability } from '../../../src/runtime/sequencing/navigator.js';
import type { NavigationRequest } from '../../../src/runtime/sequencing/requests.js';

/**
 * Course (ORG)
 * ├─ Module 1 (M1)
 * │  ├─ Lesson A (A)
 * │  └─ Lesson B (B)
 * └─ Lesson C (C)
 */
export function courseTree(): ActivityTree {
  const xml = `<manifest identifier="MAN" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
      xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
    <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
    <organizations default="ORG"><organization identifier="ORG"><title>Course</title>
      <item identifier="M1"><title>Module 1</title>
        <item identifier="A" identifierref="SCO"><title>Lesson A</title></item>
        <item identifier="B" identifierref="SCO"><title>Lesson B</title></item>
      </item>
      <item identifier="C" identifierref="SCO"><title>Lesson C</title></item>
    </organization></organizations>
    <resources><resource identifier="SCO" type="webcontent" adlcp:scormtype="sco" href="sco.html"/></resources>
  </manifest>`;
  const findings = new FindingList();
  const model = parseManifest(readXml(xml, 'imsmanifest.xml', findings)!, 'imsmanifest.xml', findings);
  if (findings.hasErrors) throw new Error(JSON.stringify(findings.findings));
  return buildActivityTree(model)!;
}

/** A navigator that answers what the test sets and records the requests it carries out. */
export class FakeNavigator implements Navigator {
  readonly scorm = '2004' as const;
  readonly tree: ActivityTree;
  readonly availability = new Map<string, TocAvailability>();
  readonly valid = new Set<string>();
  readonly requests: NavigationRequest[] = [];
  state: unknown = { format: 'other' };
  #current: string | undefined;

  constructor(tree: ActivityTree, currentId?: string) {
    this.tree = tree;
    this.#current = currentId;
    for (const activity of tree.activities) this.availability.set(activity.id, 'enabled');
  }

  get currentActivity() {
    return this.#current === undefined ? undefined : this.tree.get(this.#current);
  }

  get suspendedActivity() {
    return undefined;
  }

  navigate(request: NavigationRequest): NavigationResult {
    this.requests.push(request);
    const deliver = request.type === 'choice' ? this.tree.get(request.target) : undefined;
    if (deliver !== undefined) this.#current = deliver.id;
    return { exception: undefined, deliver, endSession: false };
  }

  isValid(request: NavigationRequest): boolean {
    return this.valid.has(request.type === 'choice' || request.type === 'jump' ? `${request.type}:${request.target}` : request.type);
  }

  tocAvailability(): ReadonlyMap<string, TocAvailability> {
    return this.availability;
  }

  reportRuntime(): void {}

  saveState(): unknown {
    return this.state;
  }
}
