import type { Result } from 'neverthrow';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type ApprovalError,
  consolidateReports,
  type DataValueProblem,
  type InputProblem,
  type RenderedReport,
  type RenderReportProblem,
  type Report,
  type ReportInput,
  type ReportProblem,
  type ReportRecord,
  renderCommuneReport,
  renderGroupMessage,
  reviewReport,
  submitReport,
  type TeamQueryProblem,
} from '../../src/index.js';

describe('report types', () => {
  it('returns Results with typed problems', () => {
    expectTypeOf(submitReport).returns.toEqualTypeOf<
      Result<ReportRecord[], (InputProblem | DataValueProblem | ReportProblem | ApprovalError)[]>
    >();
    expectTypeOf(reviewReport).returns.toEqualTypeOf<
      Result<ReportRecord[], ReportProblem | ApprovalError>
    >();
    expectTypeOf(consolidateReports).returns.toEqualTypeOf<Result<ReportInput, TeamQueryProblem>>();
    expectTypeOf(renderCommuneReport).returns.toEqualTypeOf<
      Result<RenderedReport, RenderReportProblem>
    >();
    expectTypeOf(renderGroupMessage).returns.toEqualTypeOf<string[]>();
  });
  it('types the report kinds and approval', () => {
    expectTypeOf<Report['kind']>().toEqualTypeOf<'periodic' | 'adHoc'>();
    expectTypeOf<ReportRecord['state']>().toEqualTypeOf<'submitted' | 'accepted' | 'returned'>();
  });
});
