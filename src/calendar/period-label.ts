// The names of periods as reports title them, in Vietnamese and English.
import { checkPeriod, type Period } from '../_internal/periods.js';
import type { Label } from '../text/label.js';

const ROMAN = ['I', 'II', 'III', 'IV'];
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The label of a (checked) period. */
export function labelOf(period: Period): Label {
  const { year, index } = period;
  switch (period.kind) {
    case 'month':
      return { vi: `tháng ${index} năm ${year}`, en: `${MONTHS_EN[index - 1]} ${year}` };
    case 'quarter':
      return { vi: `quý ${ROMAN[index - 1]} năm ${year}`, en: `Q${index} ${year}` };
    case 'half':
      return index === 1
        ? { vi: `6 tháng đầu năm ${year}`, en: `first half of ${year}` }
        : { vi: `6 tháng cuối năm ${year}`, en: `second half of ${year}` };
    case 'week':
      return { vi: `tuần ${index} năm ${year}`, en: `week ${index} of ${year}` };
    case 'year':
      return { vi: `năm ${year}`, en: String(year) };
  }
}

/**
 * The Vietnamese and English name of a period, as reports title it.
 *
 * @param period - The period.
 * @returns Its label.
 * @throws {@link InvalidArgumentError} when `period` is not a supported {@link Period}.
 * @example
 * ```ts
 * import { periodLabel } from 'to-cong-nghe-so';
 *
 * periodLabel({ kind: 'month', year: 2026, index: 10 }); // { vi: 'tháng 10 năm 2026', en: 'October 2026' }
 * periodLabel({ kind: 'quarter', year: 2026, index: 4 }); // { vi: 'quý IV năm 2026', en: 'Q4 2026' }
 * periodLabel({ kind: 'half', year: 2026, index: 2 }); // { vi: '6 tháng cuối năm 2026', en: 'second half of 2026' }
 * ```
 * @category Calendar
 */
export function periodLabel(period: Period): Label {
  return labelOf(checkPeriod(period, 'period'));
}
