/**
 * The cost of the work, reports and render operations grows as n log n at most: each is timed at
 * n and 4n (the best of several runs, the machine being shared) and fails only when the ratio is
 * clearly worse — n log n gives about 4.5, n² gives 16; the bar is 10.
 */
import { describe, expect, it, vi } from 'vitest';
import { renderReportCsv } from '../../src/csv/index.js';
import {
  activityValues,
  consolidateReports,
  expectedReports,
  followUp,
  type Plan,
  PlanSchema,
  parseActivities,
  parsePlan,
  type Report,
  type ReportRecord,
  ReportRequestSchema,
  ReportSchema,
  renderCommuneReport,
  renderGroupMessage,
  renderReportMarkdown,
  reportingStatus,
  submitReport,
  type Team,
} from '../../src/index.js';
import { growthRatio, LIMIT } from './growth.js';
import {
  bigActivities,
  bigBook,
  bigPlan,
  bigTeam,
  syntheticBook,
  villageReport,
} from './work-data.js';

const ratio = growthRatio;

const BAR = LIMIT;

vi.setConfig({ testTimeout: 60_000 });
const month = { kind: 'month', year: 2025, index: 1 } as const;

const teams = new Map<number, Team>();
/** A team of n villages, built once per size. */
function team(n: number): Team {
  let made = teams.get(n);
  if (made === undefined) {
    made = bigTeam(n);
    teams.set(n, made);
  }
  return made;
}

/** An operation run `times` times, so that a fast one takes long enough to time. */
function repeated(times: number, run: () => unknown): () => void {
  return () => {
    for (let i = 0; i < times; i += 1) run();
  };
}

describe('work', () => {
  it('parsePlan is O(n log n) in the tasks', () => {
    const t = team(200);
    const at = (n: number) => {
      const input = bigPlan(n, 200);
      return () => parsePlan(input, t);
    };
    expect(ratio(at, 500)).toBeLessThan(BAR);
  });

  it('parsePlan is O(n log n) when the team and the plan grow together', () => {
    const at = (n: number) => {
      const t = team(n);
      const input = bigPlan(n, n);
      return () => parsePlan(input, t);
    };
    expect(ratio(at, 500)).toBeLessThan(BAR);
  });

  it('followUp is O(n log n) in the tasks and seats', () => {
    const at = (n: number) => {
      const t = team(n);
      const plan: Plan = PlanSchema.parse(bigPlan(n, n));
      return () => followUp(t, plan, { asOf: '2025-03-10' });
    };
    expect(ratio(at, 500)).toBeLessThan(BAR);
  });

  it('activityValues is O(n log n) in the records', () => {
    const t = team(200);
    // Few villages, many records each: a list copied for each record would show as n².
    const at = (n: number) => {
      const records = bigActivities(n, 10);
      return repeated(6, () => activityValues(records, t, month));
    };
    expect(ratio(at, 16_000)).toBeLessThan(BAR);
  });

  it('parseActivities is O(n log n) in the records', () => {
    const t = team(200);
    const at = (n: number) => {
      const records = bigActivities(n, 200);
      return () => parseActivities(records, t);
    };
    expect(ratio(at, 2000, 3)).toBeLessThan(BAR);
  });
});

describe('reports', () => {
  it('submitReport into a book of n costs O(n log n) or better', () => {
    const t = team(100);
    const at = (n: number) => {
      let book: ReportRecord[] = syntheticBook(t, n, 100);
      let month = 200;
      return () => {
        for (let i = 0; i < 20; i += 1) {
          book = submitReport(book, villageReport(i, month), { team: t })._unsafeUnwrap();
        }
        month += 1;
      };
    };
    expect(ratio(at, 1000)).toBeLessThan(BAR);
  });

  it('a book of n reports is built by n submissions in O(n log n)', () => {
    const t = team(50);
    expect(ratio((n) => () => bigBook(t, n, 50), 200, 4)).toBeLessThan(BAR);
  });

  /** A team of n villages and a book of one January report from each village head. */
  const sized = (n: number) => {
    const t = team(n);
    const book = syntheticBook(t, n, n).map((r) => ({
      ...r,
      report: { ...r.report, period: '2025-01', id: `${r.report.id}-jan` },
    }));
    submitReport(book, villageReport(0, 200), { team: t });
    return { t, book };
  };

  it('reportingStatus is O(n log n) in seats and reports', () => {
    const at = (n: number) => {
      const { t, book } = sized(n);
      return repeated(5, () => reportingStatus(book, t, { period: month }));
    };
    expect(ratio(at, 1000, 7)).toBeLessThan(BAR);
  });

  it('reportingStatus of an ad-hoc request is O(n log n) in seats and reports', () => {
    const request = ReportRequestSchema.parse({
      id: 'rq',
      title: { vi: 'Báo cáo nhanh', en: 'Quick report' },
      requestedOn: '2025-02-03',
      due: '2025-02-05',
    });
    const at = (n: number) => {
      const { t, book } = sized(n);
      return repeated(30, () => reportingStatus(book, t, { request }));
    };
    expect(ratio(at, 1000, 7)).toBeLessThan(BAR);
  });

  it('expectedReports is O(n log n) in seats', () => {
    const at = (n: number) => {
      const t = team(n);
      return repeated(20, () => expectedReports(t, month));
    };
    expect(ratio(at, 1000, 7)).toBeLessThan(BAR);
  });

  it('consolidateReports is O(n log n) in seats and reports', () => {
    const at = (n: number) => {
      const { t, book } = sized(n);
      return repeated(5, () =>
        consolidateReports(book, t, {
          seat: 'deputies/farmers',
          period: month,
          submittedAt: '2025-02-18T08:00:00+07:00',
        }),
      );
    };
    expect(ratio(at, 1000, 7)).toBeLessThan(BAR);
  });
});

describe('render', () => {
  /** A report of the leader naming n seats as missing, with a value for each of n villages. */
  function leaderReport(n: number): Report {
    const seats = Array.from({ length: n }, (_, i) => `village-heads/v${i}`);
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
          expected: n,
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

  it('renderGroupMessage is O(n log n) in the villages and seats', () => {
    const at = (n: number) => {
      const t = team(n);
      const report = leaderReport(n);
      return () => renderGroupMessage(t, report, { maxLength: 1_000_000 });
    };
    expect(ratio(at, 250, 3)).toBeLessThan(BAR);
  });

  /** {@link leaderReport} with a result, an obstacle and a proposal from each village. */
  function notedReport(n: number): Report {
    const notes = Array.from({ length: n }, (_, i) => ({
      text: `Kết quả | của thôn ${i}`,
      from: `village-heads/v${i}`,
      place: `v${i}`,
    }));
    return ReportSchema.parse({
      ...leaderReport(n),
      results: notes,
      obstacles: notes,
      proposals: notes,
    });
  }

  it('renderReportMarkdown is O(n log n) in the villages and notes', () => {
    const at = (n: number) => {
      const t = team(n);
      const report = notedReport(n);
      return () => renderReportMarkdown(t, report);
    };
    expect(ratio(at, 250, 3)).toBeLessThan(BAR);
  });

  it('renderCommuneReport is O(n log n) in the villages and notes', () => {
    const at = (n: number) => {
      const t = team(n);
      const report = notedReport(n);
      return () => renderCommuneReport(t, report, { number: 5 });
    };
    expect(ratio(at, 250, 3)).toBeLessThan(BAR);
  });

  it('renderReportCsv is O(n log n) in the villages', () => {
    const at = (n: number) => {
      const t = team(n);
      const report = leaderReport(n);
      return () => renderReportCsv(t, report);
    };
    expect(ratio(at, 250, 3)).toBeLessThan(BAR);
  });
});
