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

  it('uniqueRuleIds: rules without a usable id are left to the shape check', () => {
    const rules = [undefined, undefined, '', '', 7, 7].map((id, i) => ({
      value: { id, name: { vi: 'Lễ', en: 'Day' } },
      path: ['rules', i],
    }));
    expect(uniqueRuleIds(draft({ rules }))).toEqual([]);
  });

  it('uniqueRuleIds: names the rule only by a full label, and quotes long ids cut', () => {
    const id = 'a'.repeat(60);
    const longId = `${'b'.repeat(59)}-c`;
    const rules = [
      { value: { id, name: { vi: 'Lễ A', en: 'Day A' } }, path: ['rules', 0] },
      { value: { id, name: { vi: 'Lễ A' } }, path: ['rules', 1] },
      { value: { id, name: { vi: '', en: 'Day A' } }, path: ['rules', 2] },
      { value: { id, name: { vi: 'Lễ A', en: '' } }, path: ['rules', 3] },
      { value: { id: longId, name: 'not a label' }, path: ['rules', 4] },
      { value: { id: longId, name: { vi: 'Ngày '.repeat(20), en: 'Day' } }, path: ['rules', 5] },
    ];
    const problems = uniqueRuleIds(draft({ rules }));
    const cut = `${'b'.repeat(59)}…`;
    expect(problems.map((p) => p.params)).toEqual([
      { ruleId: id },
      { ruleId: id },
      { ruleId: id },
      { ruleId: cut, name: { vi: `${'Ngày '.repeat(12).slice(0, 59)}…`, en: 'Day' } },
    ]);
    expect(problems[0]?.message.en).toBe(
      `Holiday "${id}" is declared twice: each rule needs its own id.`,
    );
  });

  it('knownScheduleRules: an empty rule, a year that is not whole, or no year gives nothing more', () => {
    for (const year of [2026.5, '2026', undefined]) {
      expect(
        knownScheduleRules(draft({ schedules: schedule({ year, occasions: [{ rule: 'tet' }] }) })),
      ).toEqual([]);
    }
    expect(
      knownScheduleRules(draft({ schedules: schedule({ year: 2026, occasions: [{ rule: '' }] }) })),
    ).toEqual([]);
    const [problem] = knownScheduleRules(
      draft({
        schedules: schedule({
          year: 2026,
          source: { document: '' },
          occasions: [{ rule: 'tet' }],
        }),
      }),
    );
    expect(problem?.params).toEqual({ ruleId: 'tet', year: 2026 });
  });

  it('scheduleDatesNearYear: the first day of a span too, and nothing without a whole year', () => {
    const value = {
      occasions: [{ daysOff: [{ start: '2030-01-01', end: '2026-01-01' }] }],
      makeUpDays: [{ date: '2030-01-04', replaces: '2030-01-05' }],
    };
    expect(
      codes(scheduleDatesNearYear(draft({ schedules: schedule({ ...value, year: 2026 }) }))),
    ).toEqual([
      ['schedule_year_mismatch', ['schedules', 0, 'occasions', 0, 'daysOff', 0, 'start']],
      ['schedule_year_mismatch', ['schedules', 0, 'makeUpDays', 0, 'date']],
      ['schedule_year_mismatch', ['schedules', 0, 'makeUpDays', 0, 'replaces']],
    ]);
    for (const year of ['2026', 2026.5, undefined]) {
      expect(scheduleDatesNearYear(draft({ schedules: schedule({ ...value, year }) }))).toEqual([]);
    }
  });

  it('daysOffInOrder: a span with a day that does not exist is left to the date check', () => {
    const spans = [
      { start: '2026-02-30', end: '2026-01-01' },
      { start: '2026-03-01', end: '2026-02-30' },
      { start: 'x', end: '2026-01-01' },
      { start: '2026-01-02', end: 7 },
    ];
    expect(
      daysOffInOrder(draft({ schedules: schedule({ occasions: [{ daysOff: spans }] }) })),
    ).toEqual([]);
  });

  it('makeUpDaysOnRestDays: a make-up day that is not a real date is left to the date check', () => {
    const value = { makeUpDays: [{ date: '2026-08-32' }, { date: 'x' }, { date: 20260824 }, {}] };
    expect(
      makeUpDaysOnRestDays(draft({ schedules: schedule(value), rest: new Set([0, 6]) })),
    ).toEqual([]);
  });

  it('uniqueRestDays: values that are not weekdays are left to the shape check, even twice', () => {
    const value = [7, 7, -1, -1, 1.5, 1.5, '6', '6', null, null, 6];
    expect(uniqueRestDays(draft({ restDays: { value, path: ['weeklyRestDays'] } }))).toEqual([]);
  });
});
