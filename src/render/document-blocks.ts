// The blocks of the report to the People's Committee (Nghị định 30/2020/NĐ-CP layout), each
// part a small function of what the document is written from. Text the library did not write
// (names, results, notes, titles) is made one plain line here; the blocks' writers escape it
// for Markdown.
import { byId } from '../_internal/lookup.js';
import { inForce, seatOf } from '../_internal/team-view.js';
import type { IsoDate } from '../calendar/date.js';
import { formatVietnameseDate } from '../calendar/format.js';
import type { Report, ReportingStatus, ReportNote } from '../reports/report-schema.js';
import type { Signature, Team } from '../team/schema.js';
import { signatureLines } from '../team/signature.js';
import type { Block, ListItem } from './blocks.js';
import { plainLine } from './escape.js';
import {
  formatNumber,
  formatValue,
  noteText,
  PILLAR_LABELS,
  PILLARS,
  type ReportFigures,
  requestSubject,
  seatText,
  targetText,
} from './figures.js';

/** What the document's blocks are written from. */
export interface DocumentContext {
  readonly team: Team;
  readonly report: Report;
  readonly receiver: Team['bodies'][number];
  readonly number: string;
  readonly place: string;
  readonly date: IsoDate;
  readonly recipients: readonly string[] | undefined;
  readonly signature: Signature;
  /** The day names are read on: the day the report was submitted. */
  readonly asOf: IsoDate;
  readonly data: ReportFigures;
  /** "Tổ công nghệ số cộng đồng xã Đắk Nia". */
  readonly teamName: string;
}

const point = (text: string): ListItem => ({ text, points: [] });
const upper = (text: string) => plainLine(text).toLocaleUpperCase('vi');

/** What the report is about: the summary line, the opening and the closing sentence. */
function subjectOf({ report, data, teamName }: DocumentContext): {
  summary: string;
  intro: string;
  closing: string;
} {
  const { request } = report;
  if (report.kind === 'adHoc' && request !== undefined) {
    const asked = formatVietnameseDate(request.requestedOn);
    return {
      summary: requestSubject(request.title.vi),
      intro: `Thực hiện yêu cầu ${asked} (${plainLine(request.title.vi)}, hạn ${formatVietnameseDate(request.due, 'short')}), ${teamName} báo cáo như sau:`,
      closing: `Trên đây là báo cáo của ${teamName} theo yêu cầu ${asked}./.`,
    };
  }
  return {
    summary: `Kết quả thực hiện chuyển đổi số ${data.periodLabel}`,
    intro: `${teamName} báo cáo kết quả thực hiện nhiệm vụ chuyển đổi số ${data.periodLabel} như sau:`,
    closing: `Trên đây là báo cáo kết quả thực hiện chuyển đổi số ${data.periodLabel} của ${teamName}./.`,
  };
}

/** The header (issuing body, national title, number, place and date), title and addressee. */
export function openingBlocks(context: DocumentContext): Block[] {
  const { receiver, number, place, date, teamName } = context;
  const subject = subjectOf(context);
  return [
    {
      kind: 'header',
      left: [upper(receiver.name.vi), upper(teamName)],
      right: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
      number: `Số: ${number}`,
      placeDate: `${plainLine(place)}, ${formatVietnameseDate(date)}`,
    },
    { kind: 'paragraph', text: 'BÁO CÁO', style: 'bold' },
    { kind: 'paragraph', text: subject.summary, style: 'bold' },
    { kind: 'paragraph', lead: 'Kính gửi:', text: `${plainLine(receiver.name.vi)}.` },
    { kind: 'paragraph', text: subject.intro },
  ];
}

/** A list of notes with their origin, or "Không có." */
function notesList({ team, report, asOf }: DocumentContext, list: readonly ReportNote[]): Block {
  return {
    kind: 'list',
    items:
      list.length === 0
        ? [point('Không có.')]
        : list.map((n) => point(noteText(team, n, asOf, report.from))),
  };
}

/** I. The figures pillar by pillar against their targets, then the results with their origin. */
export function resultBlocks(context: DocumentContext): Block[] {
  const { report, data } = context;
  let section = 0;
  const pillars = PILLARS.flatMap((pillar): Block[] => {
    const figures = data.figures.filter((f) => f.indicator.pillar === pillar);
    if (figures.length === 0) return [];
    section += 1;
    return [
      { kind: 'paragraph', text: `${section}. ${PILLAR_LABELS[pillar].vi}`, style: 'bold' },
      {
        kind: 'list',
        items: figures.map((f) => {
          const goal = targetText(f);
          return point(
            `${plainLine(f.indicator.name.vi)}: ${formatValue(f.indicator, f.value)}${goal ? ` (${goal})` : ''};`,
          );
        }),
      },
    ];
  });
  const results: Block[] =
    report.results.length === 0
      ? []
      : [
          { kind: 'paragraph', text: `${section + 1}. Kết quả nổi bật`, style: 'bold' },
          notesList(context, report.results),
        ];
  return [
    { kind: 'paragraph', text: 'I. KẾT QUẢ THỰC HIỆN', style: 'bold' },
    ...pillars,
    ...results,
  ];
}

/**
 * Whether a status counts the villages' reports: its senders are members, or — for a status
 * that does not say — it was received by a deputy, who receives the members'.
 */
function isVillageLevel(team: Team, status: ReportingStatus): boolean {
  if (status.role !== undefined) return status.role === 'member';
  return status.to !== undefined && seatOf(team, status.to)?.role === 'deputy';
}

/** II. Completeness and timeliness of the villages' reports (not the deputies' or leader's). */
export function coverageBlocks({ team, report, asOf }: DocumentContext): Block[] {
  const levels = report.coverage.filter((c) => isVillageLevel(team, c));
  const names = (ids: readonly string[]) =>
    ids.map((id) => plainLine(seatText(team, id, asOf))).join(', ');
  const total = { expected: 0, received: 0, onTime: 0 };
  const missing: string[] = [];
  const late: string[] = [];
  for (const c of levels) {
    total.expected += c.expected;
    total.received += c.received;
    total.onTime += c.onTime;
    missing.push(...c.missing);
    late.push(...c.late);
  }
  const rate = (n: number) => `${formatNumber((n / total.expected) * 100, 1)}%`;
  const items =
    total.expected === 0
      ? [point('Không có báo cáo của thôn phải tổng hợp.')]
      : [
          point(
            `Nhận ${total.received}/${total.expected} báo cáo của các thôn (đạt ${rate(total.received)}), ${total.onTime} báo cáo đúng hạn (${rate(total.onTime)});`,
          ),
          ...(missing.length > 0 ? [point(`Chưa báo cáo: ${names(missing)};`)] : []),
          ...(late.length > 0 ? [point(`Báo cáo trễ hạn: ${names(late)};`)] : []),
        ];
  return [
    { kind: 'paragraph', text: 'II. TÌNH HÌNH BÁO CÁO CỦA CÁC THÔN', style: 'bold' },
    { kind: 'list', items },
  ];
}

/** III. Obstacles and IV. proposals, with their origin. */
export function noteBlocks(context: DocumentContext): Block[] {
  return [
    { kind: 'paragraph', text: 'III. KHÓ KHĂN, VƯỚNG MẮC', style: 'bold' },
    notesList(context, context.report.obstacles),
    { kind: 'paragraph', text: 'IV. ĐỀ XUẤT, KIẾN NGHỊ', style: 'bold' },
    notesList(context, context.report.proposals),
  ];
}

/** The bodies the team reports to that are in force on a date, in the team's order. */
function committeesOn(team: Team, asOf: IsoDate): Team['bodies'] {
  const bodies = byId(team.bodies);
  return team.reportsTo.flatMap((id) => {
    const body = bodies.get(id);
    return body !== undefined && inForce(body, asOf) ? [body] : [];
  });
}

/** The lines of a signature block ("TM. …", "KT. …", the title, upper case; then the name), each a plain line. */
function signatureBlock(signature: Signature): { lines: string[]; name: string } {
  const { lines, name } = signatureLines(signature);
  return { lines: lines.map(plainLine), name: plainLine(name) };
}

/** The closing sentence, the recipients and the signature. */
export function closingBlocks(context: DocumentContext): Block[] {
  const { team, receiver, asOf, signature } = context;
  const recipients = (
    context.recipients ?? [
      'Như trên',
      ...committeesOn(team, asOf)
        .filter((b) => b.id !== receiver.id)
        .map((b) => `${plainLine(b.name.vi)} (b/c)`),
      'Lưu: VT',
    ]
  ).map((text, i, all) => point(`${plainLine(text)}${i === all.length - 1 ? '.' : ';'}`));
  return [
    { kind: 'paragraph', text: subjectOf(context).closing },
    { kind: 'paragraph', text: 'Nơi nhận:', style: 'bold' },
    { kind: 'list', items: recipients },
    { kind: 'signature', ...signatureBlock(signature) },
  ];
}
