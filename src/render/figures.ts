import { deepFreeze } from '../_internal/freeze.js';
import { byId } from '../_internal/lookup.js';
import { holderIdOn, seatOf } from '../_internal/team-view.js';
import type { IsoDate } from '../calendar/date.js';
import { type Period, parsePeriod, periodLabel, periodRange } from '../calendar/period.js';
import { BUILT_IN_INDICATORS, BUILT_IN_TARGETS } from '../indicators/catalogue.js';
import {
  type Catalogue,
  type Indicator,
  meetsThreshold,
  type Pillar,
} from '../indicators/definition.js';
import { type IndicatorResult, rollUp } from '../indicators/rollup.js';
import type { Target } from '../indicators/target.js';
import type { Place } from '../places/place.js';
import { placeName } from '../places/query.js';
import { dateOf, type Report, type ReportNote } from '../reports/report-schema.js';
import { communeOf, ROLE_LABELS } from '../team/query.js';
import type { Team } from '../team/schema.js';
import type { Label } from '../text/label.js';
import { plainLine } from './escape.js';

/**
 * The names of the pillars, as reports write them.
 *
 * @example
 * ```ts
 * import { PILLAR_LABELS } from 'to-cong-nghe-so';
 *
 * PILLAR_LABELS.digitalEconomy; // { vi: 'Kinh tế số', en: 'Digital economy' }
 * ```
 * @category Render
 */
export const PILLAR_LABELS: Readonly<Record<Pillar, Label>> = deepFreeze({
  digitalGovernment: { vi: 'Chính quyền số', en: 'Digital government' },
  digitalEconomy: { vi: 'Kinh tế số', en: 'Digital economy' },
  digitalSociety: { vi: 'Xã hội số', en: 'Digital society' },
  foundation: { vi: 'Hoạt động của Tổ và hạ tầng số', en: "The team's work and infrastructure" },
});

/** @internal The pillars in the order reports write them. */
export const PILLARS: readonly Pillar[] = [
  'digitalGovernment',
  'digitalEconomy',
  'digitalSociety',
  'foundation',
];

/**
 * Options of the report renderers.
 *
 * @category Render
 */
export interface ReportRenderOptions {
  /** The indicator catalogue (default {@link BUILT_IN_INDICATORS}). */
  readonly catalogue?: Catalogue;
  /** The targets figures are judged against (default {@link BUILT_IN_TARGETS}). */
  readonly targets?: readonly Target[];
}

/** @internal A figure of a report: an indicator's result for the report's scope. */
export interface Figure {
  readonly indicator: Indicator;
  readonly result: IndicatorResult;
  /** The result's value (figures are only those with a value). */
  readonly value: number;
}

/** @internal What the renderers need from a report. */
export interface ReportFigures {
  readonly period: Period | undefined;
  readonly periodLabel: string;
  /** The commune of the team at the end of the period. */
  readonly commune: Place | undefined;
  /**
   * The place whose figures are the report's totals: the village of a village head's own report,
   * otherwise the commune.
   */
  readonly scope: Place | undefined;
  /** The villages with values, sorted as in the team. */
  readonly villages: readonly Place[];
  /** The totals, in catalogue order, with a value. */
  readonly figures: readonly Figure[];
  /** Every village and commune result with a value. */
  readonly results: readonly IndicatorResult[];
  /** The results by indicator and place ({@link resultKey}). */
  readonly byPlace: ReadonlyMap<string, IndicatorResult>;
}

/**
 * @internal The period whose figures a report gives: its own, or — for an ad-hoc report, which
 * has none — the one period all its values share, if they share one.
 */
export function periodOf(report: Report): Period | undefined {
  const periods = new Set(report.values.map((v) => v.period));
  const id = report.period ?? (periods.size === 1 ? [...periods][0] : undefined);
  return id === undefined ? undefined : parsePeriod(id).unwrapOr(undefined);
}

/**
 * The village whose figures a report from `seatId` gives as its totals: a village head's own
 * village; `undefined` for any other seat, whose report gives the commune's. The scope follows
 * the sender, never how many villages happen to have values.
 */
function scopeOf(team: Team, seatId: string): Place | undefined {
  const filling = seatOf(team, seatId)?.filling;
  if (filling?.kind !== 'villageHead') return undefined;
  return byId(team.places).get(filling.villageId);
}

/** @internal The key of a result in {@link ReportFigures.byPlace}. */
export function resultKey(indicator: string, place: string): string {
  return `${indicator}\u0000${place}`;
}

/** @internal Rolls a report's values up to its villages and commune. */
export function figuresOf(team: Team, report: Report, options: ReportRenderOptions): ReportFigures {
  const catalogue = options.catalogue ?? BUILT_IN_INDICATORS;
  const period = periodOf(report);
  const places = new Set(report.values.map((v) => v.place));
  const villages = team.places.filter((p) => p.level === 'village' && places.has(p.id));
  const end = period ? periodRange(period).end : dateOf(report.submittedAt);
  const commune = communeOf(team, end);
  const scope = scopeOf(team, report.from) ?? commune;
  const results =
    period === undefined || period.kind === 'week'
      ? []
      : rollUp(report.values, {
          catalogue,
          places: team.places,
          period,
          targets: options.targets ?? BUILT_IN_TARGETS,
          levels: ['village', 'commune'],
        }).filter((r) => r.value !== null && r.completeness.actualReports > 0);
  const byPlace = new Map<string, IndicatorResult>();
  for (const r of results) {
    const key = resultKey(r.indicator, r.place);
    if (!byPlace.has(key)) byPlace.set(key, r);
  }
  const figures = catalogue.flatMap((indicator) => {
    const result =
      scope === undefined ? undefined : byPlace.get(resultKey(indicator.code, scope.id));
    return result?.value == null ? [] : [{ indicator, result, value: result.value }];
  });
  return {
    period,
    commune,
    periodLabel: period ? periodLabel(period).vi : '',
    scope,
    villages,
    figures,
    results,
    byPlace,
  };
}

/** @internal A non-negative number written the Vietnamese way: `1.092`, `78,8`. */
export function formatNumber(value: number, digits = 0): string {
  const [whole = '0', long] = value.toFixed(digits).split('.');
  const fraction = long?.replace(/0+$/u, '');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/gu, '.');
  return `${grouped}${fraction ? `,${fraction}` : ''}`;
}

/** @internal A figure's value with its unit. */
export function formatValue(indicator: Indicator, value: number): string {
  switch (indicator.unit) {
    case 'percent':
      return `${formatNumber(value, 1)}%`;
    case 'per100':
      return `${formatNumber(value, 1)}/100`;
    case 'per1000':
      return `${formatNumber(value, 1)}/1000`;
    case 'ratio':
      return formatNumber(value, 2);
    case 'VND':
      return `${formatNumber(value)} đồng`;
    case 'count':
      return formatNumber(value);
  }
}

/** @internal "chỉ tiêu ≥ 80% năm 2025: chưa đạt", or '' without a target. */
export function targetText(figure: Figure): string {
  const { value } = figure;
  const { target, status } = figure.result;
  if (!target) return '';
  const goal = `chỉ tiêu ${target.comparator} ${formatValue(figure.indicator, target.value)} năm ${target.by.slice(0, 4)}`;
  const judged =
    status === 'onTrack'
      ? 'chưa đạt, đúng tiến độ'
      : status === 'behind'
        ? 'chưa đạt, chậm tiến độ'
        : meetsThreshold(value, target)
          ? 'đạt'
          : 'chưa đạt';
  return `${goal}: ${judged}`;
}

/**
 * @internal A seat as reports name it, as one plain line: "thôn Cây Xoài (Phạm Văn Đức)", "Tổ
 * phó Vũ Văn Bình" — a name that is empty once made one line is left out, never "()".
 */
export function seatText(team: Team, seatId: string, asOf: IsoDate): string {
  const seat = seatOf(team, seatId);
  if (!seat) return plainLine(byId(team.bodies).get(seatId)?.name.vi ?? seatId);
  const personId = holderIdOn(team, seat, asOf);
  const person = personId === undefined ? undefined : byId(team.people).get(personId);
  const name = person === undefined ? '' : plainLine(person.name);
  const filling = seat.filling;
  if (filling.kind === 'villageHead') {
    const village = byId(team.places).get(filling.villageId);
    const where = plainLine(village ? placeName(village) : filling.villageId) || filling.villageId;
    return name ? `${where} (${name})` : where;
  }
  return name ? `${ROLE_LABELS[seat.role].vi} ${name}` : ROLE_LABELS[seat.role].vi;
}

/**
 * @internal A note with its origin, as one plain line: "thôn Cây Xoài (Phạm Văn Đức): …" for a
 * note another seat wrote, "thôn Cây Xoài: …" for one about a village the sender does not stand
 * for, the text alone for the sender's own.
 */
export function noteText(team: Team, note: ReportNote, asOf: IsoDate, self: string): string {
  const text = plainLine(note.text);
  if (note.from !== undefined && note.from !== self) {
    return `${plainLine(seatText(team, note.from, asOf))}: ${text}`;
  }
  const own = scopeOf(team, self)?.id;
  const place = note.place === undefined ? undefined : byId(team.places).get(note.place);
  if (note.place === undefined || note.place === own) return text;
  return `${plainLine(place === undefined ? note.place : placeName(place))}: ${text}`;
}

/**
 * @internal What an ad-hoc request asks, as the line after a "BÁO CÁO" heading: its title
 * without a leading "Báo cáo" (the heading says it), as written otherwise — never upper-cased,
 * so that a brand keeps its case (VNeID); the first letter is capitalised only when the first
 * word is all lower case ("nhanh số hộ có VNeID" → "Nhanh số hộ có VNeID").
 */
export function requestSubject(title: string): string {
  const line = plainLine(title);
  const rest = line.replace(/^báo cáo\s+/iu, '');
  if (rest === line || rest === '') return line;
  const [first = ''] = rest.split(' ');
  return first === first.toLocaleLowerCase('vi')
    ? `${rest.charAt(0).toLocaleUpperCase('vi')}${rest.slice(1)}`
    : rest;
}
