/**
 * The team operations grow like n log n or better: each is timed at n and 4n seats (the fastest
 * of a few runs, the machine being shared) and fails only when the ratio is clearly worse than
 * n log n (≈ 4.5 here; n² would give 16). Figures at 5,000 seats: `npx tsx bench/scale/team.ts`.
 */
import { describe, expect, it } from 'vitest';
import { teamOperations } from '../../bench/scale/team.js';
import { validatePlaces } from '../../src/index.js';
import { growthRatio, LIMIT } from './growth.js';

/**
 * The smaller size of each operation: the queries at 1,000 seats (smaller teams fit in the
 * processor's cache and run faster per seat), the readers, which build whole documents, at 300.
 */
const N: Readonly<Record<string, number>> = {
  composeTeam: 300,
  'amendTeam (endSeat × n)': 300,
  'mergeTeams (every village moves)': 300,
  'parseTeam + serializeTeam': 300,
};
const QUERY_SIZE = 1000;
/** The growth of an operation that `prepare` builds at n and 4n seats. */
const ratio = (prepare: (n: number) => () => unknown, n: number): number => growthRatio(prepare, n);

describe('team operations grow like n log n', () => {
  it.each(Object.entries(teamOperations()))(
    '%s',
    (name, prepare) => {
      expect(ratio(prepare, N[name] ?? QUERY_SIZE)).toBeLessThan(LIMIT);
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
