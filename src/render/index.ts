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
export { REPORT_CSV_COLUMNS, renderReportCsv, renderReportMarkdown } from './report-table.js';
