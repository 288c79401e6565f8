import fc from 'fast-check';
import { err, ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import {
  dateParts,
  isIsoDate,
  isoDate,
  nextPeriod,
  periodRange,
  toLunarDate,
  vietnamDateOf,
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

/** Writes an instant as an ISO 8601 timestamp at an offset of `minutes` from UTC. */
function writtenAt(instant: Date, minutes: number): string {
  const wall = new Date(instant.getTime() + minutes * 60_000).toISOString().slice(0, -1);
  if (minutes === 0) return `${wall}Z`;
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${wall}${minutes < 0 ? '-' : '+'}${hh}:${mm}`;
}

describe('vietnamDateOf', () => {
  it('gives the day in Vietnam (UTC+7), whatever offset the timestamp is written with', () => {
    expect(vietnamDateOf('2025-02-14T08:30:00+07:00')).toEqual(ok('2025-02-14'));
    expect(vietnamDateOf('2025-02-17T18:30:00Z')).toEqual(ok('2025-02-18'));
    expect(vietnamDateOf('2025-02-17T16:59:59.999Z')).toEqual(ok('2025-02-17'));
    expect(vietnamDateOf('2025-02-17T17:00:00Z')).toEqual(ok('2025-02-18'));
    expect(vietnamDateOf('2025-02-17T23:30:00-05:00')).toEqual(ok('2025-02-18'));
    expect(vietnamDateOf('2025-02-18T00:30:00+09:00')).toEqual(ok('2025-02-17'));
    expect(vietnamDateOf('2024-12-31T17:00:00+00:00')).toEqual(ok('2025-01-01'));
    expect(vietnamDateOf('2024-02-28T20:00:00Z')).toEqual(ok('2024-02-29'));
  });

  it('rejects text that is not a timestamp with an offset', () => {
    for (const text of [
      '2025-02-17T18:30:00',
      '2025-02-17',
      '2025-02-17T18:30:00+0700',
      '2025-02-30T08:00:00+07:00',
      'hôm qua',
    ]) {
      const result = vietnamDateOf(text);
      expect(result.isErr()).toBe(true);
      const problem = result._unsafeUnwrapErr();
      expect(problem).toMatchObject({ code: 'invalid_timestamp', path: [] });
      expect(problem.message.vi).toContain(text);
      expect(problem.message.en).toContain(text);
    }
    expect(vietnamDateOf('2025-02-17T18:30:00').mapErr((p) => p.code)).toEqual(
      err('invalid_timestamp'),
    );
  });

  it('equals the UTC date of the instant plus 7 hours, for any instant and offset', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1901-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        fc.integer({ min: -14 * 60, max: 14 * 60 }),
        (instant, minutes) => {
          const expected = new Date(instant.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
          expect(vietnamDateOf(writtenAt(instant, minutes))).toEqual(ok(expected));
        },
      ),
      { numRuns: 300 },
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
