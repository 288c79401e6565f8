export {
  type ApprovalAction,
  ApprovalActionSchema,
  type ApprovalError,
  type ApprovalState,
  ApprovalStateSchema,
  nextApprovalState,
} from './approval.js';
export {
  type ConsolidateOptions,
  consolidateReports,
  draftMemberReport,
  type MemberReportDraft,
} from './consolidate.js';
export {
  type Report,
  type ReportContext,
  type ReportHistoryEntry,
  type ReportInput,
  type ReportingStatus,
  type ReportingStatusOptions,
  ReportingStatusSchema,
  type ReportNote,
  ReportNoteSchema,
  type ReportProblem,
  type ReportProblemCode,
  type ReportRecord,
  type ReportReview,
  ReportSchema,
  reportingStatus,
  reviewReport,
  submitReport,
} from './report.js';
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
