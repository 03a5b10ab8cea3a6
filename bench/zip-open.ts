/**
 * Opening a zip package and reaching its first launchable file: read the central directory,
 * read and inflate imsmanifest.xml, read and inflate the launch page. Target (issue 3): at most
 * 300 ms for a 200 MB zip of 10,000 entries, and no more than 1.5x the time for a 2 MB zip
 * (the cost must not grow with the package's size).
 *
 * The zips are generated in the system's temporary folder (mostly stored random bytes, fast to
 * make) and removed at the end. Each is read from memory and from a file (a Blob from
 * fs.openAsBlob, read range by range as a browser reads a File).
 */
import { closeSync, mkdirSync, openAsBlob, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Zip, ZipDeflate, ZipPassThrough, strToU8 } from 'fflate';
import { blobByteSource, memoryByteSource, openZip, type ByteSource } from '../src/runtime/package/zip/index.js';

interface ZipPlan {
  title: string;
  entries: number;
  /** Bytes of each stored asset. */
  assetSize: number;
}

const launchPage = 'sco/index.html';
const plans: ZipPlan[] = [
  { title: '200 MB, 10,000 entries', entries: 10_000, assetSize: 20_000 },
  { title: '2 MB, 10,000 entries', entries: 10_000, assetSize: 200 },
  { title: '2 MB, 100 entries', entries: 100, assetSize: 20_000 },
];
const warmUpRuns = 3;
const runs = 15;

function manifestText(entries: number): string {
  const files = Array.from({ length: Math.min(entries, 200) }, (_, i) => `      <file href="assets/${i % 100}/file-${i}.bin"/>`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="bench" version="1" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1">
  <organizations default="org"><organization identifier="org"><title>Bench</title>
    <item identifier="item" identifierref="res"><title>Page</title></item></organization></organizations>
  <resources>
    <resource identifier="res" type="webcontent" href="${launchPage}">
      <file href="${launchPage}"/>
${files.join('\n')}
    </resource>
  </resources>
</manifest>
`;
}

/** Writes the zip the way a streaming tool does: assets stored, the two text files deflated,
 * the launch page in the middle of the archive and the manifest last. */
function writeZip(path: string, plan: ZipPlan): void {
  const fd = openSync(path, 'w');
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    writeSync(fd, chunk);
  });
  const add = (name: string, bytes: Uint8Array, deflate: boolean) => {
    const file = deflate ? new ZipDeflate(name, { level: 6 }) : new ZipPassThrough(name);
    zip.add(file);
    file.push(bytes, true);
  };
  const asset = randomBytes(plan.assetSize);
  const assets = plan.entries - 2;
  for (let i = 0; i < assets; i++) {
    if (i === Math.floor(assets / 2)) add(launchPage, strToU8(`<!doctype html><title>Page</title>${'<p>Lorem ipsum dolor sit amet.</p>'.repeat(200)}`), true);
    add(`assets/${i % 100}/file-${i}.bin`, asset, false);
  }
  add('imsmanifest.xml', strToU8(manifestText(plan.entries)), true);
  zip.end();
  closeSync(fd);
}

async function openAndLaunch(source: ByteSource): Promise<void> {
  const archive = await openZip(source);
  const manifest = await archive.readEntry('imsmanifest.xml');
  const page = await archive.readEntry(launchPage);
  if (manifest.length === 0 || page.length === 0) throw new Error('empty manifest or launch page');
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

const folder = join(tmpdir(), `scorm-player-zip-bench-${process.pid}`);
const paths = plans.map((_, i) => join(folder, `bench-${i}.zip`));
mkdirSync(folder, { recursive: true });
try {
  const made = performance.now();
  plans.forEach((plan, i) => writeZip(paths[i]!, plan));
  console.log(`Zip open + imsmanifest.xml + launch page, median of ${runs} runs, Node ${process.version}`);
  console.log(`(zips generated in ${Math.round(performance.now() - made)} ms in ${folder})\n`);

  const sources = await Promise.all(
    paths.map(async (path) => ({ memory: memoryByteSource(readFileSync(path)), file: blobByteSource(await openAsBlob(path)) })),
  );
  const samples = plans.map(() => ({ memory: [] as number[], file: [] as number[] }));
  // Rounds alternate between the zips, so a slow spell of the machine hits all of them.
  for (let run = 0; run < warmUpRuns + runs; run++) {
    for (const [i, source] of sources.entries()) {
      for (const kind of ['memory', 'file'] as const) {
        const started = performance.now();
        await openAndLaunch(source[kind]);
        if (run >= warmUpRuns) samples[i]![kind].push(performance.now() - started);
      }
    }
  }
  const medians = samples.map((s) => ({ memory: median(s.memory), file: median(s.file) }));
  const ms = (value: number) => `${value.toFixed(2).padStart(7)} ms`;
  console.log(`${''.padEnd(26)} memory      file (Blob)`);
  plans.forEach((plan, i) => console.log(`${plan.title.padEnd(26)}${ms(medians[i]!.memory)}  ${ms(medians[i]!.file)}`));
  const [big, sameCount, fewEntries] = medians as [typeof medians[0], typeof medians[0], typeof medians[0]];
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;
  console.log(`\nratio 200 MB / 2 MB, same entry count: ${ratio(big.memory, sameCount.memory)} memory, ${ratio(big.file, sameCount.file)} file`);
  console.log(`ratio 200 MB / 2 MB of 100 entries:     ${ratio(big.memory, fewEntries.memory)} memory, ${ratio(big.file, fewEntries.file)} file`);
  const slowest = Math.max(big.memory, big.file);
  const worstRatio = Math.max(big.memory / sameCount.memory, big.file / sameCount.file);
  console.log(slowest <= 300 && worstRatio <= 1.5 ? 'Within target (300 ms, 1.5x).' : 'Outside target (300 ms, 1.5x).');
} finally {
  rmSync(folder, { recursive: true, force: true });
}
