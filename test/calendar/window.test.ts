// Data windows and report due dates: the schemas as data, the words of their errors, and the
// edges of the supported dates. The schemas are checked first in this file, before anything else
// reads them.
import { describe, expect, it } from 'vitest';
import {
  DataWindowPolicySchema,
  DECREE_09_CUTOFF,
  type DueRule,
  DueRuleSchema,
  dataWindow,
  type Period,
  parsePeriod,
  reportDueDate,
} from '../../src/index.js';
import { thrown } from '../support/thrown.js';

const period = (id: string): Period => parsePeriod(id)._unsafeUnwrap();

describe('the schemas of policies and due-date rules', () => {
  it('accepts the two named policies and a cut-off policy, nothing else', () => {
    expect(DataWindowPolicySchema.safeParse('calendar').success).toBe(true);
    expect(DataWindowPolicySchema.safeParse('decree09').success).toBe(true);
    expect(DataWindowPolicySchema.safeParse('').success).toBe(false);
    expect(
      DataWindowPolicySchema.safeParse({ name: { vi: 'a', en: 'a' }, cutoffDay: 1 }).success,
    ).toBe(true);
  });

  it('takes each kind of rule within its bounds, and refuses one past them', () => {
    const accepts = (rule: unknown) => DueRuleSchema.safeParse(rule).success;
    for (const day of [1, 31]) expect(accepts({ kind: 'dayOfNextMonth', day })).toBe(true);
    for (const day of [0, 32]) expect(accepts({ kind: 'dayOfNextMonth', day })).toBe(false);
    for (const month of [1, 12]) expect(accepts({ kind: 'fixedDate', month, day: 1 })).toBe(true);
    for (const month of [0, 13]) expect(accepts({ kind: 'fixedDate', month, day: 1 })).toBe(false);
    for (const day of [1, 31]) expect(accepts({ kind: 'fixedDate', month: 1, day })).toBe(true);
    for (const day of [0, 32]) expect(accepts({ kind: 'fixedDate', month: 1, day })).toBe(false);
    for (const yearOffset of [0, 5]) {
      expect(accepts({ kind: 'fixedDate', month: 1, day: 1, yearOffset })).toBe(true);
    }
    for (const yearOffset of [-1, 6]) {
      expect(accepts({ kind: 'fixedDate', month: 1, day: 1, yearOffset })).toBe(false);
    }
  });
});

describe('the Decree 09 cut-off', () => {
  it('is named in both languages and cuts on the 14th', () => {
    expect(DECREE_09_CUTOFF.name).toEqual({
      vi: 'Thời gian chốt số liệu theo Nghị định 09/2019/NĐ-CP',
      en: 'Data cut-off of Decree 09/2019/NĐ-CP',
    });
    expect(DECREE_09_CUTOFF.cutoffDay).toBe(14);
  });
});

describe('data windows at the first supported day', () => {
  it('accepts a window that starts on 1/1/1900 exactly', () => {
    const day31 = { name: { vi: 'Chốt ngày 31', en: 'Cut-off on the 31st' }, cutoffDay: 31 };
    expect(dataWindow({ kind: 'month', year: 1900, index: 1 }, day31)).toEqual({
      start: '1900-01-01',
      end: '1900-01-31',
    });
  });

  it('says in both languages why a window starting in 1899 is refused', () => {
    const error = thrown(() => dataWindow({ kind: 'month', year: 1900, index: 1 }, 'decree09'));
    expect(error.argument).toBe('period');
    expect(error.problem.params?.expected).toEqual({
      vi: 'một kỳ có khoảng lấy số liệu nằm trong 1900-01-01 … 2100-12-31',
      en: 'a period whose data window lies within 1900-01-01 … 2100-12-31',
    });
  });
});

describe('what dataWindow and reportDueDate say of a wrong argument', () => {
  it('names the argument', () => {
    expect(thrown(() => dataWindow({ kind: 'month', year: 2026, index: 13 })).argument).toBe(
      'period',
    );
    expect(thrown(() => dataWindow(period('2026-10'), 'monthly' as never)).argument).toBe('policy');
    expect(
      thrown(() =>
        reportDueDate({ kind: 'month', year: 2026, index: 13 }, { kind: 'daysAfterEnd', days: 1 }),
      ).argument,
    ).toBe('period');
  });

  it('says what a policy must be, in both languages', () => {
    const error = thrown(() => dataWindow(period('2026-10'), 'monthly' as never));
    expect(error.problem.params?.expected).toEqual({
      vi: '"calendar", "decree09" hoặc một chính sách chốt số liệu `{ name, cutoffDay }`',
      en: '"calendar", "decree09" or a cut-off policy `{ name, cutoffDay }`',
    });
  });

  it('says what a rule must be, and that its due date must fall by 2100, in both languages', () => {
    const shape = thrown(() => reportDueDate(period('2026-10'), { kind: 'weekly' } as never));
    expect(shape.argument).toBe('rule');
    expect(shape.problem.params?.expected).toEqual({
      vi: 'một quy tắc hạn nộp đúng dạng (xem `DueRuleSchema`)',
      en: 'a valid due-date rule (see `DueRuleSchema`)',
    });
    const late: DueRule = { kind: 'fixedDate', month: 1, day: 10, yearOffset: 1 };
    expect(reportDueDate(period('2099'), late)).toBe('2100-01-11');
    const tooLate = thrown(() => reportDueDate(period('2100'), late));
    expect(tooLate.argument).toBe('rule');
    expect(tooLate.problem.params?.expected).toEqual({
      vi: 'một quy tắc cho hạn nộp trước hoặc vào 2100-12-31',
      en: 'a rule whose due date is on or before 2100-12-31',
    });
  });
});
