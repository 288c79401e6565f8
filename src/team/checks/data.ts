// The checks of a team's data, whatever the date: ids, places, references, dates in order and
// records that overlap in time.
import { endsBeforeStart, overlappingRows } from '../../_internal/dated.js';
import { placeProblems } from '../../_internal/place-checks.js';
import { teamIndex } from '../../_internal/team-index.js';
import {
  bodyRef,
  decisionRef,
  placeRef,
  quotedLabel,
  seatIdRef,
} from '../../_internal/team-names.js';
import { overlappingSupervision } from '../../problems/catalogue/chain.js';
import { datesOutOfOrder } from '../../problems/catalogue/places.js';
import { effectiveBeforeSigned, overlappingHoldings } from '../../problems/catalogue/team.js';
import { raise } from '../../problems/problem.js';
import type { NamedRef } from '../../problems/words.js';
import {
  duplicateIds,
  TEAM_ID_LISTS,
  TEAM_REFERENCES,
  teamIds,
  unknownReferences,
} from '../references.js';
import type { Team } from '../schema.js';
import type { Check, CheckContext, TeamProblem } from './context.js';

/** Ids used twice among the bodies, offices, people, seats, decisions or template rules. */
export const checkIds: Check = ({ team }) => duplicateIds(team, TEAM_ID_LISTS);

/** The places, as `validatePlaces` checks them. */
export const checkPlaces: Check = ({ team }) => placeProblems(team.places, ['places']);

/** References to places, villages, bodies, offices, people, seats and decisions that do not exist. */
export const checkReferences: Check = ({ team }) =>
  unknownReferences(team, TEAM_REFERENCES, teamIds(team));

const EMPTY_REF: NamedRef = { id: '', label: { vi: '', en: '' } };

/** What a dated record of a list is called in a problem. */
function subjectOf(team: Team, list: string, item: object, asOf: CheckContext['asOf']): NamedRef {
  const index = teamIndex(team);
  const record = item as Record<string, unknown>;
  const id = (key: string) => (typeof record[key] === 'string' ? (record[key] as string) : '');
  switch (list) {
    case 'communes': {
      const place = index.placeById.get(id('placeId'));
      return place ? placeRef(place) : EMPTY_REF;
    }
    case 'bodies': {
      const body = index.bodyById.get(id('id'));
      return body ? bodyRef(body) : EMPTY_REF;
    }
    case 'offices':
    case 'officeHoldings': {
      const office = index.officeById.get(id(list === 'offices' ? 'id' : 'officeId'));
      return office ? { id: office.id, label: quotedLabel(office.title) } : EMPTY_REF;
    }
    case 'seats':
      return seatIdRef(team, id('id'), asOf);
    case 'seatHoldings':
    case 'supervision':
      return seatIdRef(team, id('seatId'), asOf);
    default:
      return EMPTY_REF;
  }
}

const DATED_LISTS = [
  'communes',
  'bodies',
  'offices',
  'officeHoldings',
  'seats',
  'seatHoldings',
  'supervision',
] as const;

/** Records (the team itself, its links, bodies, holdings, seats, assignments) that end before they start. */
export const checkDateOrder: Check = ({ team, asOf }) => {
  const problems: TeamProblem[] = [];
  if (endsBeforeStart(team)) {
    problems.push(
      raise(datesOutOfOrder, ['to'], {
        subject: { id: team.id, label: quotedLabel(team.name) },
        start: team.from,
        end: team.to ?? '',
      }),
    );
  }
  for (const list of DATED_LISTS) {
    team[list].forEach((item, i) => {
      if (!endsBeforeStart(item)) return;
      problems.push(
        raise(datesOutOfOrder, [list, i, 'to'], {
          subject: subjectOf(team, list, item, asOf),
          start: item.from ?? '',
          end: item.to ?? '',
        }),
      );
    });
  }
  return problems;
};

/** Decisions that take effect before they were signed. */
export const checkDecisionDates: Check = ({ team }) =>
  team.decisions.flatMap((decision, i) =>
    decision.effectiveFrom !== undefined && decision.effectiveFrom < decision.date
      ? [
          raise(effectiveBeforeSigned, ['decisions', i, 'effectiveFrom'], {
            decision: decisionRef(decision),
            date: decision.date,
            effectiveFrom: decision.effectiveFrom,
          }),
        ]
      : [],
  );

/** Two holders of one seat or one office at the same time, at the later-starting holding. */
export const checkOverlappingHoldings: Check = ({ team, asOf }) => {
  const index = teamIndex(team);
  const seats = overlappingRows(team.seatHoldings, (h) => h.seatId).map((i) => {
    const holding = team.seatHoldings[i];
    return raise(overlappingHoldings, ['seatHoldings', i], {
      subject: seatIdRef(team, holding?.seatId ?? '', asOf),
      start: holding?.from ?? team.from,
    });
  });
  const offices = overlappingRows(team.officeHoldings, (h) => h.officeId).map((i) => {
    const holding = team.officeHoldings[i];
    const office = index.officeById.get(holding?.officeId ?? '');
    return raise(overlappingHoldings, ['officeHoldings', i], {
      subject: office
        ? { id: office.id, label: quotedLabel(office.title) }
        : { id: holding?.officeId ?? '', label: { vi: '', en: '' } },
      start: holding?.from ?? team.from,
    });
  });
  return [...seats, ...offices];
};

/** Two supervision rows of one seat in force at the same time, at the later-starting row. */
export const checkOverlappingSupervision: Check = ({ team, asOf }) =>
  overlappingRows(team.supervision, (s) => s.seatId).map((i) => {
    const row = team.supervision[i];
    return raise(overlappingSupervision, ['supervision', i], {
      seat: seatIdRef(team, row?.seatId ?? '', asOf),
      start: row?.from ?? team.from,
    });
  });

/** The checks of a team's data, in the order their problems are listed. */
export const DATA_CHECKS: readonly Check[] = [
  checkIds,
  checkPlaces,
  checkReferences,
  checkDateOrder,
  checkDecisionDates,
  checkOverlappingHoldings,
  checkOverlappingSupervision,
];
