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
export {
  type ConsolidateReportsOptions,
  consolidateReports,
  type DraftMemberReportOptions,
  type DraftReportProblem,
  draftMemberReport,
} from './consolidate.js';
export {
  type Report,
  type ReportInput,
  type ReportingStatus,
  ReportingStatusSchema,
  type ReportNote,
  ReportNoteSchema,
  ReportSchema,
} from './report-schema.js';
export { type ReportReview, type ReviewReportProblem, reviewReport } from './review.js';
export { dakNiaJanuary2025, type SampleMonth, type SampleSubmission } from './sample.js';
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
} from './submit.js';
