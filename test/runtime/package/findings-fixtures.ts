// The smallest packages that produce each finding of the validation report: manifests written
// one element a line (so a finding's line can be looked up by the text it is about), the files
// they launch, and zips made with fflate or by hand.
import assert from 'node:assert/strict';
import { strToU8, zipSync } from 'fflate';
import type { Finding } from '../../../src/runtime/package/findings.js';
import { openPackage, type OpenedPackage } from '../../../src/runtime/package/open-package.js';
import { memoryPackageFiles } from '../../../src/runtime/package/package-files.js';
import { memoryByteSource, openZipPackage, type ByteSource, type ZipLimits } from '../../../src/runtime/package/zip-package.js';

export const NAMESPACES_2004 =
  'xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3" ' +
  'xmlns:imsss="http://www.imsglobal.org/xsd/imsss" xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"';

export const NAMESPACES_12 = 'xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"';

/** The launch file every fixture's SCO starts at. */
export const LESSON = 'lesson.html';

/** A SCO resource "RES-1" launched from lesson.html, which it lists; `inside` goes after its <file>. */
export function scoResource(inside = ''): string {
  return `<resource identifier="RES-1" type="webcontent" adlcp:scormType="sco" href="${LESSON}"><file href="${LESSON}"/>${inside}</resource>`;
}

/** A leaf item "ITEM-1" launching RES-1; `inside` goes after its title. */
export function leafItem(inside = '', attributes = 'identifier="ITEM-1" identifierref="RES-1"'): string {
  return `<item ${attributes}>\n<title>Lesson one</title>\n${inside}\n</item>`;
}

export interface ManifestParts {
  /** The <manifest> start tag's attributes (the 2004 namespaces and identifier="MANIFEST-1" by default). */
  readonly root?: string;
  readonly metadata?: string;
  /** The <organizations> element whole (one organization "ORG-1" of `items` by default). */
  readonly organizations?: string;
  /** The items of the default organization, when `organizations` is not given. */
  readonly items?: string;
  /** The <resource> elements (scoResource() by default). */
  readonly resources?: string;
  /** Elements after <resources>: a sequencingCollection, a sub-manifest. */
  readonly after?: string;
}

/** A SCORM 2004 4th ed. manifest that gives no finding, but for the part a test replaces. */
export function manifest2004(parts: ManifestParts = {}): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest ${parts.root ?? `identifier="MANIFEST-1" ${NAMESPACES_2004}`}>`,
    parts.metadata ?? '<metadata>\n<schema>ADL SCORM</schema>\n<schemaversion>2004 4th Edition</schemaversion>\n</metadata>',
    parts.organizations ?? organizations(parts.items ?? leafItem()),
    `<resources>\n${parts.resources ?? scoResource()}\n</resources>`,
    parts.after ?? '',
    '</manifest>',
  ].join('\n');
}

/** A SCORM 1.2 manifest that gives no finding, but for the part a test replaces. */
export function manifest12(parts: ManifestParts = {}): string {
  return manifest2004({
    root: `identifier="MANIFEST-1" ${NAMESPACES_12}`,
    metadata: '<metadata>\n<schema>ADL SCORM</schema>\n<schemaversion>1.2</schemaversion>\n</metadata>',
    resources: `<resource identifier="RES-1" type="webcontent" adlcp:scormtype="sco" href="${LESSON}"><file href="${LESSON}"/></resource>`,
    ...parts,
  });
}

/** <organizations> with one organization "ORG-1", the default, holding `items`. */
export function organizations(items: string, attributes = 'default="ORG-1"'): string {
  return `<organizations ${attributes}>\n<organization identifier="ORG-1">\n<title>Course</title>\n${items}\n</organization>\n</organizations>`;
}

/** A 2004 manifest whose item ITEM-1 has this <imsss:sequencing> content. */
export function sequencedManifest(sequencing: string): string {
  return manifest2004({ items: leafItem(`<imsss:sequencing>\n${sequencing}\n</imsss:sequencing>`) });
}

/** The element path of ITEM-1 in the fixtures' organization. */
export const ITEM_PATH = 'manifest/organizations/organization[ORG-1]/item[ITEM-1]';

/** Opens a package of this manifest and `files` (lesson.html is there unless replaced). */
export function openManifest(manifest: string | Uint8Array, files: Readonly<Record<string, string | Uint8Array>> = { [LESSON]: '<html></html>' }): Promise<OpenedPackage> {
  return openPackage(memoryPackageFiles({ 'imsmanifest.xml': manifest, ...files }));
}

/** The name the zip fixtures are opened under: the path of archive-wide zip findings would name it. */
export const ZIP_ORIGIN = 'course.zip';

export function openZipSource(source: ByteSource | Promise<ByteSource>, limits?: Partial<ZipLimits>): Promise<OpenedPackage> {
  return openZipPackage(source, ZIP_ORIGIN, limits === undefined ? {} : { limits });
}

export function openZipBytes(bytes: Uint8Array, limits?: Partial<ZipLimits>): Promise<OpenedPackage> {
  return openZipSource(memoryByteSource(bytes), limits);
}

/** A zip, deflated by fflate, of a clean package and `extra` files. */
export function packageZip(extra: Readonly<Record<string, string>> = {}): Uint8Array {
  const files: Record<string, Uint8Array> = { 'imsmanifest.xml': strToU8(manifest2004()), [LESSON]: strToU8('<html></html>') };
  for (const [name, text] of Object.entries(extra)) files[name] = strToU8(text);
  return zipSync(files);
}

/** The 1-based line of the first occurrence of `needle` in `text`. */
export function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  assert.notEqual(at, -1, `the fixture has no ${needle}`);
  return text.slice(0, at).split('\n').length;
}

/** The one finding with `code`; fails, listing every finding, when there is none or more than one. */
export function findingCoded(opened: OpenedPackage, code: string): Finding {
  const matching = opened.findings.filter((finding) => finding.code === code);
  assert.equal(matching.length, 1, `expected one ${code} in ${JSON.stringify(opened.findings, null, 1)}`);
  return matching[0]!;
}

/** The package's only finding: the fixture produces this code and nothing else. */
export function soleFinding(opened: OpenedPackage, code: string): Finding {
  assert.deepEqual(opened.findings.map((finding) => finding.code), [code], JSON.stringify(opened.findings, null, 1));
  return opened.findings[0]!;
}

export interface Expected {
  readonly severity: Finding['severity'];
  readonly path: string;
  /** The line, for a finding about a manifest element; undefined where the finding has none. */
  readonly line: number | undefined;
  /** What the message must name: the identifier, file or value at fault. */
  readonly mentions: readonly string[];
}

/** Checks a finding's severity, path, line and that its message names what is at fault. */
export function assertFinding(finding: Finding, expected: Expected): void {
  assert.equal(finding.severity, expected.severity, finding.message);
  assert.equal(finding.path, expected.path);
  assert.equal(finding.line, expected.line, finding.message);
  for (const mention of expected.mentions) {
    assert.ok(finding.message.includes(mention), `the message "${finding.message}" does not name ${mention}`);
  }
}
