import { anyArgs } from '../arbitraries.js';
import type { Specs } from '../spec.js';

/** The fuzz specs of the reports module's exports. */
export const specs: Specs = {
  consolidateReports: { args: anyArgs(3) },
  dakNiaJanuary2025: { args: anyArgs(0) },
  draftMemberReport: { args: anyArgs(2) },
  expectedReports: { args: anyArgs(2) },
  nextApprovalState: { args: anyArgs(2) },
  reportingRuleOf: { args: anyArgs(3) },
  reportingStatus: { args: anyArgs(3) },
  reviewReport: { args: anyArgs(3) },
  submitReport: { args: anyArgs(3) },
};
