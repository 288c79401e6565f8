// amendTeam's changes to the team's lists: bodies, offices, people and places added, ended and
// moved, each checked, and nothing applied when one change is wrong.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  amendTeam,
  chainOf,
  holderOf,
  serializeTeam,
  type TeamChangeInput,
  validateTeam,
  villagesOf,
} from '../../src/index.js';
import { dakNia2022Team } from '../../src/samples/index.js';
import { amendingDecision } from './fixtures.js';

const base = dakNia2022Team();
const decision = amendingDecision('qd-9-2024', '2024-03-01');

const amend = (changes: TeamChangeInput[]) => amendTeam(base, decision, changes);
const codes = (changes: TeamChangeInput[]) =>
  amend(changes)
    ._unsafeUnwrapErr()
    .map((p) => `${p.code} @ ${p.path.join('.')}`);

const newSchool: TeamChangeInput = {
  kind: 'addBody',
  body: {
    id: 'school-thpt',
    kind: 'school',
    name: { vi: 'Trường THPT Đắk Nia', en: 'Đắk Nia Upper Secondary School' },
    placeId: 'dak-nia',
  },
};

describe('amendTeam adds bodies, offices, people and places from the effective date', () => {
  const amended = amend([
    newSchool,
    { kind: 'addPerson', person: { id: 'y-linh', name: 'Y Linh', gender: 'female' } },
    {
      kind: 'addSeat',
      seatId: 'schools/school-thpt',
      role: 'member',
      ruleId: 'schools',
      filling: { kind: 'delegate', bodyId: 'school-thpt' },
      personId: 'y-linh',
    },
    {
      kind: 'addOffice',
      office: {
        id: 'it-deputy',
        bodyId: 'dak-nia-office',
        title: { vi: 'Công chức phụ trách chuyển đổi số', en: 'Digital transformation officer' },
      },
      personId: 'y-linh',
    },
    {
      kind: 'addPlace',
      place: {
        id: 'thon-moi',
        level: 'village',
        kind: 'thon',
        name: 'Mới',
        parents: [{ parentId: 'dak-nia', from: '2024-03-01' }],
      },
    },
  ])._unsafeUnwrap();

  it('dates what it adds from the effective date, and later changes of the decision use it', () => {
    expect(amended.bodies.find((b) => b.id === 'school-thpt')?.from).toBe('2024-03-01');
    expect(amended.offices.find((o) => o.id === 'it-deputy')?.from).toBe('2024-03-01');
    expect(amended.places.find((p) => p.id === 'thon-moi')?.from).toBe('2024-03-01');
    expect(amended.officeHoldings.at(-1)).toEqual({
      officeId: 'it-deputy',
      personId: 'y-linh',
      from: '2024-03-01',
    });
    expect(holderOf(amended, 'schools/school-thpt', '2024-03-01')._unsafeUnwrap()?.name).toBe(
      'Y Linh',
    );
    expect(villagesOf(amended, '2024-02-29').map((v) => v.id)).not.toContain('thon-moi');
    expect(villagesOf(amended, '2024-03-01').map((v) => v.id)).toContain('thon-moi');
  });

  it('keeps a given earlier first day, and writes a team file that reads back the same', () => {
    const old = amend([{ ...newSchool, body: { ...newSchool.body, from: '1998-09-05' } }] as never);
    expect(old._unsafeUnwrap().bodies.find((b) => b.id === 'school-thpt')?.from).toBe('1998-09-05');
    const text = serializeTeam(amended);
    expect(serializeTeam(JSON.parse(text))).toBe(text);
  });
});

describe('amendTeam ends bodies, offices, people and places', () => {
  it('ends a body once its delegate seat ends, and the seat answers as before until the eve', () => {
    const amended = amend([
      { kind: 'endSeat', seatId: 'police-health/police' },
      { kind: 'endBody', bodyId: 'police' },
    ])._unsafeUnwrap();
    expect(amended.bodies.find((b) => b.id === 'police')?.to).toBe('2024-02-29');
    expect(chainOf(amended, 'police-health/police', { asOf: '2024-02-29' }).isOk()).toBe(true);
    // The template still asks for the police: the data is right, the composition is not.
    expect(
      validateTeam(amended, { asOf: '2024-03-01' })
        ._unsafeUnwrapErr()
        .map((p) => p.code),
    ).toEqual(['missing_body_kind']);
  });

  it('refuses to end what a seat still needs, whatever the order of the changes', () => {
    expect(codes([{ kind: 'endBody', bodyId: 'police' }])).toEqual([
      'still_has_seat @ changes.0.bodyId',
    ]);
    expect(codes([{ kind: 'endOffice', officeId: 'farmers-chair' }])).toEqual([
      'still_has_seat @ changes.0.officeId',
    ]);
    expect(codes([{ kind: 'endPlace', placeId: 'bon-bu-sir' }])).toEqual([
      'still_has_seat @ changes.0.placeId',
    ]);
    expect(codes([{ kind: 'endPerson', personId: 'quan-thi-ngoc' }])).toEqual([
      'still_has_seat @ changes.0.personId',
    ]);
    const problem = amend([{ kind: 'endBody', bodyId: 'police' }])._unsafeUnwrapErr()[0];
    expect(problem?.severity).toBe('error');
    expect(problem?.message.vi).toContain('Công an xã Đắk Nia');
    expect(problem?.message.vi).toContain('1/3/2024');
    expect(problem?.message.en).toContain('still needs it on 2024-03-01');
    const reordered = amend([
      { kind: 'endPlace', placeId: 'bon-bu-sir' },
      { kind: 'endSeat', seatId: 'village-heads/bon-bu-sir' },
    ])._unsafeUnwrap();
    expect(reordered.places.find((p) => p.id === 'bon-bu-sir')?.to).toBe('2024-02-29');
  });

  it('ends an office with its holdings, and a person leaves every office', () => {
    const amended = amend([
      { kind: 'endSeat', seatId: 'deputies/farmers' },
      { kind: 'endOffice', officeId: 'farmers-chair' },
    ])._unsafeUnwrap();
    expect(amended.offices.find((o) => o.id === 'farmers-chair')?.to).toBe('2024-02-29');
    const holding = amended.officeHoldings.find((h) => h.officeId === 'farmers-chair');
    expect(holding?.to).toBe('2024-02-29');
    const gone = amend([{ kind: 'endPerson', personId: 'tran-dinh-tuan' }])._unsafeUnwrap();
    expect(gone.officeHoldings.find((h) => h.personId === 'tran-dinh-tuan')?.to).toBe('2024-02-29');
  });

  it('gives typed problems for unknown ids, duplicates and records not in force', () => {
    expect(
      codes([
        { kind: 'endBody', bodyId: 'ghost' },
        { kind: 'endOffice', officeId: 'ghost' },
        { kind: 'endPerson', personId: 'ghost' },
        { kind: 'endPlace', placeId: 'ghost' },
        { kind: 'moveVillage', villageId: 'dak-nia', communeId: 'ghost' },
        newSchool,
        newSchool,
        { kind: 'addPerson', person: { id: 'quan-thi-ngoc', name: 'Quản Thị Ngọc' } },
        {
          kind: 'addPlace',
          place: { id: 'dak-nia', level: 'commune', kind: 'commune', name: 'X' },
        },
        { kind: 'endPlace', placeId: 'dak-nia' },
        { kind: 'endPlace', placeId: 'dak-nia' },
      ]),
    ).toEqual([
      'unknown_body @ changes.0.bodyId',
      'unknown_office @ changes.1.officeId',
      'unknown_person @ changes.2.personId',
      'unknown_place @ changes.3.placeId',
      'unknown_village @ changes.4.villageId',
      'unknown_place @ changes.4.communeId',
      'duplicate_id @ changes.6.body.id',
      'duplicate_id @ changes.7.person.id',
      'duplicate_place @ changes.8.place.id',
      'record_not_active @ changes.10.placeId',
    ]);
    const notActive = amend([
      { kind: 'endPlace', placeId: 'dak-nia' },
      { kind: 'endPlace', placeId: 'dak-nia' },
    ])._unsafeUnwrapErr();
    expect(notActive.map((p) => p.code)).toContain('record_not_active');
  });
});

describe('amendTeam moves bodies and villages, dated', () => {
  it('moves a school to the ward from the effective date, keeping where it was before', () => {
    const ward = amendingDecision('qd-2-2025', '2025-07-01');
    const amended = amendTeam(base, ward, [
      { kind: 'moveBody', bodyId: 'school-thcs', placeId: 'dong-gia-nghia', source: 'NQ 1671' },
    ])._unsafeUnwrap();
    expect(amended.bodies.find((b) => b.id === 'school-thcs')?.moves).toEqual([
      { placeId: 'dong-gia-nghia', from: '2025-07-01', source: 'NQ 1671' },
    ]);
  });

  it('moves a village to another commune: its old link ends on the eve', () => {
    const amended = amend([
      { kind: 'endSeat', seatId: 'village-heads/bon-bu-sir' },
      { kind: 'moveVillage', villageId: 'bon-bu-sir', communeId: 'dong-gia-nghia' },
    ])._unsafeUnwrap();
    expect(villagesOf(amended, '2024-02-29').map((v) => v.id)).toContain('bon-bu-sir');
    expect(villagesOf(amended, '2024-03-01').map((v) => v.id)).not.toContain('bon-bu-sir');
  });

  it('applies nothing when one change is wrong (property)', () => {
    const good: TeamChangeInput[] = [
      newSchool,
      { kind: 'endSeat', seatId: 'police-health/police' },
      { kind: 'moveBody', bodyId: 'health', placeId: 'dong-gia-nghia' },
    ];
    const bad: TeamChangeInput[] = [
      { kind: 'endBody', bodyId: 'ghost' },
      { kind: 'endBody', bodyId: 'farmers' },
      { kind: 'moveBody', bodyId: 'health', placeId: 'ghost' },
    ];
    fc.assert(
      fc.property(
        fc.shuffledSubarray(good),
        fc.constantFrom(...bad),
        fc.nat(3),
        (some, wrong, at) => {
          const changes = [...some.slice(0, at), wrong, ...some.slice(at)];
          const result = amendTeam(base, decision, changes);
          expect(result.isErr()).toBe(true);
          expect(serializeTeam(base)).toBe(serializeTeam(dakNia2022Team()));
        },
      ),
      { numRuns: 30 },
    );
  });
});
