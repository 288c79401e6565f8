export {
  APPROVAL_ACTION_LABELS,
  type ApprovalAction,
  ApprovalActionSchema,
  type ApprovalProblem,
  type ApprovalState,
  ApprovalStateSchema,
  type NextApprovalStateProblem,
  nextApprovalState,
} from './approval.js';
export type { ReportHistoryEntry, ReportRecord } from './book.js';
export { type ConsolidateReportsOptions, consolidateReports } from './consolidate.js';
export {
  type DraftMemberReportOptions,
  type DraftReportProblem,
  draftMemberReport,
} from './draft.js';
export { type ReportKeyParts, reportKey } from './key.js';
export {
  type Report,
  type ReportInput,
  type ReportingRole,
  ReportingRoleSchema,
  type ReportingStatus,
  ReportingStatusSchema,
  type ReportNote,
  ReportNoteSchema,
  type ReportRequest,
  ReportRequestSchema,
  ReportSchema,
  type RequestSenders,
  RequestSendersSchema,
} from './report-schema.js';
export {
  type ReportReview,
  type ReviewReportOptions,
  type ReviewReportProblem,
  reviewersOf,
  reviewReport,
  reviewReportRecord,
} from './review.js';
export {
  type ExpectedReport,
  expectedReports,
  MONTHLY_REPORTING_SCHEDULE,
  type ReportingRule,
  ReportingRuleSchema,
  type ReportingSchedule,
  ReportingScheduleSchema,
  reportingRuleOf,
  type ScheduleOptions,
} from './schedule.js';
export { type ReportingStatusOptions, reportingStatus } from './status.js';
export {
  type ReportProblem,
  type ReportProblemCode,
  type SubmitReportOptions,
  type SubmitReportProblem,
  submitReport,
  submitReportRecord,
} from './submit.js';
