import { describe, expect, it } from 'vitest';
import {
  composeTeam,
  compositionOf,
  dakNia2022,
  dakNia2022Lists,
  dakNia2022Team,
  TeamListsSchema,
  villageTeam793,
} from '../../src/index.js';
import { villageLists, wardLists } from './fixtures.js';

describe('composeTeam', () => {
  it('builds the Đắk Nia 2022 team of Decision 23/QĐ-UBND', () => {
    const team = composeTeam(dakNia2022, dakNia2022Lists)._unsafeUnwrap();
    expect(team).toEqual(dakNia2022Team());
    expect(team.from).toBe('2022-07-27');
    expect(team.name).toEqual({
      vi: 'Tổ công nghệ số cộng đồng xã Đắk Nia',
      en: 'Community Digital Technology Team of Đắk Nia commune',
    });
    expect(team.reportsTo).toEqual(['dak-nia-pc', 'dak-nia-steering']);
    const roles = team.seats.map((s) => s.role);
    expect(roles.filter((r) => r === 'leader')).toHaveLength(1);
    expect(roles.filter((r) => r === 'deputy')).toHaveLength(4);
    // IT officer + 3 schools + police + health + 6 villages
    expect(roles.filter((r) => r === 'member')).toHaveLength(12);
    expect(team.seats.every((s) => s.decisionId === '23-QD-UBND-2022')).toBe(true);
    const leader = compositionOf(team, '2022-07-27')[0];
    expect(leader?.holder?.name).toBe('Quản Thị Ngọc');
    expect(leader?.seat.titles[0]?.vi).toBe('Phó Trưởng ban Thường trực');
  });

  it('builds a village-level team after 793/BTTTT-THH', () => {
    const team = composeTeam(villageTeam793, villageLists)._unsafeUnwrap();
    expect(team.scope).toBe('village');
    expect(team.name.vi).toBe('Tổ công nghệ số cộng đồng thôn Tân Lập');
    expect(team.seats.map((s) => s.id)).toEqual(['leader/thon-tan-lap', 'members/1', 'members/2']);
  });

  it('builds a ward-level team over tổ dân phố', () => {
    const team = composeTeam(dakNia2022, wardLists)._unsafeUnwrap();
    expect(team.name.vi).toBe('Tổ công nghệ số cộng đồng Phường 1');
    expect(team.seats.filter((s) => s.filling.kind === 'villageHead')).toHaveLength(2);
  });

  it('reports malformed input with paths into the template and the lists', () => {
    const result = composeTeam({ ...dakNia2022, rules: [] }, { id: 'x' } as never);
    expect(result._unsafeUnwrapErr().map((p) => [p.code, p.path.join('.')])).toEqual([
      ['too_small', 'template.rules'],
      ['missing_field', 'lists.communeId'],
    ]);
  });

  it('reports unknown places and people and a missing founding date', () => {
    const lists = TeamListsSchema.parse({
      id: 't',
      communeId: 'nowhere',
      appointments: { leader: ['ghost'] },
      delegates: { school: 'ghost' },
      villageHeads: { v: 'ghost' },
    });
    const problems = composeTeam(villageTeam793, lists)._unsafeUnwrapErr();
    expect(problems.map((p) => [p.code, p.path.join('.')])).toEqual([
      ['missing_date', 'lists.from'],
      ['unknown_place', 'lists.communeId'],
      ['scope', 'lists.villageId'],
      ['unknown_person', 'lists.appointments.leader.0'],
      ['unknown_person', 'lists.delegates.school'],
      ['unknown_person', 'lists.villageHeads.v'],
    ]);
    for (const p of problems) {
      expect(p.message.vi).not.toBe('');
      expect(p.message.en).not.toBe('');
    }
  });
});
