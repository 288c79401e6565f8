import { ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import {
  amendTeam,
  checkAssignment,
  followUp,
  type PlanInput,
  PlanSchema,
  parsePlan,
  planTasks,
  TaskSchema,
  type Team,
  taskDeadline,
  taskStatus,
} from '../../src/index.js';
import { dakNia2022Team } from '../../src/samples/index.js';
import { amendingDecision } from '../team/fixtures.js';

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

describe('checkAssignment', () => {
  it('lets the leader assign to anyone but itself', () => {
    expect(checkAssignment(team, 'leader/1', 'deputies/farmers', '2025-01-06').isOk()).toBe(true);
    expect(checkAssignment(team, 'leader/1', 'schools/school-thcs', '2025-01-06').isOk()).toBe(
      true,
    );
    expect(
      checkAssignment(team, 'leader/1', 'leader/1', '2025-01-06')._unsafeUnwrapErr().code,
    ).toBe('assignment_not_allowed');
  });
  it('lets a deputy assign only to the members they supervise', () => {
    expect(
      checkAssignment(team, 'deputies/farmers', 'village-heads/bon-bu-sir', '2025-01-06').isOk(),
    ).toBe(true);
    const error = checkAssignment(
      team,
      'deputies/farmers',
      'village-heads/thon-nam-ra',
      '2025-01-06',
    )._unsafeUnwrapErr();
    expect(error.code).toBe('assignment_not_allowed');
    expect(error.message.vi).toContain('Tổ phó');
    expect(error.message.en).toContain('deputy');
    expect(
      checkAssignment(team, 'deputies/farmers', 'deputies/veterans', '2025-01-06').isErr(),
    ).toBe(true);
  });
  it('lets a member assign to nobody', () => {
    const error = checkAssignment(
      team,
      'village-heads/bon-bu-sir',
      'village-heads/thon-nam-ra',
      '2025-01-06',
    )._unsafeUnwrapErr();
    expect(error.code).toBe('assignment_not_allowed');
    expect(error.message.en).toContain('member');
  });
  it('refuses a seat that has ended, assigning or assigned', () => {
    const ended: Team = {
      ...team,
      seats: team.seats.map((s) => (s.id === 'deputies/farmers' ? { ...s, to: '2024-02-29' } : s)),
    };
    const assigner = checkAssignment(
      ended,
      'deputies/farmers',
      'village-heads/bon-bu-sir',
      '2025-01-02',
    )._unsafeUnwrapErr();
    expect(assigner).toMatchObject({ code: 'assignment_not_allowed', path: ['assignedBy'] });
    expect(assigner.message.vi).toContain('deputies/farmers');
    expect(assigner.message.en).toContain('not in force');
    expect(
      checkAssignment(ended, 'leader/1', 'deputies/farmers', '2025-01-02')._unsafeUnwrapErr(),
    ).toMatchObject({ code: 'assignment_not_allowed', path: ['assignees'] });
    expect(
      checkAssignment(ended, 'deputies/farmers', 'village-heads/bon-bu-sir', '2024-02-29'),
    ).toEqual(ok(true));
  });

  it('rejects unknown seats', () => {
    expect(checkAssignment(team, 'x', 'leader/1', '2025-01-06')._unsafeUnwrapErr()).toMatchObject({
      code: 'unknown_seat',
      path: ['assignedBy'],
    });
    expect(checkAssignment(team, 'leader/1', 'y', '2025-01-06')._unsafeUnwrapErr()).toMatchObject({
      code: 'unknown_seat',
      path: ['assignees'],
    });
  });
});

describe('parsePlan', () => {
  it('accepts a valid plan and fills defaults', () => {
    const parsed = parsePlan(plan([task()]), team)._unsafeUnwrap();
    expect(parsed.tasks[0]?.villages).toEqual([]);
    const full = parsePlan(
      plan([
        task({
          villages: ['bon-bu-sir'],
          indicators: [{ indicator: 'vneidInstalls', by: 30 }],
          events: [{ type: 'start', on: '2025-01-07', by: 'village-heads/bon-bu-sir' }],
        }),
      ]),
      team,
    );
    expect(full._unsafeUnwrap().tasks[0]?.indicators).toEqual([
      { indicator: 'vneidInstalls', by: 30 },
    ]);
    expect(
      parsePlan(plan([task({ villages: ['dak-nia'] })]), team)._unsafeUnwrapErr()[0],
    ).toMatchObject({
      code: 'not_a_village',
      message: {
        vi: 'xã Đắk Nia (dak-nia) không phải thôn, bon, tổ dân phố: hoạt động được ghi theo thôn.',
      },
    });
    expect(
      parsePlan(plan([task({ villages: ['atlantis'] })]), team)._unsafeUnwrapErr()[0]?.code,
    ).toBe('unknown_place');
  });
  it('reports every problem at once with its path', () => {
    const result = parsePlan(
      plan([
        task({
          duty: 'nope',
          villages: ['atlantis'],
          indicators: [{ indicator: 'nope', by: 5 }],
          assignedBy: 'deputies/farmers',
          assignees: ['village-heads/thon-nam-ra'],
          deadline: undefined,
        }),
        task({ assignedBy: 'ghost' }),
        task({
          id: 't2',
          events: [
            { type: 'complete', on: '2025-01-10', by: 'x' },
            { type: 'cancel', on: '2025-01-11', by: 'x' },
          ],
        }),
        task({
          id: 't3',
          events: [
            { type: 'start', on: '2025-01-10', by: 'x' },
            { type: 'complete', on: '2025-01-09', by: 'x' },
          ],
        }),
      ]),
      team,
    );
    const problems = result._unsafeUnwrapErr();
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['unknown_duty', ['tasks', 0, 'duty']],
      ['unknown_place', ['tasks', 0, 'villages', 0]],
      ['unknown_indicator', ['tasks', 0, 'indicators', 0, 'indicator']],
      ['assignment_not_allowed', ['tasks', 0, 'assignees', 0]],
      ['missing_deadline', ['tasks', 0, 'deadline']],
      ['duplicate_task', ['tasks', 1, 'id']],
      ['unknown_seat', ['tasks', 1, 'assignedBy']],
      ['unknown_seat', ['tasks', 2, 'events', 0, 'by']],
      ['unknown_seat', ['tasks', 2, 'events', 1, 'by']],
      ['invalid_transition', ['tasks', 2, 'events', 1, 'type']],
      ['unknown_seat', ['tasks', 3, 'events', 0, 'by']],
      ['unknown_seat', ['tasks', 3, 'events', 1, 'by']],
      ['event_out_of_order', ['tasks', 3, 'events', 1, 'on']],
    ]);
    for (const p of problems) {
      expect(p.message.vi).toBeTruthy();
      expect(p.message.en).toBeTruthy();
    }
  });
  it('reports shape problems and an unknown plan author', () => {
    expect(parsePlan({ id: 'x' }, team)._unsafeUnwrapErr()[0]?.code).toBe('missing_field');
    expect(
      parsePlan({ ...plan([]), by: 'ghost' }, team)
        ._unsafeUnwrapErr()
        .map((p) => p.path),
    ).toEqual([['by']]);
  });
});

describe('deadlines', () => {
  it('counts working days across Tết 2025 and moves a date out of Tết', () => {
    expect(taskDeadline('2025-01-20', { amount: 5, unit: 'workingDay' })).toBe('2025-02-03');
    expect(taskDeadline('2025-01-20', { amount: 10, unit: 'day' })).toBe('2025-02-03');
    expect(taskDeadline('2025-01-20', '2025-01-29')).toBe('2025-02-03');
    expect(taskDeadline('2025-01-20', '2025-01-24')).toBe('2025-01-24');
  });
  it('expands a recurrence into one occurrence per period from the assignment on', () => {
    const p = PlanSchema.parse(
      plan(
        [
          task({
            deadline: undefined,
            assignedOn: '2025-02-03',
            recurrence: { every: 'month', byDay: 31 },
          }),
        ],
        '2025-Q1',
      ),
    );
    const instances = planTasks(p)._unsafeUnwrap();
    expect(instances.map((i) => [i.id, i.deadline])).toEqual([
      ['t1@2025-02', '2025-02-28'],
      ['t1@2025-03', '2025-03-31'],
    ]);
    const same = PlanSchema.parse(
      plan([task({ deadline: undefined, recurrence: { every: 'month', byDay: 25 } })]),
    );
    expect(
      planTasks(same)
        ._unsafeUnwrap()
        .map((i) => i.deadline),
    ).toEqual(['2025-02-03']);
    const wrong = PlanSchema.parse(
      plan([task({ deadline: undefined, recurrence: { every: 'quarter', byDay: 25 } })]),
    );
    expect(planTasks(wrong)._unsafeUnwrapErr()).toMatchObject({
      code: 'recurrence_outside_plan',
      path: ['tasks', 0, 'recurrence', 'every'],
      message: {
        vi: 'Nhiệm vụ "t1" lặp lại mỗi quý, không chia được trong kỳ kế hoạch tháng 1 năm 2025 (2025-01).',
      },
    });
  });
});

describe('taskStatus', () => {
  const t = TaskSchema.parse(task());
  const at = (events: unknown[], asOf: string) =>
    taskStatus(
      { id: 't1', task: t, deadline: '2025-01-17', events: TaskSchema.shape.events.parse(events) },
      asOf as '2025-01-01',
    );
  it('computes every timeliness from the deadline and the date', () => {
    expect(at([], '2025-01-06')._unsafeUnwrap()).toEqual({
      state: 'assigned',
      timeliness: 'open',
      deadline: '2025-01-17',
      workingDaysLeft: 9,
      workingDaysLate: 0,
    });
    expect(at([], '2025-01-14')._unsafeUnwrap().timeliness).toBe('dueSoon');
    expect(at([], '2025-01-20')._unsafeUnwrap()).toMatchObject({
      timeliness: 'overdue',
      workingDaysLeft: 0,
      workingDaysLate: 1,
    });
    const done = [{ type: 'complete', on: '2025-01-17', by: 'x' }];
    expect(at(done, '2025-01-20')._unsafeUnwrap().timeliness).toBe('doneOnTime');
    expect(at(done, '2025-01-16')._unsafeUnwrap().timeliness).toBe('dueSoon');
    const late = [{ type: 'complete', on: '2025-01-21', by: 'x' }];
    expect(at(late, '2025-01-22')._unsafeUnwrap().timeliness).toBe('doneLate');
    expect(
      at([{ type: 'cancel', on: '2025-01-08', by: 'x' }], '2025-01-22')._unsafeUnwrap(),
    ).toMatchObject({
      state: 'cancelled',
      timeliness: 'cancelled',
    });
    const returned = [
      ...done,
      { type: 'return', on: '2025-01-20', by: 'leader/1', note: 'Thiếu số liệu' },
    ];
    expect(at(returned, '2025-01-21')._unsafeUnwrap()).toMatchObject({
      state: 'returned',
      timeliness: 'overdue',
    });
    expect(
      at(
        [
          { type: 'cancel', on: '2025-01-08', by: 'x' },
          { type: 'start', on: '2025-01-09', by: 'x' },
        ],
        '2025-01-22',
      ).isErr(),
    ).toBe(true);
  });
});

describe('followUp', () => {
  const input = plan(
    [
      task({ id: 'bu-sir', deadline: { amount: 5, unit: 'workingDay' }, assignedOn: '2025-01-20' }),
      task({ id: 'nam-ra', assignees: ['village-heads/thon-nam-ra'], deadline: '2025-01-15' }),
      task({ id: 'thcs', assignees: ['schools/school-thcs'], deadline: '2025-01-13' }),
      task({ id: 'deputy', assignees: ['deputies/farmers'], deadline: '2025-01-16' }),
      task({
        id: 'done',
        assignees: ['village-heads/thon-nam-da'],
        deadline: '2025-01-15',
        events: [{ type: 'complete', on: '2025-01-14', by: 'village-heads/thon-nam-da' }],
      }),
    ],
    '2025-01',
  );
  const p = parsePlan(input, team)._unsafeUnwrap();

  it('lists overdue and soon-due tasks per deputy and for the leader, by urgency, across Tết', () => {
    // The 5 working days from 20/1/2025 skip Tết (25/1–2/2): due 3/2, the first working day
    // after Tết.
    const lists = followUp(team, p, { asOf: '2025-01-31' })._unsafeUnwrap();
    expect(
      lists.leader?.items.map((i) => [i.task.id, i.status.timeliness, i.status.deadline]),
    ).toEqual([
      ['thcs', 'overdue', '2025-01-13'],
      ['nam-ra', 'overdue', '2025-01-15'],
      ['deputy', 'overdue', '2025-01-16'],
      ['bu-sir', 'dueSoon', '2025-02-03'],
    ]);
    const farmers = lists.deputies.find((d) => d.seat.id === 'deputies/farmers');
    expect(farmers?.items.map((i) => i.task.id)).toEqual(['bu-sir']);
    expect(farmers?.holder?.name).toBe('Vũ Văn Bình');
    expect(
      lists.deputies.find((d) => d.seat.id === 'deputies/veterans')?.items.map((i) => i.task.id),
    ).toEqual(['thcs']);
    expect(
      lists.deputies.find((d) => d.seat.id === 'deputies/youth-union')?.items.map((i) => i.task.id),
    ).toEqual(['nam-ra']);
    // Before Tết, 3/2 is more than 3 working days away.
    const before = followUp(team, p, { asOf: '2025-01-21' })._unsafeUnwrap();
    expect(before.leader?.items.map((i) => i.task.id)).not.toContain('bu-sir');
    expect(
      followUp(team, p, { asOf: '2025-01-21', soonWithin: 10 })
        ._unsafeUnwrap()
        .leader?.items.map((i) => i.task.id),
    ).toContain('bu-sir');
  });

  it('shows the new holder of a seat whose holder changed', () => {
    const decision = amendingDecision('qd-2025', '2025-01-27');
    const amended = amendTeam(team, decision, [
      { kind: 'replaceHolder', seatId: 'schools/school-thcs', personId: 'luu-thi-yen' },
    ])._unsafeUnwrap();
    const before = followUp(amended, p, { asOf: '2025-01-24' })._unsafeUnwrap();
    const after = followUp(amended, p, { asOf: '2025-02-03' })._unsafeUnwrap();
    const thcs = (l: typeof before) =>
      l.leader?.items.find((i) => i.task.id === 'thcs')?.holder?.name;
    expect(thcs(before)).toBe('Mai Thị Hương');
    expect(thcs(after)).toBe('Lưu Thị Yến');
  });

  it('leaves out seats that no longer exist', () => {
    const decision = amendingDecision('qd-end', '2025-01-27', { number: 6 });
    const ended = amendTeam(team, decision, [
      { kind: 'endSeat', seatId: 'schools/school-thcs' },
    ])._unsafeUnwrap();
    const ids = followUp(ended, p, { asOf: '2025-02-03' })
      ._unsafeUnwrap()
      .leader?.items.map((i) => i.task.id);
    expect(ids).not.toContain('thcs');
    expect(ids).toContain('nam-ra');
  });

  it('lists the tasks of members whose deputy has ended under the deputy now assigned', () => {
    const ended: Team = {
      ...team,
      seats: team.seats.map((s) => (s.id === 'deputies/farmers' ? { ...s, to: '2024-12-31' } : s)),
      supervision: [
        ...team.supervision,
        {
          seatId: 'village-heads/bon-bu-sir',
          supervisorSeatId: 'deputies/veterans',
          from: '2025-01-01',
        },
      ],
    };
    const lists = followUp(ended, p, { asOf: '2025-01-31' })._unsafeUnwrap();
    expect(lists.deputies.map((d) => d.seat.id)).not.toContain('deputies/farmers');
    expect(
      lists.deputies.find((d) => d.seat.id === 'deputies/veterans')?.items.map((i) => i.task.id),
    ).toEqual(['thcs', 'bu-sir']);
  });

  it('fails on a bad period or history', () => {
    const bad = PlanSchema.parse(
      plan([task({ deadline: undefined, recurrence: { every: 'year', byDay: 1 } })]),
    );
    expect(followUp(team, bad, { asOf: '2025-01-10' })._unsafeUnwrapErr().code).toBe(
      'recurrence_outside_plan',
    );
    const history = PlanSchema.parse(
      plan([task({ events: [{ type: 'return', on: '2025-01-10', by: 'x' }] })]),
    );
    expect(followUp(team, history, { asOf: '2025-01-20' })._unsafeUnwrapErr().code).toBe(
      'invalid_transition',
    );
  });
});

describe('followUp order', () => {
  it('lists items equally urgent by deadline, then by task id', () => {
    const tied = parsePlan(
      plan([
        task({ id: 'b', deadline: '2025-01-15' }),
        task({ id: 'a', deadline: '2025-01-15' }),
        task({ id: 'c', deadline: '2025-01-14' }),
      ]),
      team,
    )._unsafeUnwrap();
    const lists = followUp(team, tied, { asOf: '2025-01-20' })._unsafeUnwrap();
    expect(lists.leader?.items.map((i) => [i.task.id, i.status.workingDaysLate])).toEqual([
      ['c', 4],
      ['a', 3],
      ['b', 3],
    ]);
  });
});
