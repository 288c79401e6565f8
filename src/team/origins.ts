// Where each part of a team built from a template and a commune's lists comes from, so that a
// problem found in the built team points into the file the user edits: a named seat into
// `lists.appointments.<rule>[i]`, a village head's seat into `lists.villageHeads.<village>`, a
// rule's role into `template.rules[i]`.
import type { ProblemPath } from '../problems/problem.js';

/** Where a seat of a built team comes from. */
export interface SeatOrigin {
  /** The lists entry (or template rule) that creates and fills it. */
  readonly entry: ProblemPath;
  /** The template rule it belongs to. */
  readonly rule: ProblemPath;
}

/** Where the parts of a built team come from, by their position in the team. */
export interface TeamOrigins {
  /** Each seat's origin, by position in `team.seats`. */
  readonly seats: readonly SeatOrigin[];
  /** Each seat holding's origin, by position in `team.seatHoldings`. */
  readonly holdings: readonly ProblemPath[];
  /** Where the founding day comes from. */
  readonly from: ProblemPath;
  /** Where the leader's seat would come from (for "no leader"). */
  readonly leader: ProblemPath;
  /** Each `reportsTo` entry's origin, and the list's. */
  readonly reportsTo: readonly ProblemPath[];
  /** Where the `reportsTo` list comes from. */
  readonly reportsToList: ProblemPath;
  /** The id of each rule of the template that appoints by name (`undefined` for the others). */
  readonly namedRules: readonly (string | undefined)[];
}

/** Team lists copied from the commune's lists element by element. */
const COPIED = new Set(['places', 'bodies', 'offices', 'people', 'officeHoldings', 'supervision']);
/** Fields of a seat that come from its template rule. */
const RULE_FIELDS = new Set(['role', 'titles', 'ruleId']);

/** The path in the template or the lists of a path in a team built from them. */
export function sourcePath(path: ProblemPath, origins: TeamOrigins): ProblemPath {
  const [head, position, ...rest] = path;
  const at = typeof position === 'number' ? position : -1;
  if (typeof head !== 'string') return ['lists'];
  if (COPIED.has(head)) return ['lists', ...path];
  switch (head) {
    case 'template': {
      // A rule appointing by name is met (or not) by the lists' appointments for it.
      const [rule, ...more] = rest;
      const ruleId = typeof rule === 'number' ? origins.namedRules[rule] : undefined;
      return position === 'rules' && more.length === 0 && ruleId !== undefined
        ? ['lists', 'appointments', ruleId]
        : path;
    }
    case 'seats': {
      const seat = origins.seats[at];
      if (!seat) return origins.leader;
      const [field] = rest;
      return typeof field === 'string' && RULE_FIELDS.has(field)
        ? [...seat.rule, ...rest]
        : seat.entry;
    }
    case 'seatHoldings':
      return origins.holdings[at] ?? ['lists'];
    case 'decisions':
      return ['lists', 'decision', ...rest];
    case 'foundingDecisionId':
      return ['lists', 'decision', 'id'];
    case 'communes':
      return ['lists', 'communeId'];
    case 'reportsTo':
      return origins.reportsTo[at] ?? origins.reportsToList;
    case 'from':
      return origins.from;
    case 'id':
    case 'name':
    case 'villageId':
      return ['lists', head];
    default:
      return ['lists'];
  }
}
