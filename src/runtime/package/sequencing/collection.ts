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
  const sequencings = childElements(collection, IMSSS, 'sequencing');
  for (let index = 0; index < sequencings.length; index += 1) {
    const sequencing = sequencings[index]!;
    const id = collapse(attributeValue(sequencing, 'ID') ?? '');
    if (id === '') {
      report(context, sequencing, SequencingFinding.collectionEntryWithoutId, 'warning',
        `The sequencingCollection's <imsss:sequencing> #${index + 1} has no ID; nothing can use it.`);
    } else if (entries.has(id)) {
      report(context, sequencing, SequencingFinding.duplicateCollectionId, 'warning', `Two <imsss:sequencing> in the sequencingCollection have ID "${id}"; the first is used.`);
    } else {
      entries.set(id, sequencing);
    }
  }
  return entries;
}

/** The collection entry an activity's <imsss:sequencing> references, with the context its findings name. */
export interface ReferencedEntry {
  readonly element: XmlElement;
  readonly context: ParseContext;
}

/**
 * The entry `sequencing` references by IDRef; undefined when it references none, or (an error)
 * one the collection does not have. `context`: the referencing <imsss:sequencing>'s.
 */
export function referencedEntry(
  sequencing: XmlElement,
  collection: ReadonlyMap<string, XmlElement>,
  context: ParseContext,
): ReferencedEntry | undefined {
  const reference = attributeValue(sequencing, 'IDRef');
  if (reference === undefined) return undefined;
  const id = collapse(reference);
  const element = collection.get(id);
  if (element === undefined) {
    report(context, sequencing, SequencingFinding.unknownCollectionRef, 'error', `IDRef "${reference}" names no <imsss:sequencing> of the sequencingCollection; the activity uses only its own sequencing.`);
    return undefined;
  }
  return { element, context: { path: `${COLLECTION_PATH}/sequencing[${id}]`, findings: context.findings } };
}
