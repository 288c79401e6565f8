export {
  compareIsoDates,
  type DateParts,
  dateParts,
  type InvalidDateError,
  type IsoDate,
  IsoDateSchema,
  isIsoDate,
  isoDate,
  parseIsoDate,
} from './date.js';
export { formatVietnameseDate, type VietnameseDateStyle, weekday, weekdayName } from './format.js';
export {
  comparePeriods,
  type DateRange,
  formatPeriod,
  nextPeriod,
  PERIOD_KINDS,
  type Period,
  type PeriodError,
  PeriodIdSchema,
  type PeriodKind,
  parsePeriod,
  periodContaining,
  periodLabel,
  periodRange,
  periodsWithin,
  previousPeriod,
} from './period.js';
