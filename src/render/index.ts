export {
  type RenderDecisionProblem,
  type RenderedDecision,
  renderDecision,
} from './decision.js';
export { PILLAR_LABELS, type ReportRenderOptions } from './figures.js';
export {
  GROUP_MESSAGE_LIMITS,
  type GroupMessageOptions,
  type GroupPlatform,
  renderGroupMessage,
} from './group-message.js';
export { type OrgChartOptions, renderOrgChart } from './orgchart.js';
export {
  type CommuneReportOptions,
  type RenderedReport,
  type RenderReportProblem,
  renderCommuneReport,
} from './report-document.js';
export { REPORT_CSV_COLUMNS, renderReportCsv, renderReportMarkdown } from './report-table.js';
