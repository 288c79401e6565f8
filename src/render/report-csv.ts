// The figures of a report as CSV: in the `to-cong-nghe-so/csv` entry point, with the other CSV
// writers, since it needs papaparse.
import { checkOneOf } from '../_internal/arguments.js';
import { deepFreeze } from '../_internal/freeze.js';
import { byId, groupBy } from '../_internal/lookup.js';
import type { CsvWriteOptions } from '../indicators/csv.js';
import { writeCsv } from '../indicators/csv.js';
import { meetsThreshold } from '../indicators/definition.js';
import type { IndicatorResult } from '../indicators/rollup.js';
import { placeName } from '../places/query.js';
import type { Report } from '../reports/report-schema.js';
import type { Team } from '../team/schema.js';
import { checkReportArguments } from './arguments.js';
import { figuresOf, type ReportRenderOptions } from './figures.js';

/**
 * The columns of {@link renderReportCsv}, in order.
 *
 * @example
 * ```ts
 * import { REPORT_CSV_COLUMNS } from 'to-cong-nghe-so/csv';
 *
 * REPORT_CSV_COLUMNS[0]; // 'indicator'
 * ```
 * @category Render
 */
export const REPORT_CSV_COLUMNS = deepFreeze([
  'indicator',
  'pillar',
  'name',
  'place',
  'placeName',
  'level',
  'period',
  'numerator',
  'denominator',
  'value',
  'unit',
  'target',
  'met',
  'expectedPlaces',
  'reportedPlaces',
] as const);

/**
 * Writes the figures of a report as CSV ({@link REPORT_CSV_COLUMNS}): one row per indicator and
 * place (the commune's total, then its villages), UTF-8 with a byte-order mark so that Excel shows
 * Vietnamese correctly, CRLF line ends, numbers with a `.` decimal point.
 *
 * @param team - The team.
 * @param report - The report.
 * @param options - The catalogue, targets and delimiter.
 * @returns The CSV text.
 * @throws {@link to-cong-nghe-so!InvalidArgumentError} when `team` or `report` does not
 *   conform, the options' catalogue or targets do not, or the delimiter is not `,` or `;`.
 * @example
 * ```ts
 * import { ReportSchema } from 'to-cong-nghe-so';
 * import { dakNia2022Team } from 'to-cong-nghe-so/samples';
 * import { renderReportCsv } from 'to-cong-nghe-so/csv';
 *
 * const report = ReportSchema.parse({
 *   id: 'r', kind: 'periodic', period: '2025-01', from: 'village-heads/bon-bu-sir',
 *   submittedAt: '2025-02-14T08:30:00+07:00',
 *   values: [{ indicator: 'vneidInstalls', place: 'bon-bu-sir', period: '2025-01', numerator: 18 }],
 * });
 * const [, commune, village] = renderReportCsv(dakNia2022Team(), report).split('\r\n');
 * commune; // "vneidInstalls,digitalGovernment,Số lượt hỗ trợ cài đặt VNeID,dak-nia,xã Đắk Nia,commune,'2025-01,18,,18,count,,,6,1"
 * village; // "vneidInstalls,digitalGovernment,Số lượt hỗ trợ cài đặt VNeID,bon-bu-sir,bon Bu Sir,village,'2025-01,18,,18,count,,,1,1"
 * ```
 * @category Render
 */
export function renderReportCsv(
  team: Team,
  report: Report,
  options: ReportRenderOptions & CsvWriteOptions = {},
): string {
  const checked = checkReportArguments(team, report, options);
  const delimiter =
    options.delimiter === undefined
      ? undefined
      : checkOneOf(options.delimiter, 'options.delimiter', [',', ';'] as const);
  return writeCsvRows(checked.team, checked.report, checked.options, delimiter);
}

const byIndicator = (result: IndicatorResult) => result.indicator;

function writeCsvRows(
  team: Team,
  report: Report,
  options: ReportRenderOptions,
  delimiter: CsvWriteOptions['delimiter'],
): string {
  const data = figuresOf(team, report, options);
  const rows: string[][] = [[...REPORT_CSV_COLUMNS]];
  const byCode = groupBy(data.results, byIndicator);
  const places = byId(team.places);
  for (const { indicator } of data.figures) {
    for (const r of byCode.get(indicator.code) ?? []) {
      const place = places.get(r.place);
      rows.push([
        indicator.code,
        indicator.pillar,
        indicator.name.vi,
        r.place,
        place ? placeName(place) : '',
        r.level,
        r.period,
        String(r.numerator ?? ''),
        String(r.denominator ?? ''),
        String(r.value ?? ''),
        indicator.unit,
        r.target ? `${r.target.comparator} ${r.target.value}` : '',
        r.target && r.value !== null ? String(meetsThreshold(r.value, r.target)) : '',
        String(r.completeness.expected),
        String(r.completeness.reported),
      ]);
    }
  }
  return writeCsv(rows, delimiter);
}
