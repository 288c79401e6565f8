// The holiday rules of the law, as data: the Labour Code 2019 (in force), and Vietnam Culture Day
// (24/11), chosen in 2026 but not yet law, shipped apart so that a calendar includes it only by
// choice. When the law changes, this file changes; no code does.
import type { IsoDate } from '../_internal/dates.js';
import { deepFreeze } from '../_internal/freeze.js';
import type { HolidayRule } from './holiday-schema.js';

const LABOUR_CODE = 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 112 khoản 1';
const LABOUR_CODE_START: IsoDate = '2021-01-01';

/**
 * The public holidays of the Labour Code 2019 (Bộ luật Lao động 45/2019/QH14, Điều 112), in
 * force since 1 January 2021: 1/1; Tết (the last day of the lunar year and the first four days
 * of the new one — the Prime Minister fixes the actual days each year); 30/4; 1/5; 2/9 and one
 * adjacent day (chosen each year; the rule assumes 1/9); Giỗ Tổ Hùng Vương on 10/3 lunar.
 *
 * @example
 * ```ts
 * import { LABOUR_CODE_2019_HOLIDAYS } from 'to-cong-nghe-so';
 *
 * LABOUR_CODE_2019_HOLIDAYS.map((rule) => rule.id);
 * // ['new-year', 'lunar-new-year', 'reunification-day', 'labour-day', 'national-day', 'hung-kings']
 * ```
 * @category Calendar
 */
export const LABOUR_CODE_2019_HOLIDAYS: readonly HolidayRule[] = deepFreeze([
  {
    id: 'new-year',
    name: { vi: 'Tết Dương lịch', en: "New Year's Day" },
    date: { calendar: 'solar', month: 1, day: 1 },
    offset: 0,
    days: 1,
    source: `${LABOUR_CODE}, điểm a`,
    status: 'inForce',
    from: LABOUR_CODE_START,
    compensate: true,
  },
  {
    id: 'lunar-new-year',
    name: { vi: 'Tết Âm lịch', en: 'Lunar New Year (Tết)' },
    date: { calendar: 'lunar', month: 1, day: 1 },
    offset: -1,
    days: 5,
    source: `${LABOUR_CODE}, điểm b`,
    status: 'inForce',
    from: LABOUR_CODE_START,
    compensate: true,
    note: {
      vi: 'Thủ tướng quyết định cụ thể ngày nghỉ hằng năm; quy tắc giả định ngày cuối năm âm lịch và 4 ngày đầu năm mới.',
      en: 'The Prime Minister fixes the days each year; the rule assumes the last day of the lunar year and the first 4 days of the new one.',
    },
  },
  {
    id: 'reunification-day',
    name: { vi: 'Ngày Chiến thắng', en: 'Reunification Day' },
    date: { calendar: 'solar', month: 4, day: 30 },
    offset: 0,
    days: 1,
    source: `${LABOUR_CODE}, điểm c`,
    status: 'inForce',
    from: LABOUR_CODE_START,
    compensate: true,
  },
  {
    id: 'labour-day',
    name: { vi: 'Ngày Quốc tế lao động', en: 'International Labour Day' },
    date: { calendar: 'solar', month: 5, day: 1 },
    offset: 0,
    days: 1,
    source: `${LABOUR_CODE}, điểm d`,
    status: 'inForce',
    from: LABOUR_CODE_START,
    compensate: true,
  },
  {
    id: 'national-day',
    name: { vi: 'Quốc khánh', en: 'National Day' },
    date: { calendar: 'solar', month: 9, day: 2 },
    offset: -1,
    days: 2,
    source: `${LABOUR_CODE}, điểm đ`,
    status: 'inForce',
    from: LABOUR_CODE_START,
    compensate: true,
    note: {
      vi: 'Ngày 2/9 và 01 ngày liền kề trước hoặc sau, chọn hằng năm; quy tắc giả định ngày 1/9.',
      en: '2 September and one adjacent day before or after, chosen each year; the rule assumes 1 September.',
    },
  },
  {
    id: 'hung-kings',
    name: { vi: 'Giỗ Tổ Hùng Vương', en: "Hùng Kings' Commemoration Day" },
    date: { calendar: 'lunar', month: 3, day: 10 },
    offset: 0,
    days: 1,
    source: `${LABOUR_CODE}, điểm e`,
    status: 'inForce',
    from: LABOUR_CODE_START,
    compensate: true,
  },
]);

/**
 * Vietnam Culture Day (Ngày Văn hóa Việt Nam), 24 November, as a **proposed** holiday rule. The
 * Politburo's Nghị quyết 80-NQ/TW of 7/1/2026 chose 24/11 as Vietnam Culture Day, a day off with
 * full pay; the Government's action programme (Nghị quyết 30/NQ-CP, 2026) asks for Điều 112.1
 * of the Labour Code to be amended accordingly. Until that amendment is passed and in force, the
 * day is not a public holiday: it is not in {@link VIETNAM_CALENDAR}, and its `from` (7/1/2026,
 * the date of the resolution) is the library's assumption, to replace with the date the amendment
 * sets. Add it to a calendar by choice:
 * `extendCalendar(VIETNAM_CALENDAR, { rules: [VIETNAM_CULTURE_DAY] })`.
 *
 * @example
 * ```ts
 * import { extendCalendar, isWorkingDay, VIETNAM_CALENDAR, VIETNAM_CULTURE_DAY } from 'to-cong-nghe-so';
 *
 * VIETNAM_CULTURE_DAY.status; // 'proposed'
 * isWorkingDay('2026-11-24'); // true
 * const withCultureDay = extendCalendar(VIETNAM_CALENDAR, { rules: [VIETNAM_CULTURE_DAY] })._unsafeUnwrap();
 * isWorkingDay('2026-11-24', withCultureDay); // false
 * ```
 * @category Calendar
 */
export const VIETNAM_CULTURE_DAY: HolidayRule = deepFreeze({
  id: 'culture-day',
  name: { vi: 'Ngày Văn hóa Việt Nam', en: 'Vietnam Culture Day' },
  date: { calendar: 'solar', month: 11, day: 24 },
  offset: 0,
  days: 1,
  source:
    'Nghị quyết 80-NQ/TW ngày 7/1/2026 của Bộ Chính trị; Nghị quyết 30/NQ-CP năm 2026 của Chính phủ (giao sửa đổi Điều 112 khoản 1 Bộ luật Lao động) — chưa có hiệu lực',
  status: 'proposed',
  from: '2026-01-07',
  compensate: true,
  note: {
    vi: 'Đề xuất, chưa là ngày nghỉ lễ theo luật: chờ Quốc hội sửa Bộ luật Lao động. Ngày bắt đầu áp dụng là giả định của thư viện (ngày ban hành Nghị quyết 80-NQ/TW).',
    en: 'Proposed, not yet a statutory holiday: it awaits the National Assembly’s amendment of the Labour Code. The start date is the library’s assumption (the date of Resolution 80-NQ/TW).',
  },
});
