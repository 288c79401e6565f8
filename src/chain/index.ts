export {
  type Chain,
  type ChainOptions,
  type ChainProblem,
  type ChainProblemCode,
  chainOf,
  proposeSupervision,
  type SubordinatesOptions,
  subordinatesOf,
} from './chain.js';
