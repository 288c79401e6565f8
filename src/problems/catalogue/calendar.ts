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

/** Why a period id is not valid, as {@link invalidPeriod} says it. */
export type PeriodIdFault =
  | 'empty'
  | 'year'
  | 'suffix'
  | 'month'
  | 'letterCase'
  | 'quarter'
  | 'half'
  | 'week'
  | 'weekOfYear'
  | 'unknown';

const PERIOD_FAULTS: Record<PeriodIdFault, { vi: string; en: string }> = {
  empty: { vi: 'mã kỳ trống hoặc có khoảng trắng', en: 'it is empty or has spaces' },
  year: { vi: 'năm phải có đúng 4 chữ số', en: 'the year must have exactly 4 digits' },
  suffix: { vi: 'thiếu phần sau dấu "-"', en: 'nothing follows the "-"' },
  month: {
    vi: 'tháng phải từ 01 đến 12, viết 2 chữ số',
    en: 'the month must be 01 to 12, in 2 digits',
  },
  letterCase: { vi: 'chữ Q, H, W phải viết hoa', en: 'Q, H and W must be upper case' },
  quarter: { vi: 'quý phải từ Q1 đến Q4', en: 'the quarter must be Q1 to Q4' },
  half: { vi: 'nửa năm phải là H1 hoặc H2', en: 'the half must be H1 or H2' },
  week: { vi: 'tuần phải viết 2 chữ số, từ W01', en: 'the week must have 2 digits, from W01' },
  weekOfYear: { vi: 'năm này không có tuần đó', en: 'that year has no such week' },
  unknown: {
    vi: 'không phải tháng, quý, nửa năm hay tuần',
    en: 'it is not a month, quarter, half or week',
  },
};

export const invalidPeriod = defineProblem({
  code: 'invalid_period',
  severity: 'error',
  summary: {
    vi: 'Một mã kỳ báo cáo không đúng dạng (2026-10, 2026-Q4, 2026-H2, 2026, 2026-W48).',
    en: 'A reporting period id not in the accepted forms (2026-10, 2026-Q4, 2026-H2, 2026, 2026-W48).',
  },
  example: { input: '"2026-13"', fault: 'month' as PeriodIdFault },
  vi: (p: { input: string; fault: PeriodIdFault }) =>
    `Kỳ ${p.input} không hợp lệ: ${PERIOD_FAULTS[p.fault].vi}. Dạng đúng: 2026-10 (tháng), 2026-Q4 (quý), 2026-H2 (6 tháng), 2026 (năm), 2026-W48 (tuần).`,
  en: (p) =>
    `Period ${p.input} is not valid: ${PERIOD_FAULTS[p.fault].en}. Accepted: 2026-10 (month), 2026-Q4 (quarter), 2026-H2 (half year), 2026 (year), 2026-W48 (ISO week).`,
});
