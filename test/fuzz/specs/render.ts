import { anyArgs } from '../arbitraries.js';
import type { Specs } from '../spec.js';

/** The fuzz specs of the render module's exports. */
export const specs: Specs = {
  renderCommuneReport: { args: anyArgs(3) },
  renderDecision: { args: anyArgs(2) },
  renderGroupMessage: { args: anyArgs(2) },
  renderOrgChart: { args: anyArgs(1) },
  renderReportCsv: { args: anyArgs(2) },
  renderReportMarkdown: { args: anyArgs(2) },
};
