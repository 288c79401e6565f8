import fc from 'fast-check';
import {
  extendCalendar,
  LABOUR_CODE_2019_HOLIDAYS,
  VIETNAM_CALENDAR,
  VIETNAM_CULTURE_DAY,
} from '../../../src/index.js';
import {
  anyArgs,
  anyDateText,
  args,
  awkwardNumber,
  date,
  hostile,
  or,
  recentDate,
} from '../arbitraries.js';
import type { Specs } from '../spec.js';

const KINDS = ['week', 'month', 'quarter', 'half', 'year'] as const;

/** A period kind, or a near miss. */
const kind = fc.oneof(fc.constantFrom(...KINDS), fc.constantFrom('decade', 'Month', ''));

/** A period object: mostly valid (1900–2100), with near misses (index 0, 13, week 53, year 1899). */
const period = fc.oneof(
  fc.record({
    kind: fc.constantFrom(...KINDS),
    year: fc.integer({ min: 1900, max: 2100 }),
    index: fc.integer({ min: 1, max: 2 }),
  }),
  fc.record({
    kind: fc.constantFrom(...KINDS),
    year: fc.oneof(fc.integer({ min: 1890, max: 2110 }), awkwardNumber),
    index: fc.oneof(fc.integer({ min: -1, max: 54 }), awkwardNumber),
  }),
);

/** Period ids: valid ones, near misses and junk. */
const periodId = fc.oneof(
  fc.constantFrom('2026-10', '2026-Q4', '2026-H2', '2026', '2026-W53', '2025-W53', '2100-W52'),
  fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.constantFrom('', '-01', '-Q5', '-H1', '-W00', '-13'),
    )
    .map(([y, suffix]) => `${String(y).padStart(4, '0')}${suffix}`),
  fc.string(),
);

/** A date that may be real, out of range or not a date at all. */
const someDate = fc.oneof(date, recentDate, anyDateText);

/** Counts of days: small, huge, negative, fractional, not finite. */
const count = fc.oneof(fc.integer({ min: -400, max: 400 }), awkwardNumber);

const sundayOnly = extendCalendar(VIETNAM_CALENDAR, {
  weeklyRestDays: [0],
  rules: [VIETNAM_CULTURE_DAY],
})._unsafeUnwrap();

/** A calendar: the default, a custom one, a JSON copy (checked as a document), or junk. */
const calendar = fc.oneof(
  fc.constant(VIETNAM_CALENDAR),
  fc.constant(sundayOnly),
  fc.constant(JSON.parse(JSON.stringify(sundayOnly)) as unknown),
  fc.constant({ name: { vi: 'x', en: 'x' }, weeklyRestDays: [0, 1, 2, 3, 4, 5, 6] }),
);

/** A holiday rule: the law's, the proposed one, or a near miss. */
const rule = fc.oneof(
  fc.constantFrom(...LABOUR_CODE_2019_HOLIDAYS, VIETNAM_CULTURE_DAY),
  fc.record({
    id: fc.constantFrom('x', 'constructor', '__proto__', 'Bad Id', 'new-year'),
    name: fc.constant({ vi: 'Lễ', en: 'Day' }),
    date: fc.record({
      calendar: fc.constantFrom('solar', 'lunar', 'martian'),
      month: fc.integer({ min: 0, max: 13 }),
      day: fc.integer({ min: 0, max: 32 }),
    }),
    source: fc.constant('Ví dụ'),
    days: fc.oneof(fc.integer({ min: 0, max: 40 }), awkwardNumber),
  }),
);

/** An official schedule: mostly well formed, with dates of any year. */
const schedule = fc.record({
  year: fc.oneof(fc.integer({ min: 1890, max: 2110 }), awkwardNumber),
  source: fc.constant({ document: 'Thông báo (ví dụ)', issuer: { vi: 'Bộ', en: 'Ministry' } }),
  appliesTo: fc.constant({ vi: 'công chức', en: 'civil servants' }),
  occasions: fc.array(
    fc.record({
      rule: fc.constantFrom('lunar-new-year', 'national-day', 'no-such-rule', 'toString'),
      daysOff: fc.array(fc.record({ start: someDate, end: someDate }), { maxLength: 2 }),
    }),
    { maxLength: 2 },
  ),
  makeUpDays: fc.array(fc.record({ date: someDate, replaces: someDate }), { maxLength: 2 }),
});

/** Calendar input read from outside: plausible documents and hostile values. */
const calendarInput = or(
  fc.record(
    {
      name: fc.constant({ vi: 'Lịch của tỉnh', en: 'Provincial calendar' }),
      weeklyRestDays: fc.array(fc.integer({ min: -1, max: 7 }), { maxLength: 8 }),
      rules: fc.array(rule, { maxLength: 4 }),
      schedules: fc.array(schedule, { maxLength: 2 }),
    },
    { requiredKeys: ['name'] },
  ),
);

/** What extendCalendar adds: plausible extensions and hostile values in each key. */
const extension = or(
  fc.record(
    {
      rules: or(fc.array(rule, { maxLength: 3 })),
      schedules: or(fc.array(schedule, { maxLength: 2 })),
      weeklyRestDays: or(fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 7 })),
    },
    { requiredKeys: [] },
  ),
);

/** A time limit. */
const duration = fc.record({
  amount: fc.oneof(fc.integer({ min: 0, max: 800 }), awkwardNumber, fc.constant(1e9)),
  unit: fc.constantFrom('day', 'week', 'month', 'year', 'workingDay', 'fortnight'),
});

/** A due-date rule. */
const dueRule = fc.oneof(
  fc.record({
    kind: fc.constantFrom('daysAfterEnd', 'workingDaysAfterEnd'),
    days: fc.oneof(fc.integer({ min: 0, max: 60 }), fc.constantFrom(5e8, 50_000, -1)),
  }),
  fc.record({ kind: fc.constant('dayOfNextMonth'), day: fc.integer({ min: 0, max: 32 }) }),
  fc.record({
    kind: fc.constant('fixedDate'),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    yearOffset: fc.integer({ min: 0, max: 5 }),
  }),
);

/** A data-window policy. */
const policy = fc.oneof(
  fc.constantFrom('calendar', 'decree09', 'monthly'),
  fc.record({
    name: fc.constant({ vi: 'Chốt ngày 20', en: 'Cut-off on the 20th' }),
    cutoffDay: fc.integer({ min: 0, max: 32 }),
  }),
);

/** A lunar date, real or not. */
const lunarDate = fc.record({
  year: fc.integer({ min: 1890, max: 2110 }),
  month: fc.integer({ min: 0, max: 13 }),
  day: fc.integer({ min: 0, max: 31 }),
  leap: fc.oneof(fc.boolean(), hostile),
});

/** Options of the lunar functions: the historical default, fixed offsets, and near misses. */
const lunarOptions = fc.oneof(
  fc.constant({}),
  fc.record({ timeZoneOffset: fc.oneof(fc.constantFrom(7, 8, 7.5, -12, 14), awkwardNumber) }),
);

/** A lunar year or month number, valid or near. */
const lunarYearNumber = fc.oneof(fc.integer({ min: 1898, max: 2102 }), awkwardNumber);

/** The fuzz specs of the calendar module's exports. */
export const specs: Specs = {
  addWorkingDays: { args: args(someDate, count, calendar) },
  compareIsoDates: { args: args(someDate, someDate) },
  comparePeriods: { args: args(period, period) },
  dataWindow: { args: args(period, policy) },
  dateParts: { args: args(someDate) },
  dayCanChi: { args: args(someDate) },
  deadlineAfter: { args: args(someDate, duration, calendar) },
  extendCalendar: { args: args(calendar, extension), contract: 'reader' },
  formatLunarDate: { args: args(lunarDate) },
  formatPeriod: { args: args(period) },
  formatVietnameseDate: { args: args(someDate, fc.constantFrom('long', 'short', 'full')) },
  fromLunarDate: { args: args(lunarDate, lunarOptions) },
  holidaysIn: { args: args(fc.integer({ min: 1890, max: 2110 }), calendar) },
  isIsoDate: { args: anyArgs(1), contract: 'reader' },
  isWorkingDay: { args: args(someDate, calendar) },
  isoDate: {
    args: args(
      fc.integer({ min: 1890, max: 2110 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
    ),
  },
  lunarYear: { args: args(lunarYearNumber, lunarOptions) },
  makeUpDaysIn: { args: args(fc.integer({ min: 1890, max: 2110 }), calendar) },
  monthCanChi: { args: args(lunarYearNumber, fc.integer({ min: 0, max: 13 })) },
  nextPeriod: { args: args(period) },
  nextWorkingDay: { args: args(someDate, calendar) },
  parseIsoDate: { args: args(someDate), contract: 'reader' },
  parsePeriod: { args: args(periodId), contract: 'reader' },
  parseWorkingCalendar: { args: args(calendarInput), contract: 'reader' },
  periodContaining: { args: args(someDate, kind) },
  periodLabel: { args: args(period) },
  periodRange: { args: args(period) },
  periodsWithin: { args: args(period, kind), contract: 'reader' },
  previousPeriod: { args: args(period) },
  reportDueDate: {
    args: args(period, dueRule, fc.record({ policy, calendar }, { requiredKeys: [] })),
  },
  toLunarDate: { args: args(someDate, lunarOptions) },
  vietnamDateOf: {
    args: args(
      fc.oneof(
        someDate.map((d) => `${d}T23:30:00Z`),
        someDate.map((d) => `${d}T08:30:00+07:00`),
        fc.string(),
      ),
    ),
    contract: 'reader',
  },
  weekday: { args: args(someDate) },
  weekdayName: { args: args(someDate, fc.constantFrom('vi', 'en', 'fr')) },
  workingDaysBetween: { args: args(someDate, someDate, calendar) },
  yearCanChi: { args: args(lunarYearNumber) },
};
