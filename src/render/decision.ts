import { err, ok, type Result } from 'neverthrow';
import { formatVietnameseDate } from '../calendar/format.js';
import { DUTIES, type Duty, dutyText } from '../duties/catalogue.js';
import { KIND_NOUNS, type Place, PlaceKindSchema } from '../places/place.js';
import { placeName } from '../places/query.js';
import type { Problem } from '../problems/problem.js';
import { holderIdOf, isActive } from '../team/query.js';
import type { Article, Decision, Role, Seat, Team } from '../team/schema.js';
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
 * The error of {@link renderDecision} when the issuing body is not one of the team's bodies.
 *
 * @category Render
 */
export type RenderDecisionProblem = Problem<'unknown_body'>;

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

function honorific(team: Team, personId: string | undefined): string {
  const gender = team.people.find((p) => p.id === personId)?.gender;
  return gender === 'female' ? 'Bà' : gender === 'male' ? 'Ông' : 'Ông (bà)';
}

function villageNouns(villages: readonly Place[]): string {
  const kinds = new Set(villages.map((v) => v.kind));
  return PlaceKindSchema.options
    .filter((kind) => kinds.has(kind))
    .map((kind) => KIND_NOUNS[kind].vi)
    .join(', ');
}

/** The words of Article 1 for the seats of one role, grouped as the template's rules say. */
function compositionLines(team: Team, seats: readonly Seat[], date: Decision['date']): string[] {
  const lines: string[] = [];
  const done = new Set<string>();
  for (const seat of seats) {
    const rule = team.template?.rules.find((r) => r.id === seat.ruleId);
    if (rule && done.has(rule.id)) continue;
    if (rule?.line) {
      done.add(rule.id);
      lines.push(rule.line.vi);
      continue;
    }
    if (rule?.kind === 'villageHeads') {
      done.add(rule.id);
      const villages = seats
        .filter((s) => s.ruleId === rule.id)
        .flatMap((s) => {
          const filling = s.filling;
          return filling.kind === 'villageHead'
            ? team.places.filter((p) => p.id === filling.villageId)
            : [];
        });
      if (villages.length > 1) {
        lines.push(`Trưởng các ${villageNouns(villages)}`);
        continue;
      }
    }
    lines.push(seatLine(team, seat, date));
  }
  return lines;
}

function seatLine(team: Team, seat: Seat, date: Decision['date']): string {
  const filling = seat.filling;
  switch (filling.kind) {
    case 'exOfficio':
      return team.offices.find((o) => o.id === filling.officeId)?.title.vi ?? filling.officeId;
    case 'delegate': {
      const unit = team.bodies.find((b) => b.id === filling.unitId);
      return `${unit?.name.vi ?? filling.unitId} cử 01 cán bộ tham gia tổ`;
    }
    case 'villageHead': {
      const village = team.places.find((p) => p.id === filling.villageId);
      return `Trưởng ${village ? placeName(village) : filling.villageId}`;
    }
    case 'named': {
      const personId = holderIdOf(team, seat, date);
      const person = team.people.find((p) => p.id === personId);
      const offices = team.officeHoldings
        .filter((h) => h.personId === personId && isActive(h, date))
        .flatMap((h) => team.offices.filter((o) => o.id === h.officeId).map((o) => o.title.vi));
      const titles = [...offices, ...seat.titles.map((t) => t.vi)].join(' - ');
      return `${honorific(team, personId)} ${person?.name ?? '…'}${titles ? `, ${titles}` : ''}`;
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
 * @returns `ok({ text, markdown })`, or `unknown_body` when the issuer is not a body of the team.
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
  const issuer = team.bodies.find((b) => b.id === decision.issuerId);
  if (!issuer) {
    return err({
      code: 'unknown_body',
      path: ['issuerId'],
      message: {
        vi: `Không có cơ quan ban hành "${decision.issuerId}" trong tổ.`,
        en: `The issuing body "${decision.issuerId}" is not one of the team's bodies.`,
      },
    });
  }
  const date = decision.effectiveFrom ?? decision.date;
  const place = team.places.find((p) => p.id === issuer.placeId);
  const where = place ? placeName(place) : '';
  const issuerName = issuer.name.vi;
  const splitAt = where && issuerName.endsWith(where) ? issuerName.length - where.length : -1;
  const issuerLines = splitAt > 0 ? [issuerName.slice(0, splitAt).trim(), where] : [issuerName];
  const parent = team.bodies.find((b) => b.id === issuer.parentId);
  const number = `${String(decision.number).padStart(2, '0')}/${decision.symbol}`;
  const bases = decision.legalBases.map(
    (basis, i): Block => ({
      kind: 'paragraph',
      text: `Căn cứ ${basis}${i === decision.legalBases.length - 1 ? '.' : ';'}`,
      style: 'italic',
    }),
  );
  const recipients: ListItem[] = [
    ...decision.recipients.map((r) => `${r.name}${r.forReport ? ' (b/c)' : ''}`),
    ...(decision.archive.length > 0 ? [`Lưu: ${decision.archive.join(', ')}`] : []),
  ].map((text, i, all) => ({ text: `${text}${i === all.length - 1 ? '.' : ';'}`, points: [] }));
  const signature = decision.signature;
  const blocks: Block[] = [
    {
      kind: 'header',
      left: [...(parent ? [upper(parent.name.vi)] : []), ...issuerLines.map(upper)],
      right: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
      number: `Số: ${number}`,
      placeDate: `${decision.place}, ${formatVietnameseDate(decision.date)}`,
    },
    { kind: 'paragraph', text: 'QUYẾT ĐỊNH', style: 'bold' },
    { kind: 'paragraph', text: decision.summary, style: 'bold' },
    { kind: 'paragraph', text: upper(issuerName), style: 'bold' },
    ...bases,
    ...(decision.proposer === undefined
      ? []
      : [
          {
            kind: 'paragraph',
            text: `Theo đề nghị của ${decision.proposer}.`,
            style: 'italic',
          } as const,
        ]),
    { kind: 'paragraph', text: 'QUYẾT ĐỊNH:', style: 'bold' },
    ...decision.articles.flatMap((article) => articleBlocks(team, article, date)),
    ...(recipients.length === 0
      ? []
      : ([
          { kind: 'paragraph', text: 'Nơi nhận:', style: 'bold' },
          { kind: 'list', items: recipients },
        ] as const)),
    {
      kind: 'signature',
      lines: [
        ...(signature.prefix === undefined
          ? []
          : [`${signature.prefix}. ${upper(signature.authority ?? '')}`.trim()]),
        upper(signature.title),
      ],
      name: signature.name,
    },
  ];
  return ok({ text: toText(blocks), markdown: toMarkdown(blocks) });
}
