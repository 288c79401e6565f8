// Each check of a working calendar, alone, on raw input.
import { describe, expect, it } from 'vitest';
import {
  CALENDAR_CHECKS,
  type CalendarDraft,
  daysOffInOrder,
  knownScheduleRules,
  makeUpDaysOnRestDays,
  scheduleDatesNearYear,
  uniqueRestDays,
  uniqueRuleIds,
} from '../../src/calendar/calendar-checks.js';

const draft = (parts: Partial<CalendarDraft>): CalendarDraft => ({
  rules: [],
  ruleIds: new Set(),
  schedules: [],
  ...parts,
});

const schedule = (value: unknown) => [{ value, path: ['schedules', 0] }];
const codes = (problems: { code: string; path: readonly unknown[] }[]) =>
  problems.map((p) => [p.code, p.path]);

describe('calendar checks', () => {
  it('lists every check once', () => {
    expect(CALENDAR_CHECKS).toEqual([
      uniqueRuleIds,
      knownScheduleRules,
      scheduleDatesNearYear,
      daysOffInOrder,
      makeUpDaysOnRestDays,
      uniqueRestDays,
    ]);
  });

  it('uniqueRuleIds: the second rule with an id, by its name', () => {
    const rules = [
      { value: { id: 'a', name: { vi: 'Lễ A', en: 'Day A' } }, path: ['rules', 0] },
      { value: { id: 'b' }, path: ['rules', 1] },
      { value: { id: 'a', name: 'not a label' }, path: ['rules', 2] },
      { value: 'not a rule', path: ['rules', 3] },
    ];
    const problems = uniqueRuleIds(draft({ rules }));
    expect(codes(problems)).toEqual([['duplicate_holiday_rule', ['rules', 2, 'id']]]);
    expect(problems[0]?.params).toEqual({ ruleId: 'a' });
    expect(problems[0]?.message.vi).toBe(
      'Ngày lễ "a" được khai báo hai lần: mỗi quy tắc cần một mã riêng.',
    );
  });

  it('uniqueRuleIds: a rule named for a constructor or prototype finds nothing inherited', () => {
    const rules = ['constructor', 'toString', '__proto__'].map((id, i) => ({
      value: { id },
      path: ['rules', i],
    }));
    expect(uniqueRuleIds(draft({ rules }))).toEqual([]);
  });

  it('knownScheduleRules: occasions naming no rule, skipping what is not readable', () => {
    const problems = knownScheduleRules(
      draft({
        ruleIds: new Set(['new-year']),
        schedules: schedule({
          year: 2027,
          occasions: [{ rule: 'new-year' }, { rule: 'tet' }, { rule: 3 }, 'x'],
        }),
      }),
    );
    expect(codes(problems)).toEqual([
      ['unknown_holiday_rule', ['schedules', 0, 'occasions', 1, 'rule']],
    ]);
    expect(problems[0]?.params).toEqual({ ruleId: 'tet', year: 2027 });
    expect(
      knownScheduleRules(draft({ schedules: schedule({ year: 'x', occasions: [{ rule: 'a' }] }) })),
    ).toEqual([]);
  });

  it('scheduleDatesNearYear: days off and make-up days within a year of the schedule', () => {
    const problems = scheduleDatesNearYear(
      draft({
        schedules: schedule({
          year: 2026,
          occasions: [{ daysOff: [{ start: '2025-12-31', end: '2028-01-01' }] }],
          makeUpDays: [{ date: '2024-12-31', replaces: '2027-12-31' }, { date: 'x' }],
        }),
      }),
    );
    expect(codes(problems)).toEqual([
      ['schedule_year_mismatch', ['schedules', 0, 'occasions', 0, 'daysOff', 0, 'end']],
      ['schedule_year_mismatch', ['schedules', 0, 'makeUpDays', 0, 'date']],
    ]);
  });

  it('daysOffInOrder: spans that start after they end', () => {
    const problems = daysOffInOrder(
      draft({
        schedules: schedule({
          occasions: [
            {
              daysOff: [
                { start: '2026-01-01', end: '2026-01-01' },
                { start: '2026-01-03', end: '2026-01-02' },
              ],
            },
          ],
        }),
      }),
    );
    expect(codes(problems)).toEqual([
      ['days_off_reversed', ['schedules', 0, 'occasions', 0, 'daysOff', 1, 'end']],
    ]);
    expect(problems[0]?.message.en).toBe(
      'The days off from 2026-01-03 to 2026-01-02 are reversed: the first day must be on or before the last.',
    );
  });

  it('makeUpDaysOnRestDays: only against known rest days', () => {
    const value = { makeUpDays: [{ date: '2026-08-22' }, { date: '2026-08-24' }] };
    const problems = makeUpDaysOnRestDays(
      draft({ schedules: schedule(value), rest: new Set([0, 6]) }),
    );
    expect(codes(problems)).toEqual([
      ['make_up_day_not_rest_day', ['schedules', 0, 'makeUpDays', 1, 'date']],
    ]);
    expect(problems[0]?.params).toEqual({
      date: '2026-08-24',
      weekday: { vi: 'thứ Hai', en: 'Monday' },
    });
    expect(makeUpDaysOnRestDays(draft({ schedules: schedule(value) }))).toEqual([]);
  });

  it('uniqueRestDays: each day once, by its name', () => {
    const problems = uniqueRestDays(
      draft({ restDays: { value: [6, 0, 6, 9, 'x', 0], path: ['weeklyRestDays'] } }),
    );
    expect(codes(problems)).toEqual([
      ['duplicate_rest_day', ['weeklyRestDays', 2]],
      ['duplicate_rest_day', ['weeklyRestDays', 5]],
    ]);
    expect(problems.map((p) => p.message.en)).toEqual([
      'Weekly rest day Saturday (6) is listed twice.',
      'Weekly rest day Sunday (0) is listed twice.',
    ]);
  });
});
