/**
 * The team operations grow like n log n or better: each is timed at n and 4n seats (the fastest
 * of a few runs, the machine being shared) and fails only when the ratio is clearly worse than
 * n log n (≈ 4.5 here; n² would give 16). Figures at 5,000 seats: `npx tsx bench/scale/team.ts`.
 */
import { describe, expect, it } from 'vitest';
import { fastest, teamOperations } from '../../bench/scale/team.js';
import { validatePlaces } from '../../src/index.js';

/**
 * The smaller size of each operation: the queries at 1,000 seats (smaller teams fit in the
 * processor's cache and run faster per seat), the readers, which build whole documents, at 300.
 */
const N: Readonly<Record<string, number>> = {
  composeTeam: 300,
  'amendTeam (endSeat × n)': 300,
  'parseTeam + serializeTeam': 300,
};
const QUERY_SIZE = 1000;
/** The ratio above which an operation is taken to grow faster than n log n. */
const LIMIT = 10;

/**
 * The time at 4n over the time at n. A fast operation is repeated until the small size takes
 * some 20 ms, the same count at both sizes; each is the fastest of some runs taken in turns, so
 * that a moment of load on the shared machine slows both sizes alike.
 */
function ratio(prepare: (n: number) => () => unknown, n: number, rounds = 5): number {
  const small = prepare(n);
  const large = prepare(4 * n);
  large();
  const once = Math.max(fastest(small, 2), 0.01);
  const repeat = Math.max(1, Math.ceil(20 / once));
  const batch = (run: () => unknown) => () => {
    for (let i = 0; i < repeat; i += 1) run();
  };
  let atSmall = Number.POSITIVE_INFINITY;
  let atLarge = Number.POSITIVE_INFINITY;
  for (let i = 0; i < rounds; i += 1) {
    atSmall = Math.min(atSmall, fastest(batch(small), 1));
    atLarge = Math.min(atLarge, fastest(batch(large), 1));
  }
  return atLarge / atSmall;
}

describe('team operations grow like n log n', () => {
  it.each(Object.entries(teamOperations()))(
    '%s',
    (_, prepare) => {
      expect(ratio(prepare)).toBeLessThan(LIMIT);
    },
    60_000,
  );

  it('validatePlaces with a place of many parent links', () => {
    const places = (n: number) => () =>
      validatePlaces([
        { id: 'p', level: 'province', kind: 'province', name: 'P', parents: [], counts: [] },
        {
          id: 'c',
          level: 'commune',
          kind: 'commune',
          name: 'C',
          counts: [],
          parents: Array.from({ length: n }, () => ({ parentId: 'p' })),
        },
      ]);
    expect(ratio(places, 2000)).toBeLessThan(LIMIT);
  });
});
