import type { Result } from 'neverthrow';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type ApprovalProblem,
  type ApprovalState,
  consolidateReports,
  type DraftReportProblem,
  draftMemberReport,
  nextApprovalState,
  type Problem,
  type ProblemParams,
  type RenderCommuneReportProblem,
  type RenderedReport,
  type Report,
  type ReportInput,
  type ReportRecord,
  type ReviewReportProblem,
  renderCommuneReport,
  renderGroupMessage,
  reviewReport,
  type SubmitReportProblem,
  submitReport,
} from '../../src/index.js';

describe('report types', () => {
  it('returns Results with typed problems', () => {
    expectTypeOf(submitReport).returns.toEqualTypeOf<
      Result<ReportRecord[], SubmitReportProblem[]>
    >();
    expectTypeOf(reviewReport).returns.toEqualTypeOf<Result<ReportRecord[], ReviewReportProblem>>();
    expectTypeOf(consolidateReports).returns.toEqualTypeOf<
      Result<ReportInput, DraftReportProblem>
    >();
    expectTypeOf(draftMemberReport).returns.toEqualTypeOf<
      Result<ReportInput, DraftReportProblem>
    >();
    expectTypeOf(nextApprovalState).returns.toEqualTypeOf<
      Result<ApprovalState, ApprovalProblem | Problem<'invalid_argument'>>
    >();
    expectTypeOf(renderCommuneReport).returns.toEqualTypeOf<
      Result<RenderedReport, RenderCommuneReportProblem>
    >();
    expectTypeOf(renderGroupMessage).returns.toEqualTypeOf<string[]>();
  });
  it('types the parameters of the report problems', () => {
    expectTypeOf<ProblemParams<'not_holder'>['seat']['label']>().toEqualTypeOf<{
      vi: string;
      en: string;
    }>();
    expectTypeOf<ProblemParams<'report_locked'>>().toEqualTypeOf<{ reportId?: string }>();
    expectTypeOf<ProblemParams<'receiver_not_body'>>().toEqualTypeOf<{ receiverId?: string }>();
    expectTypeOf<ApprovalProblem['code']>().toEqualTypeOf<'report_locked' | 'invalid_approval'>();
  });
  it('types the report kinds and approval', () => {
    expectTypeOf<Report['kind']>().toEqualTypeOf<'periodic' | 'adHoc'>();
    expectTypeOf<ReportRecord['state']>().toEqualTypeOf<'submitted' | 'accepted' | 'returned'>();
  });
});
