/**
 * The input contract and the words of the team functions: every sample of the issues on inputs
 * and on the problem catalogue that falls in the team module, and its class.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  amendTeam,
  BODY_KIND_LABELS,
  BodyKindSchema,
  chainOf,
  composeTeam,
  compositionOf,
  DUTIES,
  dakNia2022Template,
  describeSeat,
  holderOf,
  InvalidArgumentError,
  KIND_NOUNS,
  LEVEL_OF_KIND,
  PlaceKindSchema,
  parseTeam,
  ROLE_LABELS,
  type Seat,
  serializeTeam,
  type Team,
  type TeamProblem,
  validateTeam,
  villagesOf,
  villageTeam793Template,
} from '../../src/index.js';
import { dakNia2022Team } from '../../src/samples/index.js';
import { checkCycles } from '../../src/team/checks/chain.js';
import { checkContext } from '../../src/team/checks/context.js';
import { checkLeaders, checkVacantSeats } from '../../src/team/checks/seats.js';
import { amendingDecision, villageLists, wardLists } from './fixtures.js';

const team = dakNia2022Team();
const ward = composeTeam(dakNia2022Template(), wardLists)._unsafeUnwrap().team;
const village = composeTeam(villageTeam793Template(), villageLists)._unsafeUnwrap().team;
const all = (t: Team, asOf?: string): readonly TeamProblem[] =>
  validateTeam(t, asOf === undefined ? {} : { asOf: asOf as '2000-01-01' }).match(
    (v) => v.warnings,
    (e) => e,
  );

describe('readers never throw', () => {
  it('parseTeam reads 4,200 nested brackets as too deep', () => {
    const problems = parseTeam('['.repeat(4200) + ']'.repeat(4200))._unsafeUnwrapErr();
    expect(problems.map((p) => p.code)).toEqual(['too_deep']);
  });

  it('composeTeam and parseTeam survive any value', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withNullPrototype: true }), (value) => {
        expect(parseTeam(value).isErr()).toBe(true);
        expect(composeTeam(value as never, value as never).isErr()).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('typed arguments are checked at entry', () => {
  it('validateTeam answers an impossible date with invalid_argument, not a verdict', () => {
    const problems = validateTeam(team, { asOf: '2026-02-30' as never })._unsafeUnwrapErr();
    expect(problems.map((p) => [p.code, p.path.join('.')])).toEqual([
      ['invalid_argument', 'options.asOf'],
    ]);
    expect(validateTeam({ ...team, seats: 'none' } as never)._unsafeUnwrapErr()[0]?.code).toBe(
      'invalid_argument',
    );
  });

  it('queries refuse what is not a team or a date, and say so in both languages', () => {
    expect(() => compositionOf({} as Team, '2022-07-27')).toThrow(InvalidArgumentError);
    expect(() => villagesOf(team, '24/02/2026' as never)).toThrow(InvalidArgumentError);
    expect(holderOf(team, 'leader/1', '2100-13-01' as never)._unsafeUnwrapErr().code).toBe(
      'invalid_argument',
    );
    try {
      describeSeat(team, { id: 'x' } as Seat, '2022-07-27');
    } catch (error) {
      expect((error as InvalidArgumentError).argument).toBe('seat');
    }
  });

  it('amendTeam reports an unknown change kind instead of recording the decision', () => {
    const decision = amendingDecision('qd-9', '2024-01-01');
    const problems = amendTeam(team, decision, [
      { kind: 'endSeat', seatId: 'leader/1' },
      { kind: 'renameSeat', seatId: 'leader/1' } as never,
    ])._unsafeUnwrapErr();
    expect(problems.map((p) => [p.code, p.path.join('.')])).toEqual([
      ['invalid_value', 'changes.1.kind'],
    ]);
  });
});

describe('round trip', () => {
  it('an amended team is written in the order of the team file and reads back to the same text', () => {
    const amended = amendTeam(team, amendingDecision('qd-9', '2024-01-01'), [
      { kind: 'endSeat', seatId: 'schools/school-thcs' },
      { kind: 'replaceHolder', seatId: 'leader/1', personId: 'tran-dinh-tuan' },
      { kind: 'dissolve' },
    ])._unsafeUnwrap();
    const text = serializeTeam(amended);
    expect(serializeTeam(parseTeam(text)._unsafeUnwrap())).toBe(text);
    expect(JSON.stringify(amended, null, 2)).toBe(text.trimEnd());
  });

  it('serializeTeam writes fields in the schema order, whatever the object order', () => {
    const shuffled = Object.fromEntries(Object.entries(team).reverse()) as Team;
    expect(serializeTeam(shuffled)).toBe(serializeTeam(team));
  });
});

describe('nothing returned aliases the library', () => {
  it('exported tables are deep-frozen', () => {
    for (const table of [KIND_NOUNS, LEVEL_OF_KIND, ROLE_LABELS, BODY_KIND_LABELS, DUTIES]) {
      expect(Object.isFrozen(table)).toBe(true);
      for (const value of Object.values(table)) {
        if (typeof value === 'object') expect(Object.isFrozen(value)).toBe(true);
      }
    }
    expect(() => {
      (ROLE_LABELS.leader as { vi: string }).vi = 'X';
    }).toThrow(TypeError);
  });

  it('query results are fresh: changing one changes no later answer', () => {
    const holder = holderOf(team, 'leader/1', '2022-07-27')._unsafeUnwrap();
    if (holder) holder.name = 'X';
    expect(holderOf(team, 'leader/1', '2022-07-27')._unsafeUnwrap()?.name).toBe('Quản Thị Ngọc');
    const chain = chainOf(team, 'village-heads/bon-bu-sir')._unsafeUnwrap();
    (chain.seats as Seat[]).length = 0;
    expect(chainOf(team, 'village-heads/bon-bu-sir')._unsafeUnwrap().seats).toHaveLength(3);
  });

  it('ids typed with decomposed accents find the same seats', () => {
    const accented: Team = {
      ...village,
      seats: village.seats.map((s, i) => (i === 1 ? { ...s, id: 'thành-viên/1' } : s)),
      seatHoldings: village.seatHoldings.map((h) =>
        h.seatId === 'members/1' ? { ...h, seatId: 'thành-viên/1' } : h,
      ),
    };
    const nfd = 'thành-viên/1'.normalize('NFD');
    expect(holderOf(accented, nfd, '2022-04-01')._unsafeUnwrap()?.name).toBe('Trần Thị Hạnh');
  });
});

describe('messages name seats, places and bodies as a commune says them', () => {
  it('a seat by its role and office, its id in parentheses', () => {
    const vacant: Team = {
      ...ward,
      officeHoldings: ward.officeHoldings.filter((h) => h.officeId !== 'y'),
    };
    const problem = all(vacant, '2023-03-01').find((p) => p.code === 'vacant_seat');
    expect(problem?.message.vi).toBe(
      'Tổ phó — Bí thư Đoàn phường (deputies/youth) không có người giữ ngày 1/3/2023.',
    );
    expect(problem?.message.en).toBe(
      'Deputy — Secretary (deputies/youth) is held by nobody on 2023-03-01.',
    );
    expect(problem?.params).toEqual({
      seat: {
        id: 'deputies/youth',
        label: { vi: 'Tổ phó — Bí thư Đoàn phường', en: 'Deputy — Secretary' },
      },
      date: '2023-03-01',
    });
  });

  it('a village by its kind and name ("Tổ dân phố 1")', () => {
    const noHead: Team = {
      ...ward,
      seats: ward.seats.filter((s) => s.id !== 'village-heads/tdp-1'),
      seatHoldings: ward.seatHoldings.filter((h) => h.seatId !== 'village-heads/tdp-1'),
    };
    const problem = all(noHead, '2023-03-01').find((p) => p.code === 'missing_village_head');
    expect(problem?.message.vi).toBe(
      'Người đứng đầu Tổ dân phố 1 (tdp-1) chưa có vị trí trong tổ ngày 1/3/2023.',
    );
  });

  it('a kind of body by its name ("Đoàn Thanh niên"), for every kind', () => {
    const noYouth: Team = {
      ...village,
      people: village.people.map((p) => ({ ...p, memberOf: [] })),
    };
    const problem = all(noYouth, '2022-04-01').find((p) => p.code === 'recommendation_unmet');
    expect(problem?.message.vi).toBe(
      'Tổ viên chỉ định theo tên (members): nên có thành viên thuộc Đoàn Thanh niên.',
    );
    for (const kind of BodyKindSchema.options) {
      expect(BODY_KIND_LABELS[kind].vi, kind).not.toBe('');
      expect(BODY_KIND_LABELS[kind].en, kind).not.toBe('');
    }
    for (const kind of PlaceKindSchema.options) expect(KIND_NOUNS[kind].vi, kind).not.toBe('');
  });

  it('every problem of a broken team has a severity, params and a label for what it names', () => {
    const broken: Team = {
      ...team,
      seats: team.seats.map((s) => (s.role === 'deputy' ? { ...s, role: 'member' as const } : s)),
      supervision: [
        { seatId: 'leader/1', supervisorSeatId: 'deputies/farmers' },
        ...team.supervision,
      ],
    };
    const problems = all(broken);
    expect(problems.length).toBeGreaterThan(5);
    for (const p of problems) {
      expect(['error', 'warning']).toContain(p.severity);
      expect(p.params).toBeDefined();
      expect(p.message.vi).not.toMatch(/Vị trí "[^"]*\//u);
    }
    const errors = problems.filter((p) => p.severity === 'error');
    expect(problems.slice(0, errors.length)).toEqual(errors);
  });
});

describe('the checks of validateTeam, each alone', () => {
  it('checkLeaders, checkVacantSeats and checkCycles read one context', () => {
    const context = checkContext(
      {
        ...team,
        seatHoldings: team.seatHoldings.filter((h) => h.seatId !== 'schools/school-mam-non'),
        supervision: [
          { seatId: 'leader/1', supervisorSeatId: 'deputies/farmers' },
          ...team.supervision,
        ],
      },
      '2022-07-27',
    );
    expect(checkLeaders(context)).toEqual([]);
    expect(checkVacantSeats(context).map((p) => p.path)).toEqual([['seats', 6]]);
    const [cycle] = checkCycles(context);
    expect(cycle?.path).toEqual(['supervision', 0]);
    expect(cycle?.message.vi).toBe(
      'Chuỗi báo cáo bị lặp vòng: Tổ trưởng (leader/1) → Tổ phó (deputies/farmers) → quay lại vị trí đầu.',
    );
  });
});

describe('validateTeam on any changed team', () => {
  const changed = fc
    .record({ drop: fc.nat(40), row: fc.nat(20), to: fc.constantFrom(undefined, '2023-01-01') })
    .map(({ drop, row, to }) => ({
      ...team,
      seats: team.seats.filter((_, i) => i !== drop),
      supervision: team.supervision.map((s, i) =>
        i === row ? { ...s, supervisorSeatId: 'leader/1', to } : s,
      ) as Team['supervision'],
    }));

  it('never throws, and gives the same problems for NFD and NFC text', () => {
    fc.assert(
      fc.property(changed, fc.constantFrom('2022-07-27', '2024-06-01', '2025-07-01'), (t, asOf) => {
        const nfd = parseTeam(serializeTeam(t).normalize('NFD'))._unsafeUnwrap();
        expect(all(nfd, asOf)).toEqual(all(t, asOf));
      }),
      { numRuns: 40 },
    );
  });
});
