// The problems of the calendar module. Each is declared with defineProblem and raised with raise().
import { defineProblem } from '../problem.js';

export const invalidDate = defineProblem({
  code: 'invalid_date',
  severity: 'error',
  summary: {
    vi: 'Một ngày không viết dạng YYYY-MM-DD hoặc không có thật (30/2, 31/4 …).',
    en: 'A date not written YYYY-MM-DD, or a day that does not exist (30 February, 31 April …).',
  },
  example: { input: '"2026-02-30"' },
  vi: (p: { input: string }) =>
    `${p.input} không phải ngày hợp lệ: cần ngày có thật, viết dạng YYYY-MM-DD (ví dụ 2026-02-28).`,
  en: (p) =>
    `${p.input} is not a valid date: a real day written YYYY-MM-DD is needed (e.g. 2026-02-28).`,
});

export const dateOutOfRange = defineProblem({
  code: 'date_out_of_range',
  severity: 'error',
  summary: {
    vi: 'Một ngày nằm ngoài khoảng thư viện hỗ trợ (1/1/1900 – 31/12/2100).',
    en: 'A date outside the range the library supports (1 January 1900 – 31 December 2100).',
  },
  example: { input: '"2101-01-01"', start: '1900-01-01', end: '2100-12-31' },
  vi: (p: { input: string; start: string; end: string }) =>
    `Ngày ${p.input} nằm ngoài khoảng thư viện hỗ trợ (${p.start} đến ${p.end}).`,
  en: (p) => `Date ${p.input} is outside the range the library supports (${p.start} to ${p.end}).`,
});

export const invalidTimestamp = defineProblem({
  code: 'invalid_timestamp',
  severity: 'error',
  summary: {
    vi: 'Một thời điểm không viết theo ISO 8601 có múi giờ.',
    en: 'A timestamp not written in ISO 8601 with an offset.',
  },
  example: { input: '"2025-02-17T18:30:00"' },
  vi: (p: { input: string }) =>
    `${p.input} không phải thời điểm ISO 8601 có múi giờ (ví dụ 2025-02-14T08:30:00+07:00).`,
  en: (p) =>
    `${p.input} is not an ISO 8601 timestamp with an offset (e.g. 2025-02-14T08:30:00+07:00).`,
});
