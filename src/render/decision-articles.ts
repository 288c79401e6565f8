// The generated articles of a decision: Article 1 written from the seats in force on the
// decision's date, grouped by role and by template rule; Article 2 from the team's Article 2 text,
// numbered after the roles the team has that day. Every line comes from the team's data.
import { err, ok, type Result } from 'neverthrow';
import { isActive } from '../_internal/dated.js';
import type { IsoDate } from '../_internal/dates.js';
import { personName } from '../_internal/illustrative.js';
import {
  dutiesTextIn,
  layoutDuties,
  type PrintedItem,
  placeholderValues,
  ROLE_ORDER,
} from '../_internal/team-duties.js';
import { holderOfSeat, teamIndex } from '../_internal/team-index.js';
import { teamNameOn } from '../_internal/team-name.js';
import { describeSeatIn, seatRef } from '../_internal/team-names.js';
import { villageHeadName, villageHeadsLine } from '../_internal/village-heads.js';
import { noLeader, vacantLeader, vacantSeat } from '../problems/catalogue/team.js';
import { type Problem, raise } from '../problems/problem.js';
import type { Decision, DutiesText, Person, Role, Rule, Seat, Team } from '../team/schema.js';
import { dakNia2022Template, villageTeam793Template } from '../team/templates.js';
import type { Block, ListItem } from './blocks.js';

/** Why Article 1 cannot be written: the team has no leader that day, or a named seat is vacant. */
export type CompositionProblem = Problem<'no_leader' | 'vacant_leader' | 'vacant_seat'>;

const ROLE_HEADINGS: Record<Role, string> = {
  leader: 'Tổ trưởng',
  deputy: 'Tổ phó',
  member: 'Các Tổ viên',
};
const DUTY_HEADINGS: Record<Role, string> = {
  leader: 'Tổ trưởng',
  deputy: 'Tổ phó',
  member: 'Tổ viên',
};

/** List items, each ending ";" and the last ".". */
export function punctuate(lines: readonly string[]): ListItem[] {
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

/** What a seat stands for, as Article 1 writes it (without its holder's name). */
function seatWords(team: Team, seat: Seat, date: IsoDate): string {
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
      return village ? villageHeadName(village, 'vi') : `Trưởng ${filling.villageId}`;
    }
    case 'named':
      return describeSeatIn(team, seat, date).vi;
  }
}

/** A person by name with the honorific: "Bà Quản Thị Ngọc", a made-up one marked "(minh họa)". */
function named(person: Person): string {
  return `${honorific(person.gender)} ${personName(person, 'vi')}`;
}

/** A seat appointed by name: "Ông (bà) Trần Thị Hạnh" and what the holder holds. */
function namedLine(team: Team, seat: Seat, person: Person, date: IsoDate): string {
  const titles = seatWords(team, seat, date);
  return `${named(person)}${titles ? `, ${titles}` : ''}`;
}

/** The words of Article 1 for the seats of one role, grouped as the template's rules say. */
function compositionLines(team: Team, seats: readonly Seat[], date: IsoDate): string[] {
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
      const kinds = villageKinds(team, seats, rule);
      if (kinds) {
        done.add(rule.id);
        lines.push(villageHeadsLine(kinds));
        continue;
      }
    }
    const holder = seat.filling.kind === 'named' ? holderOfSeat(team, seat, date) : undefined;
    lines.push(holder ? namedLine(team, seat, holder, date) : seatWords(team, seat, date));
  }
  return lines;
}

/** The leader, always by name: "Bà Quản Thị Ngọc, Phó Chủ tịch UBND xã,\nTổ trưởng …". */
function leaderBlock(team: Team, seat: Seat, person: Person, date: IsoDate): Block {
  const words = seatWords(team, seat, date);
  const what = seat.filling.kind === 'delegate' ? '' : words;
  return {
    kind: 'paragraph',
    text: `${named(person)}${what ? `, ${what}` : ''},\nTổ trưởng ${teamNameOn(team, date).vi}.`,
  };
}

/** A named or leader seat nobody holds on the date: Article 1 cannot name its holder. */
function vacancies(team: Team, seats: readonly Seat[], date: IsoDate): CompositionProblem[] {
  const problems: CompositionProblem[] = [];
  const at = (seat: Seat) => ['seats', teamIndex(team).seatPosition.get(seat) ?? 0];
  for (const seat of seats) {
    if (holderOfSeat(team, seat, date) !== undefined) continue;
    const ref = seatRef(team, seat, date);
    if (seat.role === 'leader') problems.push(raise(vacantLeader, at(seat), { seat: ref, date }));
    else if (seat.filling.kind === 'named') {
      problems.push(raise(vacantSeat, at(seat), { seat: ref, date }));
    }
  }
  return problems;
}

/**
 * Article 1's clauses: one per role the team has on the date, the leader by name. An error when
 * the team has no leader seat that day, or a leader or named seat nobody holds.
 */
export function compositionBlocks(team: Team, date: IsoDate): Result<Block[], CompositionProblem> {
  const seats = team.seats.filter((s) => isActive(s, date));
  const leaders = seats.filter((s) => s.role === 'leader');
  if (leaders.length === 0) return err(raise(noLeader, ['seats'], { date }));
  const [vacancy] = vacancies(team, seats, date);
  if (vacancy) return err(vacancy);
  const blocks: Block[] = [];
  let clause = 0;
  for (const role of ROLE_ORDER) {
    const roleSeats = seats.filter((s) => s.role === role);
    if (roleSeats.length === 0) continue;
    clause += 1;
    blocks.push({ kind: 'paragraph', text: `${clause}. ${ROLE_HEADINGS[role]}:`, style: 'bold' });
    if (role === 'leader') {
      for (const seat of roleSeats) {
        blocks.push(leaderBlock(team, seat, holderOfSeat(team, seat, date) as Person, date));
      }
    } else {
      blocks.push({ kind: 'list', items: punctuate(compositionLines(team, roleSeats, date)) });
    }
  }
  return ok(blocks);
}

/** The Article 2 a team follows when neither its decision nor its template has one. */
function referenceDuties(scope: Team['scope']): DutiesText {
  const template = scope === 'village' ? villageTeam793Template() : dakNia2022Template();
  return template.duties as DutiesText;
}

function items(printed: readonly PrintedItem[]): ListItem[] {
  return printed.map((item) => ({
    text: item.text.vi,
    points: item.points.map((point) => point.text.vi),
  }));
}

/**
 * Article 2's clauses: "1. Chế độ làm việc:" with its bullets, "2. Nhiệm vụ:" with a point per
 * role the team has on the date ("a) Tổ trưởng: …"), from the decision's own text, else the
 * template's, else the reference text for the team's scope; placeholders filled from the team.
 */
export function dutyBlocks(team: Team, decision: Decision, date: IsoDate): Block[] {
  const roles = new Set(team.seats.filter((s) => isActive(s, date)).map((s) => s.role));
  const text = dutiesTextIn(team, decision, referenceDuties);
  const layout = layoutDuties(text, roles, placeholderValues(team, date));
  const blocks: Block[] = [];
  for (const clause of layout) {
    blocks.push({
      kind: 'paragraph',
      text: `${clause.number}. ${clause.heading.vi}:`,
      style: 'bold',
    });
    if (clause.kind === 'team') {
      blocks.push({ kind: 'list', items: items(clause.items) });
      continue;
    }
    for (const point of clause.points) {
      const lead = `${point.letter}) ${DUTY_HEADINGS[point.role]}:`;
      const [only] = point.items;
      if (point.items.length === 1 && only && only.points.length === 0) {
        blocks.push({ kind: 'paragraph', lead, text: only.text.vi });
      } else {
        blocks.push(
          { kind: 'paragraph', lead, text: '' },
          { kind: 'list', items: items(point.items) },
        );
      }
    }
  }
  return blocks;
}
