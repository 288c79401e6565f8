// The official yearly holiday schedules the library ships, as data, each with the document that
// sets it and public pages where it can be read. The yearly update adds a schedule here (and a
// line in docs/calendar.md); no code changes.
import { deepFreeze } from '../_internal/freeze.js';
import type { Label } from '../text/label.js';
import type { HolidaySchedule } from './holiday-schema.js';

const CIVIL_SERVANTS: Label = {
  vi: 'cán bộ, công chức, viên chức',
  en: 'officials, civil servants and public employees',
};

/**
 * The official yearly schedules the library ships, each with its source. Years not listed here
 * (2027 and later at the time of writing) fall back to the rules; add a schedule with
 * {@link extendCalendar} when the year's notice is published.
 *
 * - 2025: Thông báo 6150/TB-BLĐTBXH (Bộ Lao động – Thương binh và Xã hội, 2024), carrying out
 *   Công văn 8726/VPCP-KGVX of 26/11/2024: Tết 25/1–2/2; 30/4–4/5 with 2/5 swapped for Saturday
 *   26/4; Quốc khánh 30/8–2/9 (1/9 and 2/9).
 * - 2026: Công văn 12729/VPCP-KGVX of 25/12/2025: 1/1–4/1 with 2/1 swapped for Saturday 10/1.
 *   Thông báo 9441/TB-BNV (Bộ Nội vụ) of 16/10/2025, on Tết and National Day 2026: Tết
 *   14/2–22/2; Quốc khánh 29/8–2/9 (1/9 and 2/9) with Monday 31/8 swapped for Saturday 22/8.
 *
 * @example
 * ```ts
 * import { HOLIDAY_SCHEDULES } from 'to-cong-nghe-so';
 *
 * HOLIDAY_SCHEDULES.map((s) => s.source.document);
 * // ['Thông báo 6150/TB-BLĐTBXH', 'Công văn 12729/VPCP-KGVX', 'Thông báo 9441/TB-BNV']
 * HOLIDAY_SCHEDULES.every((s) => (s.source.references ?? []).length > 0); // true
 * ```
 * @category Calendar
 */
export const HOLIDAY_SCHEDULES: readonly HolidaySchedule[] = deepFreeze([
  {
    year: 2025,
    source: {
      document: 'Thông báo 6150/TB-BLĐTBXH',
      issuer: {
        vi: 'Bộ Lao động - Thương binh và Xã hội',
        en: 'Ministry of Labour, Invalids and Social Affairs',
      },
      basis: 'Công văn 8726/VPCP-KGVX ngày 26/11/2024 của Văn phòng Chính phủ',
      references: [
        'https://en.baochinhphu.vn/three-days-off-in-celebration-for-hung-kings-commemoration-day-111250304153250976.htm',
        'https://vietnamnews.vn/society/1722634/national-day-holiday-to-last-four-days.html',
      ],
    },
    appliesTo: CIVIL_SERVANTS,
    occasions: [
      { rule: 'lunar-new-year', daysOff: [{ start: '2025-01-25', end: '2025-02-02' }] },
      { rule: 'labour-day', daysOff: [{ start: '2025-05-01', end: '2025-05-04' }] },
      { rule: 'national-day', daysOff: [{ start: '2025-08-30', end: '2025-09-02' }] },
    ],
    makeUpDays: [{ date: '2025-04-26', replaces: '2025-05-02' }],
  },
  {
    year: 2026,
    source: {
      document: 'Công văn 12729/VPCP-KGVX',
      issuer: { vi: 'Văn phòng Chính phủ', en: 'Office of the Government' },
      date: '2025-12-25',
      references: [
        'https://tracuuquyhoach.com/tin-tuc/tin-vui-cho-nguoi-lao-dong-chinh-phu-dong-y-nghi-tet-duong-lich-4-ngay-54100289',
      ],
    },
    appliesTo: CIVIL_SERVANTS,
    occasions: [{ rule: 'new-year', daysOff: [{ start: '2026-01-01', end: '2026-01-04' }] }],
    makeUpDays: [{ date: '2026-01-10', replaces: '2026-01-02' }],
  },
  {
    year: 2026,
    source: {
      document: 'Thông báo 9441/TB-BNV',
      issuer: { vi: 'Bộ Nội vụ', en: 'Ministry of Home Affairs' },
      date: '2025-10-16',
      references: [
        'https://vietnamnews.vn/politics-laws/1727514/ministry-of-home-affairs-announces-2026-holiday-schedule-for-lunar-new-year-national-day.html',
        'https://vietbao.vn/bo-noi-vu-thong-bao-lich-nghi-tet-nguyen-dan-va-quoc-khanh-nam-2026-568329.html',
      ],
    },
    appliesTo: CIVIL_SERVANTS,
    occasions: [
      { rule: 'lunar-new-year', daysOff: [{ start: '2026-02-14', end: '2026-02-22' }] },
      { rule: 'national-day', daysOff: [{ start: '2026-08-29', end: '2026-09-02' }] },
    ],
    makeUpDays: [{ date: '2026-08-22', replaces: '2026-08-31' }],
  },
]);
