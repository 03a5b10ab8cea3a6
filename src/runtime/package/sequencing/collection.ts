/**
 * CAM 4th ed. §5 <imsss:sequencingCollection>: sequencing definitions a manifest declares once
 * and its items reference by IDRef. The referencing <imsss:sequencing> keeps its own child
 * elements; the collection's entry contributes each child element the item does not have
 * (matched by namespace and local name), so an element on the item, even an empty one,
 * replaces the same element of the collection. ADL's reference implementation
 * (ADLSeqUtilities.bulidActivityNode) combines them the same way; ADL's test CM-08 pads ID and
 * IDRef with spaces and RU-01ab overrides rollupRules with an empty element.
 */
import type { FindingSink } from '../findings.js';
import { IMSSS } from '../namespaces.js';
import { attributeValue, childElement, childElements, type XmlElement } from '../xml/xml-tree.js';
import { collapse, report, type ParseContext } from './attribute-values.js';
import { SequencingFinding } from './finding-codes.js';

const COLLECTION_PATH = 'manifest/sequencingCollection';

/** The entries of the manifest's <imsss:sequencingCollection> by ID (xs:ID, whitespace collapsed). */
export function readSequencingCollection(root: XmlElement, findings: FindingSink): Map<string, XmlElement> {
  const entries = new Map<string, XmlElement>();
  const collection = childElement(root, IMSSS, 'sequencingCollection');
  if (collection === undefined) return entries;
  const context: ParseContext = { path: COLLECTION_PATH, findings };
  for (const sequencing of childElements(collection, IMSSS, 'sequencing')) {
    const id = collapse(attributeValue(sequencing, 'ID') ?? '');
    if (id === '') {
      report(context, sequencing, SequencingFinding.collectionEntryWithoutId, 'warning', '<imsss:sequencing> in the sequencingCollection has no ID; nothing can use it.');
    } else if (entries.has(id)) {
      report(context, sequencing, SequencingFinding.duplicateCollectionId, 'warning', `Two <imsss:sequencing> in the sequencingCollection have ID "${id}"; the first is used.`);
    } else {
      entries.set(id, sequencing);
    }
  }
  return entries;
}

/** The collection entry an activity's <imsss:sequencing> references, with the element path its findings name. */
export interface ReferencedEntry {
  readonly element: XmlElement;
  readonly path: string;
}

/**
 * The entry `sequencing` references by IDRef; undefined when it references none, or (an error)
 * one the collection does not have. `path`: the referencing <imsss:sequencing>'s element path.
 */
export function referencedEntry(
  sequencing: XmlElement,
  collection: ReadonlyMap<string, XmlElement>,
  path: string,
  findings: FindingSink,
): ReferencedEntry | undefined {
  const reference = attributeValue(sequencing, 'IDRef');
  if (reference === undefined) return undefined;
  const id = collapse(reference);
  const element = collection.get(id);
  if (element === undefined) {
    report({ path, findings }, sequencing, SequencingFinding.unknownCollectionRef, 'error', `IDRef "${reference}" names no <imsss:sequencing> of the sequencingCollection; the activity uses only its own sequencing.`);
    return undefined;
  }
  return { element, path: `${COLLECTION_PATH}/sequencing[${id}]` };
}
