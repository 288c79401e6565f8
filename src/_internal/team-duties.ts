// Article 2 of a team as printed: which decision prints it, its clauses numbered and its role
// points lettered after the roles the team has on that day, its placeholders filled from the
// team. The decision renderer prints this layout and dutiesOf cites it, so the two never differ.
import type { Article, Decision, DutiesText, DutyItem, Role, Team } from '../team/schema.js';
import type { Label, Language } from '../text/label.js';
import type { IsoDate } from './dates.js';
import { KIND_NOUNS } from './names.js';
import { committeesOf } from './supervision.js';
import { activeSeats, communeOf, teamIndex, villagesOf } from './team-index.js';

/** The roles in the order Article 2 letters them. */
export const ROLE_ORDER: readonly Role[] = ['leader', 'deputy', 'member'];

const LETTERS = 'abcdefghiklmnopqrstuvxy';

/** A duty or one of its points, with its text filled in. */
export interface PrintedItem {
  /** The duty's id. */
  readonly id: string;
  /** Its text, placeholders filled. */
  readonly text: Label;
  /** Its pillar, if any. */
  readonly pillar?: NonNullable<DutyItem['pillar']>;
  /** Its points, filled. */
  readonly points: readonly PrintedItem[];
}

/** A clause of Article 2 as printed. */
export type PrintedClause =
  | {
      readonly kind: 'team';
      readonly number: number;
      readonly heading: Label;
      readonly items: readonly PrintedItem[];
    }
  | {
      readonly kind: 'roles';
      readonly number: number;
      readonly heading: Label;
      readonly points: readonly {
        readonly letter: string;
        readonly role: Role;
        readonly items: readonly PrintedItem[];
      }[];
    };

/** A duty as `dutiesOf` gives it. */
export interface CitedDuty {
  readonly id: string;
  readonly roles: Role[];
  readonly clause: string;
  readonly text: Label;
  readonly pillar?: NonNullable<DutyItem['pillar']>;
  readonly parentId?: string;
}

/** The Article 2 a team prints: from a decision, its template, or the reference text. */
export interface ArticleSource {
  /** The decision that prints it, if any. */
  readonly decision: Decision | undefined;
  /** The article's number (2 when no decision prints it). */
  readonly number: number;
  /** The date it speaks of: the decision's effective date, or the date asked about. */
  readonly date: IsoDate;
  /** The text. */
  readonly text: DutiesText;
}

/** The date a decision takes effect. */
export function effectiveDate(decision: Decision): IsoDate {
  return decision.effectiveFrom ?? decision.date;
}

/** The article of a decision that prints Article 2, if any. */
export function dutiesArticle(decision: Decision): Article | undefined {
  return decision.articles.find((article) => article.generate === 'duties');
}

/**
 * The decision whose Article 2 is in force on a date: of the team's decisions that print one,
 * the latest taking effect on or before the date (the earliest when none has yet).
 */
export function dutiesDecisionOn(team: Team, asOf: IsoDate): Decision | undefined {
  let latest: Decision | undefined;
  let earliest: Decision | undefined;
  for (const decision of team.decisions) {
    if (dutiesArticle(decision) === undefined) continue;
    const from = effectiveDate(decision);
    if (earliest === undefined || from < effectiveDate(earliest)) earliest = decision;
    if (from <= asOf && (latest === undefined || from >= effectiveDate(latest))) latest = decision;
  }
  return latest ?? earliest;
}

/** The Article 2 text of a team in a decision: the decision's own, the template's, the fallback. */
export function dutiesTextIn(
  team: Team,
  decision: Decision | undefined,
  fallback: (scope: Team['scope']) => DutiesText,
): DutiesText {
  const article = decision === undefined ? undefined : dutiesArticle(decision);
  return article?.duties ?? team.template?.duties ?? fallback(team.scope);
}

/** Where the Article 2 a team is bound by on a date is printed. */
export function articleSourceOn(
  team: Team,
  asOf: IsoDate,
  fallback: (scope: Team['scope']) => DutiesText,
): ArticleSource {
  const decision = dutiesDecisionOn(team, asOf);
  return {
    decision,
    number: (decision && dutiesArticle(decision)?.number) ?? 2,
    date: decision === undefined ? asOf : effectiveDate(decision),
    text: dutiesTextIn(team, decision, fallback),
  };
}

/** The roles of the seats in force on a date. */
export function rolesOn(team: Team, asOf: IsoDate): Set<Role> {
  return new Set(activeSeats(team, asOf).map((seat) => seat.role));
}

/** The generic nouns of villages of some kinds, in the library's order ("thôn, bon"). */
export function villageNouns(kinds: ReadonlySet<string>): string {
  return (Object.keys(KIND_NOUNS) as (keyof typeof KIND_NOUNS)[])
    .filter((kind) => kinds.has(kind))
    .map((kind) => KIND_NOUNS[kind].vi)
    .join(', ');
}

/** What the placeholders of a team's Article 2 stand for on a date, in each language. */
export function placeholderValues(
  team: Team,
  asOf: IsoDate,
): Record<Language, Map<string, string>> {
  const commune = communeOf(team, asOf);
  const communeNoun = KIND_NOUNS[commune?.kind ?? 'commune'];
  const village =
    team.scope === 'village' && team.villageId !== undefined
      ? teamIndex(team).placeById.get(team.villageId)
      : undefined;
  const area = village ? KIND_NOUNS[village.kind] : communeNoun;
  const kinds = new Set<string>(villagesOf(team, asOf).map((v) => v.kind));
  const bodies = committeesOf(team, asOf);
  const names = (language: Language) => bodies.map((b) => (b.shortName ?? b.name)[language]);
  const vi = names('vi');
  const en = names('en').map((name) => (/^the /iu.test(name) ? name : `the ${name}`));
  return {
    vi: new Map([
      ['{commune}', communeNoun.vi],
      ['{area}', area.vi],
      ['{villages}', villageNouns(kinds) || 'thôn'],
      ['{reportsTo}', vi.length > 0 ? vi.join(', ') : `UBND ${communeNoun.vi}`],
    ]),
    en: new Map([
      ['{commune}', communeNoun.en],
      ['{area}', area.en],
      ['{villages}', 'villages'],
      [
        '{reportsTo}',
        en.length > 0 ? en.join(' and ') : `the ${communeNoun.en} People's Committee`,
      ],
    ]),
  };
}

function fill(label: Label, values: Record<Language, Map<string, string>> | undefined): Label {
  if (values === undefined) return { vi: label.vi, en: label.en };
  const one = (language: Language) =>
    label[language].replace(/\{[^{}]*\}/gu, (match) => values[language].get(match) ?? match);
  return { vi: one('vi'), en: one('en') };
}

function printedItem(
  item: DutyItem,
  values: Record<Language, Map<string, string>> | undefined,
): PrintedItem {
  return {
    id: item.id,
    text: fill(item.text, values),
    ...(item.pillar === undefined ? {} : { pillar: item.pillar }),
    points: item.points.map((point) => ({
      id: point.id,
      text: fill(point.text, values),
      ...(point.pillar === undefined ? {} : { pillar: point.pillar }),
      points: [],
    })),
  };
}

/**
 * Article 2 laid out: clauses numbered 1, 2 … in order, the role points of a
 * `roles` clause lettered a), b) … over the roles in `roles` that the clause has duties for; the
 * placeholders filled with `values` (from {@link placeholderValues}), or kept when absent.
 */
export function layoutDuties(
  text: DutiesText,
  roles: ReadonlySet<Role>,
  values?: Record<Language, Map<string, string>>,
): PrintedClause[] {
  return text.clauses.map((clause, c): PrintedClause => {
    const heading = { vi: clause.heading.vi, en: clause.heading.en };
    if (clause.kind === 'team') {
      return {
        kind: 'team',
        number: c + 1,
        heading,
        items: clause.items.map((item) => printedItem(item, values)),
      };
    }
    const present = ROLE_ORDER.filter(
      (role) => roles.has(role) && (clause.roles[role]?.length ?? 0) > 0,
    );
    return {
      kind: 'roles',
      number: c + 1,
      heading,
      points: present.map((role, i) => ({
        letter: LETTERS[i] ?? String(i + 1),
        role,
        items: (clause.roles[role] ?? []).map((item) => printedItem(item, values)),
      })),
    };
  });
}

/** The duties of a laid-out Article 2, each citing the clause it is printed in. */
export function citedDuties(layout: readonly PrintedClause[], article: number): CitedDuty[] {
  const duties: CitedDuty[] = [];
  const add = (items: readonly PrintedItem[], roles: readonly Role[], clause: string) => {
    for (const item of items) {
      duties.push({ ...dutyOf(item), roles: [...roles], clause });
      for (const point of item.points) {
        duties.push({ ...dutyOf(point), roles: [...roles], clause, parentId: item.id });
      }
    }
  };
  for (const clause of layout) {
    if (clause.kind === 'team') {
      add(clause.items, ROLE_ORDER, `Điều ${article}.${clause.number}`);
    } else {
      for (const point of clause.points) {
        add(point.items, [point.role], `Điều ${article}.${clause.number}.${point.letter}`);
      }
    }
  }
  return duties;
}

function dutyOf(item: PrintedItem): Pick<CitedDuty, 'id' | 'text' | 'pillar'> {
  return {
    id: item.id,
    text: { vi: item.text.vi, en: item.text.en },
    ...(item.pillar === undefined ? {} : { pillar: item.pillar }),
  };
}
