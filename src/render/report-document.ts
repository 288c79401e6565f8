import { err, ok, type Result } from 'neverthrow';
import { z } from 'zod';
import {
  argumentsOrErr,
  checkDocument,
  checkInteger,
  checkOptions,
} from '../_internal/arguments.js';
import { checkDate } from '../_internal/dates.js';
import { byId } from '../_internal/lookup.js';
import { inForce, seatOf } from '../_internal/team-view.js';
import { checkText } from '../_internal/text-argument.js';
import type { IsoDate } from '../calendar/date.js';
import { formatVietnameseDate } from '../calendar/format.js';
import { placeName } from '../places/query.js';
import { receiverNotBody } from '../problems/catalogue/render.js';
import { type Problem, raise } from '../problems/problem.js';
import { dateOf, type Report } from '../reports/report-schema.js';
import { ROLE_LABELS } from '../team/query.js';
import type { Team } from '../team/schema.js';
import { TextSchema } from '../text/label.js';
import { checkReportArguments } from './arguments.js';
import { type Block, type ListItem, toMarkdown, toText } from './blocks.js';
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
 * Options of {@link renderCommuneReport}.
 *
 * @category Render
 */
export interface RenderCommuneReportOptions extends ReportRenderOptions {
  /** The document's number (e.g. `5` → `Số: 05/BC-TCNS`). */
  readonly number: number;
  /** Its symbol (default `BC-TCNS`). */
  readonly symbol?: string;
  /** The place written before the date (default the commune's name, e.g. `Đắk Nia`). */
  readonly place?: string;
  /** The date of the document (default the day the report was submitted). */
  readonly date?: IsoDate;
  /** The recipients (default: "Như trên", the other bodies the team reports to "(b/c)", "Lưu: VT"). */
  readonly recipients?: readonly string[];
}

/**
 * A rendered report document, as plain text and as Markdown.
 *
 * @category Render
 */
export interface RenderedReport {
  /** Plain text. */
  readonly text: string;
  /** Markdown. */
  readonly markdown: string;
}

/**
 * The problem of {@link renderCommuneReport}: `receiver_not_body` for a report sent to no body
 * of the team, or `invalid_argument`.
 *
 * @category Render
 */
export type RenderCommuneReportProblem = Problem<'receiver_not_body' | 'invalid_argument'>;

/** The largest document number accepted. */
const MAX_NUMBER = 1_000_000;

const RECIPIENTS = z.array(TextSchema);

/** The options of {@link renderCommuneReport}, checked. */
function checkDocumentOptions(options: RenderCommuneReportOptions): RenderCommuneReportOptions {
  const given = checkOptions(options, 'options');
  return {
    number: checkInteger(given.number, 'options.number', 1, MAX_NUMBER),
    ...(given.symbol === undefined ? {} : { symbol: checkText(given.symbol, 'options.symbol') }),
    ...(given.place === undefined ? {} : { place: checkText(given.place, 'options.place') }),
    ...(given.date === undefined ? {} : { date: checkDate(given.date, 'options.date') }),
    ...(given.recipients === undefined
      ? {}
      : {
          recipients: checkDocument(RECIPIENTS, given.recipients, 'options.recipients', {
            vi: 'một danh sách nơi nhận (chuỗi ký tự)',
            en: 'a list of recipients (text)',
          }),
        }),
  };
}

const upper = (text: string) => text.toLocaleUpperCase('vi');

/**
 * Writes the leader's report to the People's Committee as an administrative "Báo cáo" in the
 * layout of Nghị định 30/2020/NĐ-CP: the issuing body under the People's Committee and the
 * national title, number ("Số: 05/BC-TCNS"), place and date, the title and summary, "Kính gửi",
 * the body — I. results pillar by pillar against the targets, II. completeness and timeliness of
 * the reports, III. obstacles, IV. proposals — the recipients and the leader's signature.
 *
 * @param team - The team.
 * @param report - The report (sent to a body, e.g. the commune People's Committee).
 * @param options - The number, symbol, place, date, recipients, catalogue and targets.
 * @returns `ok({ text, markdown })`; `receiver_not_body` when the report is not sent to a body of
 *   the team; `invalid_argument` when `team` or `report` does not conform, or an option is out
 *   of range (a number that is not a whole number from 1 to 1,000,000, a date outside
 *   1900–2100). Never throws.
 * @example
 * ```ts
 * import { dakNia2022Team, renderCommuneReport, ReportSchema } from 'to-cong-nghe-so';
 *
 * const report = ReportSchema.parse({
 *   id: 'r', kind: 'periodic', period: '2025-01', from: 'leader/1', holder: 'quan-thi-ngoc',
 *   to: 'dak-nia-pc', submittedAt: '2025-02-20T14:00:00+07:00',
 * });
 * const { text } = renderCommuneReport(dakNia2022Team(), report, { number: 5 })._unsafeUnwrap();
 * text.includes('Số: 05/BC-TCNS'); // true
 * text.includes('Đắk Nia, ngày 20 tháng 02 năm 2025'); // true
 * ```
 * @category Render
 */
export function renderCommuneReport(
  team: Team,
  report: Report,
  options: RenderCommuneReportOptions,
): Result<RenderedReport, RenderCommuneReportProblem> {
  return argumentsOrErr(() => ({
    ...checkReportArguments(team, report, options),
    document: checkDocumentOptions(options),
  })).andThen((args) => {
    const receiver =
      args.report.to === undefined ? undefined : byId(args.team.bodies).get(args.report.to);
    if (receiver === undefined) {
      return err(
        raise(
          receiverNotBody,
          ['to'],
          args.report.to === undefined ? {} : { receiverId: args.report.to },
        ),
      );
    }
    return ok(
      writeCommuneReport(args.team, args.report, receiver, { ...args.options, ...args.document }),
    );
  });
}

/** What the document's blocks are written from. */
interface DocumentContext {
  readonly team: Team;
  readonly report: Report;
  readonly receiver: Team['bodies'][number];
  readonly options: RenderCommuneReportOptions;
  readonly asOf: IsoDate;
  readonly data: ReportFigures;
  /** "Tổ công nghệ số cộng đồng xã Đắk Nia". */
  readonly teamName: string;
}

const point = (text: string): ListItem => ({ text, points: [] });

/** The header (issuing body, national title, number, place and date), title and addressee. */
function openingBlocks({ receiver, options, asOf, data, teamName }: DocumentContext): Block[] {
  const number = `${String(options.number).padStart(2, '0')}/${options.symbol ?? 'BC-TCNS'}`;
  return [
    {
      kind: 'header',
      left: [upper(receiver.name.vi), upper(teamName)],
      right: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
      number: `Số: ${number}`,
      placeDate: `${options.place ?? data.commune?.name ?? ''}, ${formatVietnameseDate(options.date ?? asOf)}`,
    },
    { kind: 'paragraph', text: 'BÁO CÁO', style: 'bold' },
    {
      kind: 'paragraph',
      text: `Kết quả thực hiện chuyển đổi số ${data.periodLabel}`,
      style: 'bold',
    },
    { kind: 'paragraph', lead: 'Kính gửi:', text: `${receiver.name.vi}.` },
    {
      kind: 'paragraph',
      text: `${teamName} báo cáo kết quả thực hiện nhiệm vụ chuyển đổi số ${data.periodLabel} như sau:`,
    },
  ];
}

/** I. The figures pillar by pillar against their targets, then the results written. */
function resultBlocks({ report, data }: DocumentContext): Block[] {
  const pillars = PILLARS.flatMap((pillar, i): Block[] => {
    const figures = data.figures.filter((f) => f.indicator.pillar === pillar);
    if (figures.length === 0) return [];
    return [
      { kind: 'paragraph', text: `${i + 1}. ${PILLAR_LABELS[pillar].vi}`, style: 'bold' },
      {
        kind: 'list',
        items: figures.map((f) => {
          const goal = targetText(f);
          return point(
            `${f.indicator.name.vi}: ${formatValue(f.indicator, f.value)}${goal ? ` (${goal})` : ''};`,
          );
        }),
      },
    ];
  });
  return [
    { kind: 'paragraph', text: 'I. KẾT QUẢ THỰC HIỆN', style: 'bold' },
    ...pillars,
    ...(report.results.length > 0
      ? [{ kind: 'list', items: report.results.map(point) } as const]
      : []),
  ];
}

/** II. Completeness and timeliness of the reports received at each level. */
function coverageBlocks({ team, report, asOf }: DocumentContext): Block[] {
  const names = (ids: readonly string[]) => ids.map((s) => seatText(team, s, asOf)).join(', ');
  const items = report.coverage.map((c) => {
    const rate = c.completeness === null ? '' : `, đạt ${formatNumber(c.completeness, 1)}%`;
    const missing = c.missing.length > 0 ? `; chưa báo cáo: ${names(c.missing)}` : '';
    const late = c.late.length > 0 ? `; trễ hạn: ${names(c.late)}` : '';
    const to = c.to === undefined ? '' : `${seatText(team, c.to, asOf)}: `;
    return point(
      `${to}nhận ${c.received}/${c.expected} báo cáo${rate}, ${c.onTime} đúng hạn${missing}${late};`,
    );
  });
  return [
    { kind: 'paragraph', text: 'II. TÌNH HÌNH BÁO CÁO CỦA CÁC THÔN', style: 'bold' },
    { kind: 'list', items: items.length > 0 ? items : [point('Không có báo cáo phải tổng hợp.')] },
  ];
}

/** III. Obstacles and IV. proposals, with their origin. */
function noteBlocks({ team, report, asOf }: DocumentContext): Block[] {
  const notes = (list: Report['obstacles']): Block => ({
    kind: 'list',
    items:
      list.length === 0
        ? [point('Không có.')]
        : list.map((n) => point(noteText(team, n, asOf, report.from))),
  });
  return [
    { kind: 'paragraph', text: 'III. KHÓ KHĂN, VƯỚNG MẮC', style: 'bold' },
    notes(report.obstacles),
    { kind: 'paragraph', text: 'IV. ĐỀ XUẤT, KIẾN NGHỊ', style: 'bold' },
    notes(report.proposals),
  ];
}

/** The closing sentence, the recipients and the signature. */
function closingBlocks(context: DocumentContext): Block[] {
  const { team, report, receiver, options, asOf, data, teamName } = context;
  const recipients = (
    options.recipients ?? [
      'Như trên',
      ...committeesOn(team, asOf)
        .filter((b) => b.id !== receiver.id)
        .map((b) => `${b.name.vi} (b/c)`),
      'Lưu: VT',
    ]
  ).map((text, i, all) => point(`${text}${i === all.length - 1 ? '.' : ';'}`));
  const holder = report.holder === undefined ? undefined : byId(team.people).get(report.holder);
  const seat = seatOf(team, report.from);
  return [
    {
      kind: 'paragraph',
      text: `Trên đây là báo cáo kết quả thực hiện chuyển đổi số ${data.periodLabel} của ${teamName}./.`,
    },
    { kind: 'paragraph', text: 'Nơi nhận:', style: 'bold' },
    { kind: 'list', items: recipients },
    {
      kind: 'signature',
      lines: [upper(seat ? ROLE_LABELS[seat.role].vi : '')],
      name: holder?.name ?? '',
    },
  ];
}

function writeCommuneReport(
  team: Team,
  report: Report,
  receiver: Team['bodies'][number],
  options: RenderCommuneReportOptions,
): RenderedReport {
  const data = figuresOf(team, report, options);
  const where = data.commune ? placeName(data.commune) : '';
  const context: DocumentContext = {
    team,
    report,
    receiver,
    options,
    asOf: dateOf(report.submittedAt),
    data,
    teamName: `Tổ công nghệ số cộng đồng${where ? ` ${where}` : ''}`,
  };
  const blocks = [openingBlocks, resultBlocks, coverageBlocks, noteBlocks, closingBlocks].flatMap(
    (part) => part(context),
  );
  return { text: toText(blocks), markdown: toMarkdown(blocks) };
}

/** The bodies the team reports to that are in force on a date, in the team's order. */
function committeesOn(team: Team, asOf: IsoDate): Team['bodies'] {
  const bodies = byId(team.bodies);
  return team.reportsTo.flatMap((id) => {
    const body = bodies.get(id);
    return body !== undefined && inForce(body, asOf) ? [body] : [];
  });
}
