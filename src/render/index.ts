/**
 * `to-cong-nghe-so/render` — the texts people read: the founding decision, the commune report and
 * the group message. Also exported by `to-cong-nghe-so` itself. A report's figures as CSV
 * (`renderReportCsv`) are in `to-cong-nghe-so/csv`.
 *
 * @module to-cong-nghe-so/render
 */
export {
  type RenderDecisionProblem,
  type RenderedDecision,
  renderDecision,
} from './decision.js';
export { PILLAR_LABELS, type ReportRenderOptions } from './figures.js';
export {
  GROUP_MESSAGE_LIMITS,
  type GroupPlatform,
  type RenderGroupMessageOptions,
  renderGroupMessage,
} from './group-message.js';
export { type OrgChartOptions, renderOrgChart } from './orgchart.js';
export {
  type RenderCommuneReportOptions,
  type RenderCommuneReportProblem,
  type RenderedReport,
  renderCommuneReport,
} from './report-document.js';
export { renderReportMarkdown } from './report-table.js';
