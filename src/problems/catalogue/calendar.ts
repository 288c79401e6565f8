// The problems of the calendar module. Each is declared with defineProblem and raised with raise().
import type { Label } from '../../text/label.js';
import { defineProblem } from '../problem.js';

export const invalidDate = /* @__PURE__ */ defineProblem('invalid_date', 'error', () => ({
  summary: {
    vi: 'Một ngày không viết dạng YYYY-MM-DD hoặc không có thật (30/2, 31/4 …).',
    en: 'A date not written YYYY-MM-DD, or a day that does not exist (30 February, 31 April …).',
  },
  example: { input: '"2026-02-30"' },
  vi: (p: { input: string }) =>
    `${p.input} không phải ngày hợp lệ: cần ngày có thật, viết dạng YYYY-MM-DD (ví dụ 2026-02-28).`,
  en: (p) =>
    `${p.input} is not a valid date: a real day written YYYY-MM-DD is needed (e.g. 2026-02-28).`,
}));

export const dateOutOfRange = /* @__PURE__ */ defineProblem('date_out_of_range', 'error', () => ({
  summary: {
    vi: 'Một ngày nằm ngoài khoảng thư viện hỗ trợ (1/1/1900 – 31/12/2100).',
    en: 'A date outside the range the library supports (1 January 1900 – 31 December 2100).',
  },
  example: { input: '"2101-01-01"', start: '1900-01-01', end: '2100-12-31' },
  vi: (p: { input: string; start: string; end: string }) =>
    `Ngày ${p.input} nằm ngoài khoảng thư viện hỗ trợ (${p.start} đến ${p.end}).`,
  en: (p) => `Date ${p.input} is outside the range the library supports (${p.start} to ${p.end}).`,
}));

export const invalidTimestamp = /* @__PURE__ */ defineProblem('invalid_timestamp', 'error', () => ({
  summary: {
    vi: 'Một thời điểm không viết theo ISO 8601 có múi giờ.',
    en: 'A timestamp not written in ISO 8601 with an offset.',
  },
  example: { input: '"2025-02-17T18:30:00"' },
  vi: (p: { input: string }) =>
    `${p.input} không phải thời điểm ISO 8601 có múi giờ (ví dụ 2025-02-14T08:30:00+07:00).`,
  en: (p) =>
    `${p.input} is not an ISO 8601 timestamp with an offset (e.g. 2025-02-14T08:30:00+07:00).`,
}));

/**
 * Why a period id is not valid (the `fault` of an `invalid_period` problem): not text, empty or
 * with spaces, the year, a period outside 1900–2100, nothing after "-", the month, the letter
 * case of Q/H/W, the quarter, the half, the week's digits, a week the year does not have, or an
 * unknown suffix.
 *
 * @category Calendar
 */
export type PeriodIdFault =
  | 'notText'
  | 'empty'
  | 'year'
  | 'range'
  | 'suffix'
  | 'month'
  | 'letterCase'
  | 'quarter'
  | 'half'
  | 'week'
  | 'weekOfYear'
  | 'unknown';

/**
 * The parameters of an `invalid_period` problem.
 *
 * @category Calendar
 */
export type InvalidPeriodParams = {
  /** An excerpt of what was given. */
  readonly input: string;
  /** What is wrong with it. */
  readonly fault: PeriodIdFault;
  /** For `weekOfYear`: the year. */
  readonly year?: number;
  /** For `weekOfYear`: how many ISO weeks the year has. */
  readonly weeks?: number;
};

const PERIOD_FAULTS: Record<PeriodIdFault, (p: InvalidPeriodParams) => { vi: string; en: string }> =
  {
    notText: () => ({ vi: 'mã kỳ phải là văn bản', en: 'a period id must be text' }),
    empty: () => ({ vi: 'mã kỳ trống hoặc có khoảng trắng', en: 'it is empty or has spaces' }),
    year: () => ({ vi: 'năm phải có đúng 4 chữ số', en: 'the year must have exactly 4 digits' }),
    range: () => ({
      vi: 'kỳ phải nằm trong khoảng thư viện hỗ trợ, từ 1900-01-01 đến 2100-12-31',
      en: 'the period must lie within the range the library supports, 1900-01-01 to 2100-12-31',
    }),
    suffix: () => ({ vi: 'thiếu phần sau dấu "-"', en: 'nothing follows the "-"' }),
    month: () => ({
      vi: 'tháng phải từ 01 đến 12, viết đủ 2 chữ số',
      en: 'the month must be 01 to 12, with exactly 2 digits',
    }),
    letterCase: () => ({ vi: 'chữ Q, H, W phải viết hoa', en: 'Q, H and W must be upper case' }),
    quarter: () => ({ vi: 'quý phải từ Q1 đến Q4', en: 'the quarter must be Q1 to Q4' }),
    half: () => ({ vi: 'nửa năm phải là H1 hoặc H2', en: 'the half must be H1 or H2' }),
    week: () => ({
      vi: 'tuần phải viết đủ 2 chữ số, từ W01',
      en: 'the week must have exactly 2 digits, from W01',
    }),
    weekOfYear: (p) =>
      p.year === undefined || p.weeks === undefined
        ? { vi: 'năm này không có tuần đó', en: 'that year has no such week' }
        : {
            vi: `năm ${p.year} có các tuần W01 đến W${p.weeks}`,
            en: `${p.year} has ISO weeks W01 to W${p.weeks}`,
          },
    unknown: () => ({
      vi: 'không phải tháng, quý, nửa năm hay tuần',
      en: 'it is not a month, quarter, half or week',
    }),
  };

export const invalidPeriod = /* @__PURE__ */ defineProblem('invalid_period', 'error', () => ({
  summary: {
    vi: 'Một mã kỳ báo cáo không đúng dạng (2026-10, 2026-Q4, 2026-H2, 2026, 2026-W48) hoặc ngoài khoảng 1900–2100.',
    en: 'A reporting period id not in the accepted forms (2026-10, 2026-Q4, 2026-H2, 2026, 2026-W48), or outside 1900–2100.',
  },
  example: { input: '"2026-13"', fault: 'month' } as InvalidPeriodParams,
  vi: (p: InvalidPeriodParams) =>
    `Kỳ ${p.input} không hợp lệ: ${PERIOD_FAULTS[p.fault](p).vi}. Dạng đúng: 2026-10 (tháng), 2026-Q4 (quý), 2026-H2 (6 tháng), 2026 (năm), 2026-W48 (tuần).`,
  en: (p) =>
    `Period ${p.input} is not valid: ${PERIOD_FAULTS[p.fault](p).en}. Accepted: 2026-10 (month), 2026-Q4 (quarter), 2026-H2 (half year), 2026 (year), 2026-W48 (ISO week).`,
}));

export const periodNotNested = /* @__PURE__ */ defineProblem('period_not_nested', 'error', () => ({
  summary: {
    vi: 'Không chia được một kỳ thành các kỳ nhỏ hơn của loại đã chọn (tuần ISO không nằm gọn trong tháng, quý, năm; hoặc loại kỳ lớn hơn).',
    en: 'A period cannot be split into periods of the chosen kind (ISO weeks do not fit in months, quarters or years; or the kind is longer).',
  },
  example: {
    periodId: '2026-Q4',
    period: { vi: 'quý IV năm 2026', en: 'Q4 2026' },
    kind: { vi: 'tuần', en: 'week' },
  },
  vi: (p: { periodId: string; period: Label; kind: Label }) =>
    `Không chia được ${p.period.vi} (${p.periodId}) thành các kỳ ${p.kind.vi}: kỳ ${p.kind.vi} không nằm gọn trong kỳ này.`,
  en: (p) =>
    `${p.period.en} (${p.periodId}) cannot be split into periods of a ${p.kind.en}: they do not fit inside it.`,
}));

/** How a holiday rule is named in a message: its name and id, or its id alone. */
export type RuleRef = {
  /** The rule's id. */
  readonly ruleId: string;
  /** The rule's name, when the rule has a readable one. */
  readonly name?: Label;
};

function ruleName(p: RuleRef, language: 'vi' | 'en'): string {
  return p.name === undefined ? `"${p.ruleId}"` : `${p.name[language]} (${p.ruleId})`;
}

export const duplicateHolidayRule = /* @__PURE__ */ defineProblem(
  'duplicate_holiday_rule',
  'error',
  () => ({
    summary: {
      vi: 'Hai quy tắc ngày lễ trong cùng một lịch có cùng mã.',
      en: 'Two holiday rules of one calendar have the same id.',
    },
    example: {
      ruleId: 'new-year',
      name: { vi: 'Tết Dương lịch', en: "New Year's Day" },
    } as RuleRef,
    vi: (p: RuleRef) =>
      `Ngày lễ ${ruleName(p, 'vi')} được khai báo hai lần: mỗi quy tắc cần một mã riêng.`,
    en: (p) => `Holiday ${ruleName(p, 'en')} is declared twice: each rule needs its own id.`,
  }),
);

/** The parameters of {@link unknownHolidayRule}. */
export type UnknownRuleParams = {
  /** The rule id the schedule names. */
  readonly ruleId: string;
  /** The schedule's year. */
  readonly year: number;
  /** The schedule's document, when it has one. */
  readonly document?: string;
};

export const unknownHolidayRule = /* @__PURE__ */ defineProblem(
  'unknown_holiday_rule',
  'error',
  () => ({
    summary: {
      vi: 'Một lịch nghỉ chính thức nhắc đến một ngày lễ mà lịch không có quy tắc nào.',
      en: 'An official schedule refers to a holiday for which the calendar has no rule.',
    },
    example: {
      ruleId: 'lunar-newyear',
      year: 2027,
      document: 'Thông báo 1234/TB-BNV',
    } as UnknownRuleParams,
    vi: (p: UnknownRuleParams) =>
      `Lịch nghỉ năm ${p.year}${p.document === undefined ? '' : ` ("${p.document}")`} nhắc đến ngày lễ "${p.ruleId}", không có trong các quy tắc ngày lễ của lịch.`,
    en: (p) =>
      `The ${p.year} schedule${p.document === undefined ? '' : ` ("${p.document}")`} refers to holiday "${p.ruleId}", which no holiday rule of the calendar defines.`,
  }),
);

export const scheduleYearMismatch = /* @__PURE__ */ defineProblem(
  'schedule_year_mismatch',
  'error',
  () => ({
    summary: {
      vi: 'Một ngày nghỉ hoặc ngày làm bù của lịch nghỉ không nằm trong năm của lịch hoặc năm liền trước, liền sau.',
      en: 'A day off or make-up day of a schedule is not in the schedule’s year or the year before or after.',
    },
    example: { date: '2029-03-01', year: 2026 },
    vi: (p: { date: string; year: number }) =>
      `Ngày ${p.date} cách quá xa năm ${p.year} của lịch nghỉ: chỉ được là ngày của năm ${p.year} hoặc năm liền trước, liền sau.`,
    en: (p) =>
      `Date ${p.date} is too far from the schedule’s year ${p.year}: only days of ${p.year} or the year before or after are allowed.`,
  }),
);

export const makeUpDayNotRestDay = /* @__PURE__ */ defineProblem(
  'make_up_day_not_rest_day',
  'error',
  () => ({
    summary: {
      vi: 'Một ngày làm bù không rơi vào ngày nghỉ hằng tuần của lịch (đã là ngày làm việc).',
      en: 'A make-up working day that is not a weekly rest day of the calendar (it is a working day already).',
    },
    example: { date: '2026-03-04', weekday: { vi: 'thứ Tư', en: 'Wednesday' } },
    vi: (p: { date: string; weekday: Label }) =>
      `Ngày làm bù ${p.date} là ${p.weekday.vi}, không phải ngày nghỉ hằng tuần của lịch.`,
    en: (p) => `Make-up day ${p.date} is a ${p.weekday.en}, not a weekly rest day of the calendar.`,
  }),
);

export const daysOffReversed = /* @__PURE__ */ defineProblem('days_off_reversed', 'error', () => ({
  summary: {
    vi: 'Một khoảng ngày nghỉ của lịch nghỉ có ngày bắt đầu sau ngày kết thúc.',
    en: 'A span of days off in a schedule starts after it ends.',
  },
  example: { start: '2027-01-02', end: '2027-01-01' },
  vi: (p: { start: string; end: string }) =>
    `Khoảng ngày nghỉ từ ${p.start} đến ${p.end} bị ngược: ngày bắt đầu phải trước hoặc bằng ngày kết thúc.`,
  en: (p) =>
    `The days off from ${p.start} to ${p.end} are reversed: the first day must be on or before the last.`,
}));

export const duplicateRestDay = /* @__PURE__ */ defineProblem(
  'duplicate_rest_day',
  'error',
  () => ({
    summary: {
      vi: 'Một ngày nghỉ hằng tuần được ghi hai lần.',
      en: 'A weekly rest day is listed twice.',
    },
    example: { day: 0, weekday: { vi: 'Chủ nhật', en: 'Sunday' } },
    vi: (p: { day: number; weekday: Label }) =>
      `Ngày nghỉ hằng tuần ${p.weekday.vi} (${p.day}) được ghi hai lần.`,
    en: (p) => `Weekly rest day ${p.weekday.en} (${p.day}) is listed twice.`,
  }),
);

export const lunarOutOfRange = /* @__PURE__ */ defineProblem('lunar_out_of_range', 'error', () => ({
  summary: {
    vi: 'Một ngày (dương lịch hoặc âm lịch) nằm ngoài khoảng lịch âm được hỗ trợ (1900–2100).',
    en: 'A date (solar or lunar) outside the lunar calendar the library supports (1900–2100).',
  },
  example: { input: '"1899-12-31"', start: '1900-01-01', end: '2100-12-31' },
  vi: (p: { input: string; start: string; end: string }) =>
    `Ngày ${p.input} nằm ngoài khoảng lịch âm được hỗ trợ (${p.start} đến ${p.end}).`,
  en: (p) => `Date ${p.input} is outside the supported lunar calendar (${p.start} to ${p.end}).`,
}));

/** Why a lunar date does not exist. */
export type LunarDateFault =
  | { readonly kind: 'notLunarDate' }
  | { readonly kind: 'notWhole' }
  | {
      readonly kind: 'noSuchMonth';
      readonly year: number;
      readonly month: number;
      readonly leap: boolean;
    }
  | { readonly kind: 'dayOutOfMonth'; readonly days: number };

function lunarFault(fault: LunarDateFault, vi: boolean): string {
  switch (fault.kind) {
    case 'notLunarDate':
      return vi
        ? 'cần một ngày âm lịch { year, month, day, leap }.'
        : 'a lunar date { year, month, day, leap } is needed.';
    case 'notWhole':
      return vi
        ? 'năm, tháng và ngày phải là số nguyên, tháng từ 1 đến 12.'
        : 'the year, month and day must be whole numbers, the month 1 to 12.';
    case 'noSuchMonth':
      return vi
        ? `năm âm lịch ${fault.year} không có tháng ${fault.month}${fault.leap ? ' nhuận' : ''}.`
        : `lunar year ${fault.year} has no ${fault.leap ? 'leap ' : ''}month ${fault.month}.`;
    case 'dayOutOfMonth':
      return vi ? `tháng này có ${fault.days} ngày.` : `that month has ${fault.days} days.`;
  }
}

export const invalidLunarDate = /* @__PURE__ */ defineProblem(
  'invalid_lunar_date',
  'error',
  () => ({
    summary: {
      vi: 'Một ngày âm lịch không có thật: ngày 30 của tháng thiếu, tháng nhuận năm không nhuận …',
      en: 'A lunar date that does not exist: a 30th in a 29-day month, a leap month in a year without one …',
    },
    example: {
      input: '30/3/2026',
      fault: { kind: 'dayOutOfMonth', days: 29 } as LunarDateFault,
    },
    vi: (p: { input: string; fault: LunarDateFault }) =>
      `Ngày âm lịch ${p.input} không có: ${lunarFault(p.fault, true)}`,
    en: (p) => `Lunar date ${p.input} does not exist: ${lunarFault(p.fault, false)}`,
  }),
);

export const invalidTimeZoneOffset = /* @__PURE__ */ defineProblem(
  'invalid_time_zone_offset',
  'error',
  () => ({
    summary: {
      vi: 'Độ lệch múi giờ của lịch âm không phải số giờ từ -12 đến 14.',
      en: 'A lunar calendar time zone offset that is not hours from -12 to 14.',
    },
    example: { input: '"7"' },
    vi: (p: { input: string }) =>
      `Độ lệch múi giờ ${p.input} không hợp lệ: phải là số giờ từ -12 đến 14 (Việt Nam là 7).`,
    en: (p) =>
      `Time zone offset ${p.input} is invalid: it must be hours from -12 to 14 (Vietnam is 7).`,
  }),
);
