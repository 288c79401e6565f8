import fc from 'fast-check';
import { args, recentDate } from '../arbitraries.js';
import type { Specs } from '../spec.js';
import { seatId, team } from './team.js';

/** The fuzz specs of the duties module's exports. */
export const specs: Specs = {
  dutiesOf: { args: args(team, seatId, fc.record({ asOf: recentDate }, { requiredKeys: [] })) },
  dutiesOfTeam: { args: args(team, fc.record({ asOf: recentDate }, { requiredKeys: [] })) },
};
