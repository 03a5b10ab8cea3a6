/**
 * Parsing a large manifest: 5,000-item SCORM 2004 manifests with sequencing on every item, a
 * light one (control mode and delivery controls) and a heavy one (also rules, a limit, rollup
 * rules, objectives with global maps), read from text into the manifest model — what opening a
 * package does. Target (issue 3): at most 50 ms on Node. fast-xml-parser's bare parse of the
 * same text (no namespaces, no model) is shown for scale.
 */
import { XMLParser } from 'fast-xml-parser';
import { FindingList } from '../src/runtime/package/findings.js';
import { parseManifest } from '../src/runtime/package/manifest/manifest-parser.js';
import { readXml } from '../src/runtime/package/xml/xml-reader.js';
import { largeManifest, largeSequencedManifest } from './manifest-gen.js';
import { medianMilliseconds } from './median.js';

const parser = new XMLParser({ ignoreAttributes: false });
for (const [title, text] of [['light', largeManifest(5_000)], ['heavy', largeSequencedManifest(5_000)]] as const) {
  let items = 0;
  const ours = medianMilliseconds(15, () => {
    const findings = new FindingList();
    const root = readXml(text, 'imsmanifest.xml', findings);
    const manifest = parseManifest(root!, 'imsmanifest.xml', findings);
    if (findings.hasErrors) throw new Error(`the generated manifest has errors: ${findings.findings[0]?.message}`);
    items = manifest.defaultOrganization!.items.length;
  });
  const reference = medianMilliseconds(15, () => parser.parse(text));
  console.log(`Manifest parse, ${title}: ${items.toLocaleString('en-US')} items, sequencing on each, ${(text.length / 1e6).toFixed(1)} MB (Node ${process.version}, median of 15)`);
  console.log(`  XML reader + manifest model + sequencing: ${ours.toFixed(1)} ms${ours <= 50 ? '' : '  (above the 50 ms target)'}`);
  console.log(`  for scale, fast-xml-parser's bare parse:   ${reference.toFixed(1)} ms`);
}
