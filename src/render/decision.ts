import { err, ok, type Result } from 'neverthrow';
import { argumentsOrErr, checkDocument } from '../_internal/arguments.js';
import { isActive } from '../_internal/dated.js';
import { DECISION_ARGUMENT, TEAM_ARGUMENT } from '../_internal/documents.js';
import { dutyText, villageNouns } from '../_internal/duty-text.js';
import { placeNameOf } from '../_internal/names.js';
import { holderOfSeat, teamIndex } from '../_internal/team-index.js';
import { describeSeatIn } from '../_internal/team-names.js';
import { formatVietnameseDate } from '../calendar/format.js';
import { DUTIES, type Duty } from '../duties/catalogue.js';
import { unknownBody } from '../problems/catalogue/team.js';
import { type Problem, raise } from '../problems/problem.js';
import {
  type Article,
  type Body,
  type Decision,
  DecisionSchema,
  type Role,
  type Rule,
  type Seat,
  type Team,
  TeamSchema,
} from '../team/schema.js';
import { type Block, type ListItem, toMarkdown, toText } from './blocks.js';

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
 * (`unknown_body`), or an argument is not a team or a decision (`invalid_argument`).
 *
 * @category Render
 */
export type RenderDecisionProblem = Problem<'unknown_body' | 'invalid_argument'>;

const ROLE_HEADINGS: Record<Role, string> = {
  leader: 'Tổ trưởng',
  deputy: 'Tổ phó',
  member: 'Các Tổ viên',
};
const ROLE_ORDER: readonly Role[] = ['leader', 'deputy', 'member'];
const DUTY_HEADINGS: Record<Role, string> = {
  leader: 'Tổ trưởng',
  deputy: 'Tổ phó',
  member: 'Tổ viên',
};
const upper = (text: string) => text.toLocaleUpperCase('vi');
const LETTERS = ['a', 'b', 'c'];

function punctuate(lines: readonly string[]): ListItem[] {
  return lines.map((line, i) => ({
    text: `${line}${i === lines.length - 1 ? '.' : ';'}`,
    points: [],
  }));
}

function honorific(gender: 'female' | 'male' | undefined): string {
  return gender === 'female' ? 'Bà' : gender === 'male' ? 'Ông' : 'Ông (bà)';
}

/** The villages of a `villageHeads` rule's seats, when Article 1 groups them in one line. */
function villageKinds(team: Team, seats: readonly Seat[], rule: Rule): Set<string> | undefined {
  const places = teamIndex(team).placeById;
  const kinds = new Set<string>();
  let count = 0;
  for (const seat of seats) {
    const filling = seat.filling;
    if (seat.ruleId !== rule.id || filling.kind !== 'villageHead') continue;
    const village = places.get(filling.villageId);
    if (!village) continue;
    count += 1;
    kinds.add(village.kind);
  }
  return count > 1 ? kinds : undefined;
}

/** The words of Article 1 for the seats of one role, grouped as the template's rules say. */
function compositionLines(team: Team, seats: readonly Seat[], date: Decision['date']): string[] {
  const rules = new Map((team.template?.rules ?? []).map((rule) => [rule.id, rule]));
  const lines: string[] = [];
  const done = new Set<string>();
  for (const seat of seats) {
    const rule = seat.ruleId === undefined ? undefined : rules.get(seat.ruleId);
    if (rule && done.has(rule.id)) continue;
    if (rule?.line) {
      done.add(rule.id);
      lines.push(rule.line.vi);
      continue;
    }
    if (rule?.kind === 'villageHeads') {
      done.add(rule.id);
      const kinds = villageKinds(team, seats, rule);
      if (kinds) {
        lines.push(`Trưởng các ${villageNouns(kinds)}`);
        continue;
      }
    }
    lines.push(seatLine(team, seat, date));
  }
  return lines;
}

function seatLine(team: Team, seat: Seat, date: Decision['date']): string {
  const index = teamIndex(team);
  const filling = seat.filling;
  switch (filling.kind) {
    case 'exOfficio':
      return index.officeById.get(filling.officeId)?.title.vi ?? filling.officeId;
    case 'delegate': {
      const body = index.bodyById.get(filling.bodyId);
      return `${body?.name.vi ?? filling.bodyId} cử 01 cán bộ tham gia tổ`;
    }
    case 'villageHead': {
      const village = index.placeById.get(filling.villageId);
      return `Trưởng ${village ? placeNameOf(village, 'vi') : filling.villageId}`;
    }
    case 'named': {
      const person = holderOfSeat(team, seat, date);
      const titles = describeSeatIn(team, seat, date).vi;
      return `${honorific(person?.gender)} ${person?.name ?? '…'}${titles ? `, ${titles}` : ''}`;
    }
  }
}

function compositionBlocks(team: Team, date: Decision['date']): Block[] {
  const seats = team.seats.filter((s) => isActive(s, date));
  const blocks: Block[] = [];
  let clause = 0;
  for (const role of ROLE_ORDER) {
    const roleSeats = seats.filter((s) => s.role === role);
    if (roleSeats.length === 0) continue;
    clause += 1;
    blocks.push({ kind: 'paragraph', text: `${clause}. ${ROLE_HEADINGS[role]}:`, style: 'bold' });
    const [only] = roleSeats;
    if (role === 'leader' && roleSeats.length === 1 && only?.filling.kind === 'named') {
      blocks.push({
        kind: 'paragraph',
        text: `${seatLine(team, only, date)},\nTổ trưởng ${team.name.vi}.`,
      });
    } else {
      blocks.push({ kind: 'list', items: punctuate(compositionLines(team, roleSeats, date)) });
    }
  }
  return blocks;
}

function dutyBlocks(team: Team, date: Decision['date']): Block[] {
  const text = (duty: Duty) => dutyText(duty, team, date).vi;
  const items = (duties: readonly Duty[]): ListItem[] =>
    duties
      .filter((d) => d.parentId === undefined)
      .map((d) => ({
        text: text(d),
        points: duties.filter((p) => p.parentId === d.id).map(text),
      }));
  const roles = ROLE_ORDER.filter((role) =>
    team.seats.some((s) => s.role === role && isActive(s, date)),
  );
  const blocks: Block[] = [
    { kind: 'paragraph', text: '1. Chế độ làm việc:', style: 'bold' },
    { kind: 'list', items: items(DUTIES.filter((d) => d.roles.length === ROLE_ORDER.length)) },
    { kind: 'paragraph', text: '2. Nhiệm vụ:', style: 'bold' },
  ];
  roles.forEach((role, i) => {
    const duties = DUTIES.filter((d) => d.roles.length === 1 && d.roles[0] === role);
    const lead = `${LETTERS[i]}) ${DUTY_HEADINGS[role]}:`;
    const [only] = duties;
    if (duties.length === 1 && only) {
      blocks.push({ kind: 'paragraph', lead, text: text(only) });
    } else {
      blocks.push({ kind: 'paragraph', lead, text: '' }, { kind: 'list', items: items(duties) });
    }
  });
  return blocks;
}

function articleBlocks(team: Team, article: Article, date: Decision['date']): Block[] {
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
  if (article.generate === 'composition') blocks.push(...compositionBlocks(team, date));
  if (article.generate === 'duties') blocks.push(...dutyBlocks(team, date));
  return blocks;
}

/**
 * Renders a decision about a team — by default the founding one — as text and Markdown in the
 * layout of Nghị định 30/2020/NĐ-CP (Phụ lục I): the issuing body beside the national title, the
 * number ("Số: 05/QĐ-UBND", zero-padded below 10), place and date ("ngày 05 tháng 01 năm
 * 2020"), "QUYẾT ĐỊNH" and the summary, the authority, the legal bases ("Căn cứ …;", the last
 * ending "."), the proposer, the articles — Article 1 written from the seats, grouped by role
 * and by template rule as the decision groups them, Article 2 from the duty catalogue with the
 * team's commune and village nouns — the recipients ("(b/c)" for report, then "Lưu: …") and the
 * signature block.
 *
 * @param team - The team.
 * @param decision - The decision (one of the team's decisions).
 * @returns `ok({ text, markdown })`; `unknown_body` when the issuer is not a body of the team (at
 *   the decision's `issuerId` in the team file); `invalid_argument` when `team` is not a
 *   {@link Team} or `decision` not a {@link Decision}. Costs O(n) in the size of the team.
 * @example
 * ```ts
 * import { dakNia2022Team, renderDecision } from 'to-cong-nghe-so';
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
  const rendered = render(checked.value.team, checked.value.decision);
  if (rendered === undefined) return err(issuerProblem(checked.value.team, checked.value.decision));
  return ok(rendered);
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
  const place = index.placeById.get(issuer.placeId);
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

/** The legal bases ("Căn cứ …;") and the proposer ("Theo đề nghị của … ."). */
function preambleBlocks(decision: Decision): Block[] {
  const bases = decision.legalBases.map(
    (basis, i): Block => ({
      kind: 'paragraph',
      text: `Căn cứ ${basis}${i === decision.legalBases.length - 1 ? '.' : ';'}`,
      style: 'italic',
    }),
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
  const signature = decision.signature;
  const prefix =
    signature.prefix === undefined
      ? []
      : [`${signature.prefix}. ${upper(signature.authority ?? '')}`.trim()];
  return [
    ...(recipients.length === 0
      ? []
      : ([
          { kind: 'paragraph', text: 'Nơi nhận:', style: 'bold' },
          { kind: 'list', items: recipients },
        ] as const)),
    { kind: 'signature', lines: [...prefix, upper(signature.title)], name: signature.name },
  ];
}

/** The blocks of a decision, written out; `undefined` when its issuer is unknown. */
function render(team: Team, decision: Decision): RenderedDecision | undefined {
  const issuer = teamIndex(team).bodyById.get(decision.issuerId);
  if (!issuer) return undefined;
  const date = decision.effectiveFrom ?? decision.date;
  const blocks: Block[] = [
    headerBlock(team, decision, issuer),
    { kind: 'paragraph', text: 'QUYẾT ĐỊNH', style: 'bold' },
    { kind: 'paragraph', text: decision.summary, style: 'bold' },
    { kind: 'paragraph', text: upper(issuer.name.vi), style: 'bold' },
    ...preambleBlocks(decision),
    { kind: 'paragraph', text: 'QUYẾT ĐỊNH:', style: 'bold' },
    ...decision.articles.flatMap((article) => articleBlocks(team, article, date)),
    ...closingBlocks(decision),
  ];
  return { text: toText(blocks), markdown: toMarkdown(blocks) };
}
