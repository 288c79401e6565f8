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

/**
 * A clock whose day is fixed in Vietnam while its time of day moves on: for trials with
 * historical sample data (`TCNS_TODAY=2025-02-14`) and for tests.
 */
export function fixedDayClock(day: IsoDate, base: Clock = systemClock): Clock {
  return () => {
    const time = formatISO(new TZDate(base(), VIETNAM), { representation: 'time' });
    return new Date(`${day}T${time}`);
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

/** The day in Vietnam of an instant. */
export function vietnamToday(at: Date): IsoDate {
  const day = vietnamDateOf(at.toISOString());
  if (day.isErr()) throw new RangeError(`invalid clock value ${String(at)}`);
  return day.value;
}

/** Reads `TCNS_TODAY`: a fixed day, or the system clock when unset. */
export function clockFromEnv(value: string | undefined): Clock {
  if (value === undefined || value === '') return systemClock;
  if (!isIsoDate(value)) throw new Error(`TCNS_TODAY must be a date YYYY-MM-DD, got "${value}"`);
  return fixedDayClock(value);
}
