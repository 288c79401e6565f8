/**
 * The indexed lookups of the work and report modules answer as the team and chain queries do:
 * the same holder, supervisor and leader for every seat on every date, also for teams whose seats
 * end, whose supervision changes and whose rows name seats that do not exist.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holderIdOn, leaderOn, supervisorOn } from '../../src/_internal/team-view.js';
import { supervisorOf } from '../../src/chain/chain.js';
import type { Team } from '../../src/index.js';
import { dakNia2022Team } from '../../src/samples/index.js';
import { holderIdOf, leaderSeat } from '../../src/team/query.js';
import { recentDate } from '../fuzz/arbitraries.js';

const base = dakNia2022Team();
const ids = base.seats.map((s) => s.id);

/** The sample team with some seats ended and some supervision rows added. */
const team: fc.Arbitrary<Team> = fc
  .record({
    ends: fc.array(fc.tuple(fc.constantFrom(...ids), recentDate), { maxLength: 4 }),
    rows: fc.array(
      fc.record({
        seatId: fc.constantFrom(...ids),
        supervisorSeatId: fc.constantFrom(...ids, 'ghost'),
        from: recentDate,
      }),
      { maxLength: 4 },
    ),
  })
  .map(({ ends, rows }) => {
    const end = new Map(ends);
    return {
      ...base,
      seats: base.seats.map((s) => (end.has(s.id) ? { ...s, to: end.get(s.id) } : s)),
      supervision: [...rows, ...base.supervision],
    } as Team;
  });

describe('indexed team lookups', () => {
  it('give the holder, supervisor and leader the team and chain queries give', () => {
    fc.assert(
      fc.property(team, recentDate, (t, on) => {
        const date = on as '2025-01-01';
        expect(leaderOn(t, date)?.id).toBe(leaderSeat(t, date)?.id);
        for (const seat of t.seats) {
          expect(holderIdOn(t, seat, date)).toBe(holderIdOf(t, seat, date));
          expect(supervisorOn(t, seat, date)?.id).toBe(supervisorOf(t, seat, date)?.id);
        }
      }),
      { numRuns: 100 },
    );
  });
});
