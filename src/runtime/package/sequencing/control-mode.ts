import type { XmlElement } from '../xml/xml-tree.js';
import { readBooleans, type ParseContext } from './attribute-values.js';
import { DEFAULT_CONTROL_MODE, type ControlMode } from './model.js';

/** CAM 4th ed. §5 <imsss:controlMode> (imsss_v1p0control.xsd): six booleans, SN book §3 Sequencing Control Modes. */
export function parseControlMode(element: XmlElement | undefined, context: ParseContext): ControlMode {
  return element === undefined ? DEFAULT_CONTROL_MODE : readBooleans(element, DEFAULT_CONTROL_MODE, context);
}
