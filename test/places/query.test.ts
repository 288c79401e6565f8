import { describe, expect, it } from 'vitest';
import { ancestorsOf, type Place, PlaceSchema, placeName } from '../../src/index.js';

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
