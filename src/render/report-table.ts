import type { IsoDate } from '../calendar/date.js';
import { formatVietnameseDate } from '../calendar/format.js';
import { placeName } from '../places/query.js';
import { dateOf, type Report, type ReportNote } from '../reports/report-schema.js';
import type { Team } from '../team/schema.js';
import { ACTIVITY_COUNTS, type ActivityCountName } from '../work/activity-schema.js';
import { checkReportArguments } from './arguments.js';
import { markdownCell, markdownInline } from './escape.js';
import {
  figuresOf,
  formatNumber,
  formatValue,
  noteText,
  PILLAR_LABELS,
  PILLARS,
  type ReportFigures,
  type ReportRenderOptions,
  resultKey,
  seatText,
  targetText,
} from './figures.js';

const ACTIVITY_NAMES: Readonly<Record<ActivityCountName, string>> = {
  trainings: 'Buổi tập huấn tổ viên',
  onlineTrainings: 'trong đó trực tuyến',
  trainingAttendees: 'Lượt tổ viên dự tập huấn',
  guidanceSessions: 'Buổi hướng dẫn người dân',
  peopleGuided: 'Lượt người dân được hướng dẫn',
  householdsGuided: 'Hộ được hướng dẫn',
  vneid: 'Hỗ trợ cài đặt VNeID',
  healthBook: 'Hỗ trợ cài đặt Sổ sức khỏe điện tử',
  publicService: 'Hỗ trợ cài đặt, đăng ký Cổng dịch vụ công',
  landInformation: 'Hỗ trợ tra cứu thông tin đất đai',
  eCommerce: 'Hỗ trợ cài đặt ứng dụng thương mại điện tử',
  ePayment: 'Hỗ trợ cài đặt ứng dụng thanh toán điện tử',
  eCommerceRegistration: 'Hỗ trợ đăng ký sàn thương mại điện tử',
  ePaymentAccount: 'Hỗ trợ mở tài khoản thanh toán điện tử',
  onlineDossier: 'Hồ sơ dịch vụ công trực tuyến được hỗ trợ nộp',
  groupsCreated: 'Nhóm mạng xã hội được lập',
  groupHouseholds: 'Hộ trong các nhóm mới lập',
};

function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align: string[],
): string {
  return [
    `| ${header.map(markdownCell).join(' | ')} |`,
    `|${align.join('|')}|`,
    ...rows.map((row) => `| ${row.map(markdownCell).join(' | ')} |`),
  ].join('\n');
}

/**
 * Writes a report — typically a consolidated one — as Markdown with tables: the figures pillar
 * by pillar against their targets, the figures per village, the activity counts, completeness
 * and timeliness at each level, obstacles and proposals with their origin.
 *
 * @param team - The team.
 * @param report - The report.
 * @param options - The catalogue and targets.
 * @returns The Markdown text.
 * @throws {@link InvalidArgumentError} when `team` or `report` does not conform, or the options'
 *   catalogue or targets do not.
 * @example
 * ```ts
 * import { renderReportMarkdown, ReportSchema } from 'to-cong-nghe-so';
 * import { dakNia2022Team } from 'to-cong-nghe-so/samples';
 *
 * const report = ReportSchema.parse({
 *   id: 'r', kind: 'periodic', period: '2025-01', from: 'village-heads/bon-bu-sir',
 *   submittedAt: '2025-02-14T08:30:00+07:00',
 *   values: [{ indicator: 'vneidInstalls', place: 'bon-bu-sir', period: '2025-01', numerator: 18 }],
 * });
 * renderReportMarkdown(dakNia2022Team(), report).split('\n')[0]; // '# Báo cáo chuyển đổi số tháng 1 năm 2025'
 * ```
 * @category Render
 */
export function renderReportMarkdown(
  team: Team,
  report: Report,
  options: ReportRenderOptions = {},
): string {
  const checked = checkReportArguments(team, report, options);
  return writeMarkdown(checked.team, checked.report, checked.options);
}

/** What the Markdown sections are written from. */
interface MarkdownContext {
  readonly team: Team;
  readonly report: Report;
  readonly asOf: IsoDate;
  readonly data: ReportFigures;
}

/** The title and who reports to whom, when: the period, or the ad-hoc request as written. */
function headSection({ team, report, asOf, data }: MarkdownContext): string[] {
  const { request } = report;
  const adHoc = report.kind === 'adHoc' && request !== undefined;
  return [
    adHoc
      ? `# ${markdownInline(request.title.vi)}`
      : `# Báo cáo chuyển đổi số ${markdownInline(data.periodLabel)}`,
    [
      ...(adHoc
        ? [
            `**Báo cáo đột xuất:** yêu cầu ngày ${formatVietnameseDate(request.requestedOn, 'short')}, hạn ${formatVietnameseDate(request.due, 'short')}`,
          ]
        : []),
      `**Người báo cáo:** ${markdownInline(seatText(team, report.from, asOf))}`,
      ...(report.to ? [`**Nơi nhận:** ${markdownInline(seatText(team, report.to, asOf))}`] : []),
      `**Thời gian gửi:** ${markdownInline(report.submittedAt)}`,
    ].join('  \n'),
  ];
}

/** One table per pillar: the figures against their targets. */
function pillarSections({ data }: MarkdownContext): string[] {
  return PILLARS.flatMap((pillar) => {
    const rows = data.figures
      .filter((f) => f.indicator.pillar === pillar)
      .map((f) => [
        f.indicator.name.vi,
        formatValue(f.indicator, f.value),
        f.result.denominator === null
          ? ''
          : `${formatNumber(f.result.numerator ?? 0)}/${formatNumber(f.result.denominator)}`,
        targetText(f),
      ]);
    if (rows.length === 0) return [];
    return [
      `## ${PILLAR_LABELS[pillar].vi}`,
      table(['Chỉ số', 'Giá trị', 'Tử số/mẫu số', 'Chỉ tiêu'], rows, [':--', '--:', '--:', ':--']),
    ];
  });
}

/** The figures of each village, when there are several. */
function villageSection({ data }: MarkdownContext): string[] {
  if (data.villages.length <= 1) return [];
  const rows = data.figures.map((f) => [
    f.indicator.name.vi,
    ...data.villages.map((v) => {
      const r = data.byPlace.get(resultKey(f.indicator.code, v.id));
      return r?.value == null ? '' : formatValue(f.indicator, r.value);
    }),
    formatValue(f.indicator, f.value),
  ]);
  return [
    '## Theo thôn, bon',
    table(['Chỉ số', ...data.villages.map((v) => placeName(v)), 'Tổng'], rows, [
      ':--',
      ...data.villages.map(() => '--:'),
      '--:',
    ]),
  ];
}

/** The activity counts. */
function activitySection({ report }: MarkdownContext): string[] {
  const rows = ACTIVITY_COUNTS.filter((name) => report.activities[name]).map((name) => [
    ACTIVITY_NAMES[name],
    formatNumber(report.activities[name] ?? 0),
  ]);
  if (rows.length === 0) return [];
  return ['## Hoạt động', table(['Hoạt động', 'Số lượng'], rows, [':--', '--:'])];
}

const COVERAGE_HEADER = [
  'Nơi nhận',
  'Phải nộp',
  'Đã nộp',
  'Đúng hạn',
  'Đầy đủ',
  'Đúng hạn (%)',
  'Chưa nộp',
  'Trễ hạn',
];

/** Completeness and timeliness at each level. */
function coverageSection({ team, report, asOf }: MarkdownContext): string[] {
  if (report.coverage.length === 0) return [];
  const rate = (n: number | null) => (n === null ? '' : `${formatNumber(n, 1)}%`);
  const names = (ids: readonly string[]) => ids.map((id) => seatText(team, id, asOf)).join('; ');
  const rows = report.coverage.map((c) => [
    c.to === undefined ? '' : seatText(team, c.to, asOf),
    String(c.expected),
    String(c.received),
    String(c.onTime),
    rate(c.completeness),
    rate(c.timeliness),
    names(c.missing),
    names(c.late),
  ]);
  return [
    '## Tình hình báo cáo',
    table(COVERAGE_HEADER, rows, [':--', '--:', '--:', '--:', '--:', '--:', ':--', ':--']),
  ];
}

/** Results, obstacles and proposals, each with its origin. */
function textSections({ team, report, asOf }: MarkdownContext): string[] {
  const list = (title: string, notes: readonly ReportNote[]) =>
    notes.length === 0
      ? []
      : [
          `## ${title}`,
          notes.map((n) => `- ${markdownInline(noteText(team, n, asOf, report.from))}`).join('\n'),
        ];
  return [
    ...list('Kết quả', report.results),
    ...list('Khó khăn, vướng mắc', report.obstacles),
    ...list('Đề xuất, kiến nghị', report.proposals),
  ];
}

function writeMarkdown(team: Team, report: Report, options: ReportRenderOptions): string {
  const context: MarkdownContext = {
    team,
    report,
    asOf: dateOf(report.submittedAt),
    data: figuresOf(team, report, options),
  };
  const sections = [
    headSection,
    pillarSections,
    villageSection,
    activitySection,
    coverageSection,
    textSections,
  ].flatMap((section) => section(context));
  return `${sections.join('\n\n')}\n`;
}
