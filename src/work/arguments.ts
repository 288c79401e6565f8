// Entry checks of the typed documents the work functions take: a team, a plan, a task
// occurrence, activity records. Each is parsed once per object (see checkDocument) and the
// parsed value used from then on.
import * as z from 'zod';
import { lazySchema } from '../_internal/lazy-schema.js';
import { IsoDateSchema } from '../calendar/date.js';
import { PeriodIdSchema } from '../calendar/period.js';
import type { Label } from '../text/label.js';
import { TextSchema } from '../text/label.js';
import { ActivitySchema } from './activity-schema.js';
import { TaskSchema } from './plan-schema.js';
import { TaskEventSchema } from './task-state.js';

/** What a team argument must be. */
export const TEAM_ARGUMENT: Label = {
  vi: 'một tổ đúng cấu trúc (TeamSchema), ví dụ kết quả của `parseTeam` hoặc `composeTeam`',
  en: 'a team of the right shape (TeamSchema), e.g. from `parseTeam` or `composeTeam`',
};

/** What a plan argument must be. */
export const PLAN_ARGUMENT: Label = {
  vi: 'một kế hoạch đúng cấu trúc (PlanSchema), ví dụ kết quả của `parsePlan`',
  en: 'a plan of the right shape (PlanSchema), e.g. from `parsePlan`',
};

/** The schema of a task occurrence, as planTasks makes them. */
export const TaskInstanceSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      id: TextSchema,
      task: TaskSchema,
      period: PeriodIdSchema.optional(),
      deadline: IsoDateSchema,
      events: z.array(TaskEventSchema),
    })
    .strict(),
);

/** What a task occurrence argument must be. */
export const INSTANCE_ARGUMENT: Label = {
  vi: 'một lần thực hiện nhiệm vụ (kết quả của `planTasks`)',
  en: 'a task occurrence (from `planTasks`)',
};

/** A list of activity records. */
export const ActivitiesSchema = /* @__PURE__ */ lazySchema(() => z.array(ActivitySchema));

/** What an activities argument must be. */
export const ACTIVITIES_ARGUMENT: Label = {
  vi: 'một danh sách hoạt động (ActivitySchema), ví dụ kết quả của `parseActivities`',
  en: 'a list of activity records (ActivitySchema), e.g. from `parseActivities`',
};
