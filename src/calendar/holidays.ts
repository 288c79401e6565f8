import { addDays } from 'date-fns';
import { err, ok, type Result } from 'neverthrow';
import { z } from 'zod';
import {
  compareDates,
  datePartsOf,
  fromUtcDate,
  isoDateOf,
  isSupportedDate,
  toUtcDate,
} from '../_internal/dates.js';
import { type InputProblem, parseWithSchema } from '../problems/input.js';
import type { Problem } from '../problems/problem.js';
import { type Label, LabelSchema, TextSchema } from '../text/label.js';
import { type IsoDate, IsoDateSchema } from './date.js';
import { weekday } from './format.js';
import { fromLunarDate } from './lunar.js';

/**
 * Schema of the day a holiday rule starts from: a solar date, or a lunar date of the lunar year
 * that begins in the same solar year.
 *
 * @category Calendar
 */
export const HolidayDateSchema = z.discriminatedUnion('calendar', [
  z
    .object({
      /** A day of the solar (Gregorian) calendar. */
      calendar: z.literal('solar'),
      /** The month, 1–12. */
      month: z.number().int().min(1).max(12),
      /** The day, 1–31. */
      day: z.number().int().min(1).max(31),
    })
    .strict(),
  z
    .object({
      /** A day of the Vietnamese lunar calendar (UTC+7). */
      calendar: z.literal('lunar'),
      /** The lunar month, 1–12 (never the leap month). */
      month: z.number().int().min(1).max(12),
      /** The lunar day, 1–30. */
      day: z.number().int().min(1).max(30),
    })
    .strict(),
]);

/**
 * Schema of a public-holiday rule: a holiday that comes back every year, as a law sets it.
 * Rules are data, so a new holiday (such as the proposed 24/11) is a new rule, not new code.
 *
 * @example
 * ```ts
 * import { HolidayRuleSchema } from 'to-cong-nghe-so';
 *
 * HolidayRuleSchema.parse({
 *   id: 'culture-day',
 *   name: { vi: 'Ngày Văn hóa Việt Nam', en: 'Vietnam Culture Day' },
 *   date: { calendar: 'solar', month: 11, day: 24 },
 *   source: 'Quyết định của địa phương (ví dụ)',
 *   from: '2026-01-01',
 * });
 * ```
 * @category Calendar
 */
export const HolidayRuleSchema = z
  .object({
    /** A stable id (lower-case letters, digits, hyphens); official schedules refer to it. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u),
    /** The holiday's name. */
    name: LabelSchema,
    /** The day the holiday is anchored to. */
    date: HolidayDateSchema,
    /** Days from the anchor to the first day off (−1: the day before). Default 0. */
    offset: z.number().int().min(-31).max(31).default(0),
    /** How many consecutive days off. Default 1. */
    days: z.number().int().min(1).max(31).default(1),
    /** The legal source, e.g. "Bộ luật Lao động 2019, Điều 112.1.a". */
    source: TextSchema,
    /** The first day the rule applies (inclusive), if it has one. */
    from: IsoDateSchema.optional(),
    /** The last day the rule applies (inclusive), if it has one. */
    to: IsoDateSchema.optional(),
    /** Whether a day of it falling on a weekly rest day gives a compensating day (Điều 111.3). Default true. */
    compensate: z.boolean().default(true),
    /** Remarks, e.g. how the yearly choice is usually made. */
    note: LabelSchema.optional(),
  })
  .strict();

/**
 * A public-holiday rule.
 *
 * @category Calendar
 */
export type HolidayRule = z.infer<typeof HolidayRuleSchema>;

const DateRangeSchema = z
  .object({
    /** The first day. */
    start: IsoDateSchema,
    /** The last day (included). */
    end: IsoDateSchema,
  })
  .strict()
  .refine((range) => range.start <= range.end, {
    message: 'start must not be after end',
    path: ['end'],
  });

/**
 * Schema of an official yearly schedule (lịch nghỉ lễ, Tết chính thức): the notice that sets, for
 * one year, the actual days off of some holidays (replacing what their rules give, compensating
 * days included) and the make-up working days that pay for swapped days.
 *
 * @category Calendar
 */
export const HolidayScheduleSchema = z
  .object({
    /** The year the schedule is for. */
    year: z.number().int().min(1).max(9999),
    /** The document that sets it. */
    source: z
      .object({
        /** Number and kind of the document, e.g. "Thông báo 9441/TB-BNV". */
        document: TextSchema,
        /** Who issued it. */
        issuer: LabelSchema,
        /** The date it was issued, when known. */
        date: IsoDateSchema.optional(),
        /** The decision it carries out, e.g. "Công văn 8726/VPCP-KGVX ngày 26/11/2024". */
        basis: TextSchema.optional(),
      })
      .strict(),
    /** Who it applies to, e.g. "cán bộ, công chức, viên chức". */
    appliesTo: LabelSchema,
    /** The holidays whose days it sets. */
    occasions: z
      .array(
        z
          .object({
            /** The id of the holiday rule it replaces for the year. */
            rule: z.string().min(1),
            /** The days off, weekly rest days inside the span included. */
            daysOff: z.array(DateRangeSchema).min(1),
          })
          .strict(),
      )
      .default([]),
    /** Weekly rest days made working days, each paying for a swapped day off. */
    makeUpDays: z
      .array(
        z
          .object({
            /** The rest day worked. */
            date: IsoDateSchema,
            /** The working day it is swapped with (now a day off). */
            replaces: IsoDateSchema,
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

/**
 * An official yearly holiday schedule.
 *
 * @category Calendar
 */
export type HolidaySchedule = z.infer<typeof HolidayScheduleSchema>;

/**
 * Schema of a working calendar: which days of the week are rest days, the holiday rules, and the
 * official schedules that override them.
 *
 * @category Calendar
 */
export const WorkingCalendarSchema = z
  .object({
    /** The calendar's name. */
    name: LabelSchema,
    /** The weekly rest days, 0 = Sunday … 6 = Saturday, each once, at most 6. Default Saturday and Sunday. */
    weeklyRestDays: z
      .array(z.number().int().min(0).max(6))
      .max(6)
      .refine((days) => new Set(days).size === days.length, {
        message: 'a rest day is listed twice',
      })
      .default([6, 0]),
    /** The holiday rules (ids must be unique). */
    rules: z.array(HolidayRuleSchema).default([]),
    /** The official yearly schedules; for the same holiday and year, a later one wins. */
    schedules: z.array(HolidayScheduleSchema).default([]),
  })
  .strict();

/**
 * A working calendar. Build one with {@link createWorkingCalendar} or {@link extendCalendar};
 * {@link VIETNAM_CALENDAR} is the default.
 *
 * @category Calendar
 */
export type WorkingCalendar = z.infer<typeof WorkingCalendarSchema>;

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
export const LABOUR_CODE_2019_HOLIDAYS: readonly HolidayRule[] = [
  {
    id: 'new-year',
    name: { vi: 'Tết Dương lịch', en: "New Year's Day" },
    date: { calendar: 'solar', month: 1, day: 1 },
    offset: 0,
    days: 1,
    source: `${LABOUR_CODE}, điểm a`,
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
    from: LABOUR_CODE_START,
    compensate: true,
  },
];

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
 *   Thông báo 9441/TB-BNV (Bộ Nội vụ) of 16/10/2025: Tết 14/2–22/2; Quốc khánh 29/8–2/9 (1/9 and
 *   2/9) with Monday 31/8 swapped for Saturday 22/8.
 *
 * @example
 * ```ts
 * import { HOLIDAY_SCHEDULES } from 'to-cong-nghe-so';
 *
 * HOLIDAY_SCHEDULES.map((s) => s.source.document);
 * // ['Thông báo 6150/TB-BLĐTBXH', 'Công văn 12729/VPCP-KGVX', 'Thông báo 9441/TB-BNV']
 * ```
 * @category Calendar
 */
export const HOLIDAY_SCHEDULES: readonly HolidaySchedule[] = [
  {
    year: 2025,
    source: {
      document: 'Thông báo 6150/TB-BLĐTBXH',
      issuer: {
        vi: 'Bộ Lao động - Thương binh và Xã hội',
        en: 'Ministry of Labour, Invalids and Social Affairs',
      },
      basis: 'Công văn 8726/VPCP-KGVX ngày 26/11/2024 của Văn phòng Chính phủ',
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
    },
    appliesTo: CIVIL_SERVANTS,
    occasions: [
      { rule: 'lunar-new-year', daysOff: [{ start: '2026-02-14', end: '2026-02-22' }] },
      { rule: 'national-day', daysOff: [{ start: '2026-08-29', end: '2026-09-02' }] },
    ],
    makeUpDays: [{ date: '2026-08-22', replaces: '2026-08-31' }],
  },
];

/**
 * The default working calendar: Monday to Friday, the Labour Code 2019 holidays with Điều 111's
 * compensating days, and the official schedules of {@link HOLIDAY_SCHEDULES} for state bodies'
 * officials, civil servants and public employees.
 *
 * @example
 * ```ts
 * import { VIETNAM_CALENDAR } from 'to-cong-nghe-so';
 *
 * VIETNAM_CALENDAR.weeklyRestDays; // [6, 0]
 * ```
 * @category Calendar
 */
export const VIETNAM_CALENDAR: WorkingCalendar = {
  name: {
    vi: 'Lịch làm việc của cơ quan hành chính nhà nước',
    en: 'Working calendar of state administrative bodies',
  },
  weeklyRestDays: [6, 0],
  rules: [...LABOUR_CODE_2019_HOLIDAYS],
  schedules: [...HOLIDAY_SCHEDULES],
};

/**
 * A day off that {@link holidaysIn} lists.
 * - `holiday`: a day a rule gives;
 * - `compensating`: the working day given back for a holiday on a weekly rest day (Điều 111.3);
 * - `scheduled`: a day off of an official schedule (its span, weekly rest days included), or the
 *   working day a make-up day replaces.
 *
 * @category Calendar
 */
export interface Holiday {
  /** The day. */
  readonly date: IsoDate;
  /** The id of the holiday rule it belongs to; `'swapped-day'` for a working day an official schedule swaps for a make-up day outside its occasions. */
  readonly rule: string;
  /** Its name. */
  readonly name: Label;
  /** How the day off arises. */
  readonly kind: 'holiday' | 'compensating' | 'scheduled';
  /** The legal source or the notice that sets it. */
  readonly source: string;
}

/**
 * A weekly rest day made a working day by an official schedule (ngày làm bù).
 *
 * @category Calendar
 */
export interface MakeUpDay {
  /** The rest day worked. */
  readonly date: IsoDate;
  /** The day off it pays for. */
  readonly replaces: IsoDate;
  /** The notice that sets it. */
  readonly source: string;
}

const COMPENSATION_SOURCE = 'Bộ luật Lao động 2019, Điều 111 khoản 3';

interface YearDays {
  readonly off: Map<IsoDate, Holiday[]>;
  readonly makeUp: Map<IsoDate, MakeUpDay>;
}

function shift(date: IsoDate, days: number): IsoDate {
  return fromUtcDate(addDays(toUtcDate(date), days));
}

function anchorOf(rule: HolidayRule, year: number): IsoDate | undefined {
  const { month, day } = rule.date;
  if (rule.date.calendar === 'solar') {
    const date = isoDateOf(year, month, day);
    return isSupportedDate(date) ? date : undefined;
  }
  return fromLunarDate({ year, month, day, leap: false }).unwrapOr(undefined);
}

function applies(rule: HolidayRule, date: IsoDate): boolean {
  return (
    (rule.from === undefined || rule.from <= date) && (rule.to === undefined || date <= rule.to)
  );
}

function describeSource(schedule: HolidaySchedule): string {
  const { document, date } = schedule.source;
  return date === undefined
    ? document
    : `${document} (${datePartsOf(date).day}/${datePartsOf(date).month}/${datePartsOf(date).year})`;
}

function addOff(off: Map<IsoDate, Holiday[]>, holiday: Holiday): void {
  off.set(holiday.date, [...(off.get(holiday.date) ?? []), holiday]);
}

function daysIn(ranges: readonly { start: IsoDate; end: IsoDate }[]): IsoDate[] {
  return ranges.flatMap(({ start, end }) => {
    const list: IsoDate[] = [];
    for (let d = start; d <= end; d = shift(d, 1)) list.push(d);
    return list;
  });
}

/** The `rule` of a working day made a day off by a make-up day outside every occasion. */
const SWAPPED_RULE = 'swapped-day';
const SWAPPED: Label = { vi: 'Nghỉ hoán đổi', en: 'Swapped day off' };

/**
 * The days off and make-up days that the rules and schedules of one year produce. For each
 * holiday the last schedule that sets it wins; a make-up day counts only while the schedule
 * that sets it still owns the occasion whose span holds the day it replaces (a swap outside
 * every occasion of its schedule always counts), and the day it replaces becomes a day off.
 */
function computeYear(calendar: WorkingCalendar, year: number): YearDays {
  const off = new Map<IsoDate, Holiday[]>();
  const makeUp = new Map<IsoDate, MakeUpDay>();
  const scheduled = new Map<string, { days: IsoDate[]; source: string; owner: object }>();
  const schedules = calendar.schedules.filter((s) => s.year === year);
  for (const schedule of schedules) {
    const source = describeSource(schedule);
    for (const occasion of schedule.occasions)
      scheduled.set(occasion.rule, { days: daysIn(occasion.daysOff), source, owner: occasion });
  }
  const swapped: { date: IsoDate; source: string }[] = [];
  for (const schedule of schedules) {
    const source = describeSource(schedule);
    for (const day of schedule.makeUpDays) {
      const occasion = schedule.occasions.find((o) => daysIn(o.daysOff).includes(day.replaces));
      if (occasion !== undefined && scheduled.get(occasion.rule)?.owner !== occasion) continue;
      makeUp.set(day.date, { ...day, source });
      if (occasion === undefined) swapped.push({ date: day.replaces, source });
    }
  }
  const rest = new Set(calendar.weeklyRestDays);
  const toCompensate: Holiday[] = [];
  for (const rule of calendar.rules) {
    const fixed = scheduled.get(rule.id);
    if (fixed !== undefined) {
      for (const date of fixed.days) {
        addOff(off, {
          date,
          rule: rule.id,
          name: rule.name,
          kind: 'scheduled',
          source: fixed.source,
        });
      }
      continue;
    }
    const anchor = anchorOf(rule, year);
    if (anchor === undefined) continue;
    for (let i = 0; i < rule.days; i += 1) {
      const date = shift(anchor, rule.offset + i);
      if (!applies(rule, date)) continue;
      const holiday: Holiday = {
        date,
        rule: rule.id,
        name: rule.name,
        kind: 'holiday',
        source: rule.source,
      };
      addOff(off, holiday);
      if (rule.compensate && rest.has(weekday(date)) && !makeUp.has(date))
        toCompensate.push(holiday);
    }
  }
  for (const { date, source } of swapped) {
    if (!off.has(date))
      addOff(off, { date, rule: SWAPPED_RULE, name: SWAPPED, kind: 'scheduled', source });
  }
  toCompensate.sort((a, b) => compareDates(a.date, b.date));
  for (const holiday of toCompensate) {
    let date = shift(holiday.date, 1);
    while (off.has(date) || (rest.has(weekday(date)) && !makeUp.has(date))) date = shift(date, 1);
    addOff(off, {
      date,
      rule: holiday.rule,
      name: { vi: `Nghỉ bù ${holiday.name.vi}`, en: `Compensating day for ${holiday.name.en}` },
      kind: 'compensating',
      source: COMPENSATION_SOURCE,
    });
  }
  return { off, makeUp };
}

const CACHE = new WeakMap<WorkingCalendar, Map<number, YearDays>>();

/** The days off and make-up days that fall in a solar year (from the rules of that year and its neighbours). */
function daysOfYear(calendar: WorkingCalendar, year: number): YearDays {
  let byYear = CACHE.get(calendar);
  if (byYear === undefined) {
    byYear = new Map();
    CACHE.set(calendar, byYear);
  }
  const cached = byYear.get(year);
  if (cached !== undefined) return cached;
  const off = new Map<IsoDate, Holiday[]>();
  const makeUp = new Map<IsoDate, MakeUpDay>();
  for (const source of [year - 1, year, year + 1].map((y) => computeYear(calendar, y))) {
    for (const [date, holidays] of source.off) {
      if (datePartsOf(date).year === year) for (const h of holidays) addOff(off, h);
    }
    for (const [date, day] of source.makeUp)
      if (datePartsOf(date).year === year) makeUp.set(date, day);
  }
  const days = { off, makeUp };
  byYear.set(year, days);
  return days;
}

/**
 * The days off of a year, in date order: holidays from the rules, Điều 111's compensating days,
 * and the days of the official schedules that override the rules for that year.
 *
 * @param year - The solar year.
 * @param calendar - The working calendar (default {@link VIETNAM_CALENDAR}).
 * @returns The days off with their names and sources (a day two holidays share appears twice).
 * @example
 * ```ts
 * import { holidaysIn } from 'to-cong-nghe-so';
 *
 * holidaysIn(2026)
 *   .filter((h) => h.rule === 'hung-kings')
 *   .map((h) => [h.date, h.kind]);
 * // [['2026-04-26', 'holiday'], ['2026-04-27', 'compensating']]
 * ```
 * @category Calendar
 */
export function holidaysIn(year: number, calendar: WorkingCalendar = VIETNAM_CALENDAR): Holiday[] {
  return [...daysOfYear(calendar, year).off.values()]
    .flat()
    .sort((a, b) => compareDates(a.date, b.date));
}

/**
 * The make-up working days of a year: weekly rest days that an official schedule makes working
 * days in exchange for a day off.
 *
 * @param year - The solar year.
 * @param calendar - The working calendar (default {@link VIETNAM_CALENDAR}).
 * @returns The make-up days in date order.
 * @example
 * ```ts
 * import { makeUpDaysIn } from 'to-cong-nghe-so';
 *
 * makeUpDaysIn(2026).map((d) => d.date); // ['2026-01-10', '2026-08-22']
 * ```
 * @category Calendar
 */
export function makeUpDaysIn(
  year: number,
  calendar: WorkingCalendar = VIETNAM_CALENDAR,
): MakeUpDay[] {
  return [...daysOfYear(calendar, year).makeUp.values()].sort((a, b) =>
    compareDates(a.date, b.date),
  );
}

/**
 * Whether a date is a working day: not a weekly rest day (unless a schedule makes it a make-up
 * day), and not a holiday, compensating day or scheduled day off.
 *
 * @param date - The date.
 * @param calendar - The working calendar (default {@link VIETNAM_CALENDAR}).
 * @returns `true` on a working day.
 * @example
 * ```ts
 * import { isWorkingDay } from 'to-cong-nghe-so';
 *
 * isWorkingDay('2026-04-27'); // false (compensating day for Giỗ Tổ on Sunday 26/4)
 * isWorkingDay('2026-08-22'); // true (a Saturday worked for Monday 31/8)
 * isWorkingDay('2026-11-27'); // true
 * ```
 * @category Calendar
 */
export function isWorkingDay(date: IsoDate, calendar: WorkingCalendar = VIETNAM_CALENDAR): boolean {
  const days = daysOfYear(calendar, datePartsOf(date).year);
  if (days.off.has(date)) return false;
  return days.makeUp.has(date) || !calendar.weeklyRestDays.includes(weekday(date));
}

/**
 * Counts working days forward (or backward, for a negative count) from a date, not counting the
 * date itself: the deadline of "within N working days".
 *
 * @param date - The starting day (not counted).
 * @param count - The number of working days, truncated to a whole number; 0 returns `date`, and so
 *   does a count that is not a finite number (`NaN`, `±Infinity`), which counts nothing.
 * @param calendar - The working calendar (default {@link VIETNAM_CALENDAR}).
 * @returns The `count`-th working day after (or before) `date`.
 * @example
 * ```ts
 * import { addWorkingDays } from 'to-cong-nghe-so';
 *
 * addWorkingDays('2026-02-12', 3); // '2026-02-24' (Tết 14/2–22/2 is skipped)
 * ```
 * @category Calendar
 */
export function addWorkingDays(
  date: IsoDate,
  count: number,
  calendar: WorkingCalendar = VIETNAM_CALENDAR,
): IsoDate {
  const step = count < 0 ? -1 : 1;
  let left = Number.isFinite(count) ? Math.abs(Math.trunc(count)) : 0;
  let day = date;
  while (left > 0) {
    day = shift(day, step);
    if (isWorkingDay(day, calendar)) left -= 1;
  }
  return day;
}

/**
 * The signed number of working days from one date to another: those after `from` up to and
 * including `to`; when `to` is earlier, minus those from `to` up to but not including `from`. So
 * `addWorkingDays(from, workingDaysBetween(from, to)) === to` whenever `to` is a working day.
 *
 * @param from - The first date.
 * @param to - The last date.
 * @param calendar - The working calendar (default {@link VIETNAM_CALENDAR}).
 * @returns The count of working days, negative when `to` is before `from`.
 * @example
 * ```ts
 * import { workingDaysBetween } from 'to-cong-nghe-so';
 *
 * workingDaysBetween('2026-02-01', '2026-02-28'); // 15 (20 weekdays less 5 days of Tết)
 * workingDaysBetween('2026-02-28', '2026-02-01'); // -15
 * ```
 * @category Calendar
 */
export function workingDaysBetween(
  from: IsoDate,
  to: IsoDate,
  calendar: WorkingCalendar = VIETNAM_CALENDAR,
): number {
  const [first, last, sign] = to < from ? [to, shift(from, -1), -1] : [shift(from, 1), to, 1];
  let count = 0;
  for (let day = first; day <= last; day = shift(day, 1)) {
    if (isWorkingDay(day, calendar)) count += 1;
  }
  return sign * count;
}

/**
 * The first working day on or after a date.
 *
 * @param date - The date.
 * @param calendar - The working calendar (default {@link VIETNAM_CALENDAR}).
 * @returns `date` itself if it is a working day, otherwise the next one.
 * @example
 * ```ts
 * import { nextWorkingDay } from 'to-cong-nghe-so';
 *
 * nextWorkingDay('2026-02-14'); // '2026-02-23'
 * ```
 * @category Calendar
 */
export function nextWorkingDay(
  date: IsoDate,
  calendar: WorkingCalendar = VIETNAM_CALENDAR,
): IsoDate {
  let day = date;
  while (!isWorkingDay(day, calendar)) day = shift(day, 1);
  return day;
}

/**
 * The error of {@link createWorkingCalendar} and {@link extendCalendar}: a shape problem, or
 * `duplicate_holiday_rule` / `unknown_holiday_rule` / `schedule_year_mismatch` (a day off or make-up
 * day more than a year from its schedule's year) / `make_up_day_not_rest_day` (a make-up day that is
 * not a weekly rest day). A shape problem does not hide duplicate rule ids.
 *
 * @category Calendar
 */
export type CalendarProblem =
  | InputProblem
  | Problem<
      | 'duplicate_holiday_rule'
      | 'unknown_holiday_rule'
      | 'schedule_year_mismatch'
      | 'make_up_day_not_rest_day'
    >;

function yearMismatch(
  date: IsoDate,
  year: number,
  path: readonly (string | number)[],
): CalendarProblem[] {
  if (Math.abs(datePartsOf(date).year - year) <= 1) return [];
  return [
    {
      code: 'schedule_year_mismatch',
      path,
      message: {
        vi: `Ngày ${date} quá xa năm ${year} của lịch nghỉ.`,
        en: `Date ${date} is too far from the schedule's year ${year}.`,
      },
    },
  ];
}

/** `duplicate_holiday_rule` for every rule whose id an earlier rule has (rules may be raw input). */
function duplicateRules(rules: unknown): CalendarProblem[] {
  if (!Array.isArray(rules)) return [];
  const ids = new Set<unknown>();
  return rules.flatMap((rule: unknown, i): CalendarProblem[] => {
    const id = typeof rule === 'object' && rule !== null && 'id' in rule ? rule.id : undefined;
    if (typeof id !== 'string') return [];
    if (!ids.has(id)) {
      ids.add(id);
      return [];
    }
    return [
      {
        code: 'duplicate_holiday_rule',
        path: ['rules', i, 'id'],
        message: {
          vi: `Mã ngày lễ "${id}" bị trùng.`,
          en: `Holiday rule id "${id}" is used twice.`,
        },
      },
    ];
  });
}

/**
 * The checks beyond the shape. A make-up day must fall on a weekly rest day; the first
 * `inherited` schedules come from a base calendar that was checked already (against its own
 * rest days), so a calendar with other rest days may still extend it.
 */
function checkCalendar(
  calendar: WorkingCalendar,
  inherited = 0,
): Result<WorkingCalendar, CalendarProblem[]> {
  const problems: CalendarProblem[] = duplicateRules(calendar.rules);
  const ids = new Set(calendar.rules.map((rule) => rule.id));
  calendar.schedules.forEach((schedule, i) => {
    schedule.occasions.forEach((occasion, j) => {
      if (!ids.has(occasion.rule)) {
        problems.push({
          code: 'unknown_holiday_rule',
          path: ['schedules', i, 'occasions', j, 'rule'],
          message: {
            vi: `Lịch nghỉ năm ${schedule.year} nhắc đến ngày lễ "${occasion.rule}" không có trong các quy tắc.`,
            en: `The ${schedule.year} schedule refers to holiday "${occasion.rule}", which no rule defines.`,
          },
        });
      }
      occasion.daysOff.forEach((range, k) => {
        for (const key of ['start', 'end'] as const) {
          const path = ['schedules', i, 'occasions', j, 'daysOff', k, key];
          problems.push(...yearMismatch(range[key], schedule.year, path));
        }
      });
    });
    schedule.makeUpDays.forEach((day, j) => {
      for (const key of ['date', 'replaces'] as const) {
        const path = ['schedules', i, 'makeUpDays', j, key];
        problems.push(...yearMismatch(day[key], schedule.year, path));
      }
      if (i >= inherited && !calendar.weeklyRestDays.includes(weekday(day.date))) {
        problems.push({
          code: 'make_up_day_not_rest_day',
          path: ['schedules', i, 'makeUpDays', j, 'date'],
          message: {
            vi: `Ngày làm bù ${day.date} không phải ngày nghỉ hằng tuần.`,
            en: `Make-up day ${day.date} is not a weekly rest day.`,
          },
        });
      }
    });
  });
  return problems.length === 0 ? ok(calendar) : err(problems);
}

/**
 * Builds a working calendar from data (e.g. a province's own JSON), checking its shape, that rule
 * ids are unique and that every schedule refers to a rule.
 *
 * @param input - Untrusted data of the {@link WorkingCalendarSchema} shape.
 * @returns `ok(calendar)` or every problem found.
 * @example
 * ```ts
 * import { createWorkingCalendar, LABOUR_CODE_2019_HOLIDAYS } from 'to-cong-nghe-so';
 *
 * createWorkingCalendar({
 *   name: { vi: 'Lịch chỉ theo luật', en: 'Statutory calendar only' },
 *   rules: LABOUR_CODE_2019_HOLIDAYS,
 * }).isOk(); // true
 * ```
 * @category Calendar
 */
export function createWorkingCalendar(input: unknown): Result<WorkingCalendar, CalendarProblem[]> {
  return buildCalendar(input);
}

function buildCalendar(input: unknown, inherited = 0): Result<WorkingCalendar, CalendarProblem[]> {
  return parseWithSchema(WorkingCalendarSchema, input)
    .mapErr((problems): CalendarProblem[] => [
      ...problems,
      ...duplicateRules(
        typeof input === 'object' && input !== null && 'rules' in input ? input.rules : undefined,
      ),
    ])
    .andThen((calendar) => checkCalendar(calendar, inherited));
}

/**
 * What {@link extendCalendar} adds to a calendar.
 *
 * @category Calendar
 */
export interface CalendarExtension {
  /** A new name. */
  readonly name?: Label;
  /** Rules to add; one with the id of an existing rule replaces it. */
  readonly rules?: readonly unknown[];
  /** Schedules to add; for the same holiday and year they win over the existing ones. */
  readonly schedules?: readonly unknown[];
  /** New weekly rest days. */
  readonly weeklyRestDays?: readonly number[];
}

/**
 * A new calendar made from another plus rules and schedules (data, validated like
 * {@link createWorkingCalendar}). The base calendar is not changed.
 *
 * @param base - The calendar to extend, e.g. {@link VIETNAM_CALENDAR}.
 * @param extension - Rules, schedules, rest days or a name to add or replace.
 * @returns `ok(calendar)` or every problem found (paths point into the combined calendar).
 * @example
 * ```ts
 * import { extendCalendar, isWorkingDay, VIETNAM_CALENDAR } from 'to-cong-nghe-so';
 *
 * const withCultureDay = extendCalendar(VIETNAM_CALENDAR, {
 *   rules: [
 *     {
 *       id: 'culture-day',
 *       name: { vi: 'Ngày Văn hóa Việt Nam', en: 'Vietnam Culture Day' },
 *       date: { calendar: 'solar', month: 11, day: 24 },
 *       source: 'Đề xuất (ví dụ)',
 *       from: '2026-01-01',
 *     },
 *   ],
 * })._unsafeUnwrap();
 * isWorkingDay('2026-11-24', withCultureDay); // false
 * ```
 * @category Calendar
 */
export function extendCalendar(
  base: WorkingCalendar,
  extension: CalendarExtension,
): Result<WorkingCalendar, CalendarProblem[]> {
  const added = (extension.rules ?? []) as readonly { id?: unknown }[];
  const replaced = new Set(added.map((rule) => rule?.id));
  return buildCalendar(
    {
      name: extension.name ?? base.name,
      weeklyRestDays: extension.weeklyRestDays ?? base.weeklyRestDays,
      rules: [...base.rules.filter((rule) => !replaced.has(rule.id)), ...added],
      schedules: [...base.schedules, ...(extension.schedules ?? [])],
    },
    base.schedules.length,
  );
}
