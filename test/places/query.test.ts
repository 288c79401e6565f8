import { describe, expect, it } from 'vitest';
import {
  ancestorsOf,
  childrenOf,
  countsOf,
  isPlaceActive,
  type Place,
  PlaceSchema,
  parentIdOf,
  placeLabel,
  placeName,
  validatePlaces,
} from '../../src/index.js';

const places: Place[] = [
  {
    id: 'dak-nong',
    level: 'province',
    kind: 'province',
    name: 'Đắk Nông',
    code: '67',
    to: '2025-06-30',
    parents: [],
    counts: [],
  },
  {
    id: 'lam-dong',
    level: 'province',
    kind: 'province',
    name: 'Lâm Đồng',
    parents: [],
    counts: [],
  },
  {
    id: 'gia-nghia',
    level: 'district',
    kind: 'provincialCity',
    name: 'Gia Nghĩa',
    to: '2025-06-30',
    parents: [{ parentId: 'dak-nong' }],
    counts: [],
  },
  {
    id: 'dak-nia',
    level: 'commune',
    kind: 'commune',
    name: 'Đắk Nia',
    to: '2025-06-30',
    parents: [{ parentId: 'gia-nghia', to: '2025-06-30' }],
    counts: [],
  },
  {
    id: 'dong-gia-nghia',
    level: 'commune',
    kind: 'ward',
    name: 'Đông Gia Nghĩa',
    code: '24617',
    from: '2025-07-01',
    parents: [{ parentId: 'lam-dong', from: '2025-07-01' }],
    counts: [],
  },
  {
    id: 'thon-1',
    level: 'village',
    kind: 'thon',
    name: '1',
    parents: [
      { parentId: 'dak-nia', to: '2025-06-30' },
      { parentId: 'dong-gia-nghia', from: '2025-07-01' },
    ],
    counts: [
      { from: '2022-01-01', households: 200, population: 800 },
      { from: '2024-01-01', households: 215 },
    ],
  },
  {
    id: 'bon-bu-sir',
    level: 'village',
    kind: 'bon',
    name: 'Bu Sir',
    parents: [
      { parentId: 'dak-nia', to: '2025-06-30' },
      { parentId: 'dong-gia-nghia', from: '2025-07-01' },
    ],
    counts: [],
  },
];

describe('place names (Nghị định 30/2020, Phụ lục II)', () => {
  it('writes the generic noun in lower case before a proper name', () => {
    expect(placeName(places[3] as Place)).toBe('xã Đắk Nia');
    expect(placeName(places[0] as Place)).toBe('tỉnh Đắk Nông');
    expect(placeLabel(places[6] as Place)).toEqual({
      vi: 'bon Bu Sir',
      en: 'Bu Sir bon (village)',
    });
  });

  it('capitalises the noun before a number', () => {
    expect(placeName(places[5] as Place)).toBe('Thôn 1');
    expect(placeName(places[5] as Place, 'en')).toBe('Village 1');
    const ward = PlaceSchema.parse({ id: 'p1', level: 'commune', kind: 'ward', name: '1' });
    expect(placeName(ward)).toBe('Phường 1');
  });
});

describe('effective-dated hierarchy', () => {
  it('keeps the 2022 context after the 2025 merger', () => {
    expect(ancestorsOf(places, 'thon-1', '2022-07-27').map((p) => p.id)).toEqual([
      'dak-nia',
      'gia-nghia',
      'dak-nong',
    ]);
    expect(ancestorsOf(places, 'thon-1', '2025-07-01').map((p) => p.id)).toEqual([
      'dong-gia-nghia',
      'lam-dong',
    ]);
    expect(parentIdOf(places[5] as Place, '2025-06-30')).toBe('dak-nia');
  });

  it('lists children active on the date, sorted the Vietnamese way', () => {
    expect(childrenOf(places, 'dak-nia', '2022-07-27').map((p) => p.id)).toEqual([
      'thon-1',
      'bon-bu-sir',
    ]);
    expect(childrenOf(places, 'dak-nia', '2025-07-01')).toEqual([]);
    expect(childrenOf(places, 'dong-gia-nghia', '2026-01-01')).toHaveLength(2);
  });

  it('knows when a place existed', () => {
    expect(isPlaceActive(places[3] as Place, '2025-06-30')).toBe(true);
    expect(isPlaceActive(places[3] as Place, '2025-07-01')).toBe(false);
    expect(isPlaceActive(places[4] as Place, '2025-06-30')).toBe(false);
  });

  it('stops at cycles and unknown parents', () => {
    const loop: Place[] = [
      {
        id: 'a',
        level: 'commune',
        kind: 'commune',
        name: 'A',
        parents: [{ parentId: 'b' }],
        counts: [],
      },
      {
        id: 'b',
        level: 'commune',
        kind: 'commune',
        name: 'B',
        parents: [{ parentId: 'a' }],
        counts: [],
      },
    ];
    expect(ancestorsOf(loop, 'a', '2026-01-01').map((p) => p.id)).toEqual(['b']);
    expect(ancestorsOf(places, 'nowhere', '2026-01-01')).toEqual([]);
  });

  it('answers counts as of a date', () => {
    const village = places[5] as Place;
    expect(countsOf(village, '2021-12-31')).toBeUndefined();
    expect(countsOf(village, '2023-06-30')?.households).toBe(200);
    expect(countsOf(village, '2024-01-01')?.households).toBe(215);
  });
});

describe('validatePlaces', () => {
  it('accepts a consistent hierarchy', () => {
    expect(validatePlaces(places)).toEqual([]);
  });

  it('reports every problem with its code and path', () => {
    const bad: Place[] = [
      {
        id: 'x',
        level: 'commune',
        kind: 'bon',
        name: 'X',
        from: '2025-01-01',
        to: '2024-01-01',
        parents: [],
        counts: [],
      },
      { id: 'x', level: 'province', kind: 'province', name: 'Dup', parents: [], counts: [] },
      {
        id: 'v',
        level: 'village',
        kind: 'thon',
        name: 'V',
        parents: [
          { parentId: 'nowhere' },
          { parentId: 'x', from: '2025-01-01', to: '2024-12-31' },
          { parentId: 'w', from: '2024-06-01' },
        ],
        counts: [
          { from: '2024-01-01', households: 1 },
          { from: '2024-01-01', households: 2 },
        ],
      },
      { id: 'w', level: 'village', kind: 'thon', name: 'W', parents: [], counts: [] },
    ];
    const found = validatePlaces(bad).map((p) => [p.code, p.path]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['duplicate_place', ['places', 1, 'id']],
        ['kind_level_mismatch', ['places', 0, 'kind']],
        ['dates_out_of_order', ['places', 0, 'to']],
        ['unknown_parent', ['places', 2, 'parents', 0, 'parentId']],
        ['dates_out_of_order', ['places', 2, 'parents', 1, 'to']],
        ['parent_level', ['places', 2, 'parents', 2, 'parentId']],
        ['overlapping_parents', ['places', 2, 'parents', 1]],
        ['duplicate_counts', ['places', 2, 'counts', 1, 'from']],
      ]),
    );
    for (const problem of validatePlaces(bad)) {
      expect(problem.message.vi).not.toBe('');
      expect(problem.message.en).not.toBe('');
    }
  });

  it('rejects malformed place documents through the schema', () => {
    expect(
      PlaceSchema.safeParse({ id: 'a', level: 'commune', kind: 'xa', name: 'A' }).success,
    ).toBe(false);
    expect(
      PlaceSchema.safeParse({ id: 'a', level: 'commune', kind: 'commune', name: 'A', code: 'ABC' })
        .success,
    ).toBe(false);
  });
});
