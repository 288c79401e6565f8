// The duties of a team on a date: the roles it has that day, the date each function reads, and
// the arguments each one names when it refuses them.
import { describe, expect, it } from 'vitest';
import {
  amendTeam,
  composeTeam,
  dutiesOf,
  dutiesOfTeam,
  InvalidArgumentError,
  type Team,
  villageTeam793Template,
} from '../../src/index.js';
import { dakNia2022Team } from '../../src/samples/index.js';
import { amendingDecision, villageLists } from '../team/fixtures.js';
import { deputyAddedLater, without } from './fixtures.js';

const sample = dakNia2022Team();
const team = deputyAddedLater();
const cited = (duties: readonly { id: string; clause: string }[]) =>
  duties.map((d) => [d.id, d.clause]);
const DEPUTY = [
  ['deputy.assist', 'Điều 2.2.b'],
  ['deputy.follow-up', 'Điều 2.2.b'],
  ['deputy.report', 'Điều 2.2.b'],
];

describe('a role the team gained after its Article 2 was printed', () => {
  it('is in dutiesOfTeam from the day its first seat begins, with the letter it would have had', () => {
    const before = dutiesOfTeam(team, { asOf: '2024-02-29' });
    const after = dutiesOfTeam(team, { asOf: '2024-03-01' });
    expect(before.some((d) => d.roles.includes('deputy') && d.roles.length === 1)).toBe(false);
    // Members keep the letter the founding decision printed (b), and the deputies get b), the
    // letter they would have had there.
    expect(cited(after)).toEqual([
      ['team.part-time', 'Điều 2.1'],
      ['team.training', 'Điều 2.1'],
      ['leader.direct', 'Điều 2.2.a'],
      ...DEPUTY,
      ...cited(before).slice(3),
    ]);
    expect(
      cited(before)
        .slice(3)
        .every(([, clause]) => clause === 'Điều 2.2.b'),
    ).toBe(true);
    expect(after.find((d) => d.id === 'deputy.assist')?.roles).toEqual(['deputy']);
  });

  it('reads the team on its founding day when no date is given', () => {
    expect(cited(dutiesOfTeam(team))).toEqual(cited(dutiesOfTeam(team, { asOf: team.from })));
    expect(dutiesOfTeam(team).some((d) => d.id === 'deputy.assist')).toBe(false);
  });

  it('gives dutiesOf the same duties and clauses as dutiesOfTeam, for every seat', () => {
    for (const asOf of ['2024-03-01', '2026-01-01'] as const) {
      const all = dutiesOfTeam(team, { asOf });
      for (const seat of team.seats) {
        const own = dutiesOf(team, seat.id, { asOf })._unsafeUnwrap();
        expect(own).toEqual(all.filter((d) => d.roles.includes(seat.role)));
      }
    }
  });
});

describe('two roles the team gained after its Article 2 was printed', () => {
  it('each get the letter they would have had, alone with the roles printed', () => {
    const founded = without(sample, ['deputy', 'member']);
    const team = amendTeam(founded, amendingDecision('qd-9', '2024-03-01'), [
      {
        kind: 'addSeat',
        seatId: 'deputies/new',
        role: 'deputy',
        filling: { kind: 'named' },
        personId: 'quan-thi-ngoc',
      },
      {
        kind: 'addSeat',
        seatId: 'members/new',
        role: 'member',
        filling: { kind: 'named' },
        personId: 'ho-van-nam',
      },
    ])._unsafeUnwrap();
    const letters = (asOf?: '2024-03-01') =>
      new Set(
        dutiesOfTeam(team, asOf === undefined ? {} : { asOf })
          .filter((d) => d.roles.length === 1)
          .map((d) => `${d.roles[0]} ${d.clause}`),
      );
    expect(letters()).toEqual(new Set(['leader Điều 2.2.a']));
    expect(letters('2024-03-01')).toEqual(
      new Set(['leader Điều 2.2.a', 'deputy Điều 2.2.b', 'member Điều 2.2.b']),
    );
  });
});

describe('a village-level team whose decision and template print no Article 2', () => {
  it('follows the duties of the village teams of Decision 793, not the commune text', () => {
    const village = composeTeam(villageTeam793Template(), villageLists)._unsafeUnwrap().team;
    const bare = { ...village, template: { ...village.template, duties: undefined } } as Team;
    const duties = dutiesOfTeam(bare);
    expect(duties.map((d) => [d.id, d.clause])).toEqual(
      dutiesOfTeam(village).map((d) => [d.id, d.clause]),
    );
    expect(duties).toHaveLength(9);
    expect(duties[0]?.text.vi).toMatch(/^Tổ công nghệ số cộng đồng thôn làm việc /u);
  });
});

describe('the day dutiesOf reads', () => {
  it('is the day the seat began when none is given, and the one given otherwise', () => {
    expect(cited(dutiesOf(team, 'deputies/new')._unsafeUnwrap()).slice(2)).toEqual(DEPUTY);
    const problem = dutiesOf(team, 'deputies/new', { asOf: '2024-02-29' })._unsafeUnwrapErr();
    expect([problem.code, problem.path, problem.message]).toEqual([
      'seat_not_in_force',
      ['seatId'],
      {
        vi: 'Tổ phó (deputies/new) chưa có trong tổ ngày 29/2/2024: vị trí có từ ngày 1/3/2024.',
        en: 'Deputy (deputies/new) does not exist yet on 2024-02-29: the seat begins on 2024-03-01.',
      },
    ]);
  });

  it('is the team’s founding day for a seat with no day of its own', () => {
    const undated: Team = {
      ...team,
      seats: team.seats.map((s) => (s.id === 'leader/1' ? { ...s, from: undefined } : s)),
    };
    expect(dutiesOf(undated, 'leader/1')._unsafeUnwrap()).toEqual(
      dutiesOf(undated, 'leader/1', { asOf: undated.from })._unsafeUnwrap(),
    );
    // A seat that ended before the team's founding day would not be in force on it.
    const ended = amendTeam(sample, amendingDecision('qd-9', '2024-01-01'), [
      { kind: 'endSeat', seatId: 'schools/school-thcs' },
    ])._unsafeUnwrap();
    expect(dutiesOf(ended, 'schools/school-thcs', { asOf: '2024-01-01' }).isErr()).toBe(true);
    expect(dutiesOf(ended, 'schools/school-thcs', { asOf: '2023-12-31' }).isOk()).toBe(true);
  });
});

describe('arguments', () => {
  const refused = (result: ReturnType<typeof dutiesOf>) => {
    const problem = result._unsafeUnwrapErr();
    return [problem.code, problem.path, problem.message.en];
  };

  it('dutiesOf names the argument it refuses, in both languages', () => {
    expect(refused(dutiesOf({} as never, 'leader/1'))).toEqual([
      'invalid_argument',
      ['team'],
      'Argument "team" must be a team read from a team file, or built from a template and lists, got {}.',
    ]);
    expect(refused(dutiesOf(sample, 5 as never))).toEqual([
      'invalid_argument',
      ['seatId'],
      'Argument "seatId" must be an id (text), got 5.',
    ]);
    expect(refused(dutiesOf(sample, 'leader/1', 'x' as never))).toEqual([
      'invalid_argument',
      ['options'],
      'Argument "options" must be an options object { … }, got "x".',
    ]);
    const problem = dutiesOf(sample, 'leader/1', {
      asOf: '2026-02-30' as never,
    })._unsafeUnwrapErr();
    expect([problem.path, problem.message.vi]).toEqual([
      ['options.asOf'],
      'Đối số "options.asOf" phải là ngày có thật dạng YYYY-MM-DD từ 1900-01-01 đến 2100-12-31, nhận được "2026-02-30".',
    ]);
  });

  it('dutiesOfTeam throws an InvalidArgumentError naming the argument', () => {
    const argument = (call: () => unknown) => {
      try {
        call();
      } catch (error) {
        expect(error).toBeInstanceOf(InvalidArgumentError);
        return (error as InvalidArgumentError).argument;
      }
      return 'no error';
    };
    expect(argument(() => dutiesOfTeam({} as never))).toBe('team');
    expect(argument(() => dutiesOfTeam(sample, 'x' as never))).toBe('options');
    expect(argument(() => dutiesOfTeam(sample, { asOf: '2026-02-30' as never }))).toBe(
      'options.asOf',
    );
    expect(argument(() => dutiesOfTeam(sample, { asOf: '2026-02-28' }))).toBe('no error');
  });
});
