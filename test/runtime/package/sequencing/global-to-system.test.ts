// adlseq:objectivesGlobalToSystem (adlseq_v1p3.xsd) and adlcp:sharedDataGlobalToSystem (adlcp_v1p3.xsd) on <organization>.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FindingList } from '../../../../src/runtime/package/findings.js';
import { parseGlobalToSystem } from '../../../../src/runtime/package/sequencing/global-to-system.js';
import { xml } from './helpers.js';

function read(attributes: Record<string, string>): { value: ReturnType<typeof parseGlobalToSystem>; findings: FindingList } {
  const findings = new FindingList();
  const value = parseGlobalToSystem(xml('imscp:organization', { identifier: 'O', ...attributes }), { path: 'manifest/organizations/organization[O]', findings });
  return { value, findings };
}

test('both are true by default', () => {
  assert.deepEqual(read({}).value, { objectivesGlobalToSystem: true, sharedDataGlobalToSystem: true });
});

test('both are read in their own namespaces (OB-03b, DDMb)', () => {
  const { value, findings } = read({ 'adlseq:objectivesGlobalToSystem': 'false', 'adlcp:sharedDataGlobalToSystem': 'false' });
  assert.deepEqual(value, { objectivesGlobalToSystem: false, sharedDataGlobalToSystem: false });
  assert.deepEqual(findings.findings, []);
});

test('unprefixed, or in the other ADL namespace, they are not these attributes', () => {
  const { value } = read({ objectivesGlobalToSystem: 'false', 'adlseq:sharedDataGlobalToSystem': 'false' });
  assert.deepEqual(value, { objectivesGlobalToSystem: true, sharedDataGlobalToSystem: true });
});

test('a value that is not a boolean is a warning and true is used', () => {
  const { value, findings } = read({ 'adlseq:objectivesGlobalToSystem': 'no' });
  assert.equal(value.objectivesGlobalToSystem, true);
  assert.deepEqual(findings.findings.map((finding) => finding.code), ['sequencing.invalid-boolean']);
});
