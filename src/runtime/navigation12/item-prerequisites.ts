/**
 * Every item's adlcp:prerequisites (SCORM 1.2 CAM §2.3.2.5), read once when the navigator is
 * made: those of items that launch nothing count too, as they gate everything below them. A
 * script that cannot be used is reported and the item treated as having no prerequisites: a fault
 * of the package must not lock the learner out of content.
 */
import { pathFromRoot, type Activity, type ActivityTree } from '../sequencing/activity-tree.js';
import type { Finding } from '../package/findings.js';
import { parsePrerequisites, type PrerequisitesExpression } from './prerequisites-script.js';

/** Finding codes of SCORM 1.2 prerequisites, all warnings: the course still plays. */
export const PrerequisitesFinding = {
  /** CAM 1.2 §2.3.2.5: the script is not aicc_script syntax. */
  malformed: 'prerequisites.malformed',
  /** The script names an identifier that is no item of the organization. */
  unknownIdentifier: 'prerequisites.unknown-identifier',
  /** CAM 1.2 defines only type="aicc_script". */
  unsupportedType: 'prerequisites.unsupported-type',
} as const;

export interface ItemPrerequisites {
  readonly expressions: ReadonlyMap<Activity, PrerequisitesExpression>;
  readonly findings: readonly Finding[];
}

export function readItemPrerequisites(tree: ActivityTree): ItemPrerequisites {
  const expressions = new Map<Activity, PrerequisitesExpression>();
  const findings: Finding[] = [];
  for (const activity of tree.activities) {
    const prerequisites = activity.item?.prerequisites;
    if (prerequisites === undefined || prerequisites.expression === '') continue;
    const report = (code: string, problem: string): void => {
      findings.push({
        code,
        severity: 'warning',
        message: `The prerequisites "${prerequisites.expression}" of item "${activity.id}" ${problem}; the item is treated as having none.`,
        path: elementPath(tree, activity),
      });
    };
    if (prerequisites.type !== 'aicc_script') {
      report(PrerequisitesFinding.unsupportedType, `are of type "${prerequisites.type}", and SCORM 1.2 defines only "aicc_script"`);
      continue;
    }
    const parsed = parsePrerequisites(prerequisites.expression);
    if (!parsed.ok) {
      report(PrerequisitesFinding.malformed, `cannot be read: ${parsed.error}`);
      continue;
    }
    const unknown = [...parsed.identifiers].filter((id) => tree.get(id) === undefined);
    if (unknown.length > 0) {
      report(PrerequisitesFinding.unknownIdentifier, `name ${unknown.map((id) => `"${id}"`).join(', ')}, which no item of the organization has`);
      continue;
    }
    expressions.set(activity, parsed.expression);
  }
  return { expressions, findings };
}

/** The manifest element path of an item, as package findings write it. */
function elementPath(tree: ActivityTree, activity: Activity): string {
  const items = pathFromRoot(activity).slice(1).map((item) => `/item[${item.id}]`).join('');
  return `manifest/organizations/organization[${tree.root.id}]${items}`;
}
