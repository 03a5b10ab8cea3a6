/**
 * `scorm-harness inspect ZIP|DIR|URL`: opens a package as the player would and tells what is in
 * it (organizations, items, resources, a sequencing summary) and what is wrong with it (the
 * validation report).
 */
import type { Finding } from '../runtime/package/findings.js';
import { launchUrl } from '../runtime/package/manifest/launch-url.js';
import type { Item, ManifestModel, Organization } from '../runtime/package/manifest/model.js';
import type { SequencingDefinition } from '../runtime/package/sequencing/model.js';
import type { OpenedPackage } from '../runtime/package/open-package.js';

/** The package outline and report, for people. */
export function formatInspection(target: string, opened: OpenedPackage): string {
  const lines = [`Package: ${target}`];
  const manifest = opened.manifest;
  if (manifest !== undefined) lines.push(...outline(manifest));
  const errors = opened.findings.filter((f) => f.severity === 'error').length;
  const warnings = opened.findings.length - errors;
  lines.push('', `Validation: ${opened.playable ? 'playable' : 'NOT playable'}, ${errors} error(s), ${warnings} warning(s)`);
  for (const finding of opened.findings) lines.push(`  ${describeFinding(finding)}`);
  return `${lines.join('\n')}\n`;
}

/** The package outline and report, for machines. */
export function inspectionJson(target: string, opened: OpenedPackage): object {
  const manifest = opened.manifest;
  return {
    package: target,
    playable: opened.playable,
    findings: opened.findings,
    manifest: manifest === undefined ? null : {
      identifier: manifest.identifier,
      scormVersion: manifest.scormVersion,
      edition: manifest.edition ?? null,
      defaultOrganization: manifest.defaultOrganization?.identifier ?? null,
      organizations: manifest.organizations.map((organization) => ({
        identifier: organization.identifier,
        title: organization.title,
        items: organization.items.map(itemJson),
      })),
      resources: manifest.resources.map((resource) => ({
        identifier: resource.identifier,
        scormType: resource.scormType,
        href: resource.href ?? null,
        files: resource.files.length,
      })),
    },
  };
}

interface ItemJson {
  identifier: string;
  title: string;
  launch: string | null;
  sequencing: string[];
  items: ItemJson[];
}

function itemJson(item: Item): ItemJson {
  return {
    identifier: item.identifier,
    title: item.title,
    launch: item.resource === undefined ? null : launchUrl(item.resource, item) ?? null,
    sequencing: sequencingSummary(item.sequencing),
    items: item.items.map(itemJson),
  };
}

function outline(manifest: ManifestModel): string[] {
  const edition = manifest.edition === undefined ? '' : ` ${manifest.edition} edition`;
  const lines = [`SCORM ${manifest.scormVersion}${edition}, manifest "${manifest.identifier}"`];
  for (const organization of manifest.organizations) lines.push(...organizationOutline(organization, organization === manifest.defaultOrganization));
  const scos = manifest.resources.filter((resource) => resource.scormType === 'sco').length;
  lines.push(`Resources: ${manifest.resources.length} (${scos} SCO, ${manifest.resources.length - scos} asset)`);
  return lines;
}

function organizationOutline(organization: Organization, isDefault: boolean): string[] {
  const flags = [isDefault ? 'default' : '', organization.synthesized ? 'made from the resources' : ''].filter(Boolean);
  const sequencing = sequencingSummary(organization.sequencing);
  const lines = [`Organization "${organization.title}" [${organization.identifier}]${flags.length > 0 ? ` (${flags.join(', ')})` : ''}${sequencing.length > 0 ? ` — ${sequencing.join(', ')}` : ''}`];
  const visit = (items: readonly Item[], depth: number): void => {
    for (const item of items) {
      const launch = item.resource === undefined ? '' : ` → ${launchUrl(item.resource, item) ?? '(no launch URL)'} (${item.resource.scormType})`;
      const summary = sequencingSummary(item.sequencing);
      lines.push(`${'  '.repeat(depth)}- ${item.title} [${item.identifier}]${launch}${summary.length > 0 ? ` — ${summary.join(', ')}` : ''}`);
      visit(item.items, depth + 1);
    }
  };
  visit(organization.items, 1);
  return lines;
}

/** What an activity's sequencing does that the defaults do not, in a few words. */
function sequencingSummary(sequencing: SequencingDefinition): string[] {
  const summary: string[] = [];
  const mode = sequencing.controlMode;
  if (mode.flow) summary.push('flow');
  if (!mode.choice) summary.push('no choice');
  if (!mode.choiceExit) summary.push('no choice exit');
  if (mode.forwardOnly) summary.push('forward only');
  const rules = sequencing.sequencingRules;
  const ruleCount = rules.preConditionRules.length + rules.exitConditionRules.length + rules.postConditionRules.length;
  if (ruleCount > 0) summary.push(`${ruleCount} sequencing rule(s)`);
  if (sequencing.rollupRules.rules.length > 0) summary.push(`${sequencing.rollupRules.rules.length} rollup rule(s)`);
  const objectives = [sequencing.primaryObjective, ...sequencing.objectives];
  const maps = objectives.reduce((n, objective) => n + objective.mapInfo.length + objective.extendedMapInfo.length, 0);
  if (sequencing.objectives.length > 0) summary.push(`${sequencing.objectives.length + 1} objectives`);
  if (maps > 0) summary.push(`${maps} global objective map(s)`);
  if (sequencing.limitConditions.attemptLimit !== undefined) summary.push(`attempt limit ${sequencing.limitConditions.attemptLimit}`);
  const random = sequencing.randomizationControls;
  if (random.selectCount !== undefined) summary.push(`select ${random.selectCount}`);
  if (random.reorderChildren) summary.push('randomized order');
  if (!sequencing.deliveryControls.tracked) summary.push('not tracked');
  return summary;
}

function describeFinding(finding: Finding): string {
  const where = finding.line === undefined ? finding.path : `${finding.path} (line ${finding.line})`;
  return `${finding.severity} ${finding.code} at ${where}: ${finding.message}`;
}
