// Packages the player tests play, made in the test as zips (served by the service worker) so
// that every test says exactly what its content does.
import { strToU8, zipSync, type Zippable } from 'fflate';

export interface TestItem {
  readonly id: string;
  readonly title: string;
  /** The body of `function (api, report)` run by the SCO once it has found its API. */
  readonly script: string;
}

/**
 * Each SCO finds its API as the books say (parents, then the opener and its parents), and
 * reports to the test page with postMessage what it found and what `script` returned.
 */
function scoPage(scorm: '1.2' | '2004', item: TestItem): string {
  const name = scorm === '2004' ? 'API_1484_11' : 'API';
  return `<!doctype html><html><head><meta charset="utf-8"><title>${item.title}</title></head><body><h1>${item.title}</h1><script>
  function walk(win) {
    for (let hops = 0; win && hops < 10; hops++) {
      if (win[${JSON.stringify(name)}]) return win;
      if (win.parent === win) break;
      win = win.parent;
    }
    return null;
  }
  const holder = walk(window) || (window.opener ? walk(window.opener) : null);
  const api = holder ? holder[${JSON.stringify(name)}] : null;
  const host = window.opener ? window.opener.top : window.top;
  function report(result) {
    host.postMessage({ channel: 'scorm-player-test', item: ${JSON.stringify(item.id)}, result }, '*');
  }
  report({ found: api !== null, viaOpener: holder !== null && holder !== window && !walk(window),
           otherApi: holder ? Boolean(holder[${JSON.stringify(scorm === '2004' ? 'API' : 'API_1484_11')}]) : false });
  if (api) (function (api, report) { ${item.script} })(api, report);
<\/script></body></html>`;
}

function manifest(scorm: '1.2' | '2004', items: readonly TestItem[]): string {
  const itemXml = items.map((item) => `<item identifier="${item.id}" identifierref="r-${item.id}"><title>${item.title}</title></item>`).join('');
  if (scorm === '1.2') {
    const resources = items
      .map((item) => `<resource identifier="r-${item.id}" type="webcontent" adlcp:scormtype="sco" href="${item.id}.html"><file href="${item.id}.html"/></resource>`)
      .join('');
    return `<?xml version="1.0"?><manifest identifier="test-12" version="1" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
<metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
<organizations default="org"><organization identifier="org"><title>Test 1.2</title>${itemXml}</organization></organizations>
<resources>${resources}</resources></manifest>`;
  }
  const resources = items
    .map((item) => `<resource identifier="r-${item.id}" type="webcontent" adlcp:scormType="sco" href="${item.id}.html"><file href="${item.id}.html"/></resource>`)
    .join('');
  return `<?xml version="1.0"?><manifest identifier="test-2004" version="1" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3" xmlns:imsss="http://www.imsglobal.org/xsd/imsss">
<metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>
<organizations default="org"><organization identifier="org"><title>Test 2004</title>${itemXml}
<imsss:sequencing><imsss:controlMode choice="true" flow="true"/></imsss:sequencing></organization></organizations>
<resources>${resources}</resources></manifest>`;
}

/** A zipped package with one SCO per item, and `assets` besides (stored, as media are). */
export function testPackage(scorm: '1.2' | '2004', items: readonly TestItem[], assets: Readonly<Record<string, Uint8Array>> = {}): Blob {
  const files: Zippable = { 'imsmanifest.xml': strToU8(manifest(scorm, items)) };
  for (const [name, bytes] of Object.entries(assets)) files[name] = [bytes, { level: 0 }];
  for (const item of items) files[`${item.id}.html`] = strToU8(scoPage(scorm, item));
  return new Blob([zipSync(files)], { type: 'application/zip' });
}

/** A zip with no manifest at all. */
export function notAPackage(): Blob {
  return new Blob([zipSync({ 'index.html': strToU8('<p>hello</p>') })], { type: 'application/zip' });
}
