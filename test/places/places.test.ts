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
import { dakNia2022Lists } from '../../src/samples/index.js';

const places = dakNia2022Lists().places;
const byId = (id: string): Place => {
  const place = places.find((p) => p.id === id);
  if (!place) throw new Error(id);
  return place;
};

describe('places across the 2025 merger of Đắk Nia into phường Đông Gia Nghĩa', () => {
  it('keeps the 2022 hierarchy and the 2025 one', () => {
    expect(ancestorsOf(places, 'bon-bu-sir', '2022-07-27').map((p) => p.id)).toEqual([
      'dak-nia',
      'gia-nghia',
      'dak-nong',
    ]);
    expect(ancestorsOf(places, 'bon-bu-sir', '2025-07-01').map((p) => p.id)).toEqual([
      'dong-gia-nghia',
      'lam-dong',
    ]);
    expect(parentIdOf(byId('bon-bu-sir'), '2025-06-30')).toBe('dak-nia');
    expect(parentIdOf(byId('dak-nong'), '2022-07-27')).toBeUndefined();
    expect(isPlaceActive(byId('dak-nia'), '2025-06-30')).toBe(true);
    expect(isPlaceActive(byId('dak-nia'), '2025-07-01')).toBe(false);
    expect(isPlaceActive(byId('dong-gia-nghia'), '2025-06-30')).toBe(false);
    expect(byId('dong-gia-nghia').code).toBe('24617');
  });

  it('lists a commune’s villages by Vietnamese name order on a date', () => {
    const names = (id: string, asOf: string) =>
      childrenOf(places, id, asOf as '2022-07-27').map((p) => placeName(p));
    expect(names('dak-nia', '2022-07-27')).toEqual([
      'bon Bu Sir',
      'thôn Cây Xoài',
      "bon N'Jriêng",
      'thôn Nam Đà',
      'thôn Nam Rạ',
      'bon Phai Kol Pru Đăng',
    ]);
    expect(names('dak-nia', '2025-07-01')).toEqual([]);
    expect(names('dong-gia-nghia', '2025-07-01')).toHaveLength(6);
  });

  it('names places as Nghị định 30/2020 writes them', () => {
    expect(placeName(byId('dong-gia-nghia'))).toBe('phường Đông Gia Nghĩa');
    expect(placeName(byId('gia-nghia'))).toBe('thành phố Gia Nghĩa');
    expect(placeLabel(byId('dak-nia'))).toEqual({ vi: 'xã Đắk Nia', en: 'Đắk Nia commune' });
    const tdp = PlaceSchema.parse({ id: 't3', level: 'village', kind: 'toDanPho', name: '3' });
    expect(placeLabel(tdp)).toEqual({ vi: 'Tổ dân phố 3', en: 'Residential group 3' });
  });

  it('gives the counts known on a date', () => {
    expect(countsOf(byId('thon-nam-ra'), '2022-07-27')).toEqual({
      from: '2022-01-01',
      households: 265,
      population: 1032,
    });
    expect(countsOf(byId('thon-nam-ra'), '2021-12-31')).toBeUndefined();
  });

  it('accepts a note and normalises text', () => {
    const place = PlaceSchema.parse({
      id: 'x',
      level: 'village',
      kind: 'bon',
      name: 'Bu Sir'.normalize('NFD'),
      note: 'minh họa',
    });
    expect(place.name).toBe('Bu Sir');
    expect(place.note).toBe('minh họa');
  });
});

describe('validatePlaces', () => {
  it('finds nothing wrong with the sample places', () => {
    expect(validatePlaces(places)).toEqual([]);
  });

  it('reports every problem with its code and path', () => {
    const bad = PlaceSchema.array().parse([
      { id: 'p', level: 'province', kind: 'province', name: 'P' },
      {
        id: 'p',
        level: 'province',
        kind: 'commune',
        name: 'Q',
        from: '2025-01-01',
        to: '2024-01-01',
      },
      {
        id: 'v',
        level: 'village',
        kind: 'thon',
        name: '1',
        parents: [{ parentId: 'nowhere' }, { parentId: 'p', from: '2024-01-01', to: '2023-01-01' }],
        counts: [{ from: '2024-01-01' }, { from: '2024-01-01' }],
      },
      { id: 'c', level: 'commune', kind: 'commune', name: 'C', parents: [{ parentId: 'v' }] },
    ]);
    const problems = validatePlaces(bad);
    expect(problems.map((p) => `${p.code} @ ${p.path.join('.')}`)).toEqual([
      'duplicate_place @ places.1.id',
      'kind_level_mismatch @ places.1.kind',
      'dates_out_of_order @ places.1.to',
      'unknown_parent @ places.2.parents.0.parentId',
      'dates_out_of_order @ places.2.parents.1.to',
      'overlapping_parents @ places.2.parents.1',
      'duplicate_counts @ places.2.counts.1.from',
      'parent_level @ places.3.parents.0.parentId',
    ]);
    for (const p of problems) {
      expect(p.message.vi.length).toBeGreaterThan(0);
      expect(p.message.en.length).toBeGreaterThan(0);
    }
  });
});
