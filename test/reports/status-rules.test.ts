import { describe, expect, it } from 'vitest';
import {
  type ReportInput,
  type ReportRecord,
  reportingStatus,
  reviewReport,
  submitReport,
} from '../../src/index.js';
import { dakNia2022Team } from '../../src/samples/index.js';
import { thrown } from '../support/thrown.js';
import { vneidRequest } from './fixtures.js';

const team = dakNia2022Team();
const january = { kind: 'month', year: 2025, index: 1 } as const;
const february = { kind: 'month', year: 2025, index: 2 } as const;
const request = vneidRequest;

function periodic(from: string, period: string, submittedAt: string): ReportInput {
  return { id: `${from}@${period}`, kind: 'periodic', period, from, submittedAt, values: [] };
}

function bookOf(...inputs: ReportInput[]): ReportRecord[] {
  let book: ReportRecord[] = [];
  for (const input of inputs) book = submitReport(book, input, { team })._unsafeUnwrap();
  return book;
}

const BU_SIR = 'village-heads/bon-bu-sir';
const PHAI_KOL = 'village-heads/bon-phai-kol-pru-dang';
const toFarmers = (period: typeof january | typeof february) =>
  ({ period, to: 'deputies/farmers' }) as const;

describe('reportingStatus counts only what answers the period or the request', () => {
  it('goes by the kind of report, whatever else a report names', () => {
    // An ad-hoc answer that also names January, and a periodic report that also names the request.
    const book = bookOf(
      {
        ...periodic(BU_SIR, '2025-01', '2025-01-21T08:00:00+07:00'),
        id: 'a1',
        kind: 'adHoc',
        request,
      },
      { ...periodic('deputies/farmers', '2024-12', '2025-01-21T09:00:00+07:00'), request },
    );
    expect(reportingStatus(book, team, toFarmers(january)).received).toBe(0);
    expect(reportingStatus(book, team, { request }).received).toBe(0);
  });

  it("counts a month's periodic reports, not another month's, nor an ad-hoc answer", () => {
    const book = bookOf(
      periodic(BU_SIR, '2025-02', '2025-03-10T08:00:00+07:00'),
      periodic(PHAI_KOL, '2025-01', '2025-02-14T08:00:00+07:00'),
      {
        ...periodic(BU_SIR, 'x', '2025-01-21T08:00:00+07:00'),
        id: 'a1',
        kind: 'adHoc',
        request,
        period: undefined,
      },
    );
    expect(reportingStatus(book, team, toFarmers(january))).toMatchObject({
      received: 1,
      missing: [BU_SIR],
    });
    expect(reportingStatus(book, team, toFarmers(february))).toMatchObject({
      received: 1,
      missing: [PHAI_KOL],
    });
  });
});

describe('reportingStatus judges timeliness by the first submission', () => {
  // January's reports are due on 17/2/2025 under the monthly schedule.
  const returnedThenResubmitted = (firstAt: string, againAt: string) => {
    const sent = bookOf(periodic(BU_SIR, '2025-01', firstAt));
    const returned = reviewReport(
      sent,
      `${BU_SIR}@2025-01`,
      { action: 'return', at: againAt, by: 'deputies/farmers', comment: 'Thiếu số liệu' },
      { team },
    )._unsafeUnwrap();
    return submitReport(returned, periodic(BU_SIR, '2025-01', againAt), { team })._unsafeUnwrap();
  };

  it('keeps a report first sent on time on time when it is resubmitted after the due date', () => {
    const book = returnedThenResubmitted('2025-02-14T08:00:00+07:00', '2025-02-20T08:00:00+07:00');
    expect(book[0]?.report.submittedAt).toBe('2025-02-20T08:00:00+07:00');
    expect(reportingStatus(book, team, toFarmers(january))).toMatchObject({
      received: 1,
      onTime: 1,
      late: [],
    });
  });

  it('keeps a report first sent late late, whenever it is resubmitted', () => {
    const book = returnedThenResubmitted('2025-02-18T08:00:00+07:00', '2025-02-19T08:00:00+07:00');
    expect(reportingStatus(book, team, toFarmers(january))).toMatchObject({
      received: 1,
      onTime: 0,
      late: [BU_SIR],
    });
  });

  it('uses the time the report was sent when a stored record has no history', () => {
    const [record] = bookOf(periodic(BU_SIR, '2025-01', '2025-02-18T08:00:00+07:00'));
    if (!record) throw new Error('no record');
    const book = [{ ...record, history: [] }];
    expect(reportingStatus(book, team, toFarmers(january))).toMatchObject({
      received: 1,
      late: [BU_SIR],
    });
  });
});

describe('reportingStatus names the receiver and the level only when asked', () => {
  it('has `to` and `role` keys exactly when they were given', () => {
    const keys = (options: Parameters<typeof reportingStatus>[2]) =>
      Object.keys(reportingStatus([], team, options)).sort();
    const base = [
      'completeness',
      'expected',
      'late',
      'missing',
      'onTime',
      'period',
      'received',
      'timeliness',
    ];
    expect(keys({ period: january })).toEqual(base);
    expect(keys({ period: january, to: 'deputies/farmers' })).toEqual([...base, 'to'].sort());
    expect(keys({ period: january, role: 'member' })).toEqual([...base, 'role'].sort());
    expect(reportingStatus([], team, { period: january, role: 'deputy' }).role).toBe('deputy');
  });
});

describe('reportingStatus reports each bad argument under its own name', () => {
  const call = (book: unknown, t: unknown, options: unknown) => () =>
    reportingStatus(book as never, t as never, options as never);

  it.each([
    ['team', call([], { ...team, seats: 'none' }, { period: january })],
    ['options', call([], team, 'January')],
    ['options.period', call([], team, { period: { kind: 'month', year: 2025, index: 13 } })],
    ['options.request', call([], team, { request: { id: 'cv-12' } })],
    ['options.to', call([], team, { period: january, to: 42 })],
    ['options.role', call([], team, { period: january, role: 'chief' })],
  ])('%s', (argument, run) => {
    const error = thrown(run);
    expect(error.argument).toBe(argument);
    expect(error.problem.params.argument).toBe(argument);
  });

  it('says what a request must be, in both languages', () => {
    const { problem } = thrown(call([], team, { request: { id: 'cv-12' } }));
    expect(problem.params.expected).toEqual({
      vi: 'một yêu cầu báo cáo đột xuất (ReportRequestSchema)',
      en: 'an ad-hoc request (ReportRequestSchema)',
    });
  });

  it('asks for exactly one of a period and a request, in both languages', () => {
    for (const options of [{}, { period: january, request }]) {
      const { argument, problem } = thrown(call([], team, options));
      expect(argument).toBe('options');
      expect(problem.params.expected).toEqual({
        vi: 'một kỳ (`period`) hoặc một yêu cầu đột xuất (`request`), đúng một trong hai',
        en: 'a period (`period`) or an ad-hoc request (`request`): exactly one of them',
      });
      expect(problem.message.vi).toContain('đúng một trong hai');
      expect(problem.message.en).toContain('exactly one of them');
    }
  });
});
