import { describe, expect, it } from 'vitest';
import {
  chainOf,
  type IsoDate,
  proposeSupervision,
  subordinatesOf,
  type Team,
  validateTeam,
} from '../../src/index.js';
import { dakNia2022Team } from '../../src/samples/index.js';

const team = dakNia2022Team();

/** The team with its supervision rows preceded by `rows`, which take precedence. */
function withRows(rows: Team['supervision']): Team {
  return { ...team, supervision: [...rows, ...team.supervision] };
}

// leader → youth union → women's union → farmers → veterans → leader: five seats round.
const fiveRound = withRows([
  { seatId: 'leader/1', supervisorSeatId: 'deputies/youth-union' },
  { seatId: 'deputies/youth-union', supervisorSeatId: 'deputies/womens-union' },
  { seatId: 'deputies/womens-union', supervisorSeatId: 'deputies/farmers' },
  { seatId: 'deputies/farmers', supervisorSeatId: 'deputies/veterans' },
  { seatId: 'deputies/veterans', supervisorSeatId: 'leader/1' },
]);

describe('a cycle in the chain, as the user reads it', () => {
  it('names the first four seats round and counts the others, in both languages', () => {
    const problem = chainOf(fiveRound, 'village-heads/bon-bu-sir')._unsafeUnwrapErr();
    expect(problem).toMatchObject({ code: 'chain_cycle', path: ['supervision'] });
    expect(problem.params).toMatchObject({
      seats: [
        { id: 'deputies/farmers' },
        { id: 'deputies/veterans' },
        { id: 'leader/1' },
        { id: 'deputies/youth-union' },
      ],
      more: 1,
    });
    expect(problem.message).toEqual({
      vi: 'Chuỗi báo cáo bị lặp vòng: Tổ phó (deputies/farmers) → Tổ phó (deputies/veterans) → Tổ trưởng (leader/1) → Tổ phó (deputies/youth-union) → và 1 vị trí khác → quay lại vị trí đầu.',
      en: 'The reporting chain goes round in a cycle: Deputy (deputies/farmers) → Deputy (deputies/veterans) → Leader (leader/1) → Deputy (deputies/youth-union) → and 1 more → back to the first.',
    });
  });

  it('starts the cycle at the seat the walk comes back to, leaving out the seats before it', () => {
    const problem = chainOf(fiveRound, 'village-heads/bon-bu-sir')._unsafeUnwrapErr();
    const ids = (problem.params as { seats: { id: string }[] }).seats.map((s) => s.id);
    expect(ids).not.toContain('village-heads/bon-bu-sir');
  });

  it('counts no other seat in a short cycle', () => {
    const two = withRows([{ seatId: 'leader/1', supervisorSeatId: 'deputies/farmers' }]);
    const problem = chainOf(two, 'deputies/farmers')._unsafeUnwrapErr();
    expect(problem.params).toMatchObject({
      seats: [{ id: 'deputies/farmers' }, { id: 'leader/1' }],
      more: 0,
    });
    expect(problem.message.en).toBe(
      'The reporting chain goes round in a cycle: Deputy (deputies/farmers) → Leader (leader/1) → back to the first.',
    );
  });
});

describe('subordinates in a cycle', () => {
  it('lists every seat below once, never the seat asked about, and ends', () => {
    const all = subordinatesOf(fiveRound, 'leader/1', { transitive: true })._unsafeUnwrap();
    const ids = all.map((s) => s.id);
    expect(ids).not.toContain('leader/1');
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(team.seats.length - 1);
    // Nearest first: the deputy who reports to the leader, then the seats below that deputy.
    expect(ids.slice(0, 2)).toEqual(['deputies/veterans', 'deputies/farmers']);
  });
});

describe('the arguments of the chain queries, named in both languages', () => {
  const DAY = 'ngày có thật dạng YYYY-MM-DD từ 1900-01-01 đến 2100-12-31';

  it.each([
    ['team', () => chainOf({} as Team, 'leader/1'), 'Đối số "team" phải là một tổ đọc từ tệp tổ'],
    [
      'options',
      () => chainOf(team, 'leader/1', 5 as never),
      'Đối số "options" phải là một đối tượng tùy chọn { … }',
    ],
    [
      'options.asOf',
      () => chainOf(team, 'leader/1', { asOf: '2022-02-30' as never }),
      `Đối số "options.asOf" phải là ${DAY}`,
    ],
    ['seatId', () => chainOf(team, 42 as never), 'Đối số "seatId" phải là một mã (văn bản)'],
    ['seatId', () => subordinatesOf(team, 42 as never), 'Đối số "seatId" phải là một mã (văn bản)'],
    ['options', () => subordinatesOf(team, 'leader/1', [] as never), 'Đối số "options" phải là'],
  ] as const)('%s', (argument, call, vi) => {
    const problem = call()._unsafeUnwrapErr();
    expect(problem).toMatchObject({ code: 'invalid_argument', path: [argument] });
    expect(problem.message.vi).toContain(vi);
    expect(problem.message.en).toContain(`Argument "${argument}" must be`);
  });
});

describe('proposeSupervision when some villages have no household count', () => {
  it('balances by number of villages, as when none has a count', () => {
    const busir = team.places.find((p) => p.id === 'bon-bu-sir');
    expect(busir?.counts?.length).toBeGreaterThan(0);
    const withoutCounts = (keep: (id: string) => boolean): Team => ({
      ...team,
      places: team.places.map((p) => (keep(p.id) ? p : { ...p, counts: [] })),
    });
    const oneMissing = proposeSupervision(withoutCounts((id) => id !== 'bon-bu-sir'));
    expect(oneMissing).toEqual(proposeSupervision(withoutCounts(() => false)));
    expect(oneMissing).not.toEqual(proposeSupervision(team));
  });
});

describe('supervision rows and recipients over time', () => {
  it('follows a supervision row only from the day it takes effect', () => {
    const later = withRows([
      {
        seatId: 'village-heads/bon-bu-sir',
        supervisorSeatId: 'deputies/veterans',
        from: '2024-01-01',
      },
    ]);
    const seatsOn = (asOf: '2023-12-31' | '2024-01-01') =>
      chainOf(later, 'village-heads/bon-bu-sir', { asOf })
        ._unsafeUnwrap()
        .seats.map((s) => s.id);
    expect(seatsOn('2023-12-31')).toEqual([
      'village-heads/bon-bu-sir',
      'deputies/farmers',
      'leader/1',
    ]);
    expect(seatsOn('2024-01-01')).toEqual([
      'village-heads/bon-bu-sir',
      'deputies/veterans',
      'leader/1',
    ]);
  });

  const founding = team.decisions[0] as Team['decisions'][number];
  const forReport = (t: Team, asOf: IsoDate) =>
    chainOf(t, 'leader/1', { asOf })
      ._unsafeUnwrap()
      .forReport.map((r) => r.name);

  it('keeps a recipient with a body after the team moves commune, and drops one named only', () => {
    const moved: Team = {
      ...team,
      communes: [
        { placeId: 'dak-nia', to: '2023-12-31' },
        { placeId: 'dong-gia-nghia', from: '2024-01-01' },
      ],
      decisions: [
        {
          ...founding,
          recipients: [...(founding.recipients ?? []), { name: 'Sở KH&CN tỉnh', forReport: true }],
        },
      ],
    };
    const bodied = ['UBND TP Gia Nghĩa', 'Phòng VH TT TP', 'TT Đảng ủy xã', 'TT HĐND xã'];
    expect(forReport(moved, '2023-12-31')).toEqual([...bodied, 'Sở KH&CN tỉnh']);
    expect(forReport(moved, '2024-01-01')).toEqual(bodied);
  });

  it('lists a body named by two decisions once, by the name of the first', () => {
    const renamed: Team = {
      ...team,
      decisions: [
        founding,
        {
          ...founding,
          id: '41-QD-UBND-2023',
          kind: 'amending',
          number: 41,
          date: '2023-06-01',
          recipients: [
            { name: 'UBND thành phố Gia Nghĩa', bodyId: 'gia-nghia-pc', forReport: true },
          ],
        },
      ],
    };
    expect(forReport(renamed, '2024-01-01')).toEqual([
      'UBND TP Gia Nghĩa',
      'Phòng VH TT TP',
      'TT Đảng ủy xã',
      'TT HĐND xã',
    ]);
  });

  it('drops a recipient named only while the team serves no commune, or did when the decision took effect', () => {
    const late: Team = {
      ...team,
      communes: [{ placeId: 'dak-nia', from: '2023-01-01' }],
      decisions: [
        {
          ...founding,
          recipients: [...(founding.recipients ?? []), { name: 'Sở KH&CN tỉnh', forReport: true }],
        },
      ],
    };
    const bodied = ['UBND TP Gia Nghĩa', 'Phòng VH TT TP', 'TT Đảng ủy xã', 'TT HĐND xã'];
    expect(forReport(late, '2022-12-31')).toEqual(bodied);
    expect(forReport(late, '2023-06-01')).toEqual(bodied);
  });
});

describe('a cycle as the team check reports it', () => {
  // The leader reports to the veterans' deputy, who is in a cycle with the youth union's deputy;
  // the youth union's first row has ended, its second closes the cycle.
  const entered: Team = {
    ...team,
    supervision: [
      ...team.supervision,
      { seatId: 'deputies/youth-union', supervisorSeatId: 'deputies/farmers', to: '2023-12-31' },
      { seatId: 'leader/1', supervisorSeatId: 'deputies/veterans' },
      { seatId: 'deputies/veterans', supervisorSeatId: 'deputies/youth-union' },
      { seatId: 'deputies/youth-union', supervisorSeatId: 'deputies/veterans', from: '2024-01-01' },
    ],
  };

  it('names only the seats that go round, from the first in the team, at the row in force', () => {
    const cycles = validateTeam(entered, { asOf: '2024-01-01' })
      ._unsafeUnwrapErr()
      .filter((p) => p.code === 'chain_cycle');
    expect(cycles).toHaveLength(1);
    expect(cycles[0]).toMatchObject({
      path: ['supervision', team.supervision.length + 3],
      params: { seats: [{ id: 'deputies/youth-union' }, { id: 'deputies/veterans' }], more: 0 },
      message: {
        vi: 'Chuỗi báo cáo bị lặp vòng: Tổ phó (deputies/youth-union) → Tổ phó (deputies/veterans) → quay lại vị trí đầu.',
        en: 'The reporting chain goes round in a cycle: Deputy (deputies/youth-union) → Deputy (deputies/veterans) → back to the first.',
      },
    });
  });

  it('starts a cycle of three at its first seat in the team, wherever the walk enters it', () => {
    const three: Team = {
      ...team,
      supervision: [
        ...team.supervision,
        { seatId: 'leader/1', supervisorSeatId: 'deputies/womens-union' },
        { seatId: 'deputies/womens-union', supervisorSeatId: 'deputies/youth-union' },
        { seatId: 'deputies/youth-union', supervisorSeatId: 'deputies/veterans' },
        { seatId: 'deputies/veterans', supervisorSeatId: 'deputies/womens-union' },
      ],
    };
    const cycles = validateTeam(three)
      ._unsafeUnwrapErr()
      .filter((p) => p.code === 'chain_cycle');
    expect(
      cycles.map((p) => (p.params as { seats: { id: string }[] }).seats.map((s) => s.id)),
    ).toEqual([['deputies/youth-union', 'deputies/veterans', 'deputies/womens-union']]);
  });
});
