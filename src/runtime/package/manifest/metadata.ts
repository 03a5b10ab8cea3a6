/**
 * <metadata> (CAM 4th ed. §4; SCORM 1.2 CAM §2.3, <metadata>): the ADL schema name and version,
 * adlcp:location references to metadata files, and the parts of inline LOM a player shows
 * (general/title, general/description, general/keyword). IEEE LOM (2004) writes a langstring as
 * <string language>, IMS metadata 1.2.1 (SCORM 1.2) as <langstring xml:lang>.
 */
import { ADLCP, LOM, XML } from '../namespaces.js';
import { childElement, childElements, type XmlElement } from '../xml/xml-tree.js';
import type { LangString, Metadata } from './model.js';
import { attribute, CP, textOf } from './values.js';

export function parseMetadata(element: XmlElement | undefined): Metadata | undefined {
  if (element === undefined) return undefined;
  const schema = childElement(element, CP, 'schema');
  const schemaVersion = childElement(element, CP, 'schemaversion');
  const general = childElement(childElement(element, LOM, 'lom') ?? element, LOM, 'general');
  return {
    schema: schema === undefined ? undefined : textOf(schema),
    schemaVersion: schemaVersion === undefined ? undefined : textOf(schemaVersion),
    locations: childElements(element, ADLCP, 'location').map(textOf),
    title: langStrings(general, 'title'),
    description: langStrings(general, 'description'),
    keywords: langStrings(general, 'keyword'),
  };
}

/** The langstrings of every `name` child of LOM <general>. */
function langStrings(general: XmlElement | undefined, name: string): LangString[] {
  if (general === undefined) return [];
  const strings: LangString[] = [];
  for (const holder of childElements(general, LOM, name)) {
    for (const child of holder.children) {
      if (!LOM.has(child.namespace)) continue;
      if (child.localName === 'string') strings.push({ language: attribute(child, 'language'), value: textOf(child) });
      else if (child.localName === 'langstring') strings.push({ language: attribute(child, 'lang', XML), value: textOf(child) });
    }
  }
  return strings;
}
