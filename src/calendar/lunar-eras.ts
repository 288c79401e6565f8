import type { Label } from '../text/label.js';
import type { IsoDate } from './date.js';

/**
 * One era of the lunar calendar used in Vietnam: from which day, at which time zone its new
 * moons and solar terms were dated, and on what authority.
 *
 * @category Calendar
 */
export interface LunarEra {
  /** The first day of the era. */
  readonly start: IsoDate;
  /** Its last day; absent for the era in force. */
  readonly end?: IsoDate;
  /** The offset from UTC at which days were reckoned, `+HH:MM` or `+HH:MM:SS`. */
  readonly utcOffset: string;
  /** The offset in seconds east of UTC. */
  readonly offsetSeconds: number;
  /** What calendar was in use, and why at that offset. */
  readonly description: Label;
  /** Where this is documented. */
  readonly sources: readonly string[];
}

const LIU =
  'Yuk Tung Liu, "Calendar Calculation on This Website" and "Discrepancies Between Modern Calculation and Historical Data (1645–1911)", ytliu0.github.io/ChineseCalendar (checked against the Purple Mountain Observatory\'s New Edition of Wànniánlì)';
const ASLAKSEN =
  'Helmer Aslaksen, "The Mathematics of the Chinese Calendar", National University of Singapore (2010), §§ on the meridian and on Vietnam';
const DECISION_121 =
  'Quyết định 121/CP ngày 8/8/1967 của Hội đồng Chính phủ (múi giờ 7 từ 0 giờ ngày 1/1/1968), as quoted by Lê Quý Ngưu, 556 năm đối chiếu âm lịch – dương lịch Việt Nam và Trung Quốc (NXB Thuận Hóa, 2007)';

/**
 * The eras of the lunar calendar as Vietnam used it, which the lunar functions follow by
 * default (without a `timeZoneOffset`):
 *
 * - **to 1911**: the Qing court's Shíxiàn calendar (Thời hiến lịch), which the Nguyễn court's
 *   Hiệp kỷ calendar followed. It was computed for Beijing, but with 18th-century tables; the
 *   months it issued for 1900–1911 all begin on the day a modern computation at UTC+8 gives
 *   (Liu's comparison), so the library reckons this era at UTC+8.
 * - **1912–1928**: the calendar of the Republic of China, computed for the meridian of Beijing
 *   (116°25′ E, local mean time UTC+7:45:40): three months begin a day earlier than at UTC+8
 *   (November 1914, February 1916, November 1920), as issued.
 * - **1929–1967**: China's calendar at UTC+8 (the meridian of 120° E).
 * - **from 1 January 1968**: Vietnam's own calendar at UTC+7 (105° E), by Decision 121/CP of 8
 *   August 1967. (The Republic of Vietnam kept UTC+8 until 1975: pass `timeZoneOffset: 8` for
 *   its calendar, which is also China's.)
 *
 * @example
 * ```ts
 * import { VIETNAM_LUNAR_ERAS } from 'to-cong-nghe-so';
 *
 * VIETNAM_LUNAR_ERAS.map((era) => era.utcOffset); // ['+08:00', '+07:45:40', '+08:00', '+07:00']
 * VIETNAM_LUNAR_ERAS[3]?.start; // '1968-01-01'
 * ```
 * @category Calendar
 */
export const VIETNAM_LUNAR_ERAS: readonly LunarEra[] = Object.freeze([
  Object.freeze({
    start: '1900-01-01',
    end: '1911-12-31',
    utcOffset: '+08:00',
    offsetSeconds: 28800,
    description: Object.freeze({
      vi: 'Lịch Thời hiến của nhà Thanh (lịch Hiệp kỷ của triều Nguyễn theo phép này). Lịch tính cho Bắc Kinh với bảng số thế kỷ 18; mọi tháng 1900–1911 trong lịch đã ban hành đều bắt đầu đúng ngày mà phép tính hiện đại theo UTC+8 cho.',
      en: "The Qing court's Shíxiàn calendar (the Nguyễn court's Hiệp kỷ calendar followed it). Computed for Beijing with 18th-century tables; every month of 1900–1911 as issued begins on the day a modern computation at UTC+8 gives.",
    }),
    sources: Object.freeze([LIU]),
  }),
  Object.freeze({
    start: '1912-01-01',
    end: '1928-12-31',
    utcOffset: '+07:45:40',
    offsetSeconds: 27940,
    description: Object.freeze({
      vi: 'Lịch của Trung Hoa Dân Quốc, tính theo giờ địa phương Bắc Kinh (kinh tuyến 116°25′ Đông).',
      en: 'The calendar of the Republic of China, computed for Beijing local mean time (meridian 116°25′ E).',
    }),
    sources: Object.freeze([LIU, ASLAKSEN]),
  }),
  Object.freeze({
    start: '1929-01-01',
    end: '1967-12-31',
    utcOffset: '+08:00',
    offsetSeconds: 28800,
    description: Object.freeze({
      vi: 'Âm lịch Trung Quốc theo giờ UTC+8 (kinh tuyến 120° Đông).',
      en: "China's lunar calendar at UTC+8 (meridian 120° E).",
    }),
    sources: Object.freeze([LIU, ASLAKSEN]),
  }),
  Object.freeze({
    start: '1968-01-01',
    utcOffset: '+07:00',
    offsetSeconds: 25200,
    description: Object.freeze({
      vi: 'Âm lịch Việt Nam theo múi giờ 7 (kinh tuyến 105° Đông), từ 1/1/1968 theo Quyết định 121/CP ngày 8/8/1967; miền Nam (Việt Nam Cộng hòa) vẫn dùng UTC+8 đến năm 1975.',
      en: "Vietnam's lunar calendar at UTC+7 (meridian 105° E), from 1 January 1968 by Decision 121/CP of 8 August 1967; the South (Republic of Vietnam) kept UTC+8 until 1975.",
    }),
    sources: Object.freeze([DECISION_121, ASLAKSEN]),
  }),
]) as readonly LunarEra[];
