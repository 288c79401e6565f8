// A deadline that falls after 2100-12-31, the last day the library supports: a duration counted
// past it, and a date — of a one-off task or of an occurrence — that is a day off and moves past
// it. Each is reported where it is written, in words that say which.
import { describe, expect, it } from 'vitest';
import {
  LABOUR_CODE_2019_HOLIDAYS,
  type PlanInput,
  PlanSchema,
  parsePlan,
  parseWorkingCalendar,
  planTasks,
} from '../../src/index.js';
import { dakNia2022Team } from '../../src/samples/index.js';

/** A calendar whose week rests on Friday too: 2100-12-31, a Friday, is a day off. */
const fridayOff = parseWorkingCalendar({
  name: { vi: 'Nghỉ thứ Sáu, thứ Bảy, Chủ nhật', en: 'Friday to Sunday off' },
  rules: LABOUR_CODE_2019_HOLIDAYS,
  weeklyRestDays: [5, 6, 0],
})._unsafeUnwrap();

function plan(task: Record<string, unknown>): PlanInput {
  return {
    id: 'kh-2100',
    title: { vi: 'Kế hoạch quý IV/2100', en: 'Plan for Q4 2100' },
    period: '2100-Q4',
    by: 'leader/1',
    adoptedOn: '2100-10-01',
    tasks: [
      {
        id: 'r',
        title: { vi: 'Báo cáo', en: 'Report' },
        duty: 'member.report',
        assignees: ['village-heads/bon-bu-sir'],
        assignedBy: 'leader/1',
        assignedOn: '2100-10-04',
        ...task,
      },
    ] as PlanInput['tasks'],
  };
}

const planned = (task: Record<string, unknown>) =>
  planTasks(PlanSchema.parse(plan(task)), { calendar: fridayOff });

const DAY_OFF = {
  vi: 'Hạn ngày 31/12/2100 là ngày nghỉ, và ngày làm việc kế tiếp vượt quá ngày cuối cùng thư viện hỗ trợ (31/12/2100).',
  en: 'The deadline 2100-12-31 is a day off, and the next working day is after the last day the library supports (2100-12-31).',
};

describe('a deadline after the last supported day', () => {
  it('of an occurrence due on a day off is reported at the recurrence, with the day due', () => {
    const problem = planned({ recurrence: { every: 'month', byDay: 31 } })._unsafeUnwrapErr();
    expect([problem.code, problem.path, problem.params, problem.message]).toEqual([
      'deadline_out_of_range',
      ['tasks', 0, 'recurrence'],
      { amount: 0, unit: 'day', assignedOn: '2100-10-04', due: '2100-12-31', end: '2100-12-31' },
      DAY_OFF,
    ]);
    // With the default calendar the same Friday is a working day.
    expect(
      planTasks(PlanSchema.parse(plan({ recurrence: { every: 'month', byDay: 31 } })))
        ._unsafeUnwrap()
        .map((t) => [t.id, t.deadline]),
    ).toEqual([
      ['r@2100-10', '2100-11-01'],
      ['r@2100-11', '2100-11-30'],
      ['r@2100-12', '2100-12-31'],
    ]);
  });

  it('given as a date that is a day off is reported at the deadline, by planTasks and parsePlan alike', () => {
    const problem = planned({ deadline: '2100-12-31' })._unsafeUnwrapErr();
    expect([problem.path, problem.message]).toEqual([['tasks', 0, 'deadline'], DAY_OFF]);
    const parsed = parsePlan(plan({ deadline: '2100-12-31' }), dakNia2022Team(), {
      calendar: fridayOff,
    })._unsafeUnwrapErr();
    expect(parsed.map((p) => [p.code, p.path, p.message])).toEqual([
      ['deadline_out_of_range', ['tasks', 0, 'deadline'], DAY_OFF],
    ]);
  });

  it('counted from the assigned day says how much and from when', () => {
    const problem = planned({ deadline: { amount: 3, unit: 'month' } })._unsafeUnwrapErr();
    expect([problem.path, problem.params, problem.message]).toEqual([
      ['tasks', 0, 'deadline'],
      { amount: 3, unit: 'month', assignedOn: '2100-10-04', end: '2100-12-31' },
      {
        vi: 'Thời hạn 3 tháng kể từ ngày 4/10/2100 vượt quá ngày cuối cùng thư viện hỗ trợ (31/12/2100).',
        en: 'A deadline of 3 months from 2100-10-04 falls after the last day the library supports (2100-12-31).',
      },
    ]);
    expect(planned({ deadline: { amount: 30, unit: 'workingDay' } }).isOk()).toBe(true);
  });
});
