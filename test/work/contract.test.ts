/**
 * The input contract of the work module: readers never throw and report every problem in one
 * pass (shapes and references); typed functions check their arguments; deadlines stay within the
 * supported range; messages name seats, villages and states as a commune says them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  followUp,
  InvalidArgumentError,
  nextTaskState,
  type PlanInput,
  PlanSchema,
  parseActivities,
  parsePlan,
  planTasks,
  replayTaskEvents,
  TASK_STATE_LABELS,
  TaskSchema,
  taskDeadline,
  taskStatus,
} from '../../src/index.js';
import { dakNia2022Team } from '../../src/samples/index.js';

const team = dakNia2022Team();

function task(extra: Record<string, unknown> = {}) {
  return {
    id: 't1',
    title: { vi: 'Hỗ trợ cài đặt VNeID', en: 'Help install VNeID' },
    duty: 'member.deploy',
    assignees: ['village-heads/bon-bu-sir'],
    assignedBy: 'leader/1',
    assignedOn: '2025-01-06',
    deadline: '2025-01-17',
    ...extra,
  };
}

function plan(tasks: unknown[], period = '2025-01'): PlanInput {
  return {
    id: 'kh-1',
    title: { vi: 'Kế hoạch tháng 1', en: 'January plan' },
    period,
    by: 'leader/1',
    adoptedOn: '2025-01-02',
    tasks: tasks as PlanInput['tasks'],
  };
}

const codes = (result: { isErr(): boolean; error?: unknown }) =>
  (result.error as { code: string }[] | undefined)?.map((p) => p.code);

describe('nextTaskState and replayTaskEvents (issue: throws on a state that does not exist)', () => {
  it("answers nextTaskState('archived', 'start') with an invalid_argument problem", () => {
    const result = nextTaskState('archived' as never, 'start');
    expect(result._unsafeUnwrapErr()).toMatchObject({
      code: 'invalid_argument',
      params: { argument: 'state' },
    });
    expect(nextTaskState('done', 'archive' as never)._unsafeUnwrapErr().code).toBe(
      'invalid_argument',
    );
  });

  it('never throws, whatever the values', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (state, event) => {
        const result = nextTaskState(state as never, event as never);
        if (result.isErr())
          expect(['invalid_argument', 'invalid_transition']).toContain(result.error.code);
      }),
    );
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (events, asOf) => {
        replayTaskEvents(events as never, asOf as never);
      }),
    );
  });

  it('names states in Vietnamese in the message, and keeps the names in the parameters', () => {
    const problem = nextTaskState('cancelled', 'complete')._unsafeUnwrapErr();
    expect(problem.message.vi).toBe('Không thể hoàn thành một nhiệm vụ đã hủy.');
    expect(problem.message.en).toBe('Cannot complete a task that is cancelled.');
    expect(problem.params).toMatchObject({
      state: 'cancelled',
      stateLabel: TASK_STATE_LABELS.cancelled,
      event: 'complete',
    });
  });
});

describe('deadlines stay within the supported range (issue: a plan task ran for an hour)', () => {
  it('refuses a deadline of 1e9 working days when the plan is read', () => {
    const problems = parsePlan(
      plan([task({ deadline: { amount: 1e9, unit: 'workingDay' } })]),
      team,
    );
    expect(problems._unsafeUnwrapErr()).toEqual([
      expect.objectContaining({ code: 'too_big', path: ['tasks', 0, 'deadline', 'amount'] }),
    ]);
    const years = parsePlan(plan([task({ deadline: { amount: 300, unit: 'year' } })]), team);
    expect(years._unsafeUnwrapErr()).toEqual([
      expect.objectContaining({
        code: 'deadline_out_of_range',
        path: ['tasks', 0, 'deadline', 'amount'],
        params: { amount: 300, unit: 'year', end: '2100-12-31' },
      }),
    ]);
    expect(
      PlanSchema.safeParse(plan([task({ deadline: { amount: 1e9, unit: 'workingDay' } })])).success,
    ).toBe(false);
  });

  it('refuses a deadline that counts past 2100-12-31 from its assigned day, without counting', () => {
    const far = task({ deadline: { amount: 60_000, unit: 'workingDay' } });
    expect(parsePlan(plan([far]), team)._unsafeUnwrapErr()).toEqual([
      expect.objectContaining({
        code: 'deadline_out_of_range',
        path: ['tasks', 0, 'deadline'],
        params: { amount: 60_000, unit: 'workingDay', assignedOn: '2025-01-06', end: '2100-12-31' },
      }),
    ]);
    const [problem] = parsePlan(plan([far]), team)._unsafeUnwrapErr();
    expect(problem?.message.vi).toBe(
      'Thời hạn 60.000 ngày làm việc kể từ ngày 6/1/2025 vượt quá ngày cuối cùng thư viện hỗ trợ (31/12/2100).',
    );
    expect(() => taskDeadline('2025-01-06', { amount: 60_000, unit: 'workingDay' })).toThrow(
      InvalidArgumentError,
    );
    expect(() => taskDeadline('2025-01-06', { amount: 1e9, unit: 'workingDay' })).toThrow(
      InvalidArgumentError,
    );
    expect(() => taskDeadline('2100-12-01', { amount: 2, unit: 'month' })).toThrow(
      InvalidArgumentError,
    );
  });

  it('accepts the longest deadlines the range allows', () => {
    expect(taskDeadline('2025-01-06', { amount: 75, unit: 'year' })).toBe('2100-01-06');
    expect(taskDeadline('2100-12-01', { amount: 30, unit: 'day' })).toBe('2100-12-31');
  });

  it('gives planTasks and taskStatus only plans they can count', () => {
    const bad = {
      ...PlanSchema.parse(plan([task()])),
      tasks: [{ ...TaskSchema.parse(task()), deadline: { amount: 1e9, unit: 'workingDay' } }],
    };
    expect(planTasks(bad as never)._unsafeUnwrapErr().code).toBe('invalid_argument');
    const instance = {
      id: 't1',
      task: TaskSchema.parse(task()),
      deadline: '9999-12-31',
      events: [],
    };
    expect(taskStatus(instance as never, '2025-01-10')._unsafeUnwrapErr().code).toBe(
      'invalid_argument',
    );
  });
});

describe('followUp (issue: answered for asOf "24/02/2026")', () => {
  const p = PlanSchema.parse(plan([task()]));
  it('refuses a date that is not YYYY-MM-DD, and options that are not options', () => {
    for (const asOf of ['24/02/2026', '2026-02-30', '9999-12-31', '', undefined]) {
      expect(followUp(team, p, { asOf } as never)._unsafeUnwrapErr()).toMatchObject({
        code: 'invalid_argument',
        params: { argument: 'options.asOf' },
      });
    }
    expect(followUp(team, p, null as never)._unsafeUnwrapErr().code).toBe('invalid_argument');
    expect(
      followUp(team, p, { asOf: '2025-01-20', soonWithin: -1 })._unsafeUnwrapErr().params,
    ).toMatchObject({ argument: 'options.soonWithin' });
    expect(followUp({} as never, p, { asOf: '2025-01-20' })._unsafeUnwrapErr().code).toBe(
      'invalid_argument',
    );
  });
});

describe('parsePlan reads every problem in one pass (issue: references checked with shapes)', () => {
  it('reports an unknown seat even when a date of the same task is wrong', () => {
    const result = parsePlan(
      plan([task({ assignedOn: '2025-02-30', assignees: ['ghost'], villages: ['atlantis'] })]),
      team,
    );
    expect(result._unsafeUnwrapErr().map((p) => [p.code, p.path])).toEqual([
      ['invalid_date', ['tasks', 0, 'assignedOn']],
      ['unknown_place', ['tasks', 0, 'villages', 0]],
      ['unknown_seat', ['tasks', 0, 'assignees', 0]],
    ]);
  });

  it('names seats as people say them, ids in parentheses', () => {
    const [problem] = parsePlan(
      plan([task({ assignedBy: 'deputies/farmers', assignees: ['village-heads/thon-nam-ra'] })]),
      team,
    )._unsafeUnwrapErr();
    expect(problem?.message.vi).toBe(
      'Tổ phó — Chủ tịch Hội Nông dân xã (deputies/farmers) không được giao việc cho Tổ viên — thôn Nam Rạ (village-heads/thon-nam-ra) ngày 6/1/2025: Tổ phó chỉ giao việc cho Tổ viên mình phụ trách.',
    );
    expect(problem?.params).toMatchObject({
      assigner: { id: 'deputies/farmers' },
      assignee: { id: 'village-heads/thon-nam-ra' },
      fault: 'notSupervised',
    });
  });

  it('finds nothing lost in silence: a deadline beside a recurrence, events in the wrong period', () => {
    const result = parsePlan(
      plan(
        [
          task({ recurrence: { every: 'month', byDay: 25 } }),
          task({
            id: 't2',
            deadline: undefined,
            recurrence: { every: 'month', byDay: 25 },
            events: [
              { type: 'start', on: '2025-01-07', by: 'village-heads/bon-bu-sir' },
              {
                type: 'start',
                on: '2025-01-07',
                by: 'village-heads/bon-bu-sir',
                period: '2025-07',
              },
            ],
          }),
          task({
            id: 't3',
            events: [
              {
                type: 'start',
                on: '2025-01-07',
                by: 'village-heads/bon-bu-sir',
                period: '2025-01',
              },
            ],
          }),
          task({ id: 't4', deadline: undefined, recurrence: { every: 'year', byDay: 25 } }),
        ],
        '2025-Q1',
      ),
      team,
    );
    expect(result._unsafeUnwrapErr().map((p) => [p.code, p.path])).toEqual([
      ['deadline_with_recurrence', ['tasks', 0, 'deadline']],
      ['event_period_mismatch', ['tasks', 1, 'events', 0]],
      ['event_period_mismatch', ['tasks', 1, 'events', 1, 'period']],
      ['event_period_mismatch', ['tasks', 2, 'events', 0, 'period']],
      ['recurrence_outside_plan', ['tasks', 3, 'recurrence', 'every']],
    ]);
  });

  it('quotes at most a short excerpt of a huge id', () => {
    const id = 'x'.repeat(1_000_000);
    const problems = parsePlan(plan([task({ id }), task({ id })]), team)._unsafeUnwrapErr();
    expect(problems.map((p) => p.code)).toEqual(['duplicate_task']);
    expect(problems[0]?.message.vi.length).toBeLessThan(120);
    expect(problems[0]?.message.vi).toContain(`"${'x'.repeat(60)}…"`);
  });

  it('gives the same answer for ids typed with decomposed accents (NFD)', () => {
    const input = plan([
      task({ villages: ['bon-bu-sir'], title: { vi: 'Hỗ trợ Đắk Nia', en: 'Help' } }),
    ]);
    const nfd = JSON.parse(JSON.stringify(input).normalize('NFD')) as unknown;
    expect(parsePlan(nfd, team)).toEqual(parsePlan(input, team));
  });

  it('never throws and gives well-formed problems, whatever the value', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBigInt: true }), (value) => {
        const result = parsePlan(value, team);
        for (const problem of result.isErr() ? result.error : []) {
          expect(problem.code).toMatch(/^[a-z_]+$/u);
          expect(Array.isArray(problem.path)).toBe(true);
          expect(problem.message.vi.length).toBeGreaterThan(0);
          expect(problem.message.en.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 200 },
    );
    expect(parsePlan(plan([]), null as never)._unsafeUnwrapErr()[0]?.code).toBe('invalid_argument');
  });
});

describe('parseActivities', () => {
  it('reports the seats and village of a record whose date is wrong', () => {
    const result = parseActivities(
      [
        {
          kind: 'help',
          id: 'h',
          date: '2025-02-30',
          by: 'ghost',
          village: 'atlantis',
          platform: 'vneid',
          count: 1,
        },
      ],
      team,
    );
    expect(result._unsafeUnwrapErr().map((p) => p.code)).toEqual([
      'invalid_date',
      'unknown_seat',
      'unknown_place',
    ]);
  });
  it('never throws, whatever the value', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBigInt: true }), (value) => {
        parseActivities(value, team);
        parseActivities([value], team);
      }),
      { numRuns: 200 },
    );
    expect(codes(parseActivities([], 'team' as never))).toEqual(['invalid_argument']);
  });
});
