import { describe, expect, it } from 'vitest';
import { VIETNAM_LUNAR_ERAS } from '../../src/index.js';

/** The meridian whose local mean time is an offset, as `116°25′` (whole minutes of arc). */
function meridian(offsetSeconds: number): string {
  const minutes = Math.round(offsetSeconds / 4);
  const degrees = Math.floor(minutes / 60);
  return minutes % 60 === 0 ? `${degrees}°` : `${degrees}°${minutes % 60}′`;
}

/** How a text may name an offset: `UTC+8` for a whole hour, or its meridian. */
function namesOf(offsetSeconds: number): string[] {
  const names = [meridian(offsetSeconds)];
  if (offsetSeconds % 3600 === 0) names.push(`UTC+${offsetSeconds / 3600}`);
  return names;
}

const era = (index: number) => {
  const found = VIETNAM_LUNAR_ERAS[index];
  if (found === undefined) throw new Error(`no era ${index}`);
  return found;
};

describe('the descriptions of the lunar eras', () => {
  it('say in both languages at which offset or meridian each era reckoned its days', () => {
    for (const { description, offsetSeconds } of VIETNAM_LUNAR_ERAS) {
      for (const text of [description.vi, description.en]) {
        expect(
          namesOf(offsetSeconds).some((name) => text.includes(name)),
          `${offsetSeconds}: ${text}`,
        ).toBe(true);
        expect(text.normalize('NFC')).toBe(text);
      }
    }
    expect(meridian(era(1).offsetSeconds)).toBe('116°25′');
  });

  it('name the calendar of each era in both languages', () => {
    const names: [number, string, string][] = [
      [0, 'Thời hiến', 'Shíxiàn'],
      [0, 'Hiệp kỷ', 'Hiệp kỷ'],
      [1, 'Trung Hoa Dân Quốc', 'Republic of China'],
      [2, 'Trung Quốc', 'China'],
      [3, 'Việt Nam', 'Vietnam'],
    ];
    for (const [index, vi, en] of names) {
      expect(era(index).description.vi).toContain(vi);
      expect(era(index).description.en).toContain(en);
    }
  });

  it('give the decision that moved Vietnam to UTC+7, and the South keeping UTC+8 to 1975', () => {
    const { vi, en } = era(3).description;
    expect(vi).toContain('Quyết định 121/CP ngày 8/8/1967');
    expect(vi).toContain('1/1/1968');
    expect(en).toContain('Decision 121/CP of 8 August 1967');
    expect(en).toContain('1 January 1968');
    expect(vi).toMatch(/Việt Nam Cộng hòa.*UTC\+8 đến năm 1975/u);
    expect(en).toMatch(/Republic of Vietnam.*UTC\+8 until 1975/u);
  });
});

describe('the sources of the lunar eras', () => {
  const LIU = ['Yuk Tung Liu', 'ytliu0.github.io/ChineseCalendar', 'Purple Mountain Observatory'];
  const ASLAKSEN = ['Helmer Aslaksen', 'The Mathematics of the Chinese Calendar', 'Singapore'];
  const DECISION = ['Quyết định 121/CP ngày 8/8/1967', 'Lê Quý Ngưu', 'NXB Thuận Hóa'];

  it('identify each document by its author or issuer, its title and where to find it', () => {
    const expected: string[][][] = [[LIU], [LIU, ASLAKSEN], [LIU, ASLAKSEN], [DECISION, ASLAKSEN]];
    expect(VIETNAM_LUNAR_ERAS.map((e) => e.sources.length)).toEqual(expected.map((s) => s.length));
    expected.forEach((sources, index) => {
      sources.forEach((parts, i) => {
        for (const part of parts) expect(era(index).sources[i]).toContain(part);
      });
    });
  });
});
