// What a seat, a place, a body, a rule or a decision of a team is called: the labels problems and
// renderers name them by ("Tổ phó — Bí thư Đoàn phường (deputies/dgn-youth)").
import type { Place } from '../places/place.js';
import type { NamedRef } from '../problems/words.js';
import type { Body, BodyKind, Decision, Person, Role, Rule, Seat, Team } from '../team/schema.js';
import type { Label } from '../text/label.js';
import { isActive } from './dated.js';
import type { IsoDate } from './dates.js';
import { BODY_KIND_LABELS, placeLabelOf, ROLE_LABELS } from './names.js';
import { holderIdOf, teamIndex } from './team-index.js';

const EMPTY: Label = Object.freeze({ vi: '', en: '' });

/** The longest label a problem quotes: a longer name is cut, so the id after it still shows. */
export const MAX_LABEL = 60;

function cut(text: string): string {
  if (text.length <= MAX_LABEL) return text;
  const head = text.slice(0, MAX_LABEL - 1);
  const space = head.lastIndexOf(' ');
  return `${space > MAX_LABEL / 2 ? head.slice(0, space) : head}…`;
}

/** A fresh copy of a label, each text at most {@link MAX_LABEL} characters. */
function copy(label: Label | undefined): Label {
  return label === undefined ? { vi: '', en: '' } : { vi: cut(label.vi), en: cut(label.en) };
}

/** A fresh copy of a label, whole. */
function fresh(label: Label | undefined): Label {
  return label === undefined ? { vi: '', en: '' } : { vi: label.vi, en: label.en };
}

/**
 * What a seat stands for on a date: its office's title, its delegating body's name, its
 * village's name, or the offices and extra titles of a named seat's holder. Empty texts when the
 * seat refers to nothing known.
 */
export function describeSeatIn(team: Team, seat: Seat, asOf: IsoDate): Label {
  const index = teamIndex(team);
  const filling = seat.filling;
  switch (filling.kind) {
    case 'exOfficio':
      return fresh(index.officeById.get(filling.officeId)?.title);
    case 'delegate':
      return fresh(index.bodyById.get(filling.bodyId)?.name);
    case 'villageHead': {
      const village = index.placeById.get(filling.villageId);
      return village ? placeLabelOf(village) : fresh(EMPTY);
    }
    case 'named': {
      const personId = holderIdOf(team, seat, asOf);
      const titles: Label[] = [];
      for (const holding of index.officeHoldingsOfPerson.get(personId ?? '') ?? []) {
        if (personId === undefined || !isActive(holding, asOf)) continue;
        const office = index.officeById.get(holding.officeId);
        if (office) titles.push(office.title);
      }
      titles.push(...(seat.titles ?? []));
      return {
        vi: titles.map((t) => t.vi).join(' - '),
        en: titles.map((t) => t.en).join(' - '),
      };
    }
    default:
      return fresh(EMPTY);
  }
}

/**
 * A seat as people say it: its role, then what it stands for ("Tổ phó — Bí thư Đoàn phường"), cut
 * to a length a message can quote.
 */
export function seatLabelIn(team: Team, seat: Seat, asOf: IsoDate): Label {
  const role = ROLE_LABELS[seat.role] ?? EMPTY;
  const description = copy(describeSeatIn(team, seat, asOf));
  const join = (language: keyof Label) =>
    description[language] === '' ? role[language] : `${role[language]} — ${description[language]}`;
  return { vi: join('vi'), en: join('en') };
}

/** A seat as a problem names it. */
export function seatRef(team: Team, seat: Seat, asOf: IsoDate): NamedRef {
  return { id: seat.id, label: seatLabelIn(team, seat, asOf) };
}

/** A seat by its role alone, for messages that list several seats. */
export function shortSeatRef(seat: Seat): NamedRef {
  return { id: seat.id, label: copy(ROLE_LABELS[seat.role]) };
}

/** A label cut to what a message quotes. */
export function quotedLabel(label: Label): Label {
  return copy(label);
}

/** A seat id as a problem names it: by its label when the team has it, else by the id alone. */
export function seatIdRef(team: Team, seatId: string, asOf: IsoDate): NamedRef {
  const seat = teamIndex(team).seatById.get(seatId);
  return seat ? seatRef(team, seat, asOf) : { id: seatId, label: copy(EMPTY) };
}

/** A place as a problem names it ("bon Bu Sir"). */
export function placeRef(place: Place): NamedRef {
  return { id: place.id, label: copy(placeLabelOf(place)) };
}

/** A body as a problem names it (its full name). */
export function bodyRef(body: Body): NamedRef {
  return { id: body.id, label: copy(body.name) };
}

/** A person as a problem names them. */
export function personRef(person: Person): NamedRef {
  return { id: person.id, label: copy({ vi: person.name, en: person.name }) };
}

/** A kind of body as a problem names it ("Đoàn Thanh niên"). */
export function bodyKindRef(kind: BodyKind): NamedRef {
  return { id: kind, label: copy(BODY_KIND_LABELS[kind]) };
}

/** A role as a problem names it ("Tổ phó"). */
export function roleRef(role: Role): NamedRef {
  return { id: role, label: copy(ROLE_LABELS[role]) };
}

/** A decision as a problem names it ("Quyết định số 23/QĐ-UBND"). */
export function decisionRef(decision: Pick<Decision, 'id' | 'number' | 'symbol'>): NamedRef {
  return {
    id: decision.id,
    label: copy({
      vi: `Quyết định số ${decision.number}/${decision.symbol}`,
      en: `Decision ${decision.number}/${decision.symbol}`,
    }),
  };
}

/** What a rule of a template creates, in a few words, when the template gives no `line`. */
function ruleWords(rule: Rule): Label {
  const role = ROLE_LABELS[rule.role] ?? EMPTY;
  switch (rule.kind) {
    case 'named':
      return { vi: `${role.vi} chỉ định theo tên`, en: `${role.en} appointed by name` };
    case 'exOfficio':
      return { vi: `${role.vi} theo chức vụ`, en: `${role.en} ex officio` };
    case 'headOf':
      return { vi: `${role.vi}: người đứng đầu tổ chức`, en: `${role.en}: heads of bodies` };
    case 'delegateOf':
      return {
        vi: `${role.vi}: cán bộ do đơn vị cử`,
        en: `${role.en}: officers delegated by units`,
      };
    case 'villageHeads':
      return { vi: `${role.vi}: người đứng đầu các thôn`, en: `${role.en}: heads of the villages` };
    default:
      return copy(role);
  }
}

/** A rule of a template as a problem names it: its `line`, or what it creates. */
export function ruleRef(rule: Rule): NamedRef {
  return { id: rule.id, label: copy(rule.line ?? ruleWords(rule)) };
}
