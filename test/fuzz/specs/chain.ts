import fc from 'fast-check';
import { args, or, recentDate } from '../arbitraries.js';
import type { Specs } from '../spec.js';
import { asOfOptions, seatId, team } from './team.js';

/** The fuzz specs of the chain module's exports. */
export const specs: Specs = {
  chainOf: { args: args(team, seatId, asOfOptions) },
  proposeSupervision: { args: args(team, asOfOptions) },
  subordinatesOf: {
    args: args(
      team,
      seatId,
      fc.record({ asOf: or(recentDate), transitive: fc.boolean() }, { requiredKeys: [] }),
    ),
  },
};
