import { describe, expect, it } from 'vitest';
import {
  amendTeam,
  chainOf,
  communeOf,
  compositionOf,
  type Decision,
  holderOf,
  seatsOf,
  type Team,
  villagesOf,
} from '../../src/index.js';
import { dakNia2022Team } from '../../src/samples/index.js';
import { amendingDecision } from './fixtures.js';

const base = dakNia2022Team();

function decision(id: string, date: string, kind: Decision['kind'] = 'amending'): Decision {
  return amendingDecision(id, date, {
    kind,
    number: 7,
    issuerId: 'dong-gia-nghia-pc',
    place: 'Đông Gia Nghĩa',
    summary: 'Về việc kiện toàn Tổ công nghệ số cộng đồng',
    signature: {
      authorities: [{ prefix: 'TM', authority: 'Ủy ban nhân dân' }],
      title: 'Chủ tịch',
      name: 'Người Ký',
    },
  });
}

const name = (team: Team, seatId: string, asOf: string) =>
  holderOf(team, seatId, asOf as '2000-01-01')._unsafeUnwrap()?.name;

describe('holderOf and seatsOf', () => {
  it('passes an ex-officio seat to the new office holder on the day the office changes hands', () => {
    const team: Team = {
      ...base,
      people: [...base.people, { id: 'new-secretary', name: 'Y Thanh', memberOf: [] }],
      officeHoldings: [
        ...base.officeHoldings.map((h) =>
          h.officeId === 'youth-secretary' ? { ...h, to: '2023-12-31' as const } : h,
        ),
        { officeId: 'youth-secretary', personId: 'new-secretary', from: '2024-01-01' },
      ],
    };
    expect(name(team, 'deputies/youth-union', '2023-12-31')).toBe('Hồ Văn Nam');
    expect(name(team, 'deputies/youth-union', '2024-01-01')).toBe('Y Thanh');
    expect(seatsOf(team, 'ho-van-nam', '2024-01-01')._unsafeUnwrap()).toEqual([]);
    expect(
      seatsOf(team, 'new-secretary', '2024-01-01')
        ._unsafeUnwrap()
        .map((s) => s.id),
    ).toEqual(['deputies/youth-union']);
  });

  it('answers undefined for a vacant seat and before the team existed', () => {
    expect(name(base, 'leader/1', '2022-07-26')).toBeUndefined();
    expect(compositionOf(base, '2022-07-26')).toEqual([]);
  });

  it('reports unknown seats and people', () => {
    const seat = holderOf(base, 'ghost', '2022-07-27')._unsafeUnwrapErr();
    expect(seat.code).toBe('unknown_seat');
    expect(seat.path).toEqual(['seatId']);
    const person = seatsOf(base, 'ghost', '2022-07-27')._unsafeUnwrapErr();
    expect(person.code).toBe('unknown_person');
    expect(person.message.vi).toContain('ghost');
    expect(person.message.en).toContain('ghost');
  });
});

describe('amendTeam across the 2025 merger into phường Đông Gia Nghĩa', () => {
  const withWard: Team = {
    ...base,
    places: [
      ...base.places,
      {
        id: 'tdp-tan-tien',
        level: 'village',
        kind: 'toDanPho',
        name: 'Tân Tiến',
        parents: [{ parentId: 'dong-gia-nghia', from: '2025-07-01' }],
        counts: [],
      },
    ],
    bodies: [
      ...base.bodies,
      {
        id: 'dong-gia-nghia-pc',
        kind: 'peoplesCommittee',
        name: {
          vi: 'Ủy ban nhân dân phường Đông Gia Nghĩa',
          en: "Đông Gia Nghĩa ward People's Committee",
        },
        placeId: 'dong-gia-nghia',
        from: '2025-07-01',
      },
    ],
    people: [...base.people, { id: 'tdp-head', name: 'Hoàng Văn Tiến', memberOf: [] }],
  };
  const merged = amendTeam(withWard, decision('qd-7-2025', '2025-08-15'), [
    { kind: 'moveToCommune', placeId: 'dong-gia-nghia', reportsTo: ['dong-gia-nghia-pc'] },
    {
      kind: 'addSeat',
      seatId: 'village-heads/tdp-tan-tien',
      role: 'member',
      filling: { kind: 'villageHead', villageId: 'tdp-tan-tien' },
      personId: 'tdp-head',
      ruleId: 'village-heads',
    },
  ])._unsafeUnwrap();

  it('keeps the 2022 context and answers for later dates', () => {
    expect(communeOf(merged, '2022-07-27')?.name).toBe('Đắk Nia');
    expect(communeOf(merged, '2025-08-15')?.code).toBe('24617');
    // Between the merger and the amending decision the team's record still names Đắk Nia.
    expect(communeOf(merged, '2025-07-20')?.id).toBe('dak-nia');
    expect(compositionOf(merged, '2022-07-27')).toEqual(compositionOf(base, '2022-07-27'));
    expect(name(merged, 'village-heads/bon-bu-sir', '2025-06-30')).toBe('Điểu Bri');
    expect(name(merged, 'village-heads/bon-bu-sir', '2025-08-15')).toBe('Điểu Bri');
    expect(name(merged, 'village-heads/tdp-tan-tien', '2025-08-14')).toBeUndefined();
    expect(name(merged, 'village-heads/tdp-tan-tien', '2025-08-15')).toBe('Hoàng Văn Tiến');
    expect(villagesOf(merged, '2025-08-15').map((v) => v.id)).toContain('tdp-tan-tien');
    expect(merged.seats.at(-1)).toMatchObject({
      ruleId: 'village-heads',
      titles: [],
      from: '2025-08-15',
    });
    expect(merged.communes).toEqual([
      { placeId: 'dak-nia', to: '2025-08-14' },
      { placeId: 'dong-gia-nghia', from: '2025-08-15' },
    ]);
    expect(merged.decisions.map((d) => d.id)).toEqual(['23-QD-UBND-2022', 'qd-7-2025']);
  });

  it('replaces a member, ends a seat and dissolves the team without rewriting history', () => {
    const replaced = amendTeam(merged, decision('qd-9-2025', '2025-09-01'), [
      { kind: 'replaceHolder', seatId: 'village-heads/bon-bu-sir', personId: 'tdp-head' },
      { kind: 'endSeat', seatId: 'village-heads/tdp-tan-tien' },
    ])._unsafeUnwrap();
    expect(name(replaced, 'village-heads/bon-bu-sir', '2025-08-31')).toBe('Điểu Bri');
    expect(name(replaced, 'village-heads/bon-bu-sir', '2025-09-01')).toBe('Hoàng Văn Tiến');
    expect(name(replaced, 'village-heads/tdp-tan-tien', '2025-09-01')).toBeUndefined();
    expect(replaced.seats.find((s) => s.id === 'village-heads/tdp-tan-tien')?.endDecisionId).toBe(
      'qd-9-2025',
    );
    const dissolved = amendTeam(replaced, decision('qd-1-2026', '2026-01-05', 'dissolving'), [
      { kind: 'dissolve' },
    ])._unsafeUnwrap();
    expect(dissolved.to).toBe('2026-01-04');
    expect(compositionOf(dissolved, '2026-01-05')).toEqual([]);
    expect(compositionOf(dissolved, '2022-07-27')).toEqual(compositionOf(base, '2022-07-27'));
  });

  it('reports every problem with a path into the changes', () => {
    const problems = amendTeam(base, decision('23-QD-UBND-2022', '2022-07-01'), [
      { kind: 'replaceHolder', seatId: 'deputies/farmers', personId: 'quan-thi-ngoc' },
      { kind: 'replaceHolder', seatId: 'ghost', personId: 'quan-thi-ngoc' },
      { kind: 'replaceHolder', seatId: 'leader/1', personId: 'ghost' },
      { kind: 'addSeat', seatId: 'leader/1', role: 'leader', filling: { kind: 'named' } },
      { kind: 'endSeat', seatId: 'ghost' },
      { kind: 'moveToCommune', placeId: 'nowhere', reportsTo: [] },
    ])._unsafeUnwrapErr();
    expect(problems.map((p) => [p.code, p.path.join('.')])).toEqual([
      ['duplicate_id', 'decision.id'],
      ['decision_before_team', 'decision.date'],
      ['seat_not_active', 'changes.0.seatId'],
      ['ex_officio_seat', 'changes.0.seatId'],
      ['unknown_seat', 'changes.1.seatId'],
      ['seat_not_active', 'changes.2.seatId'],
      ['unknown_person', 'changes.2.personId'],
      ['duplicate_id', 'changes.3.seatId'],
      ['unknown_seat', 'changes.4.seatId'],
      ['unknown_place', 'changes.5.placeId'],
    ]);
  });
});

describe('amendTeam never rewrites what has ended', () => {
  const first = decision('qd-1-2023', '2023-01-01');
  const later = decision('qd-1-2024', '2024-01-01');
  const ended = amendTeam(base, first, [
    { kind: 'endSeat', seatId: 'schools/school-thcs' },
  ])._unsafeUnwrap();

  it('refuses to end a seat that has already ended, and keeps its end date', () => {
    const problems = amendTeam(ended, later, [
      { kind: 'endSeat', seatId: 'schools/school-thcs' },
    ])._unsafeUnwrapErr();
    expect(problems.map((p) => [p.code, p.path.join('.')])).toEqual([
      ['seat_not_active', 'changes.0.seatId'],
    ]);
    expect(problems[0]?.message.vi).toContain('(đã kết thúc ngày 31/12/2022)');
    expect(problems[0]?.message.en).toContain('2022-12-31');
    expect(ended.seats.find((s) => s.id === 'schools/school-thcs')?.to).toBe('2022-12-31');
  });

  it('refuses a new holder for a seat that has ended', () => {
    const problems = amendTeam(ended, later, [
      { kind: 'replaceHolder', seatId: 'schools/school-thcs', personId: 'luu-thi-yen' },
    ])._unsafeUnwrapErr();
    expect(problems.map((p) => [p.code, p.path.join('.')])).toEqual([
      ['seat_not_active', 'changes.0.seatId'],
    ]);
  });

  it('refuses to touch a seat the same decision ends', () => {
    const problems = amendTeam(base, first, [
      { kind: 'endSeat', seatId: 'schools/school-thcs' },
      { kind: 'replaceHolder', seatId: 'schools/school-thcs', personId: 'luu-thi-yen' },
    ])._unsafeUnwrapErr();
    expect(problems.map((p) => [p.code, p.path.join('.')])).toEqual([
      ['seat_not_active', 'changes.1.seatId'],
    ]);
  });

  it('ends the supervision rows to and from an ended seat', () => {
    const withOwnRow: Team = {
      ...base,
      supervision: [
        ...base.supervision,
        { seatId: 'deputies/farmers', supervisorSeatId: 'leader/1' },
      ],
    };
    const noFarmers = amendTeam(withOwnRow, decision('qd-2-2024', '2024-03-01'), [
      { kind: 'endSeat', seatId: 'deputies/farmers' },
    ])._unsafeUnwrap();
    const rows = noFarmers.supervision.filter(
      (s) => s.supervisorSeatId === 'deputies/farmers' || s.seatId === 'deputies/farmers',
    );
    expect(rows.map((s) => s.to)).toEqual(['2024-02-29', '2024-02-29', '2024-02-29', '2024-02-29']);
    const other = noFarmers.supervision.find((s) => s.seatId === 'village-heads/thon-nam-ra');
    expect(other?.to).toBeUndefined();
    expect(
      chainOf(noFarmers, 'village-heads/bon-bu-sir', { asOf: '2024-04-01' })
        ._unsafeUnwrap()
        .seats.map((s) => s.id),
    ).toEqual(['village-heads/bon-bu-sir', 'leader/1']);
  });
});
