import fc from 'fast-check';
import { ReportSchema } from '../../../src/index.js';
import { dakNia2022Team } from '../../../src/samples/index.js';
import { args, awkwardNumber, hostile, or, recentDate } from '../arbitraries.js';
import type { Specs } from '../spec.js';
import { book } from './reports.js';
import { team as anyTeam, decision } from './team.js';
import { team } from './work.js';

/** Decisions to render: the sample's founding one, and others of any issuer. */
const decisionToRender = fc.oneof(
  fc.constant(dakNia2022Team().decisions[0]),
  decision.map((d) => ({ ...d, kind: 'amending' })),
);

/** A report that conforms to ReportSchema: the sample month's, or a small one. */
const report = fc.oneof(
  book.chain((b) =>
    b.length > 0 && ReportSchema.safeParse(b[0]?.report).success
      ? fc.constantFrom(...b.map((r) => r.report))
      : fc.constant(
          ReportSchema.parse({
            id: 'r',
            kind: 'periodic',
            period: '2025-01',
            from: 'leader/1',
            to: 'dak-nia-pc',
            submittedAt: '2025-02-20T14:00:00+07:00',
          }),
        ),
  ),
);

const renderOptions = fc.record(
  {
    platform: fc.constantFrom('zalo', 'facebook', 'mocha', 'telegram'),
    maxLength: fc.oneof(fc.integer({ min: 0, max: 3000 }), awkwardNumber),
    number: fc.oneof(fc.integer({ min: -5, max: 200 }), fc.constant(-1.5), awkwardNumber),
    date: recentDate,
    delimiter: fc.constantFrom(',', ';', '\t'),
    catalogue: hostile,
  },
  { requiredKeys: [] },
);

/** The fuzz specs of the render module's exports. */
export const specs: Specs = {
  renderCommuneReport: { args: args(team, report, renderOptions) },
  renderDecision: { args: args(anyTeam, decisionToRender) },
  renderGroupMessage: { args: args(team, report, renderOptions) },
  renderOrgChart: {
    args: args(
      anyTeam,
      fc.record(
        { asOf: or(recentDate), language: fc.constantFrom('vi', 'en', 'fr') },
        { requiredKeys: [] },
      ),
    ),
  },
  renderReportCsv: { args: args(team, report, renderOptions) },
  renderReportMarkdown: { args: args(team, report, renderOptions) },
};
