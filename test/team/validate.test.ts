import { describe, expect, it } from 'vitest';
import {
  composeTeam,
  dakNia2022Template,
  type Seat,
  type Team,
  type TeamProblem,
  validateTeam,
  villageTeam793Template,
} from '../../src/index.js';
import { dakNia2022Team } from '../../src/samples/index.js';
import { villageLists, wardLists } from './fixtures.js';

const team = dakNia2022Team();
const asOf = '2022-07-27';

function problems(t: Team, on: string = asOf): { errors: string[]; warnings: string[] } {
  const result = validateTeam(t, { asOf: on as typeof asOf });
  const all: readonly TeamProblem[] = result.match(
    (v) => v.warnings,
    (e) => e,
  );
  for (const p of all) {
    expect(p.message.vi.length).toBeGreaterThan(0);
    expect(p.message.en.length).toBeGreaterThan(0);
  }
  const show = (p: TeamProblem) => `${p.code} @ ${p.path.join('.')}`;
  return {
    errors: all.filter((p) => p.severity === 'error').map(show),
    warnings: all.filter((p) => p.severity === 'warning').map(show),
  };
}

const without = (t: Team, seatId: string): Team => ({
  ...t,
  seats: t.seats.filter((s) => s.id !== seatId),
  supervision: t.supervision.filter((s) => s.seatId !== seatId && s.supervisorSeatId !== seatId),
  seatHoldings: t.seatHoldings.filter((h) => h.seatId !== seatId),
});
const withSeat = (t: Team, seat: Partial<Seat> & Pick<Seat, 'id' | 'filling'>): Team => ({
  ...t,
  seats: [...t.seats, { role: 'member', titles: [], ...seat }],
});
const index = (items: readonly { id: string }[], id: string) =>
  items.findIndex((item) => item.id === id);

describe('validateTeam: the teams of the templates', () => {
  it('finds no problem in the Đắk Nia 2022 team', () => {
    expect(problems(team)).toEqual({ errors: [], warnings: [] });
    expect(validateTeam(team)._unsafeUnwrap().team).toBe(team);
  });

  it('finds no error in a village-level and a ward-level team', () => {
    const village = composeTeam(villageTeam793Template(), villageLists)._unsafeUnwrap().team;
    expect(problems(village, '2022-04-01')).toEqual({ errors: [], warnings: [] });
    const ward = composeTeam(dakNia2022Template(), wardLists)._unsafeUnwrap().team;
    expect(problems(ward, '2023-03-01').errors).toEqual([]);
    // A village-level team for one tổ dân phố of the ward.
    const residentialGroup = composeTeam(villageTeam793Template(), {
      ...wardLists,
      id: 'tdp-1-team',
      villageId: 'tdp-1',
      appointments: { members: ['b', 'c'] },
      delegates: {},
      villageHeads: { 'tdp-1': 'j' },
      people: wardLists.people?.map((p) => (p.id === 'b' ? { ...p, memberOf: ['youth'] } : p)),
    })._unsafeUnwrap().team;
    expect(residentialGroup.name.vi).toBe('Tổ công nghệ số cộng đồng Tổ dân phố 1');
    expect(residentialGroup.seats.map((s) => s.id)).toEqual([
      'leader/tdp-1',
      'members/1',
      'members/2',
    ]);
    expect(problems(residentialGroup, '2023-03-01')).toEqual({ errors: [], warnings: [] });
  });
});

describe('validateTeam: composition rules', () => {
  it('no leader, two leaders', () => {
    expect(problems(without(team, 'leader/1')).errors).toContain('no_leader @ seats');
    const two = withSeat(team, { id: 'leader/2', role: 'leader', filling: { kind: 'named' } });
    expect(problems(two).errors).toContain('multiple_leaders @ seats.17');
  });

  it('a school without its delegate, two delegates from one school', () => {
    const school = index(team.bodies, 'school-thcs');
    expect(problems(without(team, 'schools/school-thcs')).errors).toEqual([
      `missing_delegate @ bodies.${school}`,
    ]);
    const twice = withSeat(team, {
      id: 'schools/extra',
      filling: { kind: 'delegate', bodyId: 'school-thcs' },
    });
    expect(problems(twice).errors).toEqual(['duplicate_delegate @ seats.17']);
  });

  it('a delegating kind with no unit at all', () => {
    const noPolice: Team = {
      ...without(team, 'police-health/police'),
      bodies: team.bodies.filter((b) => b.kind !== 'police'),
    };
    expect(problems(noPolice).errors).toEqual(['missing_body_kind @ template.rules.4.bodyKinds.0']);
  });

  it('a village without its head, two heads for one village', () => {
    const village = index(team.places, 'bon-bu-sir');
    expect(problems(without(team, 'village-heads/bon-bu-sir')).errors).toEqual([
      `missing_village_head @ places.${village}`,
    ]);
    const twice = withSeat(team, {
      id: 'village-heads/again',
      filling: { kind: 'villageHead', villageId: 'bon-bu-sir' },
    });
    expect(problems(twice).errors).toEqual(['duplicate_village_head @ seats.17']);
  });

  it('a missing mass-organisation deputy', () => {
    const veterans = index(team.bodies, 'veterans');
    expect(problems(without(team, 'deputies/veterans')).errors).toEqual([
      `missing_body_head @ bodies.${veterans}`,
    ]);
    const noUnion: Team = {
      ...without(team, 'deputies/veterans'),
      bodies: team.bodies.filter((b) => b.id !== 'veterans'),
      offices: team.offices.filter((o) => o.bodyId !== 'veterans'),
      officeHoldings: team.officeHoldings.filter((h) => h.officeId !== 'veterans-chair'),
    };
    expect(problems(noUnion).errors).toEqual(['missing_body_kind @ template.rules.1.bodyKinds.3']);
  });

  it('a missing ex-officio seat', () => {
    expect(problems(without(team, 'office-statistics-it')).errors).toEqual([
      'missing_office_seat @ template.rules.2',
    ]);
  });

  it('too few named seats, and a recommendation unmet', () => {
    const village = composeTeam(villageTeam793Template(), villageLists)._unsafeUnwrap().team;
    expect(problems(without(village, 'members/2'), '2022-04-01').errors).toEqual([
      'rule_count @ template.rules.2',
    ]);
    const noYouth: Team = {
      ...village,
      people: village.people.map((p) => ({ ...p, memberOf: [] })),
    };
    expect(problems(noYouth, '2022-04-01')).toEqual({
      errors: [],
      warnings: ['recommendation_unmet @ template.rules.2'],
    });
  });

  it('one person in two seats where the template forbids it', () => {
    const twice: Team = {
      ...team,
      seatHoldings: team.seatHoldings.map((h) =>
        h.seatId === 'schools/school-thcs' ? { ...h, personId: 'quan-thi-ngoc' } : h,
      ),
    };
    expect(problems(twice).errors).toEqual([
      `person_in_two_seats @ people.${index(team.people, 'quan-thi-ngoc')}`,
    ]);
    const allowed: Team = {
      ...twice,
      template: { ...dakNia2022Template(), oneSeatPerPerson: false },
    };
    expect(problems(allowed).errors).toEqual([]);
  });
});

describe('validateTeam: holdings and dates', () => {
  it('a seat held by nobody on the date (warning)', () => {
    const vacant: Team = {
      ...team,
      seatHoldings: team.seatHoldings.filter((h) => h.seatId !== 'schools/school-mam-non'),
    };
    expect(problems(vacant)).toEqual({ errors: [], warnings: ['vacant_seat @ seats.6'] });
  });

  it('a leader seat held by nobody leaves the team without a leader (error)', () => {
    const vacant: Team = {
      ...team,
      seatHoldings: team.seatHoldings.filter((h) => h.seatId !== 'leader/1'),
    };
    expect(problems(vacant)).toEqual({ errors: ['vacant_leader @ seats.0'], warnings: [] });
  });

  it('overlapping holdings of one seat or office', () => {
    const n = team.seatHoldings.length;
    const overlapping: Team = {
      ...team,
      seatHoldings: [
        ...team.seatHoldings,
        { seatId: 'leader/1', personId: 'tran-dinh-tuan', from: '2023-01-01' },
      ],
      officeHoldings: [
        ...team.officeHoldings,
        {
          officeId: 'farmers-chair',
          personId: 'tran-dinh-tuan',
          from: '2024-01-01',
          to: '2024-12-31',
        },
      ],
    };
    expect(problems(overlapping).errors).toEqual([
      `overlapping_holdings @ seatHoldings.${n}`,
      `overlapping_holdings @ officeHoldings.${team.officeHoldings.length}`,
    ]);
  });

  it('dates out of order', () => {
    const bad: Team = {
      ...team,
      seatHoldings: team.seatHoldings.map((h, i) => (i === 0 ? { ...h, to: '2022-01-01' } : h)),
      decisions: team.decisions.map((d) => ({ ...d, effectiveFrom: '2022-07-01' })),
    };
    // A decision signed after the day it takes effect is common: a warning, not an error.
    expect(problems(bad)).toEqual({
      errors: ['dates_out_of_order @ seatHoldings.0.to', 'vacant_leader @ seats.0'],
      warnings: ['effective_before_signed @ decisions.0.effectiveFrom'],
    });
  });

  it('warns when the team or its commune did not exist on the date', () => {
    expect(problems(team, '2022-01-01')).toEqual({
      errors: [],
      warnings: ['team_not_active @ from'],
    });
    const after = problems(team, '2025-07-01');
    expect(after.warnings[0]).toBe('commune_inactive @ communes');
  });
});

describe('validateTeam: references', () => {
  it('unknown village, office, person, seat, body, place and decision; duplicate ids', () => {
    const bad: Team = {
      ...team,
      villageId: 'nowhere',
      foundingDecisionId: 'qd-x',
      communes: [{ placeId: 'dak-nia' }, { placeId: 'atlantis', from: '2030-01-01' }],
      people: [...team.people, { id: 'quan-thi-ngoc', name: 'Trùng', memberOf: ['club'] }],
      officeHoldings: [{ officeId: 'mayor', personId: 'ghost', from: '2020-01-01' }],
      seats: [
        ...team.seats,
        {
          id: 'x1',
          role: 'member',
          titles: [],
          filling: { kind: 'villageHead', villageId: 'dak-nia' },
        },
      ],
      seatHoldings: [...team.seatHoldings, { seatId: 'ghost-seat', personId: 'ghost', from: asOf }],
      supervision: [...team.supervision, { seatId: 'x1', supervisorSeatId: 'ghost-seat' }],
      reportsTo: ['dak-nia-pc', 'ghost-body'],
    };
    const { errors } = problems(bad);
    const n = team.seatHoldings.length;
    expect(errors.slice(0, 12)).toEqual([
      `duplicate_id @ people.${team.people.length}.id`,
      'unknown_place @ communes.1.placeId',
      'unknown_village @ villageId',
      'unknown_decision @ foundingDecisionId',
      `unknown_body @ people.${team.people.length}.memberOf.0`,
      'unknown_office @ officeHoldings.0.officeId',
      'unknown_person @ officeHoldings.0.personId',
      'unknown_village @ seats.17.filling.villageId',
      `unknown_seat @ seatHoldings.${n}.seatId`,
      `unknown_person @ seatHoldings.${n}.personId`,
      `unknown_seat @ supervision.${team.supervision.length}.supervisorSeatId`,
      'unknown_body @ reportsTo.1',
    ]);
  });

  it('passes on the problems of the places', () => {
    const bad: Team = {
      ...team,
      places: team.places.map((p) =>
        p.id === 'dak-nia' ? { ...p, parents: [{ parentId: 'nowhere' }] } : p,
      ),
    };
    expect(problems(bad).errors).toEqual([
      `unknown_parent @ places.${index(team.places, 'dak-nia')}.parents.0.parentId`,
    ]);
  });
});

describe('validateTeam: the reporting chain', () => {
  it('a cycle in the chain', () => {
    const cyclic: Team = {
      ...team,
      supervision: [
        { seatId: 'leader/1', supervisorSeatId: 'deputies/farmers' },
        ...team.supervision,
      ],
    };
    expect(problems(cyclic).errors).toEqual(['chain_cycle @ supervision.0']);
  });

  it('a member with no supervisor (warning)', () => {
    const unassigned: Team = {
      ...team,
      supervision: team.supervision.filter((s) => s.seatId !== 'schools/school-thcs'),
    };
    expect(problems(unassigned)).toEqual({
      errors: [],
      warnings: [`no_supervisor @ seats.${index(team.seats, 'schools/school-thcs')}`],
    });
  });

  it('a chain that does not reach the People’s Committee', () => {
    const cut: Team = { ...team, reportsTo: ['dak-nia-steering'] };
    expect(problems(cut).errors).toEqual(['chain_not_reaching_committee @ reportsTo']);
  });
});

describe('validateTeam: the role a rule requires', () => {
  const withRole = (t: Team, seatId: string, role: Seat['role']): Team => ({
    ...t,
    seats: t.seats.map((s) => (s.id === seatId ? { ...s, role } : s)),
  });

  it('a mass-organisation head who is not a deputy', () => {
    const demoted = withRole(team, 'deputies/youth-union', 'member');
    expect(problems(demoted).errors).toEqual([
      `role_mismatch @ seats.${index(team.seats, 'deputies/youth-union')}.role`,
      `missing_body_head @ bodies.${index(team.bodies, 'youth-union')}`,
    ]);
  });

  it('a delegate, a village head or an ex-officio member with another role', () => {
    const delegate = withRole(team, 'schools/school-thcs', 'deputy');
    expect(problems(delegate).errors).toEqual([
      `role_mismatch @ seats.${index(team.seats, 'schools/school-thcs')}.role`,
      `missing_delegate @ bodies.${index(team.bodies, 'school-thcs')}`,
    ]);
    const head = withRole(team, 'village-heads/bon-bu-sir', 'deputy');
    expect(problems(head).errors).toEqual([
      `role_mismatch @ seats.${index(team.seats, 'village-heads/bon-bu-sir')}.role`,
      `missing_village_head @ places.${index(team.places, 'bon-bu-sir')}`,
    ]);
    const office = withRole(team, 'office-statistics-it', 'deputy');
    expect(problems(office).errors).toEqual([
      `role_mismatch @ seats.${index(team.seats, 'office-statistics-it')}.role`,
      'missing_office_seat @ template.rules.2',
    ]);
  });

  it('a named seat with the role of another rule', () => {
    const two = withSeat(team, { id: 'leader/2', role: 'member', filling: { kind: 'named' } });
    expect(
      problems({
        ...two,
        seats: two.seats.map((s) => ({ ...s, ruleId: s.id === 'leader/2' ? 'leader' : s.ruleId })),
      }).errors,
    ).toEqual(['role_mismatch @ seats.17.role']);
  });

  it('a village-level team whose leader is not the village head (793)', () => {
    const village = composeTeam(villageTeam793Template(), villageLists)._unsafeUnwrap().team;
    const leaderId = village.seats.find((s) => s.role === 'leader')?.id ?? '';
    const errors = problems(withRole(village, leaderId, 'member'), '2022-04-01').errors;
    expect(errors).toContain(`role_mismatch @ seats.${index(village.seats, leaderId)}.role`);
    expect(errors).toContain('no_leader @ seats');
  });
});

describe('validateTeam: supervision', () => {
  it('a supervision row in force that points at a seat that has ended', () => {
    const ended: Team = {
      ...team,
      seats: team.seats.map((s) => (s.id === 'deputies/farmers' ? { ...s, to: '2024-02-29' } : s)),
    };
    const rows = team.supervision.flatMap((s, i) =>
      s.supervisorSeatId === 'deputies/farmers' ? [i] : [],
    );
    expect(rows).toHaveLength(3);
    const found = problems(ended, '2024-04-01');
    expect(found.errors).toContain(`missing_body_head @ bodies.${index(team.bodies, 'farmers')}`);
    expect(found.errors.filter((e) => e.startsWith('supervisor_inactive'))).toEqual(
      rows.map((i) => `supervisor_inactive @ supervision.${i}.supervisorSeatId`),
    );
    expect(problems(ended, '2024-02-29')).toEqual({ errors: [], warnings: [] });
  });

  it('two supervision rows of one seat in force at the same time', () => {
    const n = team.supervision.length;
    const twice: Team = {
      ...team,
      supervision: [
        ...team.supervision,
        {
          seatId: 'village-heads/bon-bu-sir',
          supervisorSeatId: 'deputies/youth-union',
          from: '2024-01-01',
        },
      ],
    };
    expect(problems(twice, '2024-06-01').errors).toEqual([
      `overlapping_supervision @ supervision.${n}`,
    ]);
    const handedOver: Team = {
      ...twice,
      supervision: [
        ...team.supervision.map((s) =>
          s.seatId === 'village-heads/bon-bu-sir' ? { ...s, to: '2023-12-31' as const } : s,
        ),
        ...twice.supervision.slice(n),
      ],
    };
    expect(problems(handedOver, '2024-06-01')).toEqual({ errors: [], warnings: [] });
  });
});
