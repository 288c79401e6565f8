/**
 * "Now" and "today" in Vietnam, computed here in the adapter (the library takes them as
 * parameters). A clock is a function, so tests and trials can fix the day.
 */
import { TZDate } from '@date-fns/tz';
import { formatISO } from 'date-fns';
import { type IsoDate, isIsoDate, vietnamDateOf } from 'to-cong-nghe-so';

/** The time zone of Vietnam (UTC+7, no daylight saving). */
export const VIETNAM = 'Asia/Ho_Chi_Minh';

/** Gives the current instant. */
export type Clock = () => Date;

/** The system clock. */
export const systemClock: Clock = () => new Date();

/** Vietnam's offset from UTC, ms (UTC+7 all year since 1975). */
const OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

/**
 * A clock whose day is fixed in Vietnam while its time of day moves on: for trials with
 * historical sample data (`TCNS_TODAY=2025-02-14`) and for tests.
 */
export function fixedDayClock(day: IsoDate, base: Clock = systemClock): Clock {
  const midnight = Date.parse(`${day}T00:00:00+07:00`);
  return () => {
    const ms = base().getTime() + OFFSET_MS;
    return new Date(midnight + (((ms % DAY_MS) + DAY_MS) % DAY_MS));
  };
}

let lastSecond = Number.NaN;
let lastText = '';

/** The instant as ISO 8601 in Vietnam time, e.g. `2025-02-14T08:30:00+07:00` (to the second). */
export function vietnamTimestamp(at: Date): string {
  const second = Math.floor(at.getTime() / 1000);
  if (second !== lastSecond) {
    lastText = formatISO(new TZDate(at, VIETNAM));
    lastSecond = second;
  }
  return lastText;
}

let dayStart = Number.NaN;
let dayText = '' as IsoDate;

/** The day in Vietnam of an instant (the library's answer, kept for the rest of that day). */
export function vietnamToday(at: Date): IsoDate {
  const ms = at.getTime();
  if (ms >= dayStart && ms < dayStart + DAY_MS) return dayText;
  const day = vietnamDateOf(at.toISOString());
  if (day.isErr()) throw new RangeError(`invalid clock value ${String(at)}`);
  dayStart = Math.floor((ms + OFFSET_MS) / DAY_MS) * DAY_MS - OFFSET_MS;
  dayText = day.value;
  return day.value;
}

/** Reads `TCNS_TODAY`: a fixed day, or the system clock when unset. */
export function clockFromEnv(value: string | undefined): Clock {
  if (value === undefined || value === '') return systemClock;
  if (!isIsoDate(value)) throw new Error(`TCNS_TODAY must be a date YYYY-MM-DD, got "${value}"`);
  return fixedDayClock(value);
}
