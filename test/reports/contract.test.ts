/**
 * The input contract of the reports module: English no longer leaks into `message.vi`, every
 * problem of a submission is found at once, typed functions check their arguments, and the
 * book's index answers as a scan of the book would.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  expectedReports,
  InvalidArgumentError,
  MONTHLY_REPORTING_SCHEDULE,
  nextApprovalState,
  parseWithSchema,
  ReportingRuleSchema,
  type ReportRecord,
  ReportSchema,
  reportingStatus,
  reviewReport,
  submitReport,
} from '../../src/index.js';
import { keyOfReport, positionOfId, positionOfKey } from '../../src/reports/book.js';
import { dakNia2022Team } from '../../src/samples/index.js';

const team = dakNia2022Team();

function report(extra: Record<string, unknown> = {}) {
  return {
    id: 'r1',
    kind: 'periodic',
    period: '2025-01',
    from: 'village-heads/bon-bu-sir',
    submittedAt: '2025-02-14T08:30:00+07:00',
    ...extra,
  };
}

describe('the report schema speaks Vietnamese (issue: English in message.vi)', () => {
  it('says that a periodic report needs a period, with a registered code', () => {
    const [problem] = parseWithSchema(
      ReportSchema,
      report({ period: undefined }),
    )._unsafeUnwrapErr();
    expect(problem).toMatchObject({
      code: 'missing_period',
      path: ['period'],
      message: {
        vi: 'Báo cáo định kỳ phải ghi kỳ báo cáo, ví dụ 2025-01 (tháng 1 năm 2025).',
        en: 'A periodic report must give its period, e.g. 2025-01 (January 2025).',
      },
    });
  });
  it('says that an ad-hoc report needs a request, with a registered code', () => {
    const [problem] = parseWithSchema(
      ReportSchema,
      report({ kind: 'adHoc', period: undefined }),
    )._unsafeUnwrapErr();
    expect(problem).toMatchObject({ code: 'missing_request', path: ['request'] });
    expect(problem?.message.vi).toBe(
      'Báo cáo đột xuất phải ghi yêu cầu mà nó trả lời: mã, nội dung, ngày yêu cầu và hạn trả lời.',
    );
  });
  it('says which period is not valid in Vietnamese', () => {
    const [problem] = parseWithSchema(
      ReportSchema,
      report({ period: '2025-13' }),
    )._unsafeUnwrapErr();
    expect(problem?.path).toEqual(['period']);
    expect(problem?.message.vi).not.toMatch(/invalid|period id/u);
  });
  it('refuses a request due before it was made, and a timestamp past 2100', () => {
    const request = {
      id: 'q',
      title: { vi: 'Hỏi', en: 'Ask' },
      requestedOn: '2025-03-10',
      due: '2025-03-01',
    };
    expect(
      parseWithSchema(ReportSchema, report({ kind: 'adHoc', request }))._unsafeUnwrapErr()[0],
    ).toMatchObject({ code: 'due_before_request', path: ['request', 'due'] });
    expect(
      parseWithSchema(
        ReportSchema,
        report({ submittedAt: '2100-12-31T23:00:00Z' }),
      )._unsafeUnwrapErr()[0],
    ).toMatchObject({ code: 'date_out_of_range', path: ['submittedAt'] });
  });
  it('bounds the day counts of a reporting schedule (issue: days: 5e8)', () => {
    const rule = {
      id: 'x',
      name: { vi: 'X', en: 'X' },
      senders: 'members',
      periodKind: 'month',
      due: { kind: 'workingDaysAfterEnd', days: 5e8 },
    };
    expect(parseWithSchema(ReportingRuleSchema, rule)._unsafeUnwrapErr()).toEqual([
      expect.objectContaining({ code: 'too_big', path: ['due', 'days'] }),
    ]);
    const late = { ...rule, due: { kind: 'workingDaysAfterEnd', days: 2000 } };
    expect(parseWithSchema(ReportingRuleSchema, late)._unsafeUnwrapErr()).toEqual([
      expect.objectContaining({
        code: 'due_too_late',
        path: ['due', 'days'],
        params: { days: 2000, maximum: 1830 },
      }),
    ]);
    expect(() =>
      expectedReports(team, { kind: 'month', year: 2025, index: 1 }, { schedule: [rule] as never }),
    ).toThrow(InvalidArgumentError);
  });
});

describe('submitReport finds every problem at once', () => {
  it('checks the sender and values even when the timestamp is wrong', () => {
    const result = submitReport(
      [],
      report({
        from: 'ghost',
        submittedAt: '2025-02-14T08:30:00',
        values: [{ indicator: 'nope', place: 'bon-bu-sir', period: '2025-01', numerator: 1 }],
      }),
      { team },
    );
    expect(result._unsafeUnwrapErr().map((p) => [p.code, p.path])).toEqual([
      ['invalid_timestamp', ['submittedAt']],
      ['unknown_seat', ['from']],
      ['unknown_indicator', ['values', 0, 'indicator']],
    ]);
  });
  it('names the seat and the holder as people say them', () => {
    const [problem] = submitReport([], report({ holder: 'quan-thi-ngoc' }), {
      team,
    })._unsafeUnwrapErr();
    expect(problem?.message.vi).toBe(
      'Ngày 14/2/2025, Tổ viên — bon Bu Sir (village-heads/bon-bu-sir) do Điểu Bri (y-bri) giữ, không phải "quan-thi-ngoc".',
    );
  });
  it('refuses an id another report of the book already has', () => {
    const book = submitReport([], report(), { team })._unsafeUnwrap();
    expect(
      submitReport(book, report({ from: 'village-heads/thon-nam-da' }), {
        team,
      })._unsafeUnwrapErr(),
    ).toEqual([expect.objectContaining({ code: 'duplicate_report', path: ['id'] })]);
  });
  it('never throws, whatever the value, and checks its book and options', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBigInt: true }), (value) => {
        submitReport([], value, { team });
        submitReport(value as never, report(), { team });
        submitReport([], report(), value as never);
      }),
      { numRuns: 150 },
    );
    expect(submitReport([], report(), undefined as never)._unsafeUnwrapErr()[0]?.code).toBe(
      'invalid_argument',
    );
  });
});

describe('typed functions check their arguments', () => {
  it('answers nextApprovalState with an invalid_argument problem for unknown names', () => {
    expect(nextApprovalState('archived' as never, 'accept')._unsafeUnwrapErr().code).toBe(
      'invalid_argument',
    );
    expect(nextApprovalState('accepted', 'resubmit')._unsafeUnwrapErr().message.vi).toBe(
      'Báo cáo đã được chấp nhận và khóa: không thể thay đổi.',
    );
  });
  it('refuses periods that are not periods', () => {
    for (const period of [
      { kind: 'month', year: 2025, index: 13 },
      { kind: 'day', year: 2025, index: 1 },
      { kind: 'month', year: 9999, index: 1 },
      null,
    ]) {
      expect(() => reportingStatus([], team, { period } as never)).toThrow(InvalidArgumentError);
      expect(() => expectedReports(team, period as never)).toThrow(InvalidArgumentError);
    }
  });
  it('gives copies: changing an expected report changes nothing in the schedule', () => {
    const [first] = expectedReports(team, { kind: 'month', year: 2025, index: 1 });
    expect(first?.rule).not.toBe(MONTHLY_REPORTING_SCHEDULE[0]);
    expect(Object.isFrozen(MONTHLY_REPORTING_SCHEDULE[0])).toBe(true);
  });
});

describe('the book index', () => {
  const seats = [
    'village-heads/bon-bu-sir',
    'village-heads/thon-nam-da',
    'village-heads/thon-nam-ra',
  ];
  type Step =
    | { kind: 'submit'; seat: number; month: number; id: number; from: number }
    | { kind: 'review'; id: number; action: 'accept' | 'return'; from: number };
  const step: fc.Arbitrary<Step> = fc.oneof(
    fc.record({
      kind: fc.constant('submit' as const),
      seat: fc.integer({ min: 0, max: 2 }),
      month: fc.integer({ min: 1, max: 3 }),
      id: fc.integer({ min: 0, max: 6 }),
      from: fc.nat(),
    }),
    fc.record({
      kind: fc.constant('review' as const),
      id: fc.integer({ min: 0, max: 6 }),
      action: fc.constantFrom('accept' as const, 'return' as const),
      from: fc.nat(),
    }),
  );

  it('finds reports by key and id as a scan of the book does, across forks of the book', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        const books: ReportRecord[][] = [[]];
        for (const s of steps) {
          // Each step starts from any earlier book: books fork, as when an app keeps old ones.
          const base = books[s.from % books.length] ?? [];
          const next =
            s.kind === 'submit'
              ? submitReport(
                  base,
                  report({
                    id: `r${s.id}`,
                    from: seats[s.seat],
                    period: `2025-0${s.month}`,
                    submittedAt: '2025-04-20T08:00:00+07:00',
                  }),
                  { team },
                )
              : reviewReport(
                  base,
                  `r${s.id}`,
                  {
                    action: s.action,
                    at: '2025-04-21T08:00:00+07:00',
                    by: base.find((r) => r.report.id === `r${s.id}`)?.report.to ?? 'x',
                    comment: 'Bổ sung số liệu',
                  },
                  { team },
                );
          if (next.isOk()) books.push(next.value);
        }
        for (const book of books) {
          book.forEach((record, i) => {
            expect(positionOfKey(book, keyOfReport(record.report))).toBe(
              book.findIndex((r) => keyOfReport(r.report) === keyOfReport(record.report)),
            );
            expect(positionOfId(book, record.report.id)).toBe(
              book.findIndex((r) => r.report.id === record.report.id),
            );
            expect(i).toBeGreaterThanOrEqual(0);
          });
          expect(positionOfId(book, 'never')).toBeUndefined();
        }
      }),
      { numRuns: 150 },
    );
  });

  it('keeps each report id once among the current versions of a book', () => {
    const book = submitReport([], report(), { team })._unsafeUnwrap();
    const again = submitReport(book, report({ id: 'r1-v2' }), { team })._unsafeUnwrap();
    expect(again.map((r) => r.report.id)).toEqual(['r1-v2']);
    expect(positionOfId(again, 'r1')).toBeUndefined();
    expect(positionOfId(book, 'r1')).toBe(0);
    expect(
      reviewReport(
        again,
        'r1',
        {
          action: 'accept',
          at: '2025-02-15T08:00:00+07:00',
          by: 'deputies/farmers',
        },
        { team },
      )._unsafeUnwrapErr().code,
    ).toBe('unknown_report');
  });
});
