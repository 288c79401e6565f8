export { InvalidArgumentError } from './argument.js';
export {
  type InputProblem,
  type InputProblemCode,
  MAX_PROBLEMS,
  parseJsonText,
  parseWithSchema,
  problemsFromZod,
} from './input.js';
export type {
  AnyProblemDefinition,
  MessageFunction,
  ParamsOf,
  Problem,
  ProblemDefinition,
  ProblemOf,
  ProblemPath,
  Severity,
} from './problem.js';
export {
  formatProblem,
  type ProblemCode,
  type ProblemEntry,
  type ProblemMessages,
  type ProblemModule,
  type ProblemParams,
  type ProblemWording,
  problemRegistry,
  type RegisteredDefinition,
  rewordProblems,
} from './registry.js';
export type { NamedRef } from './words.js';
