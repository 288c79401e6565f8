import * as z from 'zod';
import { epochDay, FIRST_DATE, FIRST_YEAR, LAST_DATE, LAST_YEAR } from '../_internal/dates.js';
import { lazySchema } from '../_internal/lazy-schema.js';
import { IsoDateSchema } from '../calendar/date.js';
import { DurationSchema, MAX_AMOUNT } from '../calendar/deadline.js';
import { PeriodIdSchema } from '../calendar/period.js';
import { deadlineOutOfRange } from '../problems/catalogue/work.js';
import { addProblem } from '../problems/input.js';
import { LabelSchema, TextSchema } from '../text/label.js';
import { TaskEventSchema } from './task-state.js';

const RANGE_DAYS = epochDay(LAST_DATE) - epochDay(FIRST_DATE);

/**
 * @internal The largest amount of each unit a deadline may have: what fits in the supported
 * range of dates (1900–2100). A deadline that long from the first supported day ends within it.
 */
export const MAX_DEADLINE_AMOUNT: Readonly<Record<string, number>> = Object.freeze({
  day: RANGE_DAYS,
  workingDay: RANGE_DAYS,
  week: Math.floor(RANGE_DAYS / 7),
  month: (LAST_YEAR - FIRST_YEAR + 1) * 12 - 1,
  year: LAST_YEAR - FIRST_YEAR,
});

/**
 * A task's deadline: a date, or a duration from the assigned date — `N` working days
 * (`workingDay`), or calendar days, weeks, months or years counted as the Civil Code counts them
 * (a deadline on a day off moves to the next working day). A date that falls on a day off moves
 * to the next working day too. An amount longer than the supported range of dates (1900–2100)
 * allows is a `deadline_out_of_range` problem.
 *
 * @example
 * ```ts
 * import { DeadlineSchema } from 'to-cong-nghe-so';
 *
 * DeadlineSchema.parse({ amount: 5, unit: 'workingDay' }); // { amount: 5, unit: 'workingDay' }
 * DeadlineSchema.parse('2025-01-24'); // '2025-01-24'
 * DeadlineSchema.safeParse({ amount: 1e9, unit: 'workingDay' }).success; // false
 * ```
 * @category Work
 */
export const DeadlineSchema = /* @__PURE__ */ lazySchema(() =>
  z.union([
    IsoDateSchema,
    DurationSchema.superRefine((duration, ctx) => {
      const maximum = MAX_DEADLINE_AMOUNT[duration.unit] ?? 0;
      // An amount beyond any span of supported dates is already `too_big` (DurationSchema).
      if (duration.amount > maximum && duration.amount <= MAX_AMOUNT) {
        addProblem(
          ctx,
          deadlineOutOfRange,
          { amount: duration.amount, unit: duration.unit, end: LAST_DATE },
          ['amount'],
        );
      }
    }),
  ]),
);

/**
 * A task's deadline.
 *
 * @category Work
 */
export type Deadline = z.infer<typeof DeadlineSchema>;

/**
 * How a task repeats: once per period of a kind (month, quarter, half, year) within the plan's
 * period, due by a day of the period's last month ("every month by day 25").
 *
 * @example
 * ```ts
 * import { RecurrenceSchema } from 'to-cong-nghe-so';
 *
 * RecurrenceSchema.parse({ every: 'month', byDay: 25 }); // { every: 'month', byDay: 25 }
 * ```
 * @category Work
 */
export const RecurrenceSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      /** The kind of period the task repeats in. */
      every: z.enum(['month', 'quarter', 'half', 'year']),
      /** The day of the period's last month it is due by (past the month's end: its last day). */
      byDay: z.number().int().min(1).max(31),
    })
    .strict(),
);

/**
 * How a task repeats.
 *
 * @category Work
 */
export type Recurrence = z.infer<typeof RecurrenceSchema>;

/**
 * A task of a plan (nhiệm vụ được giao): what to do, the duty it serves, the seats it is
 * assigned to (tasks follow the seat, not the person), the villages and indicators it concerns,
 * who assigned it and when, its deadline or recurrence, and its history.
 *
 * @example
 * ```ts
 * import { TaskSchema } from 'to-cong-nghe-so';
 *
 * TaskSchema.parse({
 *   id: 'vneid',
 *   title: { vi: 'Hỗ trợ cài đặt VNeID', en: 'Help install VNeID' },
 *   duty: 'member.deploy',
 *   assignees: ['village-heads/bon-bu-sir'],
 *   assignedBy: 'leader/1',
 *   assignedOn: '2025-01-06',
 *   deadline: { amount: 10, unit: 'workingDay' },
 * }).villages; // []
 * ```
 * @category Work
 */
export const TaskSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      /** A stable id, unique in the plan. */
      id: TextSchema,
      /** What to do. */
      title: LabelSchema,
      /** The id of the duty it serves, from the duty catalogue (e.g. `member.deploy`). */
      duty: TextSchema,
      /** The seats it is assigned to. */
      assignees: z.array(TextSchema).min(1),
      /** The villages it concerns. */
      villages: z.array(TextSchema).default([]),
      /** The indicators it should move, and by how much (in the indicator's unit). */
      indicators: z
        .array(
          z
            .object({
              /** The indicator's code. */
              indicator: TextSchema,
              /** How much it should move. */
              by: z.number().finite().optional(),
            })
            .strict(),
        )
        .default([]),
      /** The seat that assigned it. */
      assignedBy: TextSchema,
      /** The day it was assigned. */
      assignedOn: IsoDateSchema,
      /** Its deadline; required unless it repeats. */
      deadline: DeadlineSchema.optional(),
      /** How it repeats, for a recurring task. */
      recurrence: RecurrenceSchema.optional(),
      /** What happened to it, oldest first (for a recurring task, each event names its period). */
      events: z.array(TaskEventSchema).default([]),
    })
    .strict(),
);

/**
 * A task of a plan.
 *
 * @category Work
 */
export type Task = z.infer<typeof TaskSchema>;

/**
 * A plan (kế hoạch) of the leader for a period, with its tasks.
 *
 * @example
 * ```ts
 * import { PlanSchema } from 'to-cong-nghe-so';
 *
 * PlanSchema.parse({
 *   id: 'kh-2025-q1', title: { vi: 'Kế hoạch quý I/2025', en: 'Plan for Q1 2025' },
 *   period: '2025-Q1', by: 'leader/1', adoptedOn: '2025-01-02',
 * }).tasks; // []
 * ```
 * @category Work
 */
export const PlanSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      /** A stable id. */
      id: TextSchema,
      /** Its title. */
      title: LabelSchema,
      /** The period it covers (e.g. `2025-Q1`). */
      period: PeriodIdSchema,
      /** The seat that made it (the leader). */
      by: TextSchema,
      /** The day it was adopted. */
      adoptedOn: IsoDateSchema,
      /** Its tasks. */
      tasks: z.array(TaskSchema).default([]),
    })
    .strict(),
);

/**
 * A plan.
 *
 * @category Work
 */
export type Plan = z.infer<typeof PlanSchema>;

/**
 * A plan as written in JSON (defaults not yet filled in).
 *
 * @category Work
 */
export interface PlanInput extends z.input<typeof PlanSchema> {}
