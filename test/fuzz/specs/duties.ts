import { anyArgs } from '../arbitraries.js';
import type { Specs } from '../spec.js';

/** The fuzz specs of the duties module's exports. */
export const specs: Specs = {
  dutiesOf: { args: anyArgs(2) },
};
