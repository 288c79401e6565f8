import fc from 'fast-check';
import {
  composeTeam,
  dakNia2022Template,
  type Team,
  villageTeam793Template,
} from '../../../src/index.js';
import { dakNia2022Lists, dakNia2022Team } from '../../../src/samples/index.js';
import { villageLists, wardLists } from '../../team/fixtures.js';
import { anyArgs, args, nfdText, or, recentDate } from '../arbitraries.js';
import type { Specs } from '../spec.js';

const sample = dakNia2022Team();
const village = composeTeam(villageTeam793Template(), villageLists)._unsafeUnwrap().team;
const ward = composeTeam(dakNia2022Template(), wardLists)._unsafeUnwrap().team;

/** A team with some of its records dropped or changed: seats, holdings, supervision, places. */
const changedTeam: fc.Arbitrary<Team> = fc
  .record({
    base: fc.constantFrom(sample, village, ward),
    seat: fc.nat(30),
    holding: fc.nat(30),
    row: fc.nat(30),
    to: fc.option(recentDate, { nil: undefined }),
    cycle: fc.boolean(),
  })
  .map(({ base, seat, holding, row, to, cycle }) => ({
    ...base,
    seats: base.seats.filter((_, i) => i !== seat),
    seatHoldings: base.seatHoldings.filter((_, i) => i !== holding),
    supervision: [
      ...base.supervision.map((s, i) => (i === row ? { ...s, to: (to ?? s.to) as never } : s)),
      ...(cycle
        ? [{ seatId: base.seats[0]?.id ?? 'x', supervisorSeatId: base.seats.at(-1)?.id ?? 'x' }]
        : []),
    ],
  }));

/** Teams: the samples, and changed ones. */
export const team: fc.Arbitrary<Team> = fc.oneof(
  { arbitrary: fc.constantFrom(sample, village, ward), weight: 2 },
  { arbitrary: changedTeam, weight: 2 },
);

/** Seat ids, known and not, some typed decomposed. */
export const seatId: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...sample.seats.map((s) => s.id), ...village.seats.map((s) => s.id)),
  fc.constantFrom('ghost', 'constructor', '__proto__', 'toString', ''),
  nfdText,
);

/** Person ids, known and not. */
const personId = fc.oneof(
  fc.constantFrom(...sample.people.map((p) => p.id)),
  fc.constantFrom('ghost', 'constructor', ''),
);

/** Seats of the samples, and altered ones. */
const seat = fc.oneof(
  fc.constantFrom(...sample.seats, ...village.seats),
  fc
    .constantFrom(...sample.seats)
    .map((s) => ({ ...s, filling: { kind: 'villageHead' as const, villageId: 'x' } })),
);

/** Options with a date. */
export const asOfOptions = fc.record({ asOf: or(recentDate) }, { requiredKeys: [] });

/** A decision of the sample's commune, from a date. */
export const decision = fc.record({
  id: fc.constantFrom('qd-1', '23-QD-UBND-2022', 'qd-2'),
  kind: fc.constantFrom('amending', 'dissolving', 'renaming'),
  number: fc.oneof(fc.integer({ min: 1, max: 99 }), fc.constant(-1)),
  symbol: fc.constant('QĐ-UBND'),
  issuerId: fc.constantFrom('dak-nia-pc', 'ghost'),
  place: fc.constant('Đắk Nia'),
  date: or(recentDate),
  summary: fc.constant('Về việc kiện toàn Tổ công nghệ số cộng đồng'),
  signature: fc.constant({ title: 'Chủ tịch', name: 'Trần Đình Tuấn' }),
});

/** Changes a decision makes, valid or not. */
const change = fc.oneof(
  fc.record({ kind: fc.constant('replaceHolder'), seatId, personId }),
  fc.record({
    kind: fc.constant('addSeat'),
    seatId,
    role: fc.constantFrom('member', 'deputy', 'boss'),
    filling: fc.constantFrom(
      { kind: 'named' },
      { kind: 'delegate', bodyId: 'police' },
      { kind: 'villageHead', villageId: 'nowhere' },
    ),
  }),
  fc.record({ kind: fc.constant('endSeat'), seatId }),
  fc.record({
    kind: fc.constant('moveToCommune'),
    placeId: fc.constantFrom('dong-gia-nghia', 'x'),
  }),
  fc.record({ kind: fc.constantFrom('dissolve', 'rename', 'constructor') }),
  fc.record({
    kind: fc.constantFrom('endBody', 'moveBody'),
    bodyId: fc.constantFrom('police', 'farmers', 'ghost', '__proto__'),
    placeId: fc.constantFrom('dong-gia-nghia', 'ghost'),
  }),
  fc.record({
    kind: fc.constantFrom('endOffice', 'endPerson', 'endPlace'),
    officeId: fc.constantFrom('farmers-chair', 'ghost'),
    personId,
    placeId: fc.constantFrom('bon-bu-sir', 'dak-nia', 'ghost'),
  }),
  fc.record({
    kind: fc.constant('moveVillage'),
    villageId: fc.constantFrom('bon-bu-sir', 'dak-nia', 'ghost'),
    communeId: fc.constantFrom('dong-gia-nghia', 'ghost'),
  }),
  fc.record({
    kind: fc.constant('addBody'),
    body: fc.record({
      id: fc.constantFrom('police', 'new-school', 'constructor'),
      kind: fc.constantFrom('school', 'boss'),
      name: fc.constant({ vi: 'Trường mới', en: 'New school' }),
      placeId: fc.constantFrom('dak-nia', 'ghost'),
    }),
  }),
  fc.record({
    kind: fc.constantFrom('addPerson', 'addOffice', 'addPlace'),
    person: fc.record({
      id: fc.constantFrom('quan-thi-ngoc', 'y-linh'),
      name: fc.constant('Y Linh'),
    }),
    office: fc.record({
      id: fc.constantFrom('farmers-chair', 'new-office'),
      bodyId: fc.constantFrom('farmers', 'ghost'),
      title: fc.constant({ vi: 'Chức vụ', en: 'Office' }),
    }),
    place: fc.record({
      id: fc.constantFrom('dak-nia', 'thon-moi'),
      level: fc.constantFrom('village', 'moon'),
      kind: fc.constant('thon'),
      name: fc.constant('Mới'),
    }),
  }),
);

/** Mergers of the samples: the ward of 2025, villages known and not, decisions early and late. */
const merger = fc.record({
  teamId: fc.constantFrom('to-cnscd-dgn', 'to-cong-nghe-so-dak-nia', '__proto__'),
  name: fc.constant({ vi: 'Tổ công nghệ số cộng đồng phường Đông Gia Nghĩa', en: 'Ward team' }),
  commune: fc.record({
    id: fc.constantFrom('dong-gia-nghia', 'dak-nia', 'new-ward', 'bon-bu-sir'),
    kind: fc.constantFrom('ward', 'commune', 'village'),
    name: fc.constant('Đông Gia Nghĩa'),
  }),
  decision,
  villages: fc.subarray([...sample.places.map((p) => p.id), 'ghost', 'constructor']),
  bodies: fc.constantFrom([], sample.bodies.slice(0, 1)),
  reportsTo: fc.constantFrom([], ['ghost']),
});

/** A template: the bundled ones, or with a rule of a hostile id. */
const template = fc.oneof(
  fc.constant(dakNia2022Template()),
  fc.constant(villageTeam793Template()),
  fc.constantFrom('constructor', '__proto__', 'toString').map((id) => ({
    ...villageTeam793Template(),
    rules: [{ id, role: 'leader', kind: 'villageHeads' }],
  })),
);

/** Lists: the bundled ones and the fixtures, some keys naming nothing. */
const lists = fc.oneof(
  fc.constant(dakNia2022Lists()),
  fc.constant(villageLists),
  fc.constant(wardLists),
  fc.constant({
    ...dakNia2022Lists(),
    appointments: { leaders: ['quan-thi-ngoc'] },
    from: '2026-02-30',
  }),
);

const PREFIXES = ['TM', 'KT', 'Q', 'TL', 'TUQ', 'XX'] as const;

/** Signature blocks: every order of prefixes, allowed or not, with or without a title. */
const signature = fc.record(
  {
    authorities: fc.array(
      fc.record({
        prefix: fc.constantFrom(...PREFIXES),
        authority: fc.constantFrom('Chủ tịch', 'Ủy ban nhân dân'),
      }),
      { maxLength: 4 },
    ),
    title: fc.option(fc.constantFrom('Chủ tịch', 'Phó Chủ tịch', 'Chánh Văn phòng'), {
      nil: undefined,
    }),
    name: fc.constantFrom('Trần Đình Tuấn', 'Quản Thị Ngọc'),
    illustrative: fc.option(fc.boolean(), { nil: undefined }),
  },
  { requiredKeys: ['authorities', 'name'] },
);

/** The fuzz specs of the team module's exports. */
export const specs: Specs = {
  amendTeam: { args: args(team, decision, fc.array(change, { maxLength: 5 })) },
  commune2025Template: { args: anyArgs(0) },
  communeOf: { args: args(team, recentDate) },
  composeTeam: { args: args(template, lists, asOfOptions), contract: 'reader' },
  compositionOf: { args: args(team, recentDate) },
  dakNia2022Lists: { args: anyArgs(0) },
  dakNia2022Team: { args: anyArgs(0) },
  mergeTeams: {
    args: args(fc.array(team, { minLength: 1, maxLength: 3 }), merger),
    contract: 'reader',
  },
  dakNia2022Template: { args: anyArgs(0) },
  describeSeat: { args: args(team, seat, recentDate) },
  holderOf: { args: args(team, seatId, recentDate) },
  parseTeam: {
    args: args(fc.constantFrom(JSON.stringify(sample), JSON.stringify(village).normalize('NFD'))),
    contract: 'reader',
  },
  seatsOf: { args: args(team, personId, recentDate) },
  serializeTeam: { args: args(team) },
  validateTeam: { args: args(team, asOfOptions) },
  signatureLines: { args: args(signature) },
  villageTeam793Template: { args: anyArgs(0) },
  villagesOf: { args: args(team, recentDate) },
};
