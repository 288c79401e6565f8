import * as z from 'zod';
import { checkDocument, checkInteger, checkOneOf } from '../_internal/arguments.js';
import { deepFreeze } from '../_internal/freeze.js';
import { lazySchema } from '../_internal/lazy-schema.js';
import { seatOf } from '../_internal/team-view.js';
import type { IsoDate } from '../calendar/date.js';
import { formatVietnameseDate } from '../calendar/format.js';
import type { Pillar } from '../indicators/definition.js';
import { placeName } from '../places/query.js';
import { dateOf, type Report, type ReportNote } from '../reports/report-schema.js';
import { PersonSchema, SeatSchema, type Team } from '../team/schema.js';
import type { ActivityCounts } from '../work/activity-schema.js';
import { TaskInstanceSchema } from '../work/arguments.js';
import type { FollowUpItem } from '../work/follow-up.js';
import { checkReportArguments } from './arguments.js';
import { plainLine } from './escape.js';
import {
  figuresOf,
  formatNumber,
  formatValue,
  noteText,
  PILLAR_LABELS,
  PILLARS,
  type ReportFigures,
  type ReportRenderOptions,
  seatText,
  targetText,
} from './figures.js';

/**
 * The social-network platforms a team posts in (Quyết định 23, Điều 2.1 and 2.2.c).
 *
 * @category Render
 */
export type GroupPlatform = 'zalo' | 'facebook' | 'mocha';

/**
 * The longest message the group message renderer writes per platform by default, in characters.
 * These are conservative working limits chosen by the library so that a message is easy to read
 * on a phone, not limits published by the platforms; pass `maxLength` to use your own.
 *
 * @example
 * ```ts
 * import { GROUP_MESSAGE_LIMITS } from 'to-cong-nghe-so';
 *
 * GROUP_MESSAGE_LIMITS.zalo; // 2000
 * ```
 * @category Render
 */
export const GROUP_MESSAGE_LIMITS: Readonly<Record<GroupPlatform, number>> = deepFreeze({
  zalo: 2000,
  facebook: 5000,
  mocha: 1000,
});

/** The shortest and longest part length a caller may ask for. */
const LENGTH_LIMITS = { min: 20, max: 1_000_000 } as const;

const OverdueSchema = /* @__PURE__ */ lazySchema(() =>
  z.array(
    z.object({
      task: TaskInstanceSchema,
      seat: SeatSchema,
      holder: PersonSchema.optional(),
      status: z.object({ deadline: z.string() }).loose(),
    }),
  ),
);

/**
 * Options of {@link renderGroupMessage}.
 *
 * @category Render
 */
export interface RenderGroupMessageOptions extends ReportRenderOptions {
  /** The platform (default `zalo`). */
  readonly platform?: GroupPlatform;
  /**
   * The longest part, in characters (default {@link GROUP_MESSAGE_LIMITS} of the platform): a
   * whole number from 20 to 1,000,000.
   */
  readonly maxLength?: number;
  /** Overdue tasks to list (e.g. from {@link followUp}). */
  readonly overdue?: readonly FollowUpItem[];
}

const ACTIVITY_LINES: [keyof ActivityCounts, string][] = [
  ['householdsGuided', 'Số hộ được hướng dẫn'],
  ['trainingAttendees', 'Lượt tổ viên dự tập huấn'],
  ['groupHouseholds', 'Số hộ trong các nhóm mới lập'],
];

/**
 * Writes a report as the message a member or deputy posts in the village's or team's Zalo,
 * Facebook or Mocha group (Điều 2.2.c): short Vietnamese plain text with line breaks and "-"
 * bullets — the period, who reports, the key figures pillar by pillar (against their targets),
 * what is late (reports not received or received late, overdue tasks), obstacles and proposals.
 * A message longer than the platform's limit is split into numbered parts "(1/2)", "(2/2)", at
 * section breaks where possible.
 *
 * @param team - The team.
 * @param report - The report (a member's, a deputy's or the leader's).
 * @param options - The platform or length limit, the catalogue and targets, overdue tasks.
 * @returns The parts to post, in order (one part when it fits).
 * @throws {@link InvalidArgumentError} when `team` or `report` does not conform, or an option is
 *   out of range (an unknown platform, a length that is not a whole number from 20 to 1,000,000,
 *   overdue items that are not follow-up items).
 * @example
 * ```ts
 * import { renderGroupMessage, ReportSchema } from 'to-cong-nghe-so';
 * import { dakNia2022Team } from 'to-cong-nghe-so/samples';
 *
 * const report = ReportSchema.parse({
 *   id: 'r', kind: 'periodic', period: '2025-01', from: 'village-heads/bon-bu-sir',
 *   submittedAt: '2025-02-14T08:30:00+07:00',
 *   values: [{ indicator: 'vneidInstalls', place: 'bon-bu-sir', period: '2025-01', numerator: 18 }],
 * });
 * const [message] = renderGroupMessage(dakNia2022Team(), report);
 * message?.split('\n').slice(0, 3);
 * // ['BÁO CÁO CHUYỂN ĐỔI SỐ THÁNG 1 NĂM 2025', 'Người báo cáo: bon Bu Sir (Điểu Bri)', '']
 * ```
 * @category Render
 */
export function renderGroupMessage(
  team: Team,
  report: Report,
  options: RenderGroupMessageOptions = {},
): string[] {
  const checked = checkReportArguments(team, report, options);
  return writeGroupMessage(checked.team, checked.report, {
    ...checked.options,
    ...checkMessageOptions(options),
  });
}

/** The platform, length and overdue tasks of checked options. */
function checkMessageOptions(options: RenderGroupMessageOptions): {
  maxLength: number;
  overdue: readonly FollowUpItem[];
} {
  const platform =
    options.platform === undefined
      ? 'zalo'
      : checkOneOf(options.platform, 'options.platform', ['zalo', 'facebook', 'mocha'] as const);
  const maxLength =
    options.maxLength === undefined
      ? GROUP_MESSAGE_LIMITS[platform]
      : checkInteger(options.maxLength, 'options.maxLength', LENGTH_LIMITS.min, LENGTH_LIMITS.max);
  const overdue =
    options.overdue === undefined
      ? []
      : (checkDocument(OverdueSchema, options.overdue, 'options.overdue', {
          vi: 'một danh sách việc quá hạn (kết quả của `followUp`)',
          en: 'a list of overdue tasks (from `followUp`)',
        }) as unknown as readonly FollowUpItem[]);
  return { maxLength, overdue };
}

/** The heading lines: what is reported (a period, or an ad-hoc request), by whom, where. */
function headLines(team: Team, report: Report, data: ReportFigures, asOf: IsoDate): string[] {
  const sender = seatOf(team, report.from);
  const { request } = report;
  const what =
    report.kind === 'adHoc' && request !== undefined
      ? [
          'BÁO CÁO ĐỘT XUẤT',
          `Nội dung: ${plainLine(request.title.vi)}`,
          `Yêu cầu ngày ${formatVietnameseDate(request.requestedOn, 'short')}, hạn ${formatVietnameseDate(request.due, 'short')}`,
        ]
      : [`BÁO CÁO CHUYỂN ĐỔI SỐ ${data.periodLabel.toLocaleUpperCase('vi')}`];
  return [
    ...what,
    `Người báo cáo: ${plainLine(seatText(team, report.from, asOf))}`,
    ...(sender?.role === 'deputy' && data.villages.length > 0
      ? [`Địa bàn: ${data.villages.map((v) => plainLine(placeName(v))).join(', ')}`]
      : []),
  ];
}

/** The key figures of one pillar, against their targets, and the team's activity counts. */
function pillarLines(report: Report, data: ReportFigures, pillar: Pillar): string[] {
  const lines = data.figures
    .filter((f) => f.indicator.pillar === pillar && f.value !== 0)
    .map((f) => {
      const goal = targetText(f);
      return `- ${plainLine(f.indicator.name.vi)}: ${formatValue(f.indicator, f.value)}${goal ? ` (${goal})` : ''}`;
    });
  if (pillar === 'foundation') {
    for (const [name, text] of ACTIVITY_LINES) {
      const n = report.activities[name];
      if (n) lines.push(`- ${text}: ${formatNumber(n)}`);
    }
  }
  return lines;
}

function writeGroupMessage(
  team: Team,
  report: Report,
  options: ReportRenderOptions & { maxLength: number; overdue: readonly FollowUpItem[] },
): string[] {
  const asOf = dateOf(report.submittedAt);
  const data = figuresOf(team, report, options);
  const sections: string[][] = [headLines(team, report, data, asOf)];
  for (const pillar of PILLARS) {
    const lines = pillarLines(report, data, pillar);
    if (lines.length > 0) {
      sections.push([PILLAR_LABELS[pillar].vi.toLocaleUpperCase('vi'), ...lines]);
    }
  }
  const notes = (title: string, list: readonly ReportNote[]) => {
    if (list.length > 0) {
      sections.push([title, ...list.map((n) => `- ${noteText(team, n, asOf, report.from)}`)]);
    }
  };
  notes('KẾT QUẢ', report.results);
  const late = lateLines(team, report, asOf, options.overdue);
  if (late.length > 0) sections.push(['CHẬM, THIẾU', ...late]);
  notes('KHÓ KHĂN, VƯỚNG MẮC', report.obstacles);
  notes('ĐỀ XUẤT, KIẾN NGHỊ', report.proposals);
  return split(
    sections.map((s) => s.join('\n')),
    options.maxLength,
  );
}

function lateLines(
  team: Team,
  report: Report,
  asOf: IsoDate,
  overdue: readonly FollowUpItem[],
): string[] {
  const seat = (id: string) => plainLine(seatText(team, id, asOf));
  const lines: string[] = [];
  for (const status of report.coverage) {
    for (const id of status.missing) lines.push(`- Chưa báo cáo: ${seat(id)}`);
    for (const id of status.late) lines.push(`- Báo cáo trễ hạn: ${seat(id)}`);
  }
  for (const item of overdue) {
    lines.push(
      `- Việc quá hạn: ${plainLine(item.task.task.title.vi)} (${seat(item.seat.id)}, hạn ${formatVietnameseDate(item.status.deadline, 'short')})`,
    );
  }
  return lines;
}

/** Joins sections into parts of at most `budget` characters, at section breaks where possible. */
function pack(sections: readonly string[], budget: number): string[] {
  const pieces = sections.flatMap((s) => (s.length <= budget ? [s] : chop(s, budget)));
  const parts: string[] = [];
  let current = '';
  for (const piece of pieces) {
    const joined = current ? `${current}\n\n${piece}` : piece;
    if (joined.length <= budget) current = joined;
    else {
      parts.push(current);
      current = piece;
    }
  }
  parts.push(current);
  return parts;
}

/**
 * Splits a message longer than `limit` into numbered parts "(1/n)\n…" that each fit, the number
 * of digits of `n` taken into account.
 */
function split(sections: readonly string[], limit: number): string[] {
  const whole = sections.join('\n\n');
  if (whole.length <= limit) return [whole];
  for (let digits = 1; ; digits += 1) {
    const budget = Math.max(limit - (2 * digits + 4), 1);
    const parts = pack(sections, budget);
    if (String(parts.length).length <= digits) {
      return parts.map((part, i) => `(${i + 1}/${parts.length})\n${part}`);
    }
  }
}

/**
 * Cuts a section longer than a part into pieces of at most `budget` characters, at line ends
 * where possible; a line longer than a part goes on in lines that start with two spaces, so that
 * no piece of a line can read as a line of its own ("- …").
 */
function chop(text: string, budget: number): string[] {
  const out: string[] = [];
  let current = '';
  const add = (piece: string) => {
    const joined = current ? `${current}\n${piece}` : piece;
    if (joined.length <= budget) current = joined;
    else {
      out.push(current);
      current = piece;
    }
  };
  for (const line of text.split('\n')) {
    if (line.length <= budget) {
      add(line);
      continue;
    }
    add(line.slice(0, budget));
    const width = Math.max(budget - CONTINUATION.length, 1);
    for (let rest = line.slice(budget); rest.length > 0; rest = rest.slice(width)) {
      add(`${CONTINUATION}${rest.slice(0, width)}`);
    }
  }
  if (current) out.push(current);
  return out;
}

/** What starts the continuation of a line cut across parts. */
const CONTINUATION = '  ';
