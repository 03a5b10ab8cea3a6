import type { XmlElement } from '../xml/xml-tree.js';
import { readBooleans, type ParseContext } from './attribute-values.js';
import { DEFAULT_DELIVERY_CONTROLS, type DeliveryControls } from './model.js';

/** CAM 4th ed. §5 <imsss:deliveryControls> (imsss_v1p0delivery.xsd), SN book §3 Delivery Controls. */
export function parseDeliveryControls(element: XmlElement | undefined, context: ParseContext): DeliveryControls {
  return element === undefined ? DEFAULT_DELIVERY_CONTROLS : readBooleans(element, DEFAULT_DELIVERY_CONTROLS, context);
}
