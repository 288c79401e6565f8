import { ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import {
  chainOf,
  composeTeam,
  proposeSupervision,
  subordinatesOf,
  type Team,
  villageTeam793Template,
} from '../../src/index.js';
import { dakNia2022Lists, dakNia2022Team } from '../../src/samples/index.js';
import { villageLists } from '../team/fixtures.js';

const team = dakNia2022Team();

describe('chainOf', () => {
  it('goes member → assigned deputy → leader → committees → recipients for report', () => {
    const chain = chainOf(team, 'village-heads/bon-bu-sir')._unsafeUnwrap();
    expect(chain.seats.map((s) => s.id)).toEqual([
      'village-heads/bon-bu-sir',
      'deputies/farmers',
      'leader/1',
    ]);
    expect(chain.bodies.map((b) => b.id)).toEqual(['dak-nia-pc', 'dak-nia-steering']);
    expect(chain.forReport.map((r) => r.name)).toEqual([
      'UBND TP Gia Nghĩa',
      'Phòng VH TT TP',
      'TT Đảng ủy xã',
      'TT HĐND xã',
    ]);
  });

  it('sends deputies and unassigned members to the leader', () => {
    expect(
      chainOf(team, 'deputies/veterans')
        ._unsafeUnwrap()
        .seats.map((s) => s.id),
    ).toEqual(['deputies/veterans', 'leader/1']);
    const unassigned: Team = { ...team, supervision: [] };
    expect(
      chainOf(unassigned, 'schools/school-thcs')
        ._unsafeUnwrap()
        .seats.map((s) => s.id),
    ).toEqual(['schools/school-thcs', 'leader/1']);
  });

  it('drops bodies and recipients that no longer exist', () => {
    const chain = chainOf(team, 'leader/1', { asOf: '2025-07-01' })._unsafeUnwrap();
    expect(chain.bodies).toEqual([]);
    expect(chain.forReport).toEqual([]);
  });

  it('reports an unknown seat, a cycle and a missing leader', () => {
    expect(chainOf(team, 'nope')._unsafeUnwrapErr().code).toBe('unknown_seat');
    const cyclic: Team = {
      ...team,
      supervision: [
        { seatId: 'leader/1', supervisorSeatId: 'deputies/farmers' },
        ...team.supervision,
      ],
    };
    const cycle = chainOf(cyclic, 'village-heads/bon-bu-sir')._unsafeUnwrapErr();
    expect(cycle.code).toBe('chain_cycle');
    expect(cycle.path).toEqual(['supervision']);
    const leaderless: Team = { ...team, seats: team.seats.filter((s) => s.role !== 'leader') };
    const problem = chainOf(leaderless, 'deputies/farmers')._unsafeUnwrapErr();
    expect(problem.code).toBe('chain_not_reaching_leader');
    expect(problem.message.vi).toBe(
      'Chuỗi báo cáo của Tổ phó — Chủ tịch Hội Nông dân xã (deputies/farmers) không lên tới Tổ trưởng ngày 27/7/2022.',
    );
  });
});

describe('subordinatesOf', () => {
  it('lists direct and transitive subordinates', () => {
    expect(
      subordinatesOf(team, 'deputies/farmers')
        ._unsafeUnwrap()
        .map((s) => s.id),
    ).toEqual([
      'schools/school-tieu-hoc',
      'village-heads/bon-bu-sir',
      'village-heads/bon-phai-kol-pru-dang',
    ]);
    expect(subordinatesOf(team, 'leader/1')._unsafeUnwrap()).toHaveLength(4);
    expect(subordinatesOf(team, 'leader/1', { transitive: true })._unsafeUnwrap()).toHaveLength(16);
    expect(subordinatesOf(team, 'village-heads/bon-bu-sir')._unsafeUnwrap()).toEqual([]);
    expect(subordinatesOf(team, 'x')._unsafeUnwrapErr().code).toBe('unknown_seat');
  });
});

describe('proposeSupervision', () => {
  it('proposes the sample assignment, balancing villages by households', () => {
    expect(proposeSupervision(team)).toEqual(dakNia2022Lists().supervision);
    const loads = new Map<string, number>();
    for (const s of proposeSupervision(team)) {
      loads.set(s.supervisorSeatId, (loads.get(s.supervisorSeatId) ?? 0) + 1);
    }
    expect([...loads.values()]).toEqual([3, 3, 3, 3]);
  });

  it('balances by number of villages when counts are missing', () => {
    const noCounts: Team = {
      ...team,
      places: team.places.map((p) => ({ ...p, counts: [] })),
    };
    const villageLoads = new Map<string, number>();
    for (const s of proposeSupervision(noCounts)) {
      if (s.seatId.startsWith('village-heads/')) {
        villageLoads.set(s.supervisorSeatId, (villageLoads.get(s.supervisorSeatId) ?? 0) + 1);
      }
    }
    expect([...villageLoads.values()].sort()).toEqual([1, 1, 2, 2]);
  });

  it('proposes nothing for a team without deputies', () => {
    const village = composeTeam(villageTeam793Template(), villageLists)._unsafeUnwrap().team;
    expect(proposeSupervision(village, { asOf: '2023-01-01' })).toEqual([]);
  });
});

describe('a supervisor seat that has ended', () => {
  // The Farmers' Association deputy ends on 2024-02-29, but the supervision rows written by hand
  // still point at it.
  const ended: Team = {
    ...team,
    seats: team.seats.map((s) => (s.id === 'deputies/farmers' ? { ...s, to: '2024-02-29' } : s)),
  };

  it('no longer supervises: its members report to the leader', () => {
    expect(
      chainOf(ended, 'village-heads/bon-bu-sir', { asOf: '2024-04-01' })
        ._unsafeUnwrap()
        .seats.map((s) => s.id),
    ).toEqual(['village-heads/bon-bu-sir', 'leader/1']);
    expect(
      chainOf(ended, 'village-heads/bon-bu-sir', { asOf: '2024-02-29' })
        ._unsafeUnwrap()
        .seats.map((s) => s.id),
    ).toEqual(['village-heads/bon-bu-sir', 'deputies/farmers', 'leader/1']);
    expect(subordinatesOf(ended, 'deputies/farmers', { asOf: '2024-04-01' })).toEqual(ok([]));
    expect(
      subordinatesOf(ended, 'leader/1', { asOf: '2024-04-01' })
        ._unsafeUnwrap()
        .map((s) => s.id),
    ).toContain('village-heads/bon-bu-sir');
  });

  it('gives way to a later row in force that points at a seat in force', () => {
    const reassigned: Team = {
      ...ended,
      supervision: [
        ...ended.supervision,
        {
          seatId: 'village-heads/bon-bu-sir',
          supervisorSeatId: 'deputies/veterans',
          from: '2024-03-01',
        },
      ],
    };
    expect(
      chainOf(reassigned, 'village-heads/bon-bu-sir', { asOf: '2024-04-01' })
        ._unsafeUnwrap()
        .seats.map((s) => s.id),
    ).toEqual(['village-heads/bon-bu-sir', 'deputies/veterans', 'leader/1']);
  });
});

describe('recipients for report named without a body', () => {
  const decision = team.decisions[0];
  const named: Team = {
    ...team,
    decisions: decision
      ? [{ ...decision, recipients: [{ name: 'TT Đảng ủy xã', forReport: true }] }]
      : [],
  };
  const names = (t: Team, asOf: string) =>
    chainOf(t, 'leader/1', { asOf: asOf as '2000-01-01' })
      ._unsafeUnwrap()
      .forReport.map((r) => r.name);

  it('are kept while the team serves the commune of the decision', () => {
    expect(names(named, '2024-01-01')).toEqual(['TT Đảng ủy xã']);
  });

  it('end when the team moves to another commune or is dissolved', () => {
    const moved: Team = {
      ...named,
      communes: [
        { placeId: 'dak-nia', to: '2025-06-30' },
        { placeId: 'dong-gia-nghia', from: '2025-07-01' },
      ],
    };
    expect(names(moved, '2025-06-30')).toEqual(['TT Đảng ủy xã']);
    expect(names(moved, '2025-07-01')).toEqual([]);
    const dissolved: Team = { ...named, to: '2024-12-31' };
    expect(names(dissolved, '2025-01-01')).toEqual([]);
  });
});

describe('the contract of the chain queries', () => {
  it('answers invalid_argument for a date that is not one, and throws it from proposeSupervision', () => {
    expect(chainOf(team, 'leader/1', { asOf: '2022-02-30' as never })._unsafeUnwrapErr().code).toBe(
      'invalid_argument',
    );
    expect(subordinatesOf({} as Team, 'leader/1')._unsafeUnwrapErr().code).toBe('invalid_argument');
    expect(() => proposeSupervision(team, { asOf: '0000-01-01' as never })).toThrow(TypeError);
  });

  it('names the seats of a cycle by their roles, in the order the chain goes round', () => {
    const cyclic: Team = {
      ...team,
      supervision: [
        { seatId: 'leader/1', supervisorSeatId: 'deputies/farmers' },
        ...team.supervision,
      ],
    };
    expect(chainOf(cyclic, 'village-heads/bon-bu-sir')._unsafeUnwrapErr().message.vi).toBe(
      'Chuỗi báo cáo bị lặp vòng: Tổ phó (deputies/farmers) → Tổ trưởng (leader/1) → quay lại vị trí đầu.',
    );
  });

  it('balances a hundred deputies and a thousand members the way a loop over weights does', () => {
    const members = Array.from({ length: 1000 }, (_, i) => ({
      id: `m/${i}`,
      role: 'member' as const,
      filling: { kind: 'named' as const },
      titles: [],
    }));
    const deputies = Array.from({ length: 100 }, (_, i) => ({
      id: `d/${i}`,
      role: 'deputy' as const,
      filling: { kind: 'named' as const },
      titles: [],
    }));
    const big: Team = { ...team, seats: [...team.seats.slice(0, 1), ...deputies, ...members] };
    const proposal = proposeSupervision(big);
    expect(proposal).toHaveLength(1000);
    // Spread evenly, the first deputy first: m/0 → d/0, m/99 → d/99, m/100 → d/0 …
    expect(proposal.slice(0, 2).map((s) => s.supervisorSeatId)).toEqual(['d/0', 'd/1']);
    expect(proposal[100]?.supervisorSeatId).toBe('d/0');
    const loads = new Map<string, number>();
    for (const s of proposal)
      loads.set(s.supervisorSeatId, (loads.get(s.supervisorSeatId) ?? 0) + 1);
    expect(new Set(loads.values())).toEqual(new Set([10]));
  });
});
