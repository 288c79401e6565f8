// mergeTeams: the team of a commune formed by merging others, with every old seat kept as
// history, the seats that live on carried over, villages moved and the problems left listed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  amendTeam,
  chainOf,
  holderOf,
  type IsoDate,
  type MergerInput,
  mergeTeams,
  type Team,
  validateTeam,
  villagesOf,
} from '../../src/index.js';
import { dakNia2022Team } from '../../src/samples/index.js';
import { hoaAn, hoaTeams } from './merger-fixture.js';

/** A day `n` days after an ISO date. */
const plus = (date: string, n: number): IsoDate =>
  new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10) as IsoDate;

const merger = hoaAn.merger;
const merged = mergeTeams(hoaTeams, merger)._unsafeUnwrap();
const codes = (list: readonly { code: string; path: readonly (string | number)[] }[]) =>
  list.map((p) => `${p.code} @ ${p.path.join('.')}`);

describe('mergeTeams keeps every old seat as history', () => {
  it('ends every seat of every old team on the eve, under "<team id>:<seat id>"', () => {
    const history = merged.team.seats.filter((s) => s.id.includes(':'));
    expect(history).toHaveLength(hoaTeams.reduce((n, t) => n + t.seats.length, 0));
    for (const seat of history) expect((seat.to ?? '9999') <= '2025-06-30').toBe(true);
    const leader = history.find((s) => s.id === 'to-cnscd-hoa-binh:leader/1');
    expect(leader).toMatchObject({ to: '2025-06-30', endDecisionId: 'qd-08-2025' });
    const thon5 = history.find((s) => s.id === 'to-cnscd-hoa-thuan:village-heads/thon-5');
    expect(thon5).toMatchObject({ to: '2024-06-30', endDecisionId: 'qd-31-2024' });
    expect(
      holderOf(merged.team, 'to-cnscd-hoa-binh:schools/hb-school', '2024-06-14')._unsafeUnwrap()
        ?.name,
    ).toBe('Hà Văn Khoa');
  });

  it('carries the seats that live on from the merger’s day, with holders and supervisors', () => {
    const carried = merged.team.seats.filter((s) => !s.id.includes(':'));
    for (const seat of carried) {
      expect(seat.from).toBe('2025-07-01');
      expect(seat.decisionId).toBe('qd-08-2025');
    }
    expect(carried.map((s) => s.id)).toContain('leader/1@to-cnscd-hoa-thuan');
    expect(holderOf(merged.team, 'village-heads/thon-6', '2025-07-01')._unsafeUnwrap()?.name).toBe(
      'Ưng Văn Kiệt',
    );
    expect(holderOf(merged.team, 'village-heads/thon-6', '2025-06-30')._unsafeUnwrap()).toBe(
      undefined,
    );
    const chain = chainOf(merged.team, 'village-heads/thon-6', { asOf: '2025-07-01' });
    expect(chain._unsafeUnwrap().seats.map((s) => s.id)).toEqual([
      'village-heads/thon-6',
      'deputies/1@to-cnscd-hoa-thuan',
      'leader/1',
    ]);
  });

  it('lists what is left: two leaders, two offices of one title, decisions signed late', () => {
    expect(codes(merged.problems)).toEqual([
      'duplicate_office @ seats.21',
      'effective_before_signed @ decisions.2.effectiveFrom',
      'effective_before_signed @ decisions.4.effectiveFrom',
      'effective_before_signed @ decisions.5.effectiveFrom',
      'multiple_leaders @ seats.17',
      'rule_count @ template.rules.0',
    ]);
    expect(merged.problems.map((p) => p.severity)).toContain('error');
    const office = merged.problems[0];
    expect(office?.severity).toBe('warning');
    expect(office?.message.vi).toContain('có hơn một vị trí trong tổ mới');
    expect(office?.message.en).toContain('has more than one seat on the new team');
  });

  it('renames an office id two teams use for different offices, in the later team', () => {
    const ids = merged.team.offices.map((o) => o.id);
    expect(ids).toContain('digital-transformation-officer');
    expect(ids).toContain('digital-transformation-officer@to-cnscd-hoa-thuan');
    const holding = merged.team.officeHoldings.find(
      (h) => h.officeId === 'digital-transformation-officer@to-cnscd-hoa-thuan',
    );
    expect(holding?.personId).toBe('ngo-van-binh');
  });

  it('ends the old communes and their authorities, moves villages and the other bodies', () => {
    const place = (id: string) => merged.team.places.find((p) => p.id === id);
    expect(place('hoa-binh')?.to).toBe('2025-06-30');
    expect(place('hoa-thuan')?.to).toBe('2025-06-30');
    expect(place('hoa-an')).toMatchObject({
      from: '2025-07-01',
      parents: [{ parentId: 'lam-dong' }],
    });
    const body = (id: string) => merged.team.bodies.find((b) => b.id === id);
    expect(body('hb-pc')?.to).toBe('2025-06-30');
    expect(body('ht-steering')?.to).toBe('2025-06-30');
    expect(body('hb-school')?.moves?.at(-1)).toMatchObject({
      placeId: 'hoa-an',
      from: '2025-07-01',
    });
    expect(body('ha-pc')?.from).toBe('2025-07-01');
    expect(villagesOf(merged.team, '2025-07-01').map((v) => v.id)).toEqual([
      'thon-1',
      'thon-5',
      'thon-6',
    ]);
  });

  it('is settled by a later decision that ends the seats left over', () => {
    const fixed = amendTeam(merged.team, hoaAn.fix.decision, hoaAn.fix.changes)._unsafeUnwrap();
    expect(validateTeam(fixed, { asOf: '2025-08-01' }).isOk()).toBe(true);
  });
});

describe('mergeTeams reports what stops a merger', () => {
  it('gives typed problems for unknown villages, twice-used team ids, a merger too early', () => {
    const wrong: MergerInput = {
      ...merger,
      villages: ['thon-1', 'thon-9'],
      decision: { ...merger.decision, effectiveFrom: '2023-02-01', date: '2023-02-01' },
    };
    const [hb] = hoaTeams as [Team];
    expect(codes(mergeTeams([hb, hb], wrong)._unsafeUnwrapErr())).toEqual([
      'decision_before_team @ merger.decision.effectiveFrom',
      'duplicate_id @ teams.1.id',
      'decision_before_team @ merger.decision.effectiveFrom',
      'unknown_village @ merger.villages.1',
    ]);
    const problem = mergeTeams(hoaTeams, { ...merger, villages: ['thon-9'] })._unsafeUnwrapErr()[0];
    expect(problem?.message.vi).toContain('"thon-9"');
    expect(problem?.severity).toBe('error');
  });

  it('refuses two different places with one id, and a new commune id of an old commune', () => {
    const [hb, ht] = hoaTeams as [Team, Team];
    const renamed = {
      ...ht,
      places: ht.places.map((p) => (p.id === 'thon-5' ? { ...p, name: 'Năm' } : p)),
    };
    expect(codes(mergeTeams([hb, renamed], merger)._unsafeUnwrapErr())).toEqual([
      'duplicate_place @ teams.1.places.3.id',
    ]);
    const taken = { ...merger, commune: { ...merger.commune, id: 'hoa-binh' } };
    expect(codes(mergeTeams(hoaTeams, taken)._unsafeUnwrapErr())).toEqual([
      'duplicate_place @ merger.commune.id',
    ]);
  });

  it('reads any value without throwing: bad teams are invalid_argument, a bad merger is read like a file', () => {
    for (const value of [undefined, [], [{}], 'x', null]) {
      expect(mergeTeams(value as never, merger)._unsafeUnwrapErr()[0]?.code).toBe(
        'invalid_argument',
      );
    }
    expect(
      codes(mergeTeams(hoaTeams, { ...merger, villages: 'thon-1' } as never)._unsafeUnwrapErr()),
    ).toEqual(['invalid_type @ merger.villages']);
    expect(mergeTeams(hoaTeams, null as never).isErr()).toBe(true);
  });

  it('carries the Đắk Nia team alone into phường Đông Gia Nghĩa, its ended bodies’ seats listed', () => {
    const old = dakNia2022Team();
    const result = mergeTeams([old], {
      ...merger,
      teamId: 'to-cnscd-dong-gia-nghia',
      commune: { id: 'dong-gia-nghia', kind: 'ward', name: 'Đông Gia Nghĩa' },
      villages: old.places.filter((p) => p.level === 'village').map((p) => p.id),
      bodies: [],
      offices: [],
      officeHoldings: [],
      reportsTo: [],
    })._unsafeUnwrap();
    expect(
      result.problems.filter((p) => p.code === 'seat_not_carried').map((p) => p.path),
    ).toContainEqual(['teams', 0, 'seats', 9]);
    // The sample's villages already belong to the ward from 1/7/2025: their links are kept.
    const village = result.team.places.find((p) => p.id === 'bon-bu-sir');
    expect(village?.parents).toEqual(old.places.find((p) => p.id === 'bon-bu-sir')?.parents);
  });
});

describe('mergeTeams, whatever the day and the villages (property)', () => {
  const oldVillages = new Set(
    hoaTeams.flatMap((t) => t.places.filter((p) => p.level === 'village').map((p) => p.id)),
  );
  it('ends every old seat by the eve, loses and duplicates no village, starts carried seats on or after the day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1200 }),
        fc.subarray([...oldVillages]),
        (days, villages) => {
          const from = plus('2023-05-01', days);
          const result = mergeTeams(hoaTeams, {
            ...merger,
            villages,
            decision: { ...merger.decision, date: from, effectiveFrom: from },
          });
          const { team } = result._unsafeUnwrap();
          const eve = plus(from, -1);
          for (const seat of team.seats) {
            if (seat.id.includes(':')) expect(seat.to !== undefined && seat.to <= eve).toBe(true);
            else expect(seat.from !== undefined && seat.from >= from).toBe(true);
          }
          const ids = team.places.filter((p) => p.level === 'village').map((p) => p.id);
          expect(new Set(ids).size).toBe(ids.length);
          expect(new Set(ids)).toEqual(oldVillages);
          expect(new Set(villagesOf(team, from).map((v) => v.id))).toEqual(new Set(villages));
        },
      ),
      { numRuns: 40 },
    );
  });
});
