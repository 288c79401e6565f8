import fc from 'fast-check';
import { err, ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import {
  compareIsoDates,
  dateParts,
  InvalidArgumentError,
  type IsoDate,
  IsoDateSchema,
  isIsoDate,
  isoDate,
  parseIsoDate,
  parsePeriod,
  parseWithSchema,
  SUPPORTED_DATES,
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

describe('one supported date range, 1900–2100 (issue 9)', () => {
  it('is stated once and agreed on by the date schema, the parsers and vietnamDateOf', () => {
    expect(SUPPORTED_DATES).toEqual({ start: '1900-01-01', end: '2100-12-31' });
    expect(Object.isFrozen(SUPPORTED_DATES)).toBe(true);
    const zero = parseWithSchema(IsoDateSchema, '0000-01-01')._unsafeUnwrapErr();
    expect(zero.map((p) => p.code)).toEqual(['date_out_of_range']);
    expect(parsePeriod('0000').isErr()).toBe(true);
    expect(parseIsoDate('1899-12-31')._unsafeUnwrapErr().code).toBe('date_out_of_range');
    expect(parseIsoDate('2100-12-31')).toEqual(ok('2100-12-31'));
    expect(vietnamDateOf('9999-12-31T23:00:00Z')._unsafeUnwrapErr().code).toBe('date_out_of_range');
    expect(vietnamDateOf('2100-12-31T16:59:59Z')).toEqual(ok('2100-12-31'));
    expect(vietnamDateOf('1899-12-31T17:00:00Z')).toEqual(ok('1900-01-01'));
  });

  it('quotes at most a short excerpt of a huge input (no log blow-up)', () => {
    const problem = parseIsoDate('x'.repeat(10_000_000))._unsafeUnwrapErr();
    expect(problem.message.vi.length).toBeLessThan(200);
    expect(problem.message.en.length).toBeLessThan(200);
    expect(problem.params?.input.length).toBeLessThanOrEqual(61);
    expect(vietnamDateOf('2'.repeat(1_000_000))._unsafeUnwrapErr().message.en.length).toBeLessThan(
      200,
    );
  });

  it('checks typed date arguments', () => {
    const cases: [string, () => unknown][] = [
      ['a', () => compareIsoDates('' as IsoDate, '2026-01-01')],
      ['b', () => compareIsoDates('2026-01-01', '2026-02-30' as IsoDate)],
      ['date', () => dateParts('9999-12-31' as IsoDate)],
      ['year, month, day', () => isoDate(2026, 2, 30)],
      ['year, month, day', () => isoDate(1899, 12, 31)],
      ['year, month, day', () => isoDate(2026.5, 1, 1)],
    ];
    for (const [argument, call] of cases) {
      try {
        call();
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(InvalidArgumentError);
        expect((error as InvalidArgumentError).argument).toBe(argument);
      }
    }
  });

  it('parses any value without throwing', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withNullPrototype: true }), (value) => {
        const date = parseIsoDate(value);
        expect(date.isOk()).toBe(isIsoDate(value));
        expect(vietnamDateOf(value).isErr()).toBe(true);
      }),
    );
  });
});

describe('toLunarDate with a date that is not one', () => {
  it('returns invalid_date instead of throwing', () => {
    const problem = toLunarDate('garbage' as never)._unsafeUnwrapErr();
    expect([problem.code, problem.path]).toEqual(['invalid_date', []]);
    expect(problem.message.vi && problem.message.en).toBeTruthy();
  });
});

describe('isoDate with parts that are not whole numbers', () => {
  it('rejects a part given as text, whichever part it is, and quotes the three parts', () => {
    const cases: [unknown, unknown, unknown][] = [
      ['2026', 1, 1],
      [2026, '01', 1],
      [2026, 1, '01'],
    ];
    for (const [year, month, day] of cases) {
      const call = () => isoDate(year as number, month as number, day as number);
      expect(call).toThrow(InvalidArgumentError);
    }
    expect(isoDate(2026, 1, 1)).toBe('2026-01-01');
  });

  it('quotes the parts it was given in both languages', () => {
    try {
      isoDate(2026, 2, 30);
      expect.unreachable();
    } catch (error) {
      const { problem } = error as InvalidArgumentError;
      expect(problem.params?.received).toBe('[2026,2,30]');
      expect(problem.message.vi).toContain('nhận được [2026,2,30]');
      expect(problem.message.en).toContain('got [2026,2,30]');
    }
  });
});

describe('vietnamDateOf: length and range limits', () => {
  it('reads a timestamp of up to 40 characters and rejects a longer one', () => {
    const forty = '2025-02-17T18:30:00.12345678901234+07:00';
    expect(forty).toHaveLength(40);
    expect(vietnamDateOf(forty)).toEqual(ok('2025-02-17'));
    const fortyOne = '2025-02-17T18:30:00.123456789012345+07:00';
    expect(fortyOne).toHaveLength(41);
    expect(vietnamDateOf(fortyOne)._unsafeUnwrapErr().code).toBe('invalid_timestamp');
  });

  it('names the timestamp and the supported range in both languages when the day is outside it', () => {
    const problem = vietnamDateOf('2100-12-31T17:00:00Z')._unsafeUnwrapErr();
    expect(problem).toEqual({
      code: 'date_out_of_range',
      severity: 'error',
      path: [],
      params: { input: '"2100-12-31T17:00:00Z"', start: '1900-01-01', end: '2100-12-31' },
      message: {
        vi: 'Ngày "2100-12-31T17:00:00Z" nằm ngoài khoảng thư viện hỗ trợ (1900-01-01 đến 2100-12-31).',
        en: 'Date "2100-12-31T17:00:00Z" is outside the range the library supports (1900-01-01 to 2100-12-31).',
      },
    });
    expect(vietnamDateOf('1899-12-31T16:59:59Z')._unsafeUnwrapErr().code).toBe('date_out_of_range');
  });
});
