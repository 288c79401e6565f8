import { describe, expect, it } from 'vitest';
import { type Team, validateTeam } from '../../src/index.js';
import { dakNia2022Team } from '../../src/samples/index.js';

const sample = dakNia2022Team();

/** The sample with bon Bu Sir moved to another commune on 1 January 2024. */
const moved: Team = {
  ...sample,
  places: [
    ...sample.places.map((place) =>
      place.id === 'bon-bu-sir'
        ? {
            ...place,
            parents: [
              { parentId: 'dak-nia', to: '2023-12-31' as const },
              { parentId: 'quang-thanh', from: '2024-01-01' as const },
            ],
          }
        : place,
    ),
    {
      id: 'quang-thanh',
      level: 'commune',
      kind: 'commune',
      name: 'Quảng Thành',
      parents: [],
      counts: [],
    },
  ],
};

const codesOn = (team: Team, asOf: '2023-12-31' | '2024-01-01') => {
  const result = validateTeam(team, { asOf });
  return (result.isOk() ? result.value.warnings : result.error).map(
    (p) => `${p.code} @ ${p.path.join('.')}`,
  );
};

describe('a village that left the commune', () => {
  it('reports the seat of its head from the day it left, until a decision ends the seat', () => {
    const index = sample.seats.findIndex((s) => s.id === 'village-heads/bon-bu-sir');
    expect(codesOn(moved, '2023-12-31')).not.toContain(`village_outside_area @ seats.${index}`);
    expect(codesOn(moved, '2024-01-01')).toContain(`village_outside_area @ seats.${index}`);
    const problem = validateTeam(moved, { asOf: '2024-01-01' })
      ._unsafeUnwrapErr()
      .find((p) => p.code === 'village_outside_area');
    expect(problem?.message.vi).toContain('không thuộc địa bàn của tổ ngày 1/1/2024');
    const ended: Team = {
      ...moved,
      seats: moved.seats.map((s) =>
        s.id === 'village-heads/bon-bu-sir' ? { ...s, to: '2023-12-31' as const } : s,
      ),
    };
    expect(
      codesOn(ended, '2024-01-01').filter((c) => c.startsWith('village_outside_area')),
    ).toEqual([]);
  });
});
