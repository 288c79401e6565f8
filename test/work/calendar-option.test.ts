import { describe, expect, it } from 'vitest';
import {
  type Plan,
  PlanSchema,
  parseWorkingCalendar,
  planTasks,
  taskDeadline,
} from '../../src/index.js';
import { thrown } from '../support/thrown.js';

/** A calendar the library made that also rests on Mondays. */
const mondaysOff = parseWorkingCalendar({
  name: { vi: 'Nghỉ thứ Hai', en: 'Mondays off' },
  weeklyRestDays: [0, 1, 6],
})._unsafeUnwrap();
/** The same calendar written by hand: not one the library made. */
const handWritten = { ...mondaysOff };

describe('a working calendar given to the work functions', () => {
  it('counts the deadline of a task with it', () => {
    const oneWorkingDay = { amount: 1, unit: 'workingDay' } as const;
    // Friday 14/2/2025: the next working day is Monday 17/2, or Tuesday 18/2 on this calendar.
    expect(taskDeadline('2025-02-14', oneWorkingDay)).toBe('2025-02-17');
    expect(taskDeadline('2025-02-14', oneWorkingDay, mondaysOff)).toBe('2025-02-18');
    const error = thrown(() => taskDeadline('2025-02-14', oneWorkingDay, handWritten));
    expect(error.argument).toBe('calendar');
    expect(error.problem.message.en).toContain('made by the library');
    expect(error.problem.message.vi).toContain('do thư viện tạo');
  });

  it("moves a plan's deadlines off its rest days", () => {
    const plan: Plan = PlanSchema.parse({
      id: 'kh',
      title: { vi: 'Kế hoạch', en: 'Plan' },
      period: '2025-Q1',
      by: 'leader/1',
      adoptedOn: '2025-01-02',
      tasks: [
        {
          id: 'report',
          title: { vi: 'Báo cáo', en: 'Report' },
          duty: 'member.report',
          assignees: ['m'],
          assignedBy: 'leader/1',
          assignedOn: '2025-01-02',
          recurrence: { every: 'month', byDay: 17 },
        },
      ],
    });
    const deadlines = (options = {}) =>
      planTasks(plan, options).map((tasks) => tasks.map((t) => t.deadline));
    // 17/2 and 17/3/2025 are Mondays.
    expect(deadlines()._unsafeUnwrap()).toEqual(['2025-01-17', '2025-02-17', '2025-03-17']);
    expect(deadlines({ calendar: mondaysOff })._unsafeUnwrap()).toEqual([
      '2025-01-17',
      '2025-02-18',
      '2025-03-18',
    ]);
    const refused = deadlines({ calendar: handWritten })._unsafeUnwrapErr();
    expect([refused.code, refused.params]).toMatchObject([
      'invalid_argument',
      { argument: 'options.calendar' },
    ]);
  });
});
