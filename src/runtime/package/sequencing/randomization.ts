import type { XmlElement } from '../xml/xml-tree.js';
import { readBoolean, readNonNegativeInteger, readToken, type ParseContext } from './attribute-values.js';
import { DEFAULT_RANDOMIZATION_CONTROLS as DEFAULTS, type RandomizationControls, type RandomizationTiming } from './model.js';

/** imsss_v1p0util.xsd randomTimingType. */
const TIMINGS: ReadonlySet<RandomizationTiming> = new Set(['never', 'once', 'onEachNewAttempt']);

/** CAM 4th ed. §5 <imsss:randomizationControls> (imsss_v1p0random.xsd), SN book §3 Selection and Randomization Controls. */
export function parseRandomizationControls(element: XmlElement | undefined, context: ParseContext): RandomizationControls {
  if (element === undefined) return DEFAULTS;
  return {
    randomizationTiming: readToken(element, 'randomizationTiming', TIMINGS, DEFAULTS.randomizationTiming, context),
    selectCount: readNonNegativeInteger(element, 'selectCount', undefined, context),
    reorderChildren: readBoolean(element, 'reorderChildren', DEFAULTS.reorderChildren, context),
    selectionTiming: readToken(element, 'selectionTiming', TIMINGS, DEFAULTS.selectionTiming, context),
  };
}
