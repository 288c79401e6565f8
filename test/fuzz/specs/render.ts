import fc from 'fast-check';
import { dakNia2022Team } from '../../../src/index.js';
import { anyArgs, args, or, recentDate } from '../arbitraries.js';
import type { Specs } from '../spec.js';
import { decision, team } from './team.js';

/** Decisions to render: the sample's founding one, and others of any issuer. */
const decisionToRender = fc.oneof(
  fc.constant(dakNia2022Team().decisions[0]),
  decision.map((d) => ({ ...d, kind: 'amending' })),
);

/** The fuzz specs of the render module's exports. */
export const specs: Specs = {
  renderCommuneReport: { args: anyArgs(3) },
  renderDecision: { args: args(team, decisionToRender) },
  renderGroupMessage: { args: anyArgs(2) },
  renderOrgChart: {
    args: args(
      team,
      fc.record(
        { asOf: or(recentDate), language: fc.constantFrom('vi', 'en', 'fr') },
        { requiredKeys: [] },
      ),
    ),
  },
  renderReportCsv: { args: anyArgs(2) },
  renderReportMarkdown: { args: anyArgs(2) },
};
