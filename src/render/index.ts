export {
  type RenderDecisionProblem,
  type RenderedDecision,
  renderDecision,
} from './decision.js';
