import { describe, expect, it } from 'vitest';
import {
  HOLIDAY_SCHEDULES,
  holidaysIn,
  LABOUR_CODE_2019_HOLIDAYS,
  VIETNAM_CULTURE_DAY,
} from '../../src/index.js';

const rule = (id: string) => {
  const found = LABOUR_CODE_2019_HOLIDAYS.find((r) => r.id === id);
  if (found === undefined) throw new Error(`no rule ${id}`);
  return found;
};

describe('the public holidays of the Labour Code 2019 (Điều 112 khoản 1)', () => {
  // Điều 112.1: a) Tết Dương lịch; b) Tết Âm lịch; c) Ngày Chiến thắng (30/4); d) Ngày Quốc tế
  // lao động (1/5); đ) Quốc khánh (2/9); e) Giỗ Tổ Hùng Vương (10/3 âm lịch).
  const law: [string, string, string, string][] = [
    ['new-year', 'a', 'Tết Dương lịch', "New Year's Day"],
    ['lunar-new-year', 'b', 'Tết Âm lịch', 'Lunar New Year (Tết)'],
    ['reunification-day', 'c', 'Ngày Chiến thắng', 'Reunification Day'],
    ['labour-day', 'd', 'Ngày Quốc tế lao động', 'International Labour Day'],
    ['national-day', 'đ', 'Quốc khánh', 'National Day'],
    ['hung-kings', 'e', 'Giỗ Tổ Hùng Vương', "Hùng Kings' Commemoration Day"],
  ];

  it('are named as the law names them, in both languages', () => {
    expect(LABOUR_CODE_2019_HOLIDAYS.map((r) => r.id)).toEqual(law.map(([id]) => id));
    for (const [id, , vi, en] of law) expect(rule(id).name, id).toEqual({ vi, en });
    const names = holidaysIn(2027).map((h) => `${h.rule} ${h.name.vi} / ${h.name.en}`);
    expect(names).toContain('reunification-day Ngày Chiến thắng / Reunification Day');
    expect(names).toContain('labour-day Ngày Quốc tế lao động / International Labour Day');
  });

  it('each cite their point of Điều 112 khoản 1, in force from 1 January 2021', () => {
    for (const [id, point] of law) {
      expect(rule(id).source, id).toBe(
        `Bộ luật Lao động 2019 (45/2019/QH14), Điều 112 khoản 1, điểm ${point}`,
      );
      expect(rule(id)).toMatchObject({ status: 'inForce', from: '2021-01-01', compensate: true });
    }
    const cited = holidaysIn(2027).find((h) => h.rule === 'national-day');
    expect(cited?.source).toContain('Điều 112 khoản 1, điểm đ');
  });

  it('explain in both languages the days the Prime Minister or the year chooses', () => {
    expect(rule('lunar-new-year').note).toEqual({
      vi: 'Thủ tướng quyết định cụ thể ngày nghỉ hằng năm; quy tắc giả định ngày cuối năm âm lịch và 4 ngày đầu năm mới.',
      en: 'The Prime Minister fixes the days each year; the rule assumes the last day of the lunar year and the first 4 days of the new one.',
    });
    expect(rule('national-day').note).toEqual({
      vi: 'Ngày 2/9 và 01 ngày liền kề trước hoặc sau, chọn hằng năm; quy tắc giả định ngày 1/9.',
      en: '2 September and one adjacent day before or after, chosen each year; the rule assumes 1 September.',
    });
    for (const id of ['new-year', 'reunification-day', 'labour-day', 'hung-kings']) {
      expect(rule(id).note, id).toBeUndefined();
    }
  });
});

describe('Vietnam Culture Day (proposed)', () => {
  it('is named, sourced and explained in both languages as not yet law', () => {
    expect(VIETNAM_CULTURE_DAY).toMatchObject({
      id: 'culture-day',
      name: { vi: 'Ngày Văn hóa Việt Nam', en: 'Vietnam Culture Day' },
      date: { calendar: 'solar', month: 11, day: 24 },
      status: 'proposed',
      from: '2026-01-07',
    });
    expect(VIETNAM_CULTURE_DAY.source).toContain('Nghị quyết 80-NQ/TW ngày 7/1/2026');
    expect(VIETNAM_CULTURE_DAY.source).toContain('Nghị quyết 30/NQ-CP');
    expect(VIETNAM_CULTURE_DAY.source).toMatch(/chưa có hiệu lực$/u);
    expect(VIETNAM_CULTURE_DAY.note?.vi).toMatch(/^Đề xuất, chưa là ngày nghỉ lễ theo luật/u);
    expect(VIETNAM_CULTURE_DAY.note?.en).toMatch(/^Proposed, not yet a statutory holiday/u);
    expect(VIETNAM_CULTURE_DAY.note?.vi).toContain('80-NQ/TW');
    expect(VIETNAM_CULTURE_DAY.note?.en).toContain('Resolution 80-NQ/TW');
  });
});

describe('the shipped holiday schedules', () => {
  it('apply to officials, civil servants and public employees, in both languages', () => {
    for (const schedule of HOLIDAY_SCHEDULES) {
      expect(schedule.appliesTo).toEqual({
        vi: 'cán bộ, công chức, viên chức',
        en: 'officials, civil servants and public employees',
      });
    }
  });

  it('name each document’s issuer in both languages, its date or basis', () => {
    expect(HOLIDAY_SCHEDULES.map((s) => [s.year, s.source.document, s.source.issuer])).toEqual([
      [
        2025,
        'Thông báo 6150/TB-BLĐTBXH',
        {
          vi: 'Bộ Lao động - Thương binh và Xã hội',
          en: 'Ministry of Labour, Invalids and Social Affairs',
        },
      ],
      [
        2026,
        'Công văn 12729/VPCP-KGVX',
        { vi: 'Văn phòng Chính phủ', en: 'Office of the Government' },
      ],
      [2026, 'Thông báo 9441/TB-BNV', { vi: 'Bộ Nội vụ', en: 'Ministry of Home Affairs' }],
    ]);
    expect(HOLIDAY_SCHEDULES[0]?.source.basis).toBe(
      'Công văn 8726/VPCP-KGVX ngày 26/11/2024 của Văn phòng Chính phủ',
    );
    expect(HOLIDAY_SCHEDULES[1]?.source.date).toBe('2025-12-25');
    const hosts = HOLIDAY_SCHEDULES.map((s) =>
      (s.source.references ?? []).map((url) => new URL(url).hostname),
    );
    expect(hosts).toEqual([
      ['en.baochinhphu.vn', 'vietnamnews.vn'],
      ['tracuuquyhoach.com'],
      ['vietnamnews.vn', 'vietbao.vn'],
    ]);
  });
});
