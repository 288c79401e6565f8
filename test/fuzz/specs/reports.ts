import fc from 'fast-check';
import {
  consolidateReports,
  draftMemberReport,
  MONTHLY_REPORTING_SCHEDULE,
  type ReportRecord,
  submitReport,
} from '../../../src/index.js';
import { anyDateText, args, awkwardNumber, hostile, nfdText, recentDate } from '../arbitraries.js';
import type { Specs } from '../spec.js';
import { oneOfLazy, period, sampleMonth, sampleTeam, seatId, team } from './work.js';

/** The sample month's book, run up the chain once. */
function makeSampleBook(): ReportRecord[] {
  const team = sampleTeam();
  const month = sampleMonth();
  let book: ReportRecord[] = [];
  const submit = (draft: unknown) => {
    book = submitReport(book, draft, { team })._unsafeUnwrap();
  };
  for (const member of month.members) {
    submit(
      draftMemberReport(team, {
        ...member,
        period: month.period,
        activities: month.activities,
        values: month.values,
      })._unsafeUnwrap(),
    );
  }
  for (const deputy of month.deputies) {
    submit(consolidateReports(book, team, { ...deputy, period: month.period })._unsafeUnwrap());
  }
  return book;
}

/** A book: empty, the sample month's, or a list that only looks like one. */
let sample: ReportRecord[] | undefined;

/** The sample month's book, built on first use. */
export function sampleBook(): ReportRecord[] {
  sample ??= makeSampleBook();
  return sample;
}

export const book = fc.oneof(
  fc.constant([] as ReportRecord[]),
  fc.constant(null).map(() => sampleBook()),
  fc.constant([{ report: { id: 'x' }, state: 'submitted', history: [] }]),
);

/** A timestamp: right, without an offset, far in the future, or not one. */
const timestamp = fc.oneof(
  recentDate.map((d) => `${d}T08:30:00+07:00`),
  recentDate.map((d) => `${d}T18:30:00Z`),
  fc.constantFrom('2025-02-14T08:30:00', '9999-12-31T23:00:00Z', '2100-12-31T23:00:00Z'),
  anyDateText,
);

const value = fc.record({
  indicator: fc.constantFrom('vneidInstalls', 'peopleGuided', 'fibreHouseholds', 'nope'),
  place: fc.constantFrom('bon-bu-sir', 'thon-nam-ra', 'dak-nia', 'atlantis'),
  period: fc.constantFrom('2025-01', '2025-02', '2025-13'),
  numerator: fc.oneof(fc.integer({ min: 0, max: 500 }), awkwardNumber),
});

/** A report as written. */
export const reportInput = fc.record(
  {
    id: fc.constantFrom('r1', 'r2', 'village-heads/bon-bu-sir/2025-01'),
    kind: fc.constantFrom('periodic', 'adHoc', 'weekly'),
    period: fc.constantFrom('2025-01', '2025-02', '2026-W05', '2025-13'),
    request: fc.record({
      id: fc.constant('rq-1'),
      title: fc.constant({ vi: 'Báo cáo nhanh', en: 'Quick report' }),
      requestedOn: recentDate,
      due: recentDate,
    }),
    from: seatId,
    holder: fc.constantFrom('y-bri', 'quan-thi-ngoc', 'nobody'),
    to: fc.oneof(seatId, fc.constantFrom('dak-nia-pc', 'nowhere')),
    values: fc.array(value, { maxLength: 4 }),
    activities: fc.dictionary(fc.constantFrom('vneid', 'bogus'), fc.integer({ min: -1, max: 50 })),
    results: fc.array(fc.oneof(nfdText, fc.string()), { maxLength: 2 }),
    submittedAt: timestamp,
  },
  { requiredKeys: ['id', 'kind', 'from', 'submittedAt'] },
);

/** One record: from the sample book (any of them), or a bogus one. */
const record = fc.oneof(
  fc.nat({ max: 20 }).map((i) => {
    const all = sampleBook();
    return all[i % all.length];
  }),
  fc.constant({ report: { id: 'x' }, state: 'submitted', history: [] }),
  hostile,
);

/** What a report key is made of: right, with `%` and `@` in ids, or wrong. */
const keyParts = fc.oneof(
  record.map((r) => (r as ReportRecord | undefined)?.report),
  fc.record({
    from: fc.oneof(seatId, fc.constant('a@b%40')),
    kind: fc.constantFrom('periodic', 'adHoc', 'weekly'),
    period: fc.constantFrom('2025-01', '2025-13', '2026-W05'),
    request: fc.record({ id: fc.constantFrom('rq@1', '%', '') }),
  }),
  hostile,
);

const review = fc.record(
  {
    action: fc.constantFrom('accept', 'return', 'delete'),
    at: timestamp,
    by: fc.oneof(seatId, fc.constant('dak-nia-pc')),
    comment: fc.oneof(fc.constant('  '), fc.constant('Thiếu số liệu'), nfdText),
  },
  { requiredKeys: ['action', 'at', 'by'] },
);

const scheduleOptions = fc.record(
  {
    schedule: fc.oneof(
      fc.constant(MONTHLY_REPORTING_SCHEDULE),
      fc.constant([
        {
          id: 'slow',
          name: { vi: 'Chậm', en: 'Slow' },
          senders: 'members',
          periodKind: 'month',
          due: { kind: 'workingDaysAfterEnd', days: 5e8 },
        },
      ]),
      hostile,
    ),
  },
  { requiredKeys: [] },
);

const draft = fc.record(
  {
    seat: seatId,
    period,
    submittedAt: timestamp,
    activities: fc.constant(null).map(() => sampleMonth().activities),
    values: fc.constant(null).map(() => sampleMonth().values),
    results: fc.array(nfdText, { maxLength: 2 }),
  },
  { requiredKeys: ['seat', 'period', 'submittedAt', 'activities'] },
);

/** The fuzz specs of the reports module's exports. */
export const specs: Specs = {
  consolidateReports: { args: args(book, team, draft) },
  dakNiaJanuary2025: { args: fc.constant([]) },
  draftMemberReport: { args: args(team, draft) },
  expectedReports: { args: args(team, period, scheduleOptions) },
  nextApprovalState: {
    args: args(
      fc.constantFrom('submitted', 'accepted', 'returned', 'archived'),
      fc.constantFrom('resubmit', 'accept', 'return', 'delete'),
    ),
  },
  reportingRuleOf: {
    args: args(
      fc.constant(MONTHLY_REPORTING_SCHEDULE),
      oneOfLazy(() => sampleTeam().seats),
      fc.constantFrom('month', 'quarter', 'day'),
    ),
  },
  reportingStatus: {
    args: args(
      book,
      team,
      fc.record(
        { period, to: seatId, role: fc.constantFrom('leader', 'deputy', 'member', 'boss') },
        { requiredKeys: ['period'] },
      ),
    ),
  },
  reportKey: { args: args(keyParts) },
  reviewersOf: {
    args: args(
      team,
      record.map((r) => (r as ReportRecord | undefined)?.report),
      fc.oneof(recentDate, anyDateText),
    ),
  },
  reviewReport: {
    args: args(
      book,
      fc.constantFrom('r1', 'village-heads/bon-bu-sir/2025-01', 'ghost'),
      review,
      fc.record({ team }),
    ),
  },
  reviewReportRecord: { args: args(record, review, fc.record({ team })) },
  submitReportRecord: {
    args: args(fc.oneof(fc.constant(undefined), record), reportInput, fc.record({ team })),
    contract: 'reader',
  },
  submitReport: {
    args: args(book, reportInput, fc.record({ team })),
    contract: 'reader',
  },
};
