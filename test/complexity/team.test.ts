/**
 * The team operations grow like n log n or better: each is timed at n and 4n seats (the fastest
 * of a few runs, the machine being shared) and fails only when the ratio is clearly worse than
 * n log n (≈ 4.5 here; n² would give 16). Figures at 5,000 seats: `npx tsx bench/scale/team.ts`.
 */
import { describe, expect, it } from 'vitest';
import { fastest, teamOperations } from '../../bench/scale/team.js';
import { validatePlaces } from '../../src/index.js';

const N = 250;
/** The ratio above which an operation is taken to grow faster than n log n. */
const LIMIT = 10;

function ratio(prepare: (n: number) => () => unknown, n = N): number {
  const small = prepare(n);
  const large = prepare(4 * n);
  small();
  large();
  return fastest(large, 3) / fastest(small, 3);
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
