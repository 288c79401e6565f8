// Where a problem found in a team built from a template and lists points: into the file the
// user edits, for every part of the team.
import { describe, expect, it } from 'vitest';
import type { ProblemPath } from '../../src/index.js';
import { sourcePath, type TeamOrigins } from '../../src/team/origins.js';

const origins: TeamOrigins = {
  seats: [
    { entry: ['template', 'rules', 0], rule: ['template', 'rules', 0] },
    { entry: ['lists', 'appointments', 'deputies', 1], rule: ['template', 'rules', 1] },
  ],
  holdings: [['lists', 'appointments', 'deputies', 1]],
  from: ['lists', 'decision', 'date'],
  leader: ['template', 'rules', 0, 'role'],
  reportsTo: [['lists', 'reportsTo', 0]],
  reportsToList: ['lists', 'reportsTo'],
  namedRules: [undefined, 'deputies'],
};

describe('sourcePath', () => {
  it.each<[ProblemPath, ProblemPath]>([
    // Lists copied element by element keep their path, under `lists`.
    [
      ['places', 2, 'name'],
      ['lists', 'places', 2, 'name'],
    ],
    [
      ['bodies', 0],
      ['lists', 'bodies', 0],
    ],
    [
      ['offices', 1, 'bodyId'],
      ['lists', 'offices', 1, 'bodyId'],
    ],
    [
      ['people', 3],
      ['lists', 'people', 3],
    ],
    [
      ['officeHoldings', 0, 'personId'],
      ['lists', 'officeHoldings', 0, 'personId'],
    ],
    [
      ['supervision', 4, 'seatId'],
      ['lists', 'supervision', 4, 'seatId'],
    ],
    // A seat: its rule's fields point into the template, the rest into the entry that fills it.
    [
      ['seats', 1, 'role'],
      ['template', 'rules', 1, 'role'],
    ],
    [
      ['seats', 1, 'titles', 0],
      ['template', 'rules', 1, 'titles', 0],
    ],
    [
      ['seats', 1, 'ruleId'],
      ['template', 'rules', 1, 'ruleId'],
    ],
    [
      ['seats', 1, 'filling'],
      ['lists', 'appointments', 'deputies', 1],
    ],
    [
      ['seats', 1],
      ['lists', 'appointments', 'deputies', 1],
    ],
    [
      ['seats', 0, 'from'],
      ['template', 'rules', 0],
    ],
    // A seat the team does not have: where the leader's would come from.
    [
      ['seats', 7, 'role'],
      ['template', 'rules', 0, 'role'],
    ],
    [
      ['seats', 'x'],
      ['template', 'rules', 0, 'role'],
    ],
    // A rule appointing by name is met by the lists' appointments for it.
    [
      ['template', 'rules', 1],
      ['lists', 'appointments', 'deputies'],
    ],
    [
      ['template', 'rules', 0],
      ['template', 'rules', 0],
    ],
    [
      ['template', 'rules', 1, 'count'],
      ['template', 'rules', 1, 'count'],
    ],
    [
      ['template', 'scope'],
      ['template', 'scope'],
    ],
    [
      ['template', 'rules', 'x'],
      ['template', 'rules', 'x'],
    ],
    // Holdings, the decision, the commune, `reportsTo`, the founding day, the team's own fields.
    [
      ['seatHoldings', 0, 'personId'],
      ['lists', 'appointments', 'deputies', 1],
    ],
    [['seatHoldings', 5], ['lists']],
    [
      ['decisions', 0, 'date'],
      ['lists', 'decision', 'date'],
    ],
    [['decisions'], ['lists', 'decision']],
    [['foundingDecisionId'], ['lists', 'decision', 'id']],
    [
      ['communes', 0, 'placeId'],
      ['lists', 'communeId'],
    ],
    [
      ['reportsTo', 0],
      ['lists', 'reportsTo', 0],
    ],
    [
      ['reportsTo', 3],
      ['lists', 'reportsTo'],
    ],
    [['reportsTo'], ['lists', 'reportsTo']],
    [['from'], ['lists', 'decision', 'date']],
    [['id'], ['lists', 'id']],
    [
      ['name', 'vi'],
      ['lists', 'name'],
    ],
    [['villageId'], ['lists', 'villageId']],
    // Anything else: the lists as a whole.
    [['scope'], ['lists']],
    [[], ['lists']],
    [[0, 'x'], ['lists']],
  ])('%j points to %j', (path, expected) => {
    expect(sourcePath(path, origins)).toEqual(expected);
  });
});
