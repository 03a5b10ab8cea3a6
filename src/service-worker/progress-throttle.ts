export type ProgressListener = (loaded: number, total: number | undefined) => void;

/** Progress reported to the page at most this often: smooth enough for a bar, few enough messages. */
export const progressInterval = 100;

/**
 * `report`, called for the first progress, the last one (all of an announced total) and
 * otherwise at most once every `interval` milliseconds: a download streams in parts of a few
 * kilobytes, and each message costs the page a render.
 */
export function throttledProgress(report: ProgressListener, interval = progressInterval, now: () => number = Date.now): ProgressListener {
  let reportedAt = -Infinity;
  return (loaded, total) => {
    const time = now();
    if (loaded !== total && time - reportedAt < interval) return;
    reportedAt = time;
    report(loaded, total);
  };
}
