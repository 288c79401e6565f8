export {
  type RenderDecisionProblem,
  type RenderedDecision,
  renderDecision,
} from './decision.js';
export { type OrgChartOptions, renderOrgChart } from './orgchart.js';
