/** The run-time's only source of time, injected so that tests and trace replay are deterministic. */
export interface Clock {
  /** Milliseconds since the Unix epoch (or any fixed origin: only differences matter). */
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };
