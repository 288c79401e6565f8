import { anyArgs } from '../arbitraries.js';
import type { Specs } from '../spec.js';

/** The fuzz specs of the problems module's exports. */
export const specs: Specs = {
  InvalidArgumentError: { args: anyArgs(3) },
  formatProblem: { args: anyArgs(2) },
  parseJsonText: { args: anyArgs(1) },
  parseWithSchema: { args: anyArgs(2) },
  problemRegistry: { args: anyArgs(0) },
  problemsFromZod: { args: anyArgs(1) },
  rewordProblems: { args: anyArgs(2) },
};
