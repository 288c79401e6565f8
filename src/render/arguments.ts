// Entry checks of the typed arguments the report renderers take: a team, a report and the
// options. Each document is parsed once per object (see checkDocument).
import { checkDocument, checkOptions } from '../_internal/arguments.js';
import { checkCatalogue, checkTargets } from '../indicators/arguments.js';
import { type Report, ReportSchema } from '../reports/report-schema.js';
import { type Team, TeamSchema } from '../team/schema.js';
import type { ReportRenderOptions } from './figures.js';

/** @internal A team and a report, checked, and the catalogue and targets of the options. */
export function checkReportArguments(
  team: unknown,
  report: unknown,
  options: ReportRenderOptions | undefined,
): { team: Team; report: Report; options: ReportRenderOptions } {
  const given = checkOptions(options, 'options');
  const catalogue =
    given.catalogue === undefined
      ? undefined
      : checkCatalogue(given.catalogue, 'options.catalogue');
  const targets =
    given.targets === undefined ? undefined : checkTargets(given.targets, 'options.targets');
  return {
    team: checkDocument(TeamSchema, team, 'team', {
      vi: 'một tổ đúng cấu trúc (TeamSchema)',
      en: 'a team of the right shape (TeamSchema)',
    }),
    report: checkDocument(ReportSchema, report, 'report', {
      vi: 'một báo cáo đúng cấu trúc (ReportSchema)',
      en: 'a report of the right shape (ReportSchema)',
    }),
    options: {
      ...(catalogue === undefined ? {} : { catalogue }),
      ...(targets === undefined ? {} : { targets }),
    },
  };
}
