// The one way the complexity tests time an operation: at n and 4n, both warmed up, then timed in
// turns (so that a burst of load on a shared machine weighs on both), keeping the fastest run of
// each. A ratio over the limit is measured again, up to twice: load can slow one measurement,
// while an operation that really grows faster than n log n (n² gives 16) is over it every time.
import { expect } from 'vitest';

/** The ratio at 4n above which an operation is taken to grow faster than n log n (≈ 4.5). */
export const LIMIT = 10;

function timeOf(run: () => unknown): number {
  const started = performance.now();
  run();
  return Math.max(performance.now() - started, 0.01);
}

function measure(at: (n: number) => () => unknown, n: number, runs: number) {
  const small = at(n);
  const large = at(4 * n);
  small();
  large();
  let bestSmall = Number.POSITIVE_INFINITY;
  let bestLarge = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i += 1) {
    bestSmall = Math.min(bestSmall, timeOf(small));
    bestLarge = Math.min(bestLarge, timeOf(large));
  }
  return { small: bestSmall, large: bestLarge, ratio: bestLarge / bestSmall };
}

/**
 * The time at 4n over the time at n of the operation `at(n)` builds (its input prepared outside
 * the timing), printed with the test's name.
 */
export function growthRatio(at: (n: number) => () => unknown, n: number, runs = 7): number {
  let best = measure(at, n, runs);
  for (let again = 0; again < 2 && best.ratio >= LIMIT; again += 1) {
    const next = measure(at, n, runs);
    if (next.ratio < best.ratio) best = next;
  }
  const name = expect.getState().currentTestName ?? '';
  console.info(
    `${name}: n=${n} ${best.small.toFixed(1)} ms, 4n ${best.large.toFixed(1)} ms, ×${best.ratio.toFixed(2)}`,
  );
  return best.ratio;
}
