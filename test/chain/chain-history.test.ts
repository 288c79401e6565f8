import { describe, expect, it } from 'vitest';
import { type Body, chainOf, type IsoDate, subordinatesOf, type Team } from '../../src/index.js';
import { dakNia2022Team } from '../../src/samples/index.js';

const team = dakNia2022Team();
const founding = team.decisions[0] as Team['decisions'][number];

function chainOn(t: Team, asOf: IsoDate, seatId = 'leader/1') {
  return chainOf(t, seatId, { asOf })._unsafeUnwrap();
}

const names = (t: Team, asOf: IsoDate) => chainOn(t, asOf).forReport.map((r) => r.name);
const bodyIds = (t: Team, asOf: IsoDate) => chainOn(t, asOf).bodies.map((b) => b.id);

describe('the chain follows the decisions signed by the date asked', () => {
  const amending = {
    ...founding,
    id: '41-QD-UBND-2024',
    kind: 'amending' as const,
    number: 41,
    date: '2024-03-01' as IsoDate,
    recipients: [
      { name: 'Sở KH&CN tỉnh', forReport: true },
      { name: 'UBND TP Gia Nghĩa', bodyId: 'gia-nghia-pc', forReport: true },
      { name: 'Lưu VT', forReport: false },
    ],
  };
  const amended: Team = { ...team, decisions: [founding, amending] };

  it('does not list the recipients of a decision signed after the date', () => {
    expect(names(amended, '2024-02-29')).toEqual([
      'UBND TP Gia Nghĩa',
      'Phòng VH TT TP',
      'TT Đảng ủy xã',
      'TT HĐND xã',
    ]);
  });

  it('lists them from the day it is signed, once each, without the copies "for filing"', () => {
    expect(names(amended, '2024-03-01')).toEqual([
      'UBND TP Gia Nghĩa',
      'Phòng VH TT TP',
      'TT Đảng ủy xã',
      'TT HĐND xã',
      'Sở KH&CN tỉnh',
    ]);
  });

  it('lists nothing before the team is founded', () => {
    const early: Team = { ...team, decisions: [{ ...founding, date: '2022-08-01' }] };
    expect(names(early, '2022-07-31')).toEqual([]);
    expect(names(early, '2022-08-01')).toHaveLength(4);
  });
});

describe('the chain leaves out bodies that have ended or not yet begun', () => {
  const endOf = (t: Team, id: string, to: IsoDate): Team => ({
    ...t,
    bodies: t.bodies.map((b) => (b.id === id ? { ...b, to } : b)),
  });

  it('drops a recipient whose body has ended, and keeps the others', () => {
    const councilEnded = endOf(team, 'dak-nia-council', '2024-01-31');
    expect(names(councilEnded, '2024-01-31')).toContain('TT HĐND xã');
    expect(names(councilEnded, '2024-02-01')).toEqual([
      'UBND TP Gia Nghĩa',
      'Phòng VH TT TP',
      'TT Đảng ủy xã',
    ]);
  });

  it('drops a body the leader answers to once it has ended', () => {
    const steeringEnded = endOf(team, 'dak-nia-steering', '2024-01-31');
    expect(bodyIds(steeringEnded, '2024-01-31')).toEqual(['dak-nia-pc', 'dak-nia-steering']);
    expect(bodyIds(steeringEnded, '2024-02-01')).toEqual(['dak-nia-pc']);
  });

  it('adds a body the leader answers to from the day it begins', () => {
    const steering = team.bodies.find((b) => b.id === 'dak-nia-steering') as Body;
    const ended = endOf(team, 'dak-nia-steering', '2024-05-31');
    const renewed: Team = {
      ...ended,
      bodies: [...ended.bodies, { ...steering, id: 'dak-nia-steering-2024', from: '2024-06-01' }],
      reportsTo: [...(team.reportsTo ?? []), 'dak-nia-steering-2024'],
    };
    expect(bodyIds(renewed, '2024-05-31')).toEqual(['dak-nia-pc', 'dak-nia-steering']);
    expect(bodyIds(renewed, '2024-06-01')).toEqual(['dak-nia-pc', 'dak-nia-steering-2024']);
  });

  it('gives the same committees and recipients from any seat of the team', () => {
    const fromMember = chainOn(team, '2024-01-01', 'village-heads/bon-bu-sir');
    const fromLeader = chainOn(team, '2024-01-01');
    expect(fromMember.bodies).toEqual(fromLeader.bodies);
    expect(fromMember.forReport).toEqual(fromLeader.forReport);
  });
});

describe('the chain and its problems', () => {
  it('returns copies: changing a result does not change the next one', () => {
    const first = chainOn(team, '2024-01-01');
    (first.seats as unknown as { id: string }[])[0] = { id: 'changed' };
    (first.forReport as unknown as { name: string }[]).length = 0;
    const second = chainOn(team, '2024-01-01');
    expect(second.seats[0]?.id).toBe('leader/1');
    expect(second.forReport).toHaveLength(4);
  });

  it('says, in both languages, that a chain does not reach a leader, naming the seat and date', () => {
    const leaderless: Team = {
      ...team,
      seats: team.seats.map((s) => (s.id === 'leader/1' ? { ...s, to: '2023-12-31' } : s)),
    };
    const problem = chainOf(leaderless, 'deputies/veterans', {
      asOf: '2024-01-01',
    })._unsafeUnwrapErr();
    expect(problem).toMatchObject({
      code: 'chain_not_reaching_leader',
      path: ['supervision'],
      params: { seat: { id: 'deputies/veterans' }, date: '2024-01-01' },
    });
    expect(problem.message.vi).toContain('(deputies/veterans)');
    expect(problem.message.en).toContain('does not reach a leader on 2024-01-01');
    expect(chainOf(leaderless, 'deputies/veterans', { asOf: '2023-12-31' }).isOk()).toBe(true);
  });

  it('names the unknown seat and the argument that is not one', () => {
    expect(chainOf(team, 'nope')._unsafeUnwrapErr()).toMatchObject({
      code: 'unknown_seat',
      path: ['seatId'],
      params: { seatId: 'nope' },
    });
    expect(subordinatesOf(team, 'nope')._unsafeUnwrapErr()).toMatchObject({
      code: 'unknown_seat',
      path: ['seatId'],
    });
    expect(chainOf(team, 42 as never)._unsafeUnwrapErr()).toMatchObject({
      code: 'invalid_argument',
    });
  });

  it('lists direct subordinates without their own subordinates unless asked', () => {
    const direct = subordinatesOf(team, 'deputies/farmers')._unsafeUnwrap();
    const all = subordinatesOf(team, 'deputies/farmers', { transitive: true })._unsafeUnwrap();
    expect(all.map((s) => s.id)).toEqual(direct.map((s) => s.id));
    const leaderDirect = subordinatesOf(team, 'leader/1')._unsafeUnwrap();
    const leaderAll = subordinatesOf(team, 'leader/1', { transitive: true })._unsafeUnwrap();
    expect(leaderAll.slice(0, leaderDirect.length)).toEqual(leaderDirect);
    expect(new Set(leaderAll.map((s) => s.id)).size).toBe(leaderAll.length);
    expect(leaderAll.map((s) => s.id)).not.toContain('leader/1');
  });
});
