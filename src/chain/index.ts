export {
  type Chain,
  type ChainOfOptions,
  type ChainProblem,
  type ChainProblemCode,
  chainOf,
  type ProposeSupervisionOptions,
  proposeSupervision,
  type SubordinatesOfOptions,
  subordinatesOf,
} from './chain.js';
