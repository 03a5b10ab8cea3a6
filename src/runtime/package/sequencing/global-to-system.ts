import { ADLCP, ADLSEQ } from '../namespaces.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { readBoolean, type ParseContext } from './attribute-values.js';
import { DEFAULT_GLOBAL_TO_SYSTEM as DEFAULTS, type GlobalToSystem } from './model.js';

/**
 * The <organization>'s adlseq:objectivesGlobalToSystem (adlseq_v1p3.xsd) and, 4th ed.,
 * adlcp:sharedDataGlobalToSystem (adlcp_v1p3.xsd): whether global objectives and shared data
 * outlive this organization's attempts (true, the default) or belong to them (CAM 4th ed. §3.4, <organization>).
 * `context`: the organization's, for findings.
 */
export function parseGlobalToSystem(organization: XmlElement, context: ParseContext): GlobalToSystem {
  return {
    objectivesGlobalToSystem: readBoolean(organization, 'objectivesGlobalToSystem', DEFAULTS.objectivesGlobalToSystem, context, ADLSEQ),
    sharedDataGlobalToSystem: readBoolean(organization, 'sharedDataGlobalToSystem', DEFAULTS.sharedDataGlobalToSystem, context, ADLCP),
  };
}
