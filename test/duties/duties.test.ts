import { describe, expect, it } from 'vitest';
import {
  composeTeam,
  DUTIES,
  dakNia2022Template,
  dutiesOf,
  villageTeam793Template,
} from '../../src/index.js';
import { dakNia2022Team } from '../../src/samples/index.js';
import { villageLists, wardLists } from '../team/fixtures.js';

const team = dakNia2022Team();

describe('DUTIES', () => {
  it('has stable unique ids, a clause of Article 2 and both languages', () => {
    expect(new Set(DUTIES.map((d) => d.id)).size).toBe(DUTIES.length);
    for (const duty of DUTIES) {
      expect(duty.clause).toMatch(/^Điều 2\.(1|2\.[abc])$/u);
      expect(duty.text.vi.length).toBeGreaterThan(0);
      expect(duty.text.en.length).toBeGreaterThan(0);
      if (duty.parentId) expect(DUTIES.some((d) => d.id === duty.parentId)).toBe(true);
    }
  });

  it('cites the working regime as Điều 2.1, which has bullets and no lettered points', () => {
    expect(DUTIES.filter((d) => d.id.startsWith('team.')).map((d) => [d.id, d.clause])).toEqual([
      ['team.part-time', 'Điều 2.1'],
      ['team.training', 'Điều 2.1'],
    ]);
  });

  it('gives the three pillars to the three propagation points of Điều 2.2.c', () => {
    expect(DUTIES.filter((d) => d.pillar).map((d) => [d.clause, d.pillar])).toEqual([
      ['Điều 2.2.c', 'digitalGovernment'],
      ['Điều 2.2.c', 'digitalEconomy'],
      ['Điều 2.2.c', 'digitalSociety'],
    ]);
  });
});

describe('dutiesOf', () => {
  it('gives each role its duties, with the working regime for everyone', () => {
    const ids = (seatId: string) =>
      dutiesOf(team, seatId)
        ._unsafeUnwrap()
        .map((d) => d.id);
    expect(ids('leader/1')).toEqual(['team.part-time', 'team.training', 'leader.direct']);
    expect(ids('deputies/farmers')).toEqual([
      'team.part-time',
      'team.training',
      'deputy.assist',
      'deputy.follow-up',
      'deputy.report',
    ]);
    expect(ids('village-heads/bon-bu-sir')).toHaveLength(9);
  });

  it('writes the commune and village nouns of the team, fixing "địa bàn phường" in a xã', () => {
    const [, , leader] = dutiesOf(team, 'leader/1')._unsafeUnwrap();
    expect(leader?.text.vi).toContain('trên địa bàn xã. Chịu trách nhiệm trước UBND xã');
    expect(leader?.text.vi).not.toContain('phường');
    expect(leader?.text.en).toContain('in the commune.');
    const deploy = dutiesOf(team, 'village-heads/bon-bu-sir')
      ._unsafeUnwrap()
      .find((d) => d.id === 'member.deploy');
    expect(deploy?.text.vi).toContain('hộ gia đình trong thôn, bon (cài');
    expect(deploy?.text.en).toContain('in the villages (');

    const ward = composeTeam(dakNia2022Template(), wardLists)._unsafeUnwrap().team;
    const wardLeader = dutiesOf(ward, 'leader/1')._unsafeUnwrap()[2];
    expect(wardLeader?.text.vi).toContain('trên địa bàn phường');
    expect(wardLeader?.text.en).toContain('in the ward');
    const wardDeploy = dutiesOf(ward, 'village-heads/tdp-1')._unsafeUnwrap()[2];
    expect(wardDeploy?.text.vi).toContain('trong tổ dân phố (');

    const village = composeTeam(villageTeam793Template(), villageLists)._unsafeUnwrap().team;
    const guide = dutiesOf(village, 'members/1')._unsafeUnwrap()[2];
    expect(guide?.text.vi).toBe(
      'Đến từng hộ gia đình trong thôn hướng dẫn người dân cài đặt, sử dụng các nền tảng số:',
    );
    expect(guide?.clause).toBe('Điều 2.2.b');
  });

  it('falls back to "xã" and "thôn" when the team has no commune or villages on record', () => {
    const bare = { ...team, communes: [{ placeId: 'nowhere' }], places: [] };
    const [, , deploy, , policy] = dutiesOf(
      { ...bare, seats: bare.seats.map((s) => ({ ...s, from: undefined })) },
      'village-heads/bon-bu-sir',
    )._unsafeUnwrap();
    expect(deploy?.text.vi).toContain('hộ gia đình trong thôn (');
    expect(policy?.text.vi).toContain('người dân trong các thôn, cụm dân cư');
    expect(dutiesOf(bare, 'leader/1')._unsafeUnwrap()[2]?.text.vi).toContain('địa bàn xã');
  });

  it('reports an unknown seat', () => {
    const problem = dutiesOf(team, 'ghost')._unsafeUnwrapErr();
    expect(problem.code).toBe('unknown_seat');
    expect(problem.path).toEqual(['seatId']);
    expect(problem.message.vi).toContain('ghost');
  });
});

describe('the contract of dutiesOf', () => {
  it('returns fresh duties: changing one changes neither the catalogue nor a later answer', () => {
    const [first] = dutiesOf(team, 'leader/1')._unsafeUnwrap();
    if (!first) throw new Error('no duty');
    (first.roles as string[]).push('x');
    expect(DUTIES[0]?.roles).toEqual(['leader', 'deputy', 'member']);
    expect(dutiesOf(team, 'leader/1')._unsafeUnwrap()[0]?.roles).toHaveLength(3);
    expect(Object.isFrozen(DUTIES[0]?.text)).toBe(true);
  });

  it('finds a seat id typed with decomposed accents and refuses what is not a team', () => {
    expect(dutiesOf(team, 'leader/1'.normalize('NFD')).isOk()).toBe(true);
    expect(dutiesOf({} as never, 'leader/1')._unsafeUnwrapErr().code).toBe('invalid_argument');
  });
});
