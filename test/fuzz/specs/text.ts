import { anyArgs } from '../arbitraries.js';
import type { Specs } from '../spec.js';

/** The fuzz specs of the text module's exports. */
export const specs: Specs = {
  comparePersonNames: { args: anyArgs(2) },
  compareVietnamese: { args: anyArgs(2) },
  givenName: { args: anyArgs(1) },
  label: { args: anyArgs(2) },
  normalizeText: { args: anyArgs(1) },
};
