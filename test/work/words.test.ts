// How the work module names a seat in its problems: the role, and what the seat stands for when
// it stands for something.
import { describe, expect, it } from 'vitest';
import { amendTeam } from '../../src/index.js';
import { dakNia2022Team } from '../../src/samples/index.js';
import { seatLabel, seatRef } from '../../src/work/words.js';
import { amendingDecision } from '../team/fixtures.js';

const team = amendTeam(dakNia2022Team(), amendingDecision('qd-9', '2024-03-01'), [
  { kind: 'addPerson', person: { id: 'p-new', name: 'Lê Văn Mới', memberOf: [] } },
  {
    kind: 'addSeat',
    seatId: 'members/new',
    role: 'member',
    filling: { kind: 'named' },
    personId: 'p-new',
  },
])._unsafeUnwrap();

describe('seatLabel', () => {
  it('writes the role, then what the seat stands for', () => {
    expect(seatRef(team, 'village-heads/bon-bu-sir', '2024-03-01')).toEqual({
      id: 'village-heads/bon-bu-sir',
      label: { vi: 'Tổ viên — bon Bu Sir', en: 'Member — Bu Sir bon (village)' },
    });
  });

  it('writes the role alone for a seat that stands for nothing more', () => {
    expect(seatLabel(team, 'members/new', '2024-03-01')).toEqual({ vi: 'Tổ viên', en: 'Member' });
  });

  it('writes nothing for a seat the team does not have', () => {
    expect(seatLabel(team, 'ghost', '2024-03-01')).toEqual({ vi: '', en: '' });
  });
});
