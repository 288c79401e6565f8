import { amendTeam, type Decision, DutiesTextSchema, type Team } from '../../src/index.js';
import { dakNia2022Team } from '../../src/samples/index.js';
import { amendingDecision } from '../team/fixtures.js';

/** The team without some of its roles' seats (never the leader). */
export function without(team: Team, roles: readonly string[]): Team {
  const seats = team.seats.filter((seat) => !roles.includes(seat.role));
  const ids = new Set(seats.map((s) => s.id));
  return {
    ...team,
    seats,
    seatHoldings: team.seatHoldings.filter((h) => ids.has(h.seatId)),
    supervision: team.supervision.filter((r) => ids.has(r.seatId) && ids.has(r.supervisorSeatId)),
  };
}

/**
 * Đắk Nia's team founded without deputies; a decision of 2024-03-01 that does not reprint
 * Article 2 adds one, `deputies/new`.
 */
export function deputyAddedLater(): Team {
  const founded = without(dakNia2022Team(), ['deputy']);
  return amendTeam(founded, amendingDecision('qd-9', '2024-03-01'), [
    {
      kind: 'addSeat',
      seatId: 'deputies/new',
      role: 'deputy',
      filling: { kind: 'named' },
      personId: 'quan-thi-ngoc',
    },
  ])._unsafeUnwrap();
}

/**
 * Đắk Nia's team whose founding decision prints its own Article 2: one clause, with one duty for
 * members, `member.only`.
 */
export function withOwnArticle2(): Team {
  const sample = dakNia2022Team();
  const [founding] = sample.decisions as [Decision];
  const own = DutiesTextSchema.parse({
    clauses: [
      {
        kind: 'roles',
        heading: { vi: 'Nhiệm vụ', en: 'Duties' },
        roles: {
          member: [
            {
              id: 'member.only',
              text: {
                vi: 'Hỗ trợ người dân trên địa bàn {area}.',
                en: 'Helps residents in the {area}.',
              },
              points: [],
            },
          ],
        },
      },
    ],
  });
  return {
    ...sample,
    decisions: [
      {
        ...founding,
        articles: founding.articles.map((a) =>
          a.generate === 'duties' ? { ...a, duties: own } : a,
        ),
      },
    ],
  };
}

/**
 * {@link withOwnArticle2}, amended on 2024-03-01 by a decision whose Article 1 reprints the
 * duties in the template's words (`member.deploy` … again; `member.only` no more).
 */
export function article2ReprintedLater(): Team {
  const decision = amendingDecision('qd-9', '2024-03-01', {
    articles: [
      { number: 1, heading: 'Nhiệm vụ của Tổ công nghệ số:', paragraphs: [], generate: 'duties' },
    ],
  });
  return amendTeam(withOwnArticle2(), decision, [])._unsafeUnwrap();
}
