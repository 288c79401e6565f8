import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateParts, isIsoDate, isoDate } from '../../src/index.js';

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
