// A timer shared by the reader's and the manifest parser's performance tests; the large
// manifests they time come from bench/manifest-gen.ts, which the benchmarks use too.
export { largeManifest } from '../../../bench/manifest-gen.js';

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
