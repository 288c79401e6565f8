import { err, ok, type Result } from 'neverthrow';
import { argumentsOrErr, checkDocument } from '../_internal/arguments.js';
import { bodyPlaceOn } from '../_internal/body-places.js';
import type { IsoDate } from '../_internal/dates.js';
import { DECISION_ARGUMENT, TEAM_ARGUMENT } from '../_internal/documents.js';
import { placeNameOf } from '../_internal/names.js';
import { teamIndex } from '../_internal/team-index.js';
import { formatVietnameseDate } from '../calendar/format.js';
import { unknownBody } from '../problems/catalogue/team.js';
import { type Problem, raise } from '../problems/problem.js';
import {
  type Article,
  type Body,
  type Decision,
  DecisionSchema,
  type Team,
  TeamSchema,
} from '../team/schema.js';
import { signatureLines } from '../team/signature.js';
import { type Block, type ListItem, toMarkdown, toText } from './blocks.js';
import { type CompositionProblem, compositionBlocks, dutyBlocks } from './decision-articles.js';

/**
 * A decision rendered in the layout of Nghị định 30/2020/NĐ-CP (Phụ lục I, Mẫu 1.2).
 *
 * @category Render
 */
export interface RenderedDecision {
  /** Plain text, for printing or pasting into a word processor. */
  readonly text: string;
  /** Markdown, for docs and web pages. */
  readonly markdown: string;
}

/**
 * The error of {@link renderDecision}: the issuing body is not one of the team's bodies
 * (`unknown_body`); Article 1 cannot name the leader — the team has no leader seat on the
 * decision's date (`no_leader`) or nobody holds it (`vacant_leader`, e.g. a village without a
 * head) — or a seat appointed by name has nobody (`vacant_seat`); or an argument is not a team or
 * a decision (`invalid_argument`).
 *
 * @category Render
 */
export type RenderDecisionProblem = Problem<
  'unknown_body' | 'no_leader' | 'vacant_leader' | 'vacant_seat' | 'invalid_argument'
>;

const upper = (text: string) => text.toLocaleUpperCase('vi');

function articleBlocks(
  team: Team,
  decision: Decision,
  article: Article,
  date: IsoDate,
): Result<Block[], CompositionProblem> {
  const lead = `Điều ${article.number}.`;
  const [first, ...rest] = article.paragraphs;
  const blocks: Block[] =
    article.heading === undefined
      ? [
          { kind: 'paragraph', lead, text: first ?? '' },
          ...rest.map((text): Block => ({ kind: 'paragraph', text })),
        ]
      : [
          { kind: 'paragraph', lead: `${lead} ${article.heading}`, text: '' },
          ...article.paragraphs.map((text): Block => ({ kind: 'paragraph', text })),
        ];
  if (article.generate === 'composition') {
    return compositionBlocks(team, date).map((clauses) => [...blocks, ...clauses]);
  }
  if (article.generate === 'duties') blocks.push(...dutyBlocks(team, decision, date));
  return ok(blocks);
}

/**
 * Renders a decision about a team — by default the founding one — as text and Markdown in the
 * layout of Nghị định 30/2020/NĐ-CP (Phụ lục I, Mẫu 1.2): the issuing body beside the national
 * title, the number ("Số: 05/QĐ-UBND", zero-padded below 10), place and date ("ngày 05 tháng 01
 * năm 2020"), "QUYẾT ĐỊNH" and the summary, the authority, the legal bases (each "Căn cứ …;",
 * the last one too), the proposer ("Theo đề nghị của … ."), the articles, the recipients ("(b/c)"
 * for report, then "Lưu: …") and the signature block ({@link signatureLines}). Article 1 is
 * written from the seats in force on the day the decision takes effect, grouped by role and by
 * template rule as the decision groups them, the leader always by name ("Bà Quản Thị Ngọc, …",
 * "Ông …, Trưởng thôn Tân Lập,"), village heads by the title of their kind of place ("Trưởng các
 * thôn, bon", "Tổ trưởng các tổ dân phố"), made-up people marked "(minh họa)". Article 2 is the
 * decision's own text, else the template's, else the reference text for the team's scope, its
 * clauses numbered and its role points lettered after the roles the team has that day, with the
 * team's commune, villages and reporting bodies filled in. Every line comes from the data.
 *
 * @param team - The team.
 * @param decision - The decision (one of the team's decisions).
 * @returns `ok({ text, markdown })`; `unknown_body` when the issuer is not a body of the team (at
 *   the decision's `issuerId` in the team file); `no_leader`, `vacant_leader` or `vacant_seat`
 *   when Article 1 cannot name the leader or a person appointed by name; `invalid_argument` when
 *   `team` is not a {@link Team} or `decision` not a {@link Decision}. Costs O(n) in the size of
 *   the team.
 * @example
 * ```ts
 * import { renderDecision } from 'to-cong-nghe-so';
 * import { dakNia2022Team } from 'to-cong-nghe-so/samples';
 *
 * const team = dakNia2022Team();
 * const [founding] = team.decisions;
 * if (founding) {
 *   const { text } = renderDecision(team, founding)._unsafeUnwrap();
 *   text.includes('Số: 23/QĐ-UBND'); // true
 *   text.includes('Đắk Nia, ngày 27 tháng 7 năm 2022'); // true
 * }
 * ```
 * @category Render
 */
export function renderDecision(
  team: Team,
  decision: Decision,
): Result<RenderedDecision, RenderDecisionProblem> {
  const checked = argumentsOrErr(() => ({
    team: checkDocument(TeamSchema, team, 'team', TEAM_ARGUMENT),
    decision: checkDocument(DecisionSchema, decision, 'decision', DECISION_ARGUMENT),
  }));
  if (checked.isErr()) return err(checked.error);
  return render(checked.value.team, checked.value.decision);
}

/** The `unknown_body` problem of a decision whose issuer the team does not have. */
function issuerProblem(team: Team, decision: Decision): RenderDecisionProblem {
  const at = team.decisions.findIndex((d) => d.id === decision.id);
  const path = at < 0 ? ['decision', 'issuerId'] : ['decisions', at, 'issuerId'];
  return raise(unknownBody, path, { bodyId: decision.issuerId });
}

/** The header: the issuing body (and its parent) beside the national title, number, place, date. */
function headerBlock(team: Team, decision: Decision, issuer: Body): Block {
  const index = teamIndex(team);
  const place = index.placeById.get(bodyPlaceOn(issuer, decision.date));
  const where = place ? placeNameOf(place, 'vi') : '';
  const issuerName = issuer.name.vi;
  const splitAt = where && issuerName.endsWith(where) ? issuerName.length - where.length : -1;
  const issuerLines = splitAt > 0 ? [issuerName.slice(0, splitAt).trim(), where] : [issuerName];
  const parent = issuer.parentId === undefined ? undefined : index.bodyById.get(issuer.parentId);
  return {
    kind: 'header',
    left: [...(parent ? [upper(parent.name.vi)] : []), ...issuerLines.map(upper)],
    right: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
    number: `Số: ${String(decision.number).padStart(2, '0')}/${decision.symbol}`,
    placeDate: `${decision.place}, ${formatVietnameseDate(decision.date)}`,
  };
}

/** The legal bases (each "Căn cứ …;", as Mẫu 1.2 writes them) and the proposer ("Theo đề nghị của … ."). */
function preambleBlocks(decision: Decision): Block[] {
  const bases = decision.legalBases.map(
    (basis): Block => ({ kind: 'paragraph', text: `Căn cứ ${basis};`, style: 'italic' }),
  );
  if (decision.proposer === undefined) return bases;
  return [
    ...bases,
    { kind: 'paragraph', text: `Theo đề nghị của ${decision.proposer}.`, style: 'italic' },
  ];
}

/** The recipients ("Nơi nhận:", "(b/c)" for report, then "Lưu: …") and the signature block. */
function closingBlocks(decision: Decision): Block[] {
  const recipients: ListItem[] = [
    ...decision.recipients.map((r) => `${r.name}${r.forReport ? ' (b/c)' : ''}`),
    ...(decision.archive.length > 0 ? [`Lưu: ${decision.archive.join(', ')}`] : []),
  ].map((text, i, all) => ({ text: `${text}${i === all.length - 1 ? '.' : ';'}`, points: [] }));
  const signature = signatureLines(decision.signature);
  return [
    ...(recipients.length === 0
      ? []
      : ([
          { kind: 'paragraph', text: 'Nơi nhận:', style: 'bold' },
          { kind: 'list', items: recipients },
        ] as const)),
    { kind: 'signature', lines: signature.lines, name: signature.name },
  ];
}

/** The blocks of a decision, written out, or why it cannot be. */
function render(team: Team, decision: Decision): Result<RenderedDecision, RenderDecisionProblem> {
  const issuer = teamIndex(team).bodyById.get(decision.issuerId);
  if (!issuer) return err(issuerProblem(team, decision));
  const date = decision.effectiveFrom ?? decision.date;
  const articles: Block[] = [];
  for (const article of decision.articles) {
    const blocks = articleBlocks(team, decision, article, date);
    if (blocks.isErr()) return err(blocks.error);
    articles.push(...blocks.value);
  }
  const blocks: Block[] = [
    headerBlock(team, decision, issuer),
    { kind: 'paragraph', text: 'QUYẾT ĐỊNH', style: 'bold' },
    { kind: 'paragraph', text: decision.summary, style: 'bold' },
    { kind: 'paragraph', text: upper(issuer.name.vi), style: 'bold' },
    ...preambleBlocks(decision),
    { kind: 'paragraph', text: 'QUYẾT ĐỊNH:', style: 'bold' },
    ...articles,
    ...closingBlocks(decision),
  ];
  return ok({ text: toText(blocks), markdown: toMarkdown(blocks) });
}
