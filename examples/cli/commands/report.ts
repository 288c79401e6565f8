/**
 * `tcns report …`: build the month's reports up the chain, the group message, the reporting
 * status and the document for the People's Committee.
 */
import { join } from 'node:path';
import type { Context, Handler } from '../context.js';
import {
  consolidateReports,
  describeSeat,
  draftMemberReport,
  expectedReports,
  followUp,
  formatPeriod,
  holderOf,
  type IsoDate,
  messageOf,
  type Period,
  type Problem,
  periodRange,
  type ReportRecord,
  ROLE_LABELS,
  renderCommuneReport,
  renderGroupMessage,
  renderReportCsv,
  renderReportMarkdown,
  reportingStatus,
  severityOf,
  submitReport,
  type Team,
} from '../library.js';
import { documentOutcome, heading, wrote } from '../output.js';
import { CliError, type CliProblem, failure, type Severity, usage } from '../text.js';
import {
  actingTimestamp,
  asOf,
  FILES,
  loadActivities,
  loadPlan,
  loadTargets,
  loadTeam,
  loadValues,
  parsePeriodArg,
} from '../workspace.js';

/** The reports of a period, built up the chain, and what stopped some of them. */
interface Built {
  readonly team: Team;
  readonly period: Period;
  readonly date: IsoDate;
  readonly book: ReportRecord[];
  readonly problems: CliProblem[];
}

function seatProblems(
  seat: string,
  problems: readonly Problem[],
  severity: Severity,
): CliProblem[] {
  return problems.map((p) => ({
    code: p.code,
    severity: severityOf(p, severity),
    message: { vi: `${seat}: ${messageOf(p).vi}`, en: `${seat}: ${messageOf(p).en}` },
    path: p.path,
  }));
}

function latest(timestamps: readonly (string | undefined)[]): string | undefined {
  let best: string | undefined;
  for (const t of timestamps) {
    if (t !== undefined && (best === undefined || Date.parse(t) > Date.parse(best))) best = t;
  }
  return best;
}

/**
 * Builds a period's reports as the team's reporting schedule expects them: each village head's
 * whose data was imported for their village (submitted when the latest of it was received), with
 * their activities; then each deputy's and the leader's, consolidated on the date asked about.
 */
async function buildReports(context: Context, severity: Severity = 'error'): Promise<Built> {
  const period = parsePeriodArg(context.args[0] ?? '');
  const date = asOf(context);
  const { team } = await loadTeam(context);
  const values = await loadValues(context, team);
  const activities = await loadActivities(context, team);
  const id = formatPeriod(period);
  const consolidatedAt = actingTimestamp(context, date);
  const expected = expectedReports(team, period);
  const problems: CliProblem[] = [];
  let book: ReportRecord[] = [];
  const submit = (seat: string, report: unknown) => {
    const submitted = submitReport(book, report, { team });
    if (submitted.isErr()) problems.push(...seatProblems(seat, submitted.error, severity));
    else book = submitted.value;
  };
  for (const { seat } of expected.filter((e) => e.seat.role === 'member')) {
    const village = seat.filling.kind === 'villageHead' ? seat.filling.villageId : undefined;
    const own = values.filter(
      (v) => v.period === id && (v.reportedBy === seat.id || v.place === village),
    );
    // A village head has reported when their sheet was received; activities the team recorded
    // in their village are added to a report, but are not one.
    if (own.length === 0) continue;
    const submittedAt = latest(own.map((v) => v.reportedAt)) ?? consolidatedAt;
    const draft = draftMemberReport(team, {
      seat: seat.id,
      period,
      submittedAt,
      activities,
      values,
    });
    if (draft.isErr()) problems.push(...seatProblems(seat.id, [draft.error], severity));
    else submit(seat.id, draft.value);
  }
  for (const role of ['deputy', 'leader'] as const) {
    for (const { seat } of expected.filter((e) => e.seat.role === role)) {
      // A vacant seat sends nothing: it stays among the missing reports.
      if (holderOf(team, seat.id, date).unwrapOr(undefined) === undefined) continue;
      const report = consolidateReports(book, team, {
        seat: seat.id,
        period,
        submittedAt: consolidatedAt,
        activities,
      });
      if (report.isErr()) problems.push(...seatProblems(seat.id, [report.error], severity));
      else submit(seat.id, report.value);
    }
  }
  return { team, period, date, book, problems };
}

function reportOf(built: Built, seat: string | undefined): ReportRecord {
  const leader = built.book.find((r) => r.report.from.startsWith('leader'))?.report.from;
  const wanted =
    seat ??
    expectedReports(built.team, built.period).find((e) => e.seat.role === 'leader')?.seat.id ??
    leader;
  const record = built.book.find((r) => r.report.from === wanted);
  if (!record) {
    throw new CliError([
      ...built.problems,
      ...failure('no_report', {
        vi: `Chưa có báo cáo kỳ ${formatPeriod(built.period)} của "${wanted ?? '?'}". Đã nhập số liệu chưa (tcns data import)?`,
        en: `No report for ${formatPeriod(built.period)} from "${wanted ?? '?'}". Has the data been imported (tcns data import)?`,
      }).problems,
    ]);
  }
  return record;
}

export const build: Handler = async (context) => {
  const built = await buildReports(context);
  const { team, book } = built;
  const id = formatPeriod(built.period);
  const level = (context.string('level') ?? 'leader') as 'leader' | 'deputy' | 'member';
  const targets = await loadTargets(context);
  const path = join(context.dir(), FILES.reports, `${id}.json`);
  await context.host.files.writeAtomic(path, `${JSON.stringify(book, null, 2)}\n`);
  const chosen = book.filter((r) => {
    const seat = team.seats.find((s) => s.id === r.report.from);
    return seat?.role === level;
  });
  const csv = context.string('format') === 'csv';
  const parts = chosen.map((r) =>
    csv
      ? renderReportCsv(team, r.report, { targets })
      : renderReportMarkdown(team, r.report, { targets }),
  );
  // CSV parts after the first drop their byte-order mark and header, so the output is one table.
  const text = csv
    ? parts.map((p, i) => (i === 0 ? p : p.replace(/^\uFEFF?[^\r\n]*\r?\n/u, ''))).join('')
    : parts.join('\n---\n\n');
  const notes = [wrote(context, path)];
  if (chosen.length === 0) {
    notes.push(
      context.t({
        vi: `Không có báo cáo nào ở cấp ${level} cho kỳ ${id}.`,
        en: `No reports at the ${level} level for ${id}.`,
      }),
    );
  }
  return {
    text,
    notes,
    problems: built.problems,
    exitCode: built.problems.some((p) => p.severity === 'error') ? 1 : 0,
    data: { period: id, file: context.showPath(path), reports: book },
  };
};

export const message: Handler = async (context) => {
  const built = await buildReports(context, 'warning');
  const record = reportOf(built, context.string('seat'));
  const targets = await loadTargets(context);
  const plan = await loadPlan(context, built.team);
  const overdue = plan
    ? followUp(built.team, plan, { asOf: built.date })
        .map((f) => f.leader?.items ?? [])
        .unwrapOr([])
    : [];
  const platform = (context.string('platform') ?? 'zalo') as 'zalo' | 'facebook' | 'mocha';
  const parts = renderGroupMessage(built.team, record.report, { platform, overdue, targets });
  return {
    text: `${parts.join('\n\n-----\n\n')}\n`,
    problems: built.problems,
    data: { period: formatPeriod(built.period), seat: record.report.from, platform, parts },
  };
};

export const status: Handler = async (context) => {
  const built = await buildReports(context, 'warning');
  const { team, book, period } = built;
  const end = periodRange(period).end;
  const name = (id: string) => {
    const seat = team.seats.find((s) => s.id === id);
    return seat ? describeSeat(team, seat, end)[context.lang] || id : id;
  };
  const rate = (x: number | null) => (x === null ? '–' : `${Math.round(x)} %`);
  const lines = [
    heading(context, {
      vi: `Tình hình nộp báo cáo kỳ ${formatPeriod(period)} (tính đến ${built.date})`,
      en: `Reporting status for ${formatPeriod(period)} (as of ${built.date})`,
    }),
  ];
  const levels = (['member', 'deputy', 'leader'] as const).map((role) => {
    const s = reportingStatus(book, team, { period, role });
    const label = ROLE_LABELS[role][context.lang];
    lines.push(
      `  ${label.padEnd(9)} ${context.t({ vi: 'đã nộp', en: 'received' })} ${s.received}/${s.expected}` +
        ` (${rate(s.completeness)}), ${context.t({ vi: 'đúng hạn', en: 'on time' })} ${s.onTime} (${rate(s.timeliness)})`,
    );
    if (s.missing.length > 0) {
      lines.push(
        `      ${context.t({ vi: 'chưa nộp', en: 'missing' })}: ${s.missing.map(name).join(', ')}`,
      );
    }
    if (s.late.length > 0) {
      lines.push(
        `      ${context.t({ vi: 'nộp muộn', en: 'late' })}: ${s.late.map(name).join(', ')}`,
      );
    }
    return { role, ...s };
  });
  return {
    text: `${lines.join('\n')}\n`,
    problems: built.problems,
    data: { period: formatPeriod(period), asOf: built.date, levels },
  };
};

export const document: Handler = async (context) => {
  const numberText = context.string('number') ?? '1';
  if (!/^[1-9]\d{0,5}$/u.test(numberText)) {
    throw usage('invalid_argument', {
      vi: `--number cần một số nguyên dương; không nhận "${numberText}".`,
      en: `--number takes a positive whole number; not "${numberText}".`,
    });
  }
  const built = await buildReports(context, 'warning');
  const record = reportOf(built, undefined);
  const targets = await loadTargets(context);
  const rendered = renderCommuneReport(built.team, record.report, {
    number: Number(numberText),
    targets,
  });
  if (rendered.isErr()) {
    throw new CliError(seatProblems(record.report.from, [rendered.error], 'error'));
  }
  const text = context.string('format') === 'md' ? rendered.value.markdown : rendered.value.text;
  const outcome = await documentOutcome(context, text.endsWith('\n') ? text : `${text}\n`, {
    period: formatPeriod(built.period),
  });
  return { ...outcome, problems: built.problems };
};
