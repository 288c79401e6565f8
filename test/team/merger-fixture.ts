// The merger of xã Hòa Bình and xã Hòa Thuận into xã Hòa An (illustrative), read from JSON only:
// each old team is composed from its lists and amended by its later decisions, as a commune
// would keep it; the merger and a later decision that settles what the merger left are data too.
import { readFileSync } from 'node:fs';
import {
  amendTeam,
  commune2025Template,
  composeTeam,
  type DecisionInput,
  type MergerInput,
  type Team,
  type TeamChangeInput,
  type TeamListsInput,
} from '../../src/index.js';

interface Amendment {
  readonly decision: DecisionInput;
  readonly changes: TeamChangeInput[];
}

interface MergerFixture {
  readonly teams: { lists: TeamListsInput; amendments: Amendment[] }[];
  readonly merger: MergerInput;
  readonly fix: Amendment;
}

/** The fixture as JSON. */
export const hoaAn: MergerFixture = JSON.parse(
  readFileSync(new URL('../fixtures/communes/merger-hoa-an.json', import.meta.url), 'utf8'),
);

/** The old teams: Hòa Bình's and Hòa Thuận's, composed and amended, on the eve of the merger. */
export const hoaTeams: readonly Team[] = hoaAn.teams.map(({ lists, amendments }) =>
  amendments.reduce(
    (team, { decision, changes }) => amendTeam(team, decision, changes)._unsafeUnwrap(),
    composeTeam(commune2025Template(), lists)._unsafeUnwrap().team,
  ),
);
