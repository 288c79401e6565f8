import { anyArgs } from '../arbitraries.js';
import type { Specs } from '../spec.js';

/** The fuzz specs of the chain module's exports. */
export const specs: Specs = {
  chainOf: { args: anyArgs(2) },
  proposeSupervision: { args: anyArgs(1) },
  subordinatesOf: { args: anyArgs(2) },
};
