import { describe, expect, it } from 'vitest';
import {
  ancestorsOf,
  childrenOf,
  InvalidArgumentError,
  type Place,
  PlaceSchema,
  placeName,
  validatePlaces,
} from '../../src/index.js';

describe('place names before a number', () => {
  it('capitalises the generic noun (Nghị định 30/2020, Phụ lục II)', () => {
    const ward = PlaceSchema.parse({ id: 'p1', level: 'commune', kind: 'ward', name: '1' });
    expect(placeName(ward)).toBe('Phường 1');
    expect(placeName(ward, 'en')).toBe('Ward 1');
    const group = PlaceSchema.parse({ id: 't3', level: 'village', kind: 'toDanPho', name: '3' });
    expect(placeName(group)).toBe('Tổ dân phố 3');
  });
});

describe('ancestorsOf on broken data', () => {
  it('stops at cycles and unknown ids instead of looping', () => {
    const loop: Place[] = PlaceSchema.array().parse([
      { id: 'a', level: 'commune', kind: 'commune', name: 'A', parents: [{ parentId: 'b' }] },
      { id: 'b', level: 'commune', kind: 'commune', name: 'B', parents: [{ parentId: 'a' }] },
    ]);
    expect(ancestorsOf(loop, 'a', '2026-01-01').map((p) => p.id)).toEqual(['b']);
    expect(ancestorsOf(loop, 'nowhere', '2026-01-01')).toEqual([]);
  });
});

describe('PlaceSchema', () => {
  it('rejects unknown kinds and malformed official codes', () => {
    expect(
      PlaceSchema.safeParse({ id: 'a', level: 'commune', kind: 'xa', name: 'A' }).success,
    ).toBe(false);
    expect(
      PlaceSchema.safeParse({ id: 'a', level: 'commune', kind: 'commune', name: 'A', code: 'ABC' })
        .success,
    ).toBe(false);
  });
});

describe('the contract of the place queries', () => {
  const places = PlaceSchema.array().parse([
    { id: 'tỉnh', level: 'province', kind: 'province', name: 'P' },
    { id: 'xã', level: 'commune', kind: 'commune', name: 'X', parents: [{ parentId: 'tỉnh' }] },
  ]);

  it('finds an id typed with decomposed accents (NFD)', () => {
    expect(ancestorsOf(places, 'xã'.normalize('NFD'), '2026-01-01').map((p) => p.id)).toEqual([
      'tỉnh',
    ]);
  });

  it('refuses what is not a place, an id or a date', () => {
    expect(() => placeName({ id: 'x' } as Place)).toThrow(InvalidArgumentError);
    expect(() => placeName(places[0] as Place, 'fr' as never)).toThrow(InvalidArgumentError);
    expect(() => ancestorsOf(places, 42 as never, '2026-01-01')).toThrow(InvalidArgumentError);
    expect(() => childrenOf(places, 'xã', '2026-02-30' as never)).toThrow(InvalidArgumentError);
    expect(() => validatePlaces('places' as never)).toThrow(InvalidArgumentError);
  });

  it('returns fresh places', () => {
    const [parent] = ancestorsOf(places, 'xã', '2026-01-01');
    if (parent) parent.name = 'Z';
    expect(ancestorsOf(places, 'xã', '2026-01-01')[0]?.name).toBe('P');
    expect(places[0]?.name).toBe('P');
  });

  it('names every problem of validatePlaces by the place label', () => {
    const [problem] = validatePlaces([
      {
        id: 'tdp-1',
        level: 'village',
        kind: 'toDanPho',
        name: '1',
        parents: [{ parentId: 'x' }],
        counts: [],
      },
    ]);
    expect(problem?.message.vi).toBe(
      'Tổ dân phố 1 (tdp-1): không có địa bàn cấp trên "x" trong danh sách địa bàn.',
    );
  });

  it('checks a place with many parent links in one sort (a link over every other)', () => {
    const links = Array.from({ length: 150 }, (_, i) => ({
      parentId: 'tỉnh',
      from: `${1901 + i}-01-01`,
      to: `${1901 + i}-12-31`,
    }));
    const many = PlaceSchema.parse({
      id: 'c',
      level: 'commune',
      kind: 'commune',
      name: 'C',
      parents: [...links, { parentId: 'tỉnh' }],
    });
    expect(validatePlaces([places[0] as Place, many]).map((p) => p.path.join('.'))).toEqual(
      Array.from({ length: 150 }, (_, i) => `places.1.parents.${i}`),
    );
  });
});
