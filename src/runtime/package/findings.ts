/**
 * What the package code finds wrong with a package: each finding has a stable code (documented,
 * for tools and tests), a severity, where it is, and a message a course author understands.
 *
 * Codes are `area.kebab-name` (`xml.not-well-formed`, `manifest.duplicate-identifier`,
 * `sequencing.unknown-collection-ref`, `zip.path-escapes-package` …); each area keeps its codes in
 * one place with a comment giving the rule's source (CAM / SN book section, XSD, or real-package
 * practice).
 */

/** error: the package cannot be played as it is (or that part of it); warning: it can, but something is off. */
export type Severity = 'error' | 'warning';

export interface Finding {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  /** Where in the package: a file, and inside the manifest an element path such as
   * `manifest/organizations/organization[ORG-1]/item[ITEM-3]`. */
  readonly path: string;
  /** 1-based line in the file, where known. */
  readonly line?: number;
}

/** Where parsers put what they find; parsing goes on after a finding whenever it can. */
export interface FindingSink {
  add(finding: Finding): void;
}

/** A sink that keeps findings in order. */
export class FindingList implements FindingSink {
  readonly findings: Finding[] = [];

  add(finding: Finding): void {
    this.findings.push(finding);
  }

  get hasErrors(): boolean {
    return this.findings.some((finding) => finding.severity === 'error');
  }
}
