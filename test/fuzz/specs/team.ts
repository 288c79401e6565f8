import { anyArgs } from '../arbitraries.js';
import type { Specs } from '../spec.js';

/** The fuzz specs of the team module's exports. */
export const specs: Specs = {
  amendTeam: { args: anyArgs(3) },
  communeOf: { args: anyArgs(2) },
  composeTeam: { args: anyArgs(2) },
  compositionOf: { args: anyArgs(2) },
  dakNia2022Team: { args: anyArgs(0) },
  describeSeat: { args: anyArgs(3) },
  holderOf: { args: anyArgs(3) },
  parseTeam: { args: anyArgs(1) },
  seatsOf: { args: anyArgs(3) },
  serializeTeam: { args: anyArgs(1) },
  validateTeam: { args: anyArgs(1) },
  villagesOf: { args: anyArgs(2) },
};
