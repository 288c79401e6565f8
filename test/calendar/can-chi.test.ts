// The sexagenary (can–chi) names of years, months and days: every stem and branch, in both
// languages, and the cycles they follow.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { epochDay, fromEpochDay } from '../../src/_internal/dates.js';
import { dayCanChi, type IsoDate, monthCanChi, yearCanChi } from '../../src/index.js';
import { thrown } from '../support/thrown.js';

const STEMS = ['Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ', 'Canh', 'Tân', 'Nhâm', 'Quý'];
const BRANCHES = [
  'Tý',
  'Sửu',
  'Dần',
  'Mão',
  'Thìn',
  'Tỵ',
  'Ngọ',
  'Mùi',
  'Thân',
  'Dậu',
  'Tuất',
  'Hợi',
];

describe('yearCanChi', () => {
  it.each([
    [1984, 0, 0, 'Giáp Tý', 'Giáp Tý (Wood Rat)'],
    [1985, 1, 1, 'Ất Sửu', 'Ất Sửu (Wood Buffalo)'],
    [1986, 2, 2, 'Bính Dần', 'Bính Dần (Fire Tiger)'],
    [1987, 3, 3, 'Đinh Mão', 'Đinh Mão (Fire Cat)'],
    [1988, 4, 4, 'Mậu Thìn', 'Mậu Thìn (Earth Dragon)'],
    [1989, 5, 5, 'Kỷ Tỵ', 'Kỷ Tỵ (Earth Snake)'],
    [1990, 6, 6, 'Canh Ngọ', 'Canh Ngọ (Metal Horse)'],
    [1991, 7, 7, 'Tân Mùi', 'Tân Mùi (Metal Goat)'],
    [1992, 8, 8, 'Nhâm Thân', 'Nhâm Thân (Water Monkey)'],
    [1993, 9, 9, 'Quý Dậu', 'Quý Dậu (Water Rooster)'],
    [1994, 0, 10, 'Giáp Tuất', 'Giáp Tuất (Wood Dog)'],
    [1995, 1, 11, 'Ất Hợi', 'Ất Hợi (Wood Pig)'],
  ])('names %i %s/%s in both languages', (year, stem, branch, vi, en) => {
    expect(yearCanChi(year)).toEqual({ stem, branch, name: { vi, en } });
  });

  it('comes back every sixty years, the stem every ten and the branch every twelve', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1899, max: 2040 }), (year) => {
        const { stem, branch, name } = yearCanChi(year);
        expect(yearCanChi(year + 60).name).toEqual(name);
        expect(yearCanChi(year + 10).stem).toBe(stem);
        expect(yearCanChi(year + 12).branch).toBe(branch);
        expect(name.vi).toBe(`${STEMS[stem]} ${BRANCHES[branch]}`);
      }),
    );
  });

  it('names the first and last supported lunar years, and refuses the ones around them', () => {
    expect(yearCanChi(1899).name).toEqual({ vi: 'Kỷ Hợi', en: 'Kỷ Hợi (Earth Pig)' });
    expect(yearCanChi(2100).name).toEqual({ vi: 'Canh Thân', en: 'Canh Thân (Metal Monkey)' });
    for (const year of [1898, 2101, 2026.5, Number.NaN]) {
      expect(thrown(() => yearCanChi(year)).argument).toBe('year');
    }
  });
});

describe('monthCanChi', () => {
  // The stem of month 1 (always a Dần month) follows the year's stem, five pairs of years.
  it.each([
    [1984, 'Bính Dần'], // Giáp
    [1989, 'Bính Dần'], // Kỷ
    [1985, 'Mậu Dần'], // Ất
    [1990, 'Mậu Dần'], // Canh
    [1986, 'Canh Dần'], // Bính
    [1991, 'Canh Dần'], // Tân
    [1987, 'Nhâm Dần'], // Đinh
    [1992, 'Nhâm Dần'], // Nhâm
    [1988, 'Giáp Dần'], // Mậu
    [1993, 'Giáp Dần'], // Quý
  ])('names month 1 of %i %s', (year, vi) => {
    expect(monthCanChi(year, 1).name.vi).toBe(vi);
  });

  it('names the months of a year in order, month 12 followed by month 1 of the next year', () => {
    expect(
      Array.from({ length: 12 }, (_, i) => monthCanChi(2026, i + 1).name.vi).concat(
        monthCanChi(2027, 1).name.vi,
      ),
    ).toEqual([
      'Canh Dần',
      'Tân Mão',
      'Nhâm Thìn',
      'Quý Tỵ',
      'Giáp Ngọ',
      'Ất Mùi',
      'Bính Thân',
      'Đinh Dậu',
      'Mậu Tuất',
      'Kỷ Hợi',
      'Canh Tý',
      'Tân Sửu',
      'Nhâm Dần',
    ]);
    expect(monthCanChi(2026, 1).name.en).toBe('Canh Dần (Metal Tiger)');
    expect(monthCanChi(2026, 12)).toMatchObject({ stem: 7, branch: 1 });
  });

  it('refuses months and years outside their ranges', () => {
    for (const [year, month, argument] of [
      [2026, 0, 'month'],
      [2026, 13, 'month'],
      [2026, 1.5, 'month'],
      [1898, 1, 'year'],
      [2101, 1, 'year'],
    ] as const) {
      expect(thrown(() => monthCanChi(year, month)).argument).toBe(argument);
    }
    expect(monthCanChi(1899, 12).name.vi).toBe('Đinh Sửu');
    expect(monthCanChi(2100, 12).name.vi).toBe('Kỷ Sửu');
  });
});

describe('dayCanChi', () => {
  it('names days in an unbroken cycle: the next day has the next stem and branch', () => {
    const first = epochDay('1900-01-01');
    const last = epochDay('2100-12-31');
    fc.assert(
      fc.property(fc.integer({ min: first, max: last - 60 }), (day) => {
        const today = dayCanChi(fromEpochDay(day) as IsoDate);
        const tomorrow = dayCanChi(fromEpochDay(day + 1) as IsoDate);
        expect(tomorrow.stem).toBe((today.stem + 1) % 10);
        expect(tomorrow.branch).toBe((today.branch + 1) % 12);
        expect(dayCanChi(fromEpochDay(day + 60) as IsoDate)).toEqual(today);
      }),
    );
  });

  it('names known days in both languages', () => {
    expect(dayCanChi('2000-01-01')).toEqual({
      stem: 4,
      branch: 6,
      name: { vi: 'Mậu Ngọ', en: 'Mậu Ngọ (Earth Horse)' },
    });
    expect(dayCanChi('1900-01-01').name).toEqual({ vi: 'Giáp Tuất', en: 'Giáp Tuất (Wood Dog)' });
    expect(thrown(() => dayCanChi('2101-01-01' as IsoDate)).argument).toBe('date');
    expect(thrown(() => dayCanChi('2026-02-30' as IsoDate)).argument).toBe('date');
  });
});
