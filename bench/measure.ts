/**
 * Runs two implementations of one scenario side by side in one process: warm-up, then rounds
 * alternating between them so that machine noise hits both alike; the median round wins.
 */
export interface Contender {
  name: string;
  /** One round of the scenario; returns the number of operations it made. */
  round(): number | Promise<number>;
}

export interface Measurement {
  name: string;
  opsPerSecond: number;
  medianRoundMs: number;
}

export async function measure(contenders: readonly Contender[], rounds: number, warmUpRounds: number): Promise<Measurement[]> {
  for (let i = 0; i < warmUpRounds; i++) for (const c of contenders) await c.round();
  const samples = contenders.map(() => [] as { ms: number; ops: number }[]);
  for (let i = 0; i < rounds; i++) {
    for (const [index, contender] of contenders.entries()) {
      const start = performance.now();
      const ops = await contender.round();
      samples[index]!.push({ ms: performance.now() - start, ops });
    }
  }
  return contenders.map((contender, index) => {
    const sorted = [...samples[index]!].sort((a, b) => a.ms - b.ms);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    return { name: contender.name, medianRoundMs: median.ms, opsPerSecond: (median.ops / median.ms) * 1000 };
  });
}
