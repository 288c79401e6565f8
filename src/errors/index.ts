export {
  type InputProblem,
  type InputProblemCode,
  type Problem,
  type ProblemPath,
  parseJsonText,
  parseWithSchema,
  problemsFromZod,
} from './problem.js';
