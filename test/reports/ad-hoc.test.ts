import { describe, expect, it } from 'vitest';
import {
  type ReportInput,
  type ReportRecord,
  reportingStatus,
  submitReport,
} from '../../src/index.js';
import { dakNia2022Team } from '../../src/samples/index.js';
import { vneidRequest } from './fixtures.js';

const team = dakNia2022Team();
const request = vneidRequest;

function answer(id: string, from: string, submittedAt: string): ReportInput {
  return { id, kind: 'adHoc', request, from, submittedAt, values: [] };
}

describe('reportingStatus of an ad-hoc request', () => {
  it('counts the answers to the request by its due date, apart from periodic reports', () => {
    let book: ReportRecord[] = [];
    for (const input of [
      answer('a1', 'deputies/farmers', '2025-01-21T10:00:00+07:00'),
      answer('a2', 'deputies/womens-union', '2025-01-23T08:00:00+07:00'),
      // Sent on 22/1 in Vietnam (23:30 on 21/1 UTC is 06:30 on 22/1 at UTC+7): on time.
      answer('a3', 'deputies/youth-union', '2025-01-21T23:30:00Z'),
    ]) {
      book = submitReport(book, input, { team })._unsafeUnwrap();
    }
    book = submitReport(
      book,
      {
        id: 'p1',
        kind: 'periodic',
        period: '2024-12',
        from: 'deputies/veterans',
        submittedAt: '2025-01-21T09:00:00+07:00',
        values: [],
      },
      { team },
    )._unsafeUnwrap();
    const status = reportingStatus(book, team, { request });
    expect(status).toMatchObject({
      request: 'cv-12',
      expected: 4,
      received: 3,
      onTime: 2,
      late: ['deputies/womens-union'],
      missing: ['deputies/veterans'],
      completeness: 75,
      timeliness: 50,
    });
    expect(status.period).toBeUndefined();
    // Another request's answers are not counted.
    expect(reportingStatus(book, team, { request: { ...request, id: 'cv-13' } }).received).toBe(0);
  });

  it('needs exactly one of a period and a request', () => {
    expect(() => reportingStatus([], team, {} as never)).toThrow(TypeError);
    expect(() =>
      reportingStatus([], team, {
        request,
        period: { kind: 'month', year: 2025, index: 1 },
      } as never),
    ).toThrow(TypeError);
  });
});
