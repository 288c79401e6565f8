/**
 * What the pages ask the library directly, in one place: labels, periods and deadlines, the
 * indicators a village head enters, the check of entered values, the chain for the org chart.
 * Everything that reads or writes data goes through the server's operations instead
 * (`ReportingServer.invoke`), so that the pages apply the same rules as the API.
 */
import {
  type Catalogue,
  compositionOf,
  describeSeat,
  expectedReports,
  formatPeriod,
  formatVietnameseDate,
  HELP_INDICATORS,
  type Indicator,
  type IsoDate,
  type Label,
  type Period,
  PILLAR_LABELS,
  type Pillar,
  type Place,
  type Problem,
  parseDataValues,
  periodContaining,
  periodLabel,
  placeLabel,
  previousPeriod,
  ROLE_LABELS,
  type Seat,
  subordinatesOf,
  type Team,
  UNIT_SCALE,
  weekdayName,
  workingDaysBetween,
} from 'to-cong-nghe-so';

export type { Indicator, IsoDate, Label, Period, Place, Problem, Seat, Team };
export { PILLAR_LABELS, ROLE_LABELS };

/** The months a page offers: the month before today first, then the eleven before it. */
export function recentMonths(today: IsoDate): Period[] {
  const months: Period[] = [];
  let month = previousPeriod(periodContaining(today, 'month'));
  for (let i = 0; i < 12; i += 1) {
    months.push(month);
    month = previousPeriod(month);
  }
  return months;
}

/** The month a page shows: `?period=` when it is one of {@link recentMonths}, else the first. */
export function chosenMonth(today: IsoDate, asked: string | undefined): Period {
  const months = recentMonths(today);
  const found = months.find((m) => formatPeriod(m) === asked);
  return found ?? (months[0] as Period);
}

/** The period's id and label. */
export function periodText(period: Period): { id: string; label: Label } {
  return { id: formatPeriod(period), label: periodLabel(period) };
}

/** The twelve months ending with a period's month, oldest first. */
export function yearTo(period: Period): Period[] {
  const months: Period[] = [period];
  for (let i = 1; i < 12; i += 1) months.unshift(previousPeriod(months[0] as Period));
  return months;
}

/** The month before. */
export function monthBefore(period: Period): Period {
  return previousPeriod(period);
}

/** A place's name in both languages. */
export function placeText(team: Team, id: string): Label {
  const place = team.places.find((p) => p.id === id);
  return place ? placeLabel(place) : { vi: id, en: id };
}

/** What a seat is, in both languages: its role and what it stands for. */
export function seatText(team: Team, seat: Seat, asOf: IsoDate): Label {
  const what = describeSeat(team, seat, asOf);
  const role = ROLE_LABELS[seat.role];
  return what.vi ? { vi: `${role.vi} — ${what.vi}`, en: `${role.en} — ${what.en}` } : role;
}

/** A seat's description alone (a village head: the village). */
export function seatShort(team: Team, seatId: string, asOf: IsoDate): Label {
  const seat = team.seats.find((s) => s.id === seatId);
  if (!seat) return { vi: seatId, en: seatId };
  const what = describeSeat(team, seat, asOf);
  return what.vi ? what : ROLE_LABELS[seat.role];
}

/** The holder of a seat on a date, by name. */
export function holderName(team: Team, seatId: string, asOf: IsoDate): string | undefined {
  return compositionOf(team, asOf).find((e) => e.seat.id === seatId)?.holder?.name;
}

/** A report expected for a period: the sender, its receiver and due date. */
export interface Expected {
  readonly seat: Seat;
  readonly to: string;
  readonly due: IsoDate;
}

/** The periodic reports expected for a period (all, or those sent to one receiver). */
export function expectedFor(team: Team, period: Period, to?: string): Expected[] {
  return expectedReports(team, period)
    .filter((e) => to === undefined || e.to === to)
    .map((e) => ({ seat: e.seat, to: e.to, due: e.due }));
}

/** A due date and the working days from today to it (negative once past). */
export function deadline(due: IsoDate, today: IsoDate): { due: IsoDate; workingDaysLeft: number } {
  return { due, workingDaysLeft: workingDaysBetween(today, due) };
}

/** A date as the pages write it: "thứ Hai, 17/2/2025" / "Monday, 17/2/2025". */
export function dateText(date: IsoDate, lang: 'vi' | 'en'): string {
  return `${weekdayName(date, lang)}, ${formatVietnameseDate(date, 'short')}`;
}

/** A short date: "17/2/2025". */
export function shortDate(date: IsoDate): string {
  return formatVietnameseDate(date, 'short');
}

/** The sections of the entry form. */
export type EntrySection = 'state' | 'activities' | 'help';

/** An indicator of the entry form and its section. */
export interface EntryIndicator {
  readonly indicator: Indicator;
  readonly section: EntrySection;
  /** Whether it has a denominator to enter. */
  readonly ratio: boolean;
}

const HELP = new Set(Object.values(HELP_INDICATORS));

/**
 * The indicators a village head enters each month: the catalogue's monthly indicators collected
 * in villages, measured (not derived from other indicators). Those whose numerator is a stock
 * (the state at the month's end) come first; the flows of the month (activities) after, the
 * installs and sign-ups helped per platform on their own.
 */
export function entryIndicators(catalogue: Catalogue): EntryIndicator[] {
  const list = catalogue
    .filter(
      (i) =>
        i.collectedAt === 'village' &&
        i.periodKind === 'month' &&
        i.numerator !== undefined &&
        i.villagesMeeting === undefined,
    )
    .map(
      (indicator): EntryIndicator => ({
        indicator,
        ratio: UNIT_SCALE[indicator.unit] !== undefined,
        section:
          indicator.numerator?.aggregation !== 'sum'
            ? 'state'
            : HELP.has(indicator.code)
              ? 'help'
              : 'activities',
      }),
    );
  const order: EntrySection[] = ['state', 'activities', 'help'];
  return order.flatMap((section) => list.filter((e) => e.section === section));
}

/** The pillars, for grouping. */
export const PILLARS: readonly Pillar[] = [
  'digitalGovernment',
  'digitalEconomy',
  'digitalSociety',
  'foundation',
];

/** Whether an indicator's value is a ratio (shown with its unit) or a count. */
export function unitOf(indicator: Indicator): { ratio: boolean; suffix: string } {
  const ratio = UNIT_SCALE[indicator.unit] !== undefined;
  const suffix =
    indicator.unit === 'percent'
      ? '%'
      : indicator.unit === 'per100'
        ? '/100'
        : indicator.unit === 'per1000'
          ? '/1000'
          : '';
  return { ratio, suffix };
}

/**
 * Checks entered values exactly as a submission is checked (the library's `parseDataValues`,
 * with the same catalogue and places), without saving: the problems, paths into `values`.
 */
export function checkValues(
  values: readonly unknown[],
  context: {
    readonly catalogue: Catalogue;
    readonly team: Team;
    readonly place: string;
    readonly period: string;
    readonly seat: string;
    readonly at: string;
  },
): Problem[] {
  const result = parseDataValues(
    values.map((v) => ({
      ...(v as object),
      place: context.place,
      period: context.period,
      reportedBy: context.seat,
      reportedAt: context.at,
    })),
    { catalogue: context.catalogue, places: context.team.places },
  );
  return result.isOk() ? [] : result.error.map((p) => ({ ...p, path: ['values', ...p.path] }));
}

/** A box of the org chart: a seat, its holder and the seats under it. */
export interface ChartNode {
  readonly seat: Seat;
  readonly title: Label;
  readonly holder: string | undefined;
  readonly children: readonly ChartNode[];
}

/** The team on a date as a tree: the leader, the seats reporting to it, and theirs. */
export function orgTree(team: Team, asOf: IsoDate): ChartNode[] {
  const composition = compositionOf(team, asOf);
  const holder = new Map(composition.map((e) => [e.seat.id, e.holder?.name]));
  const node = (seat: Seat, depth: number): ChartNode => ({
    seat,
    title: seatText(team, seat, asOf),
    holder: holder.get(seat.id),
    children:
      depth > 4
        ? []
        : subordinatesOf(team, seat.id, { asOf }).match(
            (seats) => seats.map((s) => node(s, depth + 1)),
            () => [],
          ),
  });
  return composition.filter((e) => e.seat.role === 'leader').map((e) => node(e.seat, 0));
}
