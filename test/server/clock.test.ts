/** The adapter's clock: today in Vietnam, and a clock whose day is fixed. */
import fc from 'fast-check';
import { vietnamDateOf } from 'to-cong-nghe-so';
import { describe, expect, it } from 'vitest';
import { fixedDayClock, vietnamTimestamp, vietnamToday } from '../../examples/server/clock.js';

const instants = fc.date({
  min: new Date('2000-01-01T00:00:00Z'),
  max: new Date('2099-12-31T00:00:00Z'),
  noInvalidDate: true,
});

describe('vietnamToday', () => {
  it('gives the library’s day for any instants, in any order (the day kept is never stale)', () => {
    fc.assert(
      fc.property(fc.array(instants, { minLength: 1, maxLength: 20 }), (list) => {
        for (const at of list) {
          expect(vietnamToday(at)).toBe(vietnamDateOf(at.toISOString())._unsafeUnwrap());
        }
      }),
    );
  });

  it('turns at midnight in Vietnam, 17:00 UTC', () => {
    expect(vietnamToday(new Date('2025-03-31T16:59:59.999Z'))).toBe('2025-03-31');
    expect(vietnamToday(new Date('2025-03-31T17:00:00.000Z'))).toBe('2025-04-01');
    expect(vietnamToday(new Date('2025-03-31T16:59:59.999Z'))).toBe('2025-03-31');
  });
});

describe('fixedDayClock', () => {
  it('keeps the day and moves with the time of day in Vietnam', () => {
    fc.assert(
      fc.property(instants, (at) => {
        const now = fixedDayClock('2025-02-14', () => at)();
        expect(vietnamToday(now)).toBe('2025-02-14');
        expect(vietnamTimestamp(now).slice(10)).toBe(vietnamTimestamp(at).slice(10));
      }),
    );
  });
});
