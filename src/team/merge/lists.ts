// The lists of a merged team: the places, bodies, offices, people, office holdings and decisions
// of every old team, each once, with what the merger changes on its day — the old communes and
// their authorities end, the villages move, the other bodies move to the new commune.
import { bodyPlaceOn } from '../../_internal/body-places.js';
import { isActive } from '../../_internal/dated.js';
import type { IsoDate } from '../../_internal/dates.js';
import { parentIdAt } from '../../_internal/team-index.js';
import { ParentLinkSchema, type Place, PlaceSchema } from '../../places/place.js';
import { duplicatePlace } from '../../problems/catalogue/places.js';
import { duplicateId, type IdCollection, unknownVillage } from '../../problems/catalogue/team.js';
import { type Problem, raise } from '../../problems/problem.js';
import { endedOn, inOrder, type RecordSchema } from '../amend/draft.js';
import {
  type Body,
  type BodyKind,
  BodyMoveSchema,
  BodySchema,
  type Decision,
  type Office,
  type OfficeHolding,
  OfficeHoldingSchema,
  OfficeSchema,
  type Person,
  type Team,
} from '../schema.js';
import type { Merger } from '../schema-merger.js';

/** The problems that stop a merger: ids used twice for different records, unknown villages. */
export type ListProblem = Problem<'duplicate_id' | 'duplicate_place' | 'unknown_village'>;

/**
 * The authorities of a commune, which end with it (the new commune elects or forms its own);
 * its other bodies, the office and its civil servants included, move to the new commune.
 */
const AUTHORITIES: ReadonlySet<BodyKind> = new Set([
  'peoplesCommittee',
  'peoplesCouncil',
  'partyCommittee',
  'steeringCommittee',
]);

/** The day of a merger and its eve. */
export interface MergerDays {
  readonly from: IsoDate;
  readonly eve: IsoDate;
}

/** The merged lists. */
export interface MergedLists {
  readonly places: Place[];
  readonly bodies: Body[];
  readonly offices: Office[];
  readonly people: Person[];
  readonly officeHoldings: OfficeHolding[];
  readonly decisions: Decision[];
}

type Path = readonly (string | number)[];
type Source<T> = readonly [readonly T[], Path];

/**
 * The records of every list, each id once: the same record in two teams is kept once; two
 * different records with one id are a problem at the later one.
 */
function unionById<T extends { readonly id: string }>(
  sources: readonly Source<T>[],
  collection: IdCollection | 'places',
  problems: ListProblem[],
): T[] {
  const seen = new Map<string, string>();
  const items: T[] = [];
  for (const [list, at] of sources) {
    list.forEach((item, i) => {
      const text = JSON.stringify(item);
      const before = seen.get(item.id);
      if (before === undefined) {
        seen.set(item.id, text);
        items.push(item);
      } else if (before !== text) {
        const path = [...at, i, 'id'];
        problems.push(
          collection === 'places'
            ? raise(duplicatePlace, path, { placeId: item.id })
            : raise(duplicateId, path, { id: item.id, collection }),
        );
      }
    });
  }
  return items;
}

/** The lists of one kind of every old team, then the merger's own. */
function sourcesOf<T>(
  teams: readonly Team[],
  pick: (team: Team) => readonly T[],
  list: string,
  extra: readonly T[],
): Source<T>[] {
  const sources: Source<T>[] = teams.map((team, k) => [pick(team), ['teams', k, list]] as const);
  return [...sources, [extra, ['merger', list]]];
}

/** The new commune as a place, in its province from the merger. */
function newCommune(merger: Merger, places: readonly Place[], days: MergerDays, old: Set<string>) {
  const first = places.find((p) => old.has(p.id));
  const parentId = merger.commune.parentId ?? (first && parentIdAt(first, days.eve));
  const { id, kind, name, code } = merger.commune;
  const parents = parentId === undefined ? [] : [{ parentId, from: days.from }];
  const place = {
    id,
    level: 'commune',
    kind: kind ?? 'commune',
    name,
    code,
    from: days.from,
    parents,
    counts: [],
  };
  return inOrder(place, PlaceSchema) as Place;
}

/** The places: old communes end, moving villages change commune, the new commune begins. */
function mergedPlaces(
  places: readonly Place[],
  merger: Merger,
  days: MergerDays,
  old: Set<string>,
  problems: ListProblem[],
): Place[] {
  const { from, eve } = days;
  const moving = new Set(merger.villages);
  const endLinks = (place: Place) =>
    place.parents.map((link) =>
      isActive(link, from) ? endedOn(link, eve, ParentLinkSchema) : link,
    );
  const result = places.map((place) => {
    if (old.has(place.id) && (place.to === undefined || place.to > eve)) {
      return endedOn({ ...place, parents: endLinks(place) }, eve, PlaceSchema);
    }
    if (!moving.has(place.id) || place.level !== 'village') return place;
    if (parentIdAt(place, from) === merger.commune.id) return place;
    const link = inOrder(
      { parentId: merger.commune.id, from, source: merger.source },
      ParentLinkSchema,
    );
    return { ...place, parents: [...endLinks(place), link] };
  });
  const villages = new Set(places.filter((p) => p.level === 'village').map((p) => p.id));
  merger.villages.forEach((villageId, j) => {
    if (!villages.has(villageId)) {
      problems.push(raise(unknownVillage, ['merger', 'villages', j], { villageId }));
    }
  });
  const existing = places.find((p) => p.id === merger.commune.id);
  if (existing && (existing.level !== 'commune' || old.has(existing.id))) {
    const path = ['merger', 'commune', 'id'];
    problems.push(raise(duplicatePlace, path, { placeId: merger.commune.id }));
  }
  return existing ? result : [...result, newCommune(merger, places, days, old)];
}

/** The bodies: an old commune's authorities end with it, its other bodies move to the new one. */
function mergedBodies(bodies: readonly Body[], merger: Merger, days: MergerDays, old: Set<string>) {
  const { from, eve } = days;
  return bodies.map((body) => {
    if (!isActive(body, from) || !old.has(bodyPlaceOn(body, from))) return body;
    if (AUTHORITIES.has(body.kind)) return endedOn(body, eve, BodySchema);
    const move = inOrder(
      { placeId: merger.commune.id, from, source: merger.source },
      BodyMoveSchema,
    );
    return inOrder({ ...body, moves: [...(body.moves ?? []), move] }, BodySchema);
  });
}

/** The offices (those of ended bodies end too) and who holds them. */
function mergedOffices(
  teams: readonly Team[],
  merger: Merger,
  days: MergerDays,
  endedBodies: ReadonlySet<string>,
  problems: ListProblem[],
): { offices: Office[]; officeHoldings: OfficeHolding[] } {
  const { from, eve } = days;
  const own = merger.offices.map((o) => inOrder({ from, ...o }, OfficeSchema));
  const offices = unionById(
    sourcesOf(teams, (t) => t.offices, 'offices', own),
    'offices',
    problems,
  );
  const ended = new Set(offices.filter((o) => endedBodies.has(o.bodyId)).map((o) => o.id));
  const holdings = new Map<string, OfficeHolding>();
  for (const holding of [...teams.flatMap((t) => t.officeHoldings), ...merger.officeHoldings]) {
    holdings.set(JSON.stringify(holding), holding);
  }
  const endIf = <
    T extends { readonly from?: IsoDate | undefined; readonly to?: IsoDate | undefined },
  >(
    record: T,
    end: boolean,
    schema: RecordSchema,
  ) => (end && isActive(record, from) ? endedOn(record, eve, schema) : record);
  return {
    offices: offices.map((o) => endIf(o, ended.has(o.id), OfficeSchema)),
    officeHoldings: [...holdings.values()].map((h) =>
      endIf(h, ended.has(h.officeId), OfficeHoldingSchema),
    ),
  };
}

/** The lists of the merged team; the problems that stop the merger are added to `problems`. */
export function mergedLists(
  teams: readonly Team[],
  merger: Merger,
  days: MergerDays,
  oldCommunes: Set<string>,
  problems: ListProblem[],
): MergedLists {
  const own = merger.bodies.map((b) => inOrder({ from: days.from, ...b }, BodySchema));
  const bodies = unionById(
    sourcesOf(teams, (t) => t.bodies, 'bodies', own),
    'bodies',
    problems,
  );
  const merged = mergedBodies(bodies, merger, days, oldCommunes);
  const endedBodies = new Set(
    merged.filter((b, i) => b !== bodies[i] && b.to === days.eve).map((b) => b.id),
  );
  const places = unionById(
    sourcesOf(teams, (t) => t.places, 'places', []),
    'places',
    problems,
  );
  const people = sourcesOf(teams, (t) => t.people, 'people', merger.people);
  const decisions = unionById(
    sourcesOf(teams, (t) => t.decisions, 'decisions', []),
    'decisions',
    problems,
  );
  if (decisions.some((d) => d.id === merger.decision.id)) {
    const path = ['merger', 'decision', 'id'];
    problems.push(
      raise(duplicateId, path, { id: merger.decision.id, collection: 'decisions' as const }),
    );
  }
  return {
    places: mergedPlaces(places, merger, days, oldCommunes, problems),
    bodies: merged,
    ...mergedOffices(teams, merger, days, endedBodies, problems),
    people: unionById(people, 'people', problems),
    decisions: [...decisions, merger.decision],
  };
}
