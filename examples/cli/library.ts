/**
 * Every use of the library by `tcns` goes through this module: the names the commands use, the
 * table of team templates `tcns init` offers, and the few adaptations the CLI makes to the
 * library's values. When the library's API changes, this is the file to change.
 */
import type { Problem, TeamListsInput, Template } from 'to-cong-nghe-so';
import { dakNia2022Template, villageTeam793Template } from 'to-cong-nghe-so';
import { dakNia2022Lists } from 'to-cong-nghe-so/samples';
import type { Severity, Words } from './text.js';

export type {
  Activity,
  DataValue,
  FollowUpList,
  IsoDate,
  Period,
  Place,
  Plan,
  Problem,
  Report,
  ReportRecord,
  Seat,
  Target,
  Team,
  TeamListsInput,
  Template,
} from 'to-cong-nghe-so';
export {
  BUILT_IN_INDICATORS,
  BUILT_IN_TARGETS,
  chainOf,
  communeOf,
  composeTeam,
  compositionOf,
  consolidateReports,
  DUTIES,
  dataWindow,
  dayCanChi,
  deadlineAfter,
  describeSeat,
  draftMemberReport,
  dutiesOf,
  expectedReports,
  followUp,
  formatLunarDate,
  formatPeriod,
  formatVietnameseDate,
  holderOf,
  holidaysIn,
  KIND_NOUNS,
  LEVEL_OF_KIND,
  MONTHLY_REPORTING_SCHEDULE,
  makeUpDaysIn,
  monthCanChi,
  parseActivities,
  parseIsoDate,
  parseJsonText,
  parsePeriod,
  parsePlan,
  parseTargets,
  parseTeam,
  periodLabel,
  periodRange,
  placeName,
  ROLE_LABELS,
  renderCommuneReport,
  renderDecision,
  renderGroupMessage,
  renderOrgChart,
  renderReportMarkdown,
  reportDueDate,
  reportingStatus,
  serializeTeam,
  submitReport,
  subordinatesOf,
  toDhis2DataValueSet,
  toLunarDate,
  validateTeam,
  vietnamDateOf,
  villagesOf,
  weekdayName,
  yearCanChi,
} from 'to-cong-nghe-so';
export {
  entrySheet,
  parseEntrySheet,
  parseLongCsv,
  renderReportCsv,
  toLongCsv,
} from 'to-cong-nghe-so/csv';
export { dakNia2022Team, dakNiaJanuary2025 } from 'to-cong-nghe-so/samples';

/** A team template `tcns init` offers. */
export interface TemplateChoice {
  /** The id typed after `--template`. */
  readonly id: string;
  /** The template. */
  readonly template: Template;
  /** Its bundled example lists, used by `--yes` when no commune is named. */
  readonly example?: TeamListsInput;
}

let templateChoices: readonly TemplateChoice[] | undefined;

/**
 * The templates `tcns init` offers, in the order it offers them; the first is the default.
 * A template the library adds is one more line here. Built on first use, so that the commands
 * that do not offer templates do not pay for them.
 */
export function templates(): readonly TemplateChoice[] {
  templateChoices ??= [
    { id: 'dak-nia-2022', template: dakNia2022Template(), example: dakNia2022Lists() },
    { id: 'village-793', template: villageTeam793Template() },
  ];
  return templateChoices;
}

/**
 * The severity of a problem: its own `severity` where the library gives one, otherwise the
 * severity of the list it came in.
 */
export function severityOf(problem: Problem, fallback: Severity): Severity {
  const own = (problem as { severity?: unknown }).severity;
  return own === 'warning' || own === 'error' ? own : fallback;
}

/** The bilingual message of a problem. */
export function messageOf(problem: Problem): Words {
  return problem.message;
}
