import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod';
import {
  argumentsOrErr,
  checkDocument,
  checkInteger,
  checkOptions,
} from '../_internal/arguments.js';
import { checkDate } from '../_internal/dates.js';
import { lazySchema } from '../_internal/lazy-schema.js';
import { byId } from '../_internal/lookup.js';
import { holderIdOn, seatOf } from '../_internal/team-view.js';
import { checkText } from '../_internal/text-argument.js';
import type { IsoDate } from '../calendar/date.js';
import { placeName } from '../places/query.js';
import { noSigner, receiverNotBody } from '../problems/catalogue/render.js';
import { type Problem, raise } from '../problems/problem.js';
import { dateOf, type Report } from '../reports/report-schema.js';
import { ROLE_LABELS } from '../team/query.js';
import { type Signature, SignatureSchema, type Team } from '../team/schema.js';
import { TextSchema } from '../text/label.js';
import { seatRef } from '../work/words.js';
import { checkReportArguments } from './arguments.js';
import { toMarkdown, toText } from './blocks.js';
import {
  closingBlocks,
  coverageBlocks,
  type DocumentContext,
  noteBlocks,
  openingBlocks,
  resultBlocks,
} from './document-blocks.js';
import { plainLine } from './escape.js';
import { figuresOf, type ReportRenderOptions } from './figures.js';

/**
 * Options of {@link renderCommuneReport}.
 *
 * @category Render
 */
export interface RenderCommuneReportOptions extends ReportRenderOptions {
  /**
   * The document's number: a whole number from 1 to 1,000,000, written as Nghị định 30/2020
   * writes numbers — below 10 with a leading zero (`5` → `Số: 05/BC-TCNS`).
   */
  readonly number: number;
  /** Its symbol (default `BC-TCNS`). */
  readonly symbol?: string;
  /** The place written before the date (default the commune's name, e.g. `Đắk Nia`). */
  readonly place?: string;
  /** The date of the document (default the day the report was submitted). */
  readonly date?: IsoDate;
  /** The recipients (default: "Như trên", the other bodies the team reports to "(b/c)", "Lưu: VT"). */
  readonly recipients?: readonly string[];
  /**
   * The signature block (default: the sender's role, "TỔ TRƯỞNG", and the person who held the
   * seat on the day of submission — or, for a report not yet submitted, on the document's
   * date). Give `authorities: [{ prefix: 'TM', authority }]` to sign on behalf of the team
   * ("TM. TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG / TỔ TRƯỞNG").
   */
  readonly signature?: Signature;
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
 * of the team, `no_signer` when nobody can sign it, or `invalid_argument`.
 *
 * @category Render
 */
export type RenderCommuneReportProblem = Problem<
  'receiver_not_body' | 'no_signer' | 'invalid_argument'
>;

/** The largest document number accepted. */
const MAX_NUMBER = 1_000_000;

const RECIPIENTS = /* @__PURE__ */ lazySchema(() => z.array(TextSchema));

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
    ...(given.signature === undefined
      ? {}
      : {
          signature: checkDocument(SignatureSchema, given.signature, 'options.signature', {
            vi: 'một khối chữ ký `{ authorities: [{ prefix, authority }], title, name }` (SignatureSchema)',
            en: 'a signature block `{ authorities: [{ prefix, authority }], title, name }` (SignatureSchema)',
          }),
        }),
  };
}

/**
 * The signature of a report: the one given, or the sender's role and the person who held the
 * seat (the report's holder once submitted, else the holder on the document's date).
 */
function signatureOf(
  team: Team,
  report: Report,
  date: IsoDate,
  given: Signature | undefined,
): Result<Signature, RenderCommuneReportProblem> {
  if (given !== undefined) return ok(given);
  const seat = seatOf(team, report.from);
  const personId = report.holder ?? (seat === undefined ? undefined : holderIdOn(team, seat, date));
  const name = personId === undefined ? undefined : byId(team.people).get(personId)?.name;
  if (seat === undefined || name === undefined) {
    return err(raise(noSigner, ['from'], { seat: seatRef(team, report.from, date), on: date }));
  }
  return ok({ authorities: [], title: ROLE_LABELS[seat.role].vi, name });
}

/**
 * Writes the leader's report to the People's Committee as an administrative "Báo cáo" in the
 * layout of Nghị định 30/2020/NĐ-CP: the issuing body under the People's Committee and the
 * national title, number ("Số: 05/BC-TCNS"), place and date, the title and summary, "Kính gửi",
 * the body — I. results pillar by pillar against the targets, then the results written, each
 * with its origin (the village and member it comes from); II. completeness and timeliness of the
 * villages' reports; III. obstacles and IV. proposals, with their origin — the recipients and the
 * signature. An ad-hoc report (an answer to a request) gets the request as its summary, never
 * upper-cased. Names and free text are written as one line each, so that no name can start a
 * line, a heading or a list item of its own.
 *
 * @param team - The team.
 * @param report - The report (sent to a body, e.g. the commune People's Committee).
 * @param options - The number, symbol, place, date, recipients, signature, catalogue and targets.
 * @returns `ok({ text, markdown })`; `receiver_not_body` when the report is not sent to a body of
 *   the team; `no_signer` when no signature is given and the sender's seat had no holder;
 *   `invalid_argument` when `team` or `report` does not conform, or an option is out of range (a
 *   number that is not a whole number from 1 to 1,000,000 — `-1.5` and `0` are refused — a date
 *   outside 1900–2100, a signature that is not a {@link Signature}). Never throws.
 * @example
 * ```ts
 * import { renderCommuneReport, ReportSchema } from 'to-cong-nghe-so';
 * import { dakNia2022Team } from 'to-cong-nghe-so/samples';
 *
 * const report = ReportSchema.parse({
 *   id: 'r', kind: 'periodic', period: '2025-01', from: 'leader/1', holder: 'quan-thi-ngoc',
 *   to: 'dak-nia-pc', submittedAt: '2025-02-20T14:00:00+07:00',
 * });
 * const { text } = renderCommuneReport(dakNia2022Team(), report, { number: 5 })._unsafeUnwrap();
 * text.includes('Số: 05/BC-TCNS'); // true
 * text.includes('Đắk Nia, ngày 20 tháng 02 năm 2025'); // true
 * const signed = renderCommuneReport(dakNia2022Team(), report, {
 *   number: 12,
 *   signature: { authorities: [{ prefix: 'TM', authority: 'Tổ công nghệ số cộng đồng' }], title: 'Tổ trưởng', name: 'Quản Thị Ngọc' },
 * })._unsafeUnwrap();
 * signed.text.includes('TM. TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG\nTỔ TRƯỞNG'); // true
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
    const asOf = dateOf(args.report.submittedAt);
    const date = args.document.date ?? asOf;
    return signatureOf(args.team, args.report, date, args.document.signature).map((signature) =>
      writeCommuneReport(
        contextOf(args.team, args.report, receiver, signature, {
          ...args.options,
          ...args.document,
        }),
      ),
    );
  });
}

/** What the document is written from, for checked arguments. */
function contextOf(
  team: Team,
  report: Report,
  receiver: Team['bodies'][number],
  signature: Signature,
  options: RenderCommuneReportOptions,
): DocumentContext {
  const data = figuresOf(team, report, options);
  const where = data.commune ? plainLine(placeName(data.commune)) : '';
  const asOf = dateOf(report.submittedAt);
  return {
    team,
    report,
    receiver,
    number: `${String(options.number).padStart(2, '0')}/${plainLine(options.symbol ?? 'BC-TCNS')}`,
    place: options.place ?? data.commune?.name ?? '',
    date: options.date ?? asOf,
    recipients: options.recipients,
    signature,
    asOf,
    data,
    teamName: `Tổ công nghệ số cộng đồng${where ? ` ${where}` : ''}`,
  };
}

function writeCommuneReport(context: DocumentContext): RenderedReport {
  const blocks = [openingBlocks, resultBlocks, coverageBlocks, noteBlocks, closingBlocks].flatMap(
    (part) => part(context),
  );
  return { text: toText(blocks), markdown: toMarkdown(blocks) };
}
