// A large generated manifest and a timer, shared by the reader's and the manifest parser's performance tests.

const CP_2004 = 'http://www.imsglobal.org/xsd/imscp_v1p1';
const ADLCP_2004 = 'http://www.adlnet.org/xsd/adlcp_v1p3';

/** A manifest of `count` items, each with its own resource, ~420 characters per item: 5,000 make 2 MB. */
export function largeManifest(count: number): string {
  const items = Array.from({ length: count }, (_, index) =>
    `      <item identifier="ITEM-${index}" identifierref="RES-${index}" isvisible="true" parameters="?page=${index}&amp;x=1">\r\n` +
    `        <title>Item ${index} <![CDATA[with CDATA]]></title>\r\n` +
    '        <adlcp:dataFromLMS>some launch data that is long enough to matter for the size of the file</adlcp:dataFromLMS>\r\n' +
    '        <imsss:sequencing><imsss:controlMode choice="true" flow="true"/><imsss:deliveryControls tracked="true"/></imsss:sequencing>\r\n' +
    '      </item>\r\n').join('');
  const resources = Array.from({ length: count }, (_, index) =>
    `    <resource identifier="RES-${index}" type="webcontent" adlcp:scormType="sco" href="sco${index}/index.html">\r\n` +
    `      <file href="sco${index}/index.html"/>\r\n      <file href="sco${index}/script.js"/>\r\n    </resource>\r\n`).join('');
  return `<?xml version="1.0"?>\r\n<manifest identifier="M" xmlns="${CP_2004}" xmlns:adlcp="${ADLCP_2004}" xmlns:imsss="http://www.imsglobal.org/xsd/imsss">\r\n` +
    '  <metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>\r\n' +
    `  <organizations default="O"><organization identifier="O"><title>T</title>\r\n${items}    </organization></organizations>\r\n` +
    `  <resources>\r\n${resources}  </resources>\r\n</manifest>\r\n`;
}

/**
 * The fastest of `runs` timed calls of each contender, after one warm-up call each (as in any
 * long-lived page). The calls alternate so that a slow spell of a shared machine slows both, and
 * the minimum is the estimate least moved by what else runs.
 */
export function fastestMilliseconds(runs: number, contenders: readonly (() => void)[]): number[] {
  for (const work of contenders) work();
  const fastest = contenders.map(() => Infinity);
  for (let run = 0; run < runs; run += 1) {
    contenders.forEach((work, index) => {
      const start = performance.now();
      work();
      fastest[index] = Math.min(fastest[index]!, performance.now() - start);
    });
  }
  return fastest;
}
