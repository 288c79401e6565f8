/**
 * The shapes of the API's responses, built from the library's schemas where it has them. They
 * document the API (OpenAPI) and the tests check every answer against them.
 */
import {
  ApprovalStateSchema,
  BodySchema,
  DataValueSchema,
  IsoDateSchema,
  LabelSchema,
  PeriodIdSchema,
  PlaceSchema,
  PlanSchema,
  RecipientSchema,
  ReportingStatusSchema,
  ReportSchema,
  RoleSchema,
  SeatFillingSchema,
  TargetSchema,
  TaskSchema,
  TaskStateSchema,
} from 'to-cong-nghe-so';
import { z } from 'zod';

const Id = z.string();
const Timestamp = z.string();

/** A person, by id and name. */
export const PersonRefSchema = z.object({ id: Id, name: z.string() }).strict();

/** A seat with what it stands for and its holder on the date asked about. */
export const SeatViewSchema = z
  .object({
    id: Id,
    role: RoleSchema,
    filling: SeatFillingSchema,
    description: LabelSchema,
    holder: PersonRefSchema.nullable(),
  })
  .strict();

/** The server's health. */
export const HealthSchema = z.object({ status: z.literal('ok') }).strict();

/** Whether the server can serve: the database answers and its schema is current. */
export const ReadySchema = z
  .object({
    status: z.enum(['ready', 'not_ready']),
    engine: z.enum(['sqlite', 'postgres']),
    schemaVersion: z.number().int(),
  })
  .strict();

/** Who the caller is. */
export const MeSchema = z
  .object({
    kind: z.enum(['seat', 'body', 'province']),
    commune: Id.optional(),
    province: Id.nullable().optional(),
    seat: SeatViewSchema.optional(),
    body: z.object({ id: Id, name: LabelSchema }).strict().optional(),
    today: IsoDateSchema,
  })
  .strict();

/** A commune on the server. */
export const CommuneSummarySchema = z
  .object({ id: Id, province: Id.nullable(), team: Id, name: LabelSchema })
  .strict();

/** The team on a date. */
export const TeamViewSchema = z
  .object({
    commune: Id,
    asOf: IsoDateSchema,
    team: z.object({ id: Id, name: LabelSchema, scope: z.enum(['commune', 'village']) }).strict(),
    place: PlaceSchema.nullable(),
    villages: z.array(PlaceSchema),
    composition: z.array(SeatViewSchema),
  })
  .strict();

/** The reporting chain of a seat on a date. */
export const ChainViewSchema = z
  .object({
    seat: Id,
    asOf: IsoDateSchema,
    seats: z.array(SeatViewSchema),
    bodies: z.array(BodySchema),
    forReport: z.array(RecipientSchema),
  })
  .strict();

/** A duty of a seat. */
export const DutySchema = z
  .object({
    id: Id,
    roles: z.array(RoleSchema),
    clause: z.string(),
    text: LabelSchema,
    pillar: z.enum(['digitalGovernment', 'digitalEconomy', 'digitalSociety']).optional(),
    parentId: Id.optional(),
  })
  .strict();

/** The duties of a seat. */
export const DutiesSchema = z.object({ seat: Id, duties: z.array(DutySchema) }).strict();

/** The org chart as Mermaid source. */
export const OrgChartSchema = z
  .object({ asOf: IsoDateSchema, language: z.enum(['vi', 'en']), mermaid: z.string() })
  .strict();

/** One version of a place's values for a period. */
export const ValueSetVersionSchema = z
  .object({
    version: z.number().int().min(1),
    values: z.array(DataValueSchema),
    by: z.object({ seat: Id, person: Id.nullable() }).strict(),
    at: Timestamp,
  })
  .strict();

/** A place's values for a period: the current version, and the earlier ones when asked. */
export const ValueSetSchema = z
  .object({
    commune: Id,
    period: PeriodIdSchema,
    place: Id,
    current: ValueSetVersionSchema,
    unchanged: z.boolean(),
    history: z.array(ValueSetVersionSchema).optional(),
  })
  .strict();

/** The current values of the readable places for a period. */
export const ValuesSchema = z
  .object({ commune: Id, period: PeriodIdSchema, values: z.array(DataValueSchema) })
  .strict();

const CompletenessSchema = z
  .object({
    expected: z.number().int(),
    reported: z.number().int(),
    missing: z.array(Id),
    expectedReports: z.number().int(),
    actualReports: z.number().int(),
  })
  .strict();

/** One indicator rolled up for one place and period (the library's `IndicatorResult`). */
export const IndicatorResultSchema = z
  .object({
    indicator: Id,
    place: Id,
    level: z.enum(['province', 'district', 'commune', 'village']),
    period: PeriodIdSchema,
    numerator: z.number().nullable(),
    denominator: z.number().nullable(),
    value: z.number().nullable(),
    target: TargetSchema.nullable(),
    progress: z.number().nullable(),
    status: z.enum(['met', 'onTrack', 'behind', 'noData']).nullable(),
    completeness: CompletenessSchema,
  })
  .strict();

/** A roll-up. */
export const RollupSchema = z
  .object({
    commune: Id,
    period: PeriodIdSchema,
    place: Id,
    results: z.array(IndicatorResultSchema),
  })
  .strict();

/** A province's roll-up: its communes' roll-ups summed. */
export const ProvinceRollupSchema = z
  .object({
    province: Id,
    period: PeriodIdSchema,
    communes: z.number().int(),
    results: z.array(
      IndicatorResultSchema.extend({
        level: z.literal('province'),
        communes: z.number().int(),
      }).strict(),
    ),
  })
  .strict();

/** A report with its approval state and history (the library's `ReportRecord`). */
export const ReportRecordSchema = z
  .object({
    report: ReportSchema,
    state: ApprovalStateSchema,
    history: z.array(
      z
        .object({
          action: z.enum(['submit', 'resubmit', 'accept', 'return']),
          at: Timestamp,
          by: Id,
          comment: z.string().optional(),
          replaced: ReportSchema.optional(),
        })
        .strict(),
    ),
    version: z.number().int().min(1),
  })
  .strict();

/** A list of reports. */
export const ReportListSchema = z
  .object({ commune: Id, reports: z.array(ReportRecordSchema) })
  .strict();

/** Completeness and timeliness. */
export const ReportingStatusViewSchema = ReportingStatusSchema;

/** A report as the message to post in a group. */
export const GroupMessageSchema = z
  .object({
    report: Id,
    platform: z.enum(['zalo', 'facebook', 'mocha']),
    parts: z.array(z.string()),
  })
  .strict();

/** A plan with its version. */
export const PlanViewSchema = z
  .object({ commune: Id, plan: PlanSchema, version: z.number().int().min(1) })
  .strict();

/** The plans of a commune. */
export const PlanListSchema = z
  .object({
    commune: Id,
    plans: z.array(
      z
        .object({
          id: Id,
          title: LabelSchema,
          period: PeriodIdSchema,
          by: Id,
          tasks: z.number().int(),
          version: z.number().int(),
        })
        .strict(),
    ),
  })
  .strict();

/** A task of a plan. */
export const TaskViewSchema = z.object({ plan: Id, task: TaskSchema }).strict();

/** One occurrence of a task with where it stands on a date. */
export const TaskStatusViewSchema = z
  .object({
    id: Id,
    plan: Id,
    task: Id,
    title: LabelSchema,
    assignees: z.array(Id),
    assignedBy: Id,
    period: PeriodIdSchema.optional(),
    deadline: IsoDateSchema,
    state: TaskStateSchema,
    timeliness: z.enum(['open', 'dueSoon', 'overdue', 'doneOnTime', 'doneLate', 'cancelled']),
    workingDaysLeft: z.number().int().nullable(),
    workingDaysLate: z.number().int().nullable(),
  })
  .strict();

/** The task occurrences the caller may read, on a date. */
export const TaskListSchema = z
  .object({ commune: Id, asOf: IsoDateSchema, tasks: z.array(TaskStatusViewSchema) })
  .strict();

const FollowUpListSchema = z
  .object({
    seat: Id,
    holder: PersonRefSchema.nullable(),
    items: z.array(
      TaskStatusViewSchema.extend({ seat: Id, holder: PersonRefSchema.nullable() }).strict(),
    ),
  })
  .strict();

/** Who must follow up what on a date. */
export const FollowUpSchema = z
  .object({
    commune: Id,
    plan: Id,
    asOf: IsoDateSchema,
    leader: FollowUpListSchema.nullable(),
    deputies: z.array(FollowUpListSchema),
  })
  .strict();
