/**
 * The work, reports and render operations at scale: a team of 5,000 seats (the Đắk Nia sample
 * grown to about 5,000 villages), a plan of 10,000 tasks, 100,000 activity records and a book of
 * 5,000 reports. Each operation is timed at a quarter of the size too, in the same run, and the
 * ratio printed: n log n gives about 4.5, n² gives 16. Run alone with
 * `npx tsx bench/scale/work.ts`.
 */
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { renderReportCsv } from '../../src/csv/index.js';
import {
  activityValues,
  consolidateReports,
  expectedReports,
  followUp,
  PlanSchema,
  parseActivities,
  parsePlan,
  planTasks,
  type ReportRecord,
  ReportSchema,
  renderGroupMessage,
  reportingStatus,
  submitReport,
  type Team,
} from '../../src/index.js';
import {
  bigActivities,
  bigBook,
  bigPlan,
  bigTeam,
  syntheticBook,
  villageReport,
} from '../../test/complexity/work-data.js';

const SEATS = 5_000;
const TASKS = 10_000;
const RECORDS = 100_000;
const month = { kind: 'month', year: 2025, index: 1 } as const;

/** The best of a few runs, in milliseconds (the first run warms up). */
function best(run: () => unknown, runs = 3): number {
  run();
  let fastest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    run();
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest;
}

/** One line: the operation at a quarter of the size and at the size, and the ratio. */
function line(label: string, size: string, quarter: number, full: number): void {
  console.log(
    `${label.padEnd(46)} ${size.padStart(16)}  ${quarter.toFixed(1).padStart(9)} ms  ${full
      .toFixed(1)
      .padStart(9)} ms  ×${(full / quarter).toFixed(2)}`,
  );
}

/** Times an operation built for a size at a quarter of it and at it. */
function measure(
  label: string,
  size: string,
  n: number,
  at: (n: number) => () => unknown,
  runs = 3,
): void {
  line(label, size, best(at(Math.round(n / 4)), runs), best(at(n), runs));
}

/** A report of the leader with a value for each village and every village head missing. */
function leaderReport(villages: number) {
  const seats = Array.from({ length: villages }, (_, i) => `village-heads/v${i}`);
  return ReportSchema.parse({
    id: 'leader',
    kind: 'periodic',
    period: '2025-01',
    from: 'leader/1',
    to: 'dak-nia-pc',
    submittedAt: '2025-02-20T14:00:00+07:00',
    values: seats.map((_, i) => ({
      indicator: 'vneidInstalls',
      place: `v${i}`,
      period: '2025-01',
      numerator: i,
    })),
    coverage: [
      {
        period: '2025-01',
        expected: villages,
        received: 0,
        onTime: 0,
        missing: seats,
        late: [],
        completeness: 0,
        timeliness: 0,
      },
    ],
  });
}

/** Prints the figures of the work, reports and render modules at scale. */
export function benchWorkScale(): void {
  const teams = new Map<number, Team>();
  const team = (villages: number) => {
    let made = teams.get(villages);
    if (made === undefined) {
      made = bigTeam(villages);
      teams.set(villages, made);
    }
    return made;
  };
  const villages = SEATS - team(0).seats.length;
  console.log(
    `work, reports, render — ${team(villages).seats.length} seats, Node ${process.version}`,
  );
  console.log(
    `${'operation'.padEnd(46)} ${'size'.padStart(16)}  ${'¼ size'.padStart(12)}  ${'size'.padStart(12)}  ratio`,
  );
  measure('parsePlan', `${TASKS} tasks`, TASKS, (n) => {
    const input = bigPlan(n, villages);
    return () => parsePlan(input, team(villages));
  });
  measure('planTasks', `${TASKS} tasks`, TASKS, (n) => {
    const plan = PlanSchema.parse(bigPlan(n, villages));
    return () => planTasks(plan);
  });
  measure('followUp', `${TASKS} tasks`, TASKS, (n) => {
    const plan = PlanSchema.parse(bigPlan(n, villages));
    return () => followUp(team(villages), plan, { asOf: '2025-03-10' });
  });
  measure('parseActivities', `${RECORDS} records`, RECORDS, (n) => {
    const records = bigActivities(n, villages);
    return () => parseActivities(records, team(villages));
  });
  measure('activityValues', `${RECORDS} records`, RECORDS, (n) => {
    const records = bigActivities(n, villages);
    return () => activityValues(records, team(villages), month);
  });
  measure(
    'a book built by submitReport, one by one',
    `${SEATS} reports`,
    SEATS,
    (n) => () => bigBook(team(villages), n, villages),
    1,
  );
  measure('submitReport, 100 into a book', `${SEATS} reports`, SEATS, (n) => {
    let book: ReportRecord[] = syntheticBook(team(villages), n, villages);
    let round = 100;
    return () => {
      for (let i = 0; i < 100; i += 1) {
        book = submitReport(book, villageReport(i, round), {
          team: team(villages),
        })._unsafeUnwrap();
      }
      round += 1;
    };
  });
  const sized = (n: number) => {
    const t = team(n);
    const book = syntheticBook(t, n, n).map((r) => ({
      ...r,
      report: { ...r.report, period: '2025-01', id: `${r.report.id}-jan` },
    }));
    return { t, book };
  };
  measure('reportingStatus', `${SEATS} seats`, villages, (n) => {
    const { t, book } = sized(n);
    return () => reportingStatus(book, t, { period: month });
  });
  measure(
    'expectedReports',
    `${SEATS} seats`,
    villages,
    (n) => () => expectedReports(team(n), month),
  );
  measure('consolidateReports (a deputy)', `${SEATS} seats`, villages, (n) => {
    const { t, book } = sized(n);
    return () =>
      consolidateReports(book, t, {
        seat: 'deputies/farmers',
        period: month,
        submittedAt: '2025-02-18T08:00:00+07:00',
      });
  });
  measure(
    'renderGroupMessage (leader, every village)',
    `${SEATS} seats`,
    villages,
    (n) => {
      const report = leaderReport(n);
      return () => renderGroupMessage(team(n), report, { maxLength: 1_000_000 });
    },
    1,
  );
  measure(
    'renderReportCsv (leader, every village)',
    `${SEATS} seats`,
    villages,
    (n) => {
      const report = leaderReport(n);
      return () => renderReportCsv(team(n), report);
    },
    1,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) benchWorkScale();
