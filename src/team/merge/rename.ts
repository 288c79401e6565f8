// Ids two old teams use for different records: the bodies, offices, people and decisions of a
// later team whose id an earlier team already uses for another record are renamed
// `<id>@<team id>` in that team, with every reference to them, before the lists are merged.
// (Two communes composed from one template both have the office `digital-transformation-officer`.)
import type { Team } from '../schema.js';

type Renames = Readonly<Record<'bodies' | 'offices' | 'people' | 'decisions', Map<string, string>>>;

/** An object without its `undefined` fields, the others in their order. */
function defined<T extends object>(record: { [K in keyof T]: T[K] | undefined }): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}

function renamer(map: ReadonlyMap<string, string>) {
  function rename(id: string): string;
  function rename(id: string | undefined): string | undefined;
  function rename(id: string | undefined): string | undefined {
    return id === undefined ? undefined : (map.get(id) ?? id);
  }
  return rename;
}

/** A team with the ids of the renames changed everywhere it names them. */
function renamed(team: Team, renames: Renames): Team {
  const b = renamer(renames.bodies);
  const o = renamer(renames.offices);
  const p = renamer(renames.people);
  const d = renamer(renames.decisions);
  return defined({
    ...team,
    foundingDecisionId: d(team.foundingDecisionId),
    bodies: team.bodies.map((x) => defined({ ...x, id: b(x.id), parentId: b(x.parentId) })),
    offices: team.offices.map((x) => ({ ...x, id: o(x.id), bodyId: b(x.bodyId) })),
    people: team.people.map((x) => ({
      ...x,
      id: p(x.id),
      memberOf: x.memberOf.map((id) => b(id)),
    })),
    officeHoldings: team.officeHoldings.map((x) => ({
      ...x,
      officeId: o(x.officeId),
      personId: p(x.personId),
    })),
    seats: team.seats.map((x) =>
      defined({
        ...x,
        filling:
          x.filling.kind === 'exOfficio'
            ? { ...x.filling, officeId: o(x.filling.officeId) }
            : x.filling.kind === 'delegate'
              ? { ...x.filling, bodyId: b(x.filling.bodyId) }
              : x.filling,
        decisionId: d(x.decisionId),
        endDecisionId: d(x.endDecisionId),
      }),
    ),
    seatHoldings: team.seatHoldings.map((x) =>
      defined({ ...x, personId: p(x.personId), decisionId: d(x.decisionId) }),
    ),
    reportsTo: team.reportsTo.map((id) => b(id)),
    decisions: team.decisions.map((x) =>
      defined({
        ...x,
        id: d(x.id),
        issuerId: b(x.issuerId),
        amends: d(x.amends),
        recipients: x.recipients.map((r) => defined({ ...r, bodyId: b(r.bodyId) })),
      }),
    ),
  });
}

/** The teams, each later one with the ids an earlier one uses for another record renamed. */
export function withDistinctIds(teams: readonly Team[]): Team[] {
  const seen = {
    bodies: new Map<string, string>(),
    offices: new Map<string, string>(),
    people: new Map<string, string>(),
    decisions: new Map<string, string>(),
  };
  return teams.map((team) => {
    const renames: Renames = {
      bodies: new Map(),
      offices: new Map(),
      people: new Map(),
      decisions: new Map(),
    };
    let any = false;
    for (const list of ['bodies', 'offices', 'people', 'decisions'] as const) {
      for (const record of team[list]) {
        const text = JSON.stringify(record);
        const before = seen[list].get(record.id);
        if (before === undefined) seen[list].set(record.id, text);
        else if (before !== text) {
          renames[list].set(record.id, `${record.id}@${team.id}`);
          any = true;
        }
      }
    }
    return any ? renamed(team, renames) : team;
  });
}
