// The shapes of holiday rules, official yearly schedules and working calendars, and the types
// the working-day functions return. Shapes only: the checks between parts (unique ids, schedules
// that name a rule, spans in order …) are the named checks of calendar-checks.ts.
import * as z from 'zod';
import { FIRST_YEAR, LAST_YEAR } from '../_internal/dates.js';
import { lazySchema } from '../_internal/lazy-schema.js';
import { type Label, LabelSchema, TextSchema } from '../text/label.js';
import { type IsoDate, IsoDateSchema } from './date.js';

/**
 * Schema of the day a holiday rule starts from: a solar date, or a lunar date of the lunar year
 * that begins in the same solar year.
 *
 * @example
 * ```ts
 * import { HolidayDateSchema } from 'to-cong-nghe-so';
 *
 * HolidayDateSchema.safeParse({ calendar: 'lunar', month: 3, day: 10 }).success; // true
 * ```
 * @category Calendar
 */
export const HolidayDateSchema = /* @__PURE__ */ lazySchema(() =>
  z.discriminatedUnion('calendar', [
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
  ]),
);

/**
 * Whether a holiday rule is law: `inForce`, or `proposed` (a holiday announced or planned but
 * not yet in force, such as Vietnam Culture Day on 24/11 — a calendar that includes it does so
 * by choice).
 *
 * @category Calendar
 */
export type HolidayRuleStatus = 'inForce' | 'proposed';

/**
 * Schema of a public-holiday rule: a holiday that comes back every year, as a law sets it.
 * Rules are data, so a new holiday is a new rule, not new code.
 *
 * @example
 * ```ts
 * import { HolidayRuleSchema } from 'to-cong-nghe-so';
 *
 * HolidayRuleSchema.parse({
 *   id: 'province-day',
 *   name: { vi: 'Ngày thành lập tỉnh', en: 'Province Day' },
 *   date: { calendar: 'solar', month: 7, day: 1 },
 *   source: 'Quyết định của địa phương (ví dụ)',
 *   from: '2026-01-01',
 * }).status; // 'inForce'
 * ```
 * @category Calendar
 */
export const HolidayRuleSchema = /* @__PURE__ */ lazySchema(() =>
  z
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
      /** Whether the rule is law (`inForce`, the default) or only `proposed`. */
      status: z.enum(['inForce', 'proposed']).default('inForce'),
      /** The first day the rule applies (inclusive), if it has one. */
      from: IsoDateSchema.optional(),
      /** The last day the rule applies (inclusive), if it has one. */
      to: IsoDateSchema.optional(),
      /** Whether a day of it falling on a weekly rest day gives a compensating day (Điều 111.3). Default true. */
      compensate: z.boolean().default(true),
      /** Remarks, e.g. how the yearly choice is usually made. */
      note: LabelSchema.optional(),
    })
    .strict(),
);

/**
 * A public-holiday rule.
 *
 * @category Calendar
 */
export type HolidayRule = z.infer<typeof HolidayRuleSchema>;

/** A span of days off, both ends included (their order is checked by `days_off_reversed`). */
const DaysOffSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      /** The first day off. */
      start: IsoDateSchema,
      /** The last day off (included). */
      end: IsoDateSchema,
    })
    .strict(),
);

/**
 * Schema of an official yearly schedule (lịch nghỉ lễ, Tết chính thức): the notice that sets, for
 * one year, the actual days off of some holidays (replacing what their rules give, compensating
 * days included) and the make-up working days that pay for swapped days.
 *
 * @example
 * ```ts
 * import { HolidayScheduleSchema } from 'to-cong-nghe-so';
 *
 * HolidayScheduleSchema.parse({
 *   year: 2027,
 *   source: { document: 'Thông báo (ví dụ)', issuer: { vi: 'Bộ Nội vụ', en: 'Ministry of Home Affairs' } },
 *   appliesTo: { vi: 'cán bộ, công chức, viên chức', en: 'civil servants' },
 *   occasions: [{ rule: 'lunar-new-year', daysOff: [{ start: '2027-02-04', end: '2027-02-12' }] }],
 * }).makeUpDays; // []
 * ```
 * @category Calendar
 */
export const HolidayScheduleSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      /** The year the schedule is for, 1900–2100. */
      year: z.number().int().min(FIRST_YEAR).max(LAST_YEAR),
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
          /** Public pages where the document, or an official report of it, can be read. */
          references: z.array(z.url()).optional(),
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
              daysOff: z.array(DaysOffSchema).min(1),
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
    .strict(),
);

/**
 * An official yearly holiday schedule.
 *
 * @category Calendar
 */
export type HolidaySchedule = z.infer<typeof HolidayScheduleSchema>;

/** The weekly rest days: 0 = Sunday … 6 = Saturday, at most 6 (each once: `duplicate_rest_day`). */
export const WeeklyRestDaysSchema = /* @__PURE__ */ lazySchema(() =>
  z.array(z.number().int().min(0).max(6)).max(6),
);

/**
 * Schema of a working calendar: which days of the week are rest days, the holiday rules, and the
 * official schedules that override them. It checks the shape; {@link parseWorkingCalendar} also
 * checks the parts against each other.
 *
 * @example
 * ```ts
 * import { WorkingCalendarSchema } from 'to-cong-nghe-so';
 *
 * WorkingCalendarSchema.parse({ name: { vi: 'Lịch', en: 'Calendar' } }).weeklyRestDays; // [6, 0]
 * ```
 * @category Calendar
 */
export const WorkingCalendarSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      /** The calendar's name. */
      name: LabelSchema,
      /** The weekly rest days, 0 = Sunday … 6 = Saturday, each once, at most 6. Default Saturday and Sunday. */
      weeklyRestDays: WeeklyRestDaysSchema.default([6, 0]),
      /** The holiday rules (ids must be unique). */
      rules: z.array(HolidayRuleSchema).default([]),
      /** The official yearly schedules; for the same holiday and year, a later one wins. */
      schedules: z.array(HolidayScheduleSchema).default([]),
    })
    .strict(),
);

/**
 * A working calendar. Build one with {@link parseWorkingCalendar} or {@link extendCalendar};
 * {@link VIETNAM_CALENDAR} is the default. Calendars the library returns are frozen, and only
 * they are accepted by the counting functions: a calendar written by hand or saved as JSON is
 * read with {@link parseWorkingCalendar} first (passing it directly throws `invalid_argument`).
 *
 * @category Calendar
 */
export type WorkingCalendar = z.infer<typeof WorkingCalendarSchema>;

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
