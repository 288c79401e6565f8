import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dateParts,
  isIsoDate,
  isoDate,
  nextPeriod,
  periodRange,
  toLunarDate,
} from '../../src/index.js';

describe('ISO date parts', () => {
  it('round-trip through isoDate and dateParts on every kind of day', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
        (d) => {
          const date = isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
          expect(isIsoDate(date)).toBe(true);
          const { year, month, day } = dateParts(date);
          expect(isoDate(year, month, day)).toBe(date);
        },
      ),
    );
  });
});

describe('years 1–99', () => {
  it('keep their own century in date arithmetic and periods', () => {
    expect(periodRange({ kind: 'year', year: 50, index: 1 })).toEqual({
      start: '0050-01-01',
      end: '0050-12-31',
    });
    expect(periodRange({ kind: 'month', year: 99, index: 2 }).end).toBe('0099-02-28');
    expect(nextPeriod({ kind: 'month', year: 99, index: 12 })).toEqual({
      kind: 'month',
      year: 100,
      index: 1,
    });
  });
});

describe('toLunarDate with a date that is not one', () => {
  it('returns invalid_date instead of throwing', () => {
    const problem = toLunarDate('garbage' as never)._unsafeUnwrapErr();
    expect([problem.code, problem.path]).toEqual(['invalid_date', []]);
    expect(problem.message.vi && problem.message.en).toBeTruthy();
  });
});
